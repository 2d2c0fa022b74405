import { describe, expect, it } from 'vitest';
import { describeImport } from './data';
import { datedFileName, describedBy, errorId, errorsAt, fieldId, hostIds, hostLabel, timeZoneOptions, toggled } from './form';
import { sampleSummaryItems } from './sample';
import { en } from '@/tests/support/catalog';
import { ADAPTERS } from '@/utils/hosts/registry';

describe('options form helpers', () => {
  it('a ticked box adds its value once, an unticked one removes it, the list kept in its order', () => {
    const up = (a: number, b: number) => a - b;
    expect(toggled([1, 5], 3, true, up)).toEqual([1, 3, 5]);
    expect(toggled([1, 3, 5], 3, true, up)).toEqual([1, 3, 5]);
    expect(toggled([1, 3, 5], 3, false, up)).toEqual([1, 5]);
    expect(toggled([1440, 60], 240, true, (a, b) => b - a)).toEqual([1440, 240, 60]);
    expect(toggled([], 2, false, up)).toEqual([]);
  });

  it('ties ids to settings paths', () => {
    expect(fieldId('workday.end')).toBe('field-workday-end');
    expect(errorId('summaryTemplates.headings.agent')).toBe('field-summaryTemplates-headings-agent-error');
    expect(describedBy('a', false, null, undefined, 'b')).toBe('a b');
    expect(describedBy(false)).toBeUndefined();
  });

  it('collects the errors of a path and the paths under it', () => {
    const errors = {
      'workday.end': ['must be after the start'],
      'customDomains.2': ['bad'],
      customDomains: ['too many'],
      workdayX: ['no'],
    };
    expect(errorsAt(errors, 'workday.end')).toEqual(['must be after the start']);
    expect(errorsAt(errors, 'customDomains')).toEqual(['bad', 'too many']);
    expect(errorsAt(errors, 'workday')).toEqual(['must be after the start']);
  });

  it('names export files by the date in the agent zone', () => {
    const lateUtc = new Date(Date.UTC(2025, 2, 3, 23, 30));
    expect(datedFileName('json', lateUtc, 'UTC')).toBe('commitment-keeper-2025-03-03.json');
    expect(datedFileName('csv', lateUtc, 'Asia/Tokyo')).toBe('commitment-keeper-2025-03-04.csv');
    expect(datedFileName('ics', lateUtc, 'Not/AZone')).toBe('commitment-keeper-2025-03-03.ics');
  });

  it('lists the known hosts, then any other id in the settings', () => {
    const ids = hostIds({ gmail: true, 'zz-new': false });
    // Every adapter of the registry, then the default adapter's 'custom', then the unknown id.
    expect(ids).toEqual([...ADAPTERS.map((a) => a.id), 'custom', 'zz-new']);
  });

  it('labels hosts: product names as they are, the others from the catalog, unknown ids as themselves', () => {
    expect(hostLabel('gmail', en)).toBe('Gmail');
    expect(hostLabel('outlook', en)).toBe('Outlook on the web');
    expect(hostLabel('custom', en)).toBe('Custom domains (listed below)');
    expect(hostLabel('zz-new', en)).toBe('zz-new');
  });

  it('keeps the current time zone in the list even when the browser leaves it out', () => {
    const zones = timeZoneOptions('Etc/Not-Listed');
    expect(zones[0]).toBe('Etc/Not-Listed');
    expect(zones).toContain('Europe/Berlin');
    expect(timeZoneOptions('Europe/Berlin').filter((z) => z === 'Europe/Berlin')).toHaveLength(1);
  });

  it('describes an import in words', () => {
    expect(
      describeImport(
        {
          commitments: { added: 1, updated: 0, kept: 0 },
          conversations: { added: 0, updated: 1, kept: 1 },
          history: { added: 3, updated: 0, kept: 0 },
        },
        en,
      ),
    ).toBe(
      'Imported 1 commitment (1 new, 0 updated, 0 already here), 2 conversations (0 new, 1 updated, 1 already here) and 3 history entries (3 new, 0 updated, 0 already here).',
    );
    expect(
      describeImport(
        {
          commitments: { added: 0, updated: 0, kept: 2 },
          conversations: { added: 1, updated: 0, kept: 0 },
          history: { added: 0, updated: 0, kept: 1 },
        },
        en,
      ),
    ).toBe(
      'Imported 2 commitments (0 new, 0 updated, 2 already here), 1 conversation (1 new, 0 updated, 0 already here) and 1 history entry (0 new, 0 updated, 1 already here).',
    );
  });

  it('builds the preview sample from the workday: Friday and Monday at the end of the workday', () => {
    const now = new Date('2025-03-03T10:00:00Z'); // a Monday
    const [agent, customer] = sampleSummaryItems(now, 'UTC', { start: '08:00', end: '16:00', days: [1, 2, 3, 4, 5] });
    expect(agent).toMatchObject({ party: 'agent', action: 'send the rate card' });
    expect(agent!.due?.at).toMatch(/^2025-03-07T16:00/);
    expect(customer).toMatchObject({ party: 'customer', reason: "so we won't miss Wednesday's deadline" });
    expect(customer!.due?.at).toMatch(/^2025-03-(03|10)T16:00/);
  });
});

describe('leadChoices', () => {
  it('offers the usual lead times in words and keeps any other the settings hold', async () => {
    const { leadChoices } = await import('./form');
    expect(leadChoices([60, 0]).map((c) => c.minutes)).toEqual([1440, 240, 60, 15, 0]);
    const withOdd = leadChoices([90, 0]);
    expect(withOdd.map((c) => c.minutes)).toEqual([1440, 240, 90, 60, 15, 0]);
    expect(withOdd.find((c) => c.minutes === 90)?.key).toBeNull();
  });
});
