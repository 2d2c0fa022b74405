// @vitest-environment happy-dom
// Each message's sent time, read by every adapter from its dated fixtures (absolute stamps), and
// the relative and localised stamps the same markup shows for recent messages.
import { describe, expect, it } from 'vitest';
import { defaultAdapter } from './default';
import { ADAPTERS } from './registry';
import type { SentTimeClock } from './sent-time';
import { readAbsoluteStamp } from './sent-time-absolute';
import { loadFixture } from './test-fixtures';
import { isLookupFailure, type HostAdapter } from './types';

const NY = 'America/New_York';
const CLOCK: SentTimeClock = { now: new Date('2026-11-30T17:00:00Z'), timeZone: NY, readAbsolute: readAbsoluteStamp };

function adapterFor(doc: Document): HostAdapter {
  return ADAPTERS.find((a) => a.detect(doc)) ?? defaultAdapter;
}

function sentTimes(host: string, file: string, clock: SentTimeClock = CLOCK, edit?: (doc: Document) => void): Array<string | undefined> {
  const doc = loadFixture(host, file);
  edit?.(doc);
  const found = adapterFor(doc).messages(doc, undefined, clock);
  if (isLookupFailure(found)) throw new Error(found.message);
  return found.map((m) => m.sentAt);
}

describe('every adapter gives each message its sent time (fixtures, absolute stamps)', () => {
  it.each<[string, string, Array<string | undefined>]>([
    ['gmail', 'classic-2024-05.html', ['2024-05-13T09:14:00-04:00', '2024-05-14T10:02:00-04:00', '2024-05-15T16:40:00-04:00']],
    ['gmail', 'thread-2026-10.html', ['2026-10-19T08:05:00-04:00', '2026-10-19T11:30:00-04:00', '2026-10-20T09:12:00-04:00']],
    // Outlook prints "Mon 24/11/2025 08:12" (day first: 24 cannot be a month).
    ['outlook', 'reading-pane-2025-09.html', ['2025-11-24T08:12:00-05:00', '2025-11-24T10:47:00-05:00', '2025-11-25T16:30:00-05:00']],
    [
      'zendesk',
      'agent-workspace-2025-06.html',
      ['2025-06-10T10:02:00-04:00', '2025-06-10T11:30:00-04:00', '2025-06-10T11:45:00-04:00', '2025-06-11T09:05:00-04:00'],
    ],
    [
      'freshdesk',
      'ticket-2025-04.html',
      ['2025-04-07T03:55:00-04:00', '2025-04-07T08:10:00-04:00', '2025-04-07T08:20:00-04:00', '2025-04-08T02:30:00-04:00'],
    ],
    // Classic Help Scout: the last two carry only the tooltip "Feb 14, 2023 8:20am", no datetime.
    [
      'helpscout',
      'classic-redactor-2023-02.html',
      ['2023-02-13T04:40:00-05:00', '2023-02-13T09:05:00-05:00', '2023-02-13T14:07:00-05:00', '2023-02-14T08:20:00-05:00'],
    ],
    ['helpscout', 'react-2025-10.html', ['2025-10-06T04:00:00-04:00', '2025-10-06T06:30:00-04:00', '2025-10-07T03:45:00-04:00']],
    [
      'intercom',
      'inbox-2025-08.html',
      [
        '2025-08-18T05:02:00-04:00',
        '2025-08-18T05:02:30-04:00',
        '2025-08-18T06:15:00-04:00',
        '2025-08-18T06:20:00-04:00',
        '2025-08-18T09:48:00-04:00',
      ],
    ],
    [
      'front',
      'conversation-2025-07.html',
      ['2025-07-01T04:00:00-04:00', '2025-07-01T05:30:00-04:00', '2025-07-01T05:32:00-04:00', '2025-07-02T03:15:00-04:00'],
    ],
    [
      'hubspot',
      'inbox-thread-2025-05.html',
      ['2025-05-12T10:10:00-04:00', '2025-05-12T11:32:00-04:00', '2025-05-12T11:40:00-04:00', '2025-05-13T09:05:00-04:00'],
    ],
    // The third message shows no time: none is invented.
    ['demo-helpdesk', 'ticket-2026-11.html', ['2026-11-23T10:14:00-05:00', '2026-11-23T11:02:00-05:00', undefined]],
    ['custom', 'unknown-helpdesk-2026-11.html', ['2026-11-10T05:00:00-05:00', '2026-11-10T08:30:00-05:00', undefined]],
  ])('%s %s', (host, file, expected) => {
    expect(sentTimes(host, file)).toEqual(expected);
  });

  it('the same page read in another zone gives the same instants', () => {
    const berlin = sentTimes('gmail', 'classic-2024-05.html', { ...CLOCK, timeZone: 'Europe/Berlin' });
    // Gmail renders its tooltip in the viewer's zone, so the same words are a different instant.
    expect(berlin[0]).toBe('2024-05-13T09:14:00+02:00');
    const zendesk = sentTimes('zendesk', 'agent-workspace-2025-06.html', { ...CLOCK, timeZone: 'Europe/Berlin' });
    expect(zendesk.map((t) => Date.parse(t!))).toEqual(sentTimes('zendesk', 'agent-workspace-2025-06.html').map((t) => Date.parse(t!)));
  });
});

/** Replaces each message's time element by a host-shaped stamp without a machine attribute. */
function withStamps(selector: string, stamps: Array<{ text: string; title?: string }>) {
  return (doc: Document) => {
    doc.querySelectorAll(selector).forEach((el, i) => {
      const stamp = stamps[i];
      if (!stamp) return;
      for (const name of ['datetime', 'title']) el.removeAttribute(name);
      if (stamp.title) el.setAttribute('title', stamp.title);
      el.textContent = stamp.text;
    });
  };
}

describe("relative and localised stamps in each host's markup", () => {
  // Mon, Nov 30, 2026, 12:00 in New York.
  it('Gmail: "9:14 AM (2 hours ago)" with the full tooltip, and the tooltip alone localised', () => {
    const times = sentTimes(
      'gmail',
      'classic-2024-05.html',
      CLOCK,
      withStamps('span.g3', [
        { text: '9:14 AM (2 hours ago)', title: 'Mon, Nov 30, 2026, 9:14 AM' },
        { text: '10:02 AM (1 hour ago)' },
        { text: 'Nov 28', title: 'Sat, Nov 28, 2026, 4:40 PM' },
      ]),
    );
    // The second has no tooltip and its text is more than a stamp: no time rather than a guess.
    expect(times).toEqual(['2026-11-30T09:14:00-05:00', undefined, '2026-11-28T16:40:00-05:00']);

    const german = sentTimes(
      'gmail',
      'classic-2024-05.html',
      { ...CLOCK, timeZone: 'Europe/Berlin', locale: 'de' },
      withStamps('span.g3', [
        { text: '09:14', title: 'Mo., 13. Mai 2024, 09:14' },
        { text: '10:02', title: 'Di., 14. Mai 2024, 10:02' },
        { text: '16:40', title: 'Mi., 15. Mai 2024, 16:40' },
      ]),
    );
    expect(german).toEqual(['2024-05-13T09:14:00+02:00', '2024-05-14T10:02:00+02:00', '2024-05-15T16:40:00+02:00']);
  });

  it('Zendesk: "2 hours ago", "Yesterday 3:14 PM", "Mon 9:02 AM" (today is a Monday)', () => {
    const times = sentTimes(
      'zendesk',
      'agent-workspace-2025-06.html',
      CLOCK,
      withStamps('time', [
        { text: 'Fri 4:00 PM' }, // the other open ticket, hidden
        { text: 'Mon 9:02 AM' },
        { text: 'Yesterday 3:14 PM' },
        { text: 'Yesterday 3:20 PM' },
        { text: '2 hours ago' },
      ]),
    );
    // Today's Monday morning, not last week's: the latest Monday 9:02 not after now.
    expect(times).toEqual([
      '2026-11-30T09:02:00-05:00',
      '2026-11-29T15:14:00-05:00',
      '2026-11-29T15:20:00-05:00',
      '2026-11-30T10:00:00-05:00',
    ]);
  });

  it('Intercom: "5m ago", "1h ago"; Freshdesk: French "hier à 15h14"', () => {
    const intercom = sentTimes(
      'intercom',
      'inbox-2025-08.html',
      CLOCK,
      withStamps('time', [{ text: '1h ago' }, { text: '55m ago' }, { text: '30m ago' }, { text: '12m ago' }, { text: '5m ago' }]),
    );
    expect(intercom).toEqual([
      '2026-11-30T11:00:00-05:00',
      '2026-11-30T11:05:00-05:00',
      '2026-11-30T11:30:00-05:00',
      '2026-11-30T11:48:00-05:00',
      '2026-11-30T11:55:00-05:00',
    ]);
    const freshdesk = sentTimes(
      'freshdesk',
      'ticket-2025-04.html',
      { ...CLOCK, timeZone: 'Europe/Paris', locale: 'fr' },
      withStamps('time', [{ text: 'hier à 15h14' }, { text: 'il y a 3 heures' }, { text: 'il y a 2 jours' }, { text: "à l'instant" }]),
    );
    expect(freshdesk).toEqual(['2026-11-29T15:14:00+01:00', '2026-11-30T15:00:00+01:00', undefined, '2026-11-30T18:00:00+01:00']);
  });

  it('across the autumn DST change: "Yesterday 11:30 PM" keeps summer time, "3 hours ago" counts real hours', () => {
    // Sun, Nov 1, 2026, 02:30 EST (07:30Z): one hour earlier the clocks went back.
    const clock: SentTimeClock = { now: new Date('2026-11-01T07:30:00Z'), timeZone: NY };
    const times = sentTimes(
      'demo-helpdesk',
      'ticket-2026-11.html',
      clock,
      withStamps('time', [{ text: 'Yesterday 11:30 PM' }, { text: '3 hours ago' }]),
    );
    expect(times.slice(0, 2)).toEqual(['2026-10-31T23:30:00-04:00', '2026-11-01T00:30:00-04:00']);
  });
});
