// The badge as the toolbar button shows it: the deadline counts (with or without the runtime's kept
// tally), promises without a date once they are old enough (never when the setting is 0), and the
// look set only when it changes, set again after a call that failed.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { en } from '../../tests/support/catalog';
import { commitmentRecord } from '../../tests/support/records';
import { BADGE_COUNT_CAP } from '../ledger/service';
import type { CommitmentRecord } from '../ledger/types';
import { BADGE_AMBER, BADGE_RED } from './badge';
import { refreshAttentionBadge, ShownBadge } from './badge-runtime';
import { BadgeTally } from './badge-tally';
import { UndatedRecords } from './undated-records';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Tuesday 24 November 2026, 10:00 UTC.
const T0 = Date.parse('2026-11-24T10:00:00Z');
const WORKDAY = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
const settings = (undatedAlertWorkdays: number) => ({ undatedAlertWorkdays, workday: WORKDAY, timeZone: 'UTC' });

/** A ledger answering fixed counts and undated promises, recording what it was asked. */
function fakeLedger(counts: { overdue: number; dueSoon: number }, undated: CommitmentRecord[], dated: CommitmentRecord[] = []) {
  const asked: string[] = [];
  const ledger: Parameters<typeof refreshAttentionBadge>[0] = {
    badgeCounts: async (_now: number, windowMs: number, cap?: number) => (asked.push(`badgeCounts ${windowMs} ${cap}`), counts),
    listSnoozedOpen: async () => (asked.push('listSnoozedOpen'), []),
    listUpcoming: async () => (asked.push('listUpcoming'), dated),
    openIdsDueBefore: async () => (asked.push('openIdsDueBefore'), []),
    getCommitment: async (id: string) => (asked.push(`getCommitment ${id}`), null),
    listUndatedOpen: async (limit: number, cap: number) => (
      asked.push(`listUndatedOpen ${limit} ${cap}`),
      { items: undated, capped: false, count: undated.length, conversations: [] }
    ),
  };
  return { ledger, asked };
}

// Made on Monday at 10:00: one working day old at T0, not yet two.
const undatedNote = commitmentRecord('u', { createdAt: T0 - DAY });
const shownLook = async () => ({
  text: await fakeBrowser.action.getBadgeText({}),
  title: await fakeBrowser.action.getTitle({}),
});

describe('refreshAttentionBadge', () => {
  it('without the kept sets, counts again (to the count cap) and reads the undated promises, and shows the sum', async () => {
    const { ledger, asked } = fakeLedger({ overdue: 1, dueSoon: 2 }, [undatedNote]);
    const result = await refreshAttentionBadge(ledger, T0, HOUR, settings(1), en);
    expect(result).toEqual({ counts: { overdue: 1, dueSoon: 2, undated: 1 }, nextChangeAt: null });
    expect(asked).toEqual(
      expect.arrayContaining([`badgeCounts ${HOUR} ${BADGE_COUNT_CAP}`, `listUndatedOpen ${BADGE_COUNT_CAP} ${BADGE_COUNT_CAP}`]),
    );
    expect(await shownLook()).toEqual({
      text: '4',
      title: en('badgeTitle', [en('badgeOverdue', 1), en('badgeDueSoon', 2), en('badgeUndated', 1)].join(', ')),
    });
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([196, 22, 28, 255]);
    expect(BADGE_RED).toBe('#C4161C');
  });

  it('a promise younger than the setting is not counted yet, and the badge wakes when it will be', async () => {
    const { ledger } = fakeLedger({ overdue: 0, dueSoon: 0 }, [undatedNote]);
    const result = await refreshAttentionBadge(ledger, T0, HOUR, settings(2), en);
    expect(result).toEqual({ counts: { overdue: 0, dueSoon: 0, undated: 0 }, nextChangeAt: T0 + DAY });
    expect(await shownLook()).toEqual({ text: '', title: en('badgeNothingDue') });
  });

  it('with the setting at 0, undated promises are never read nor counted', async () => {
    const { ledger, asked } = fakeLedger({ overdue: 0, dueSoon: 1 }, [commitmentRecord('old', { createdAt: T0 - 30 * DAY })]);
    const kept = new UndatedRecords();
    const result = await refreshAttentionBadge(ledger, T0, HOUR, settings(0), en, kept);
    expect(result.counts).toEqual({ overdue: 0, dueSoon: 1, undated: 0 });
    expect(asked.filter((a) => a.startsWith('listUndatedOpen'))).toEqual([]);
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([178, 106, 0, 255]);
    expect(BADGE_AMBER).toBe('#B26A00');
  });

  it('with the runtime’s tally, the deadline counts are the tally’s (read from the window, no recount)', async () => {
    const dueSoon = commitmentRecord('soon', { dueAt: T0 + HOUR / 2, createdAt: T0 - DAY });
    const { ledger, asked } = fakeLedger({ overdue: 9, dueSoon: 9 }, [], [dueSoon]);
    const result = await refreshAttentionBadge(ledger, T0, HOUR, settings(0), en, undefined, undefined, new BadgeTally());
    expect(result.counts).toEqual({ overdue: 0, dueSoon: 1, undated: 0 });
    expect(asked.filter((a) => a.startsWith('badgeCounts'))).toEqual([]);
  });

  it('with the kept undated set, each note’s age is remembered only while the settings stay the same', async () => {
    // Made on Saturday 05:00 UTC (Friday evening in Honolulu): two working days old on Tuesday 05:00
    // UTC, but on Wednesday 05:00 UTC when counted in Honolulu.
    const weekendNote = commitmentRecord('w', { createdAt: Date.parse('2026-11-21T05:00:00Z') });
    const { ledger, asked } = fakeLedger({ overdue: 0, dueSoon: 0 }, [weekendNote]);
    const kept = new UndatedRecords();
    const undated = async (s: ReturnType<typeof settings>) => (await refreshAttentionBadge(ledger, T0, HOUR, s, en, kept)).counts.undated;
    expect(await undated(settings(2))).toBe(1);
    expect(await undated(settings(3))).toBe(0);
    expect(await undated(settings(2))).toBe(1);
    expect(await undated({ ...settings(2), workday: { ...WORKDAY, days: [3, 4] } })).toBe(0);
    expect(await undated(settings(2))).toBe(1);
    expect(await undated({ ...settings(2), timeZone: 'Pacific/Honolulu' })).toBe(0);
    // Read once: the kept set answered the later passes.
    expect(asked.filter((a) => a.startsWith('listUndatedOpen'))).toHaveLength(1);
  });
});

describe('ShownBadge: the look is set only when it changes', () => {
  it('the same look again sets nothing; a new look sets text, colour and title', async () => {
    const shown = new ShownBadge();
    const text = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const color = vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor');
    const title = vi.spyOn(fakeBrowser.action, 'setTitle');
    await refreshAttentionBadge(fakeLedger({ overdue: 1, dueSoon: 0 }, []).ledger, T0, HOUR, settings(0), en, undefined, shown);
    await refreshAttentionBadge(fakeLedger({ overdue: 1, dueSoon: 0 }, []).ledger, T0, HOUR, settings(0), en, undefined, shown);
    expect([text.mock.calls.length, color.mock.calls.length, title.mock.calls.length]).toEqual([1, 1, 1]);
    await refreshAttentionBadge(fakeLedger({ overdue: 0, dueSoon: 1 }, []).ledger, T0, HOUR, settings(0), en, undefined, shown);
    expect([text.mock.calls.length, color.mock.calls.length, title.mock.calls.length]).toEqual([2, 2, 2]);
    expect(await shownLook()).toEqual({ text: '1', title: en('badgeTitle', en('badgeDueSoon', 1)) });
  });

  it('without a ShownBadge, every call sets the look', async () => {
    const text = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await refreshAttentionBadge(fakeLedger({ overdue: 1, dueSoon: 0 }, []).ledger, T0, HOUR, settings(0), en);
    await refreshAttentionBadge(fakeLedger({ overdue: 1, dueSoon: 0 }, []).ledger, T0, HOUR, settings(0), en);
    expect(text).toHaveBeenCalledTimes(2);
  });

  it('a look whose setting failed is set again by the next call, even the same look', async () => {
    const shown = new ShownBadge();
    const { ledger } = fakeLedger({ overdue: 2, dueSoon: 0 }, []);
    await refreshAttentionBadge(fakeLedger({ overdue: 1, dueSoon: 0 }, []).ledger, T0, HOUR, settings(0), en, undefined, shown);
    const text = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValueOnce(new Error('no window'));
    await expect(refreshAttentionBadge(ledger, T0, HOUR, settings(0), en, undefined, shown)).rejects.toThrow('no window');
    await refreshAttentionBadge(ledger, T0, HOUR, settings(0), en, undefined, shown);
    expect(text).toHaveBeenCalledTimes(2);
    expect(await shownLook()).toMatchObject({ text: '2' });
  });

  it('a look half set when a call failed is not taken for the one shown before', async () => {
    const shown = new ShownBadge();
    const one = fakeLedger({ overdue: 1, dueSoon: 0 }, []).ledger;
    await refreshAttentionBadge(one, T0, HOUR, settings(0), en, undefined, shown);
    // The text of "2" is set, its colour fails: the button shows neither look.
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockRejectedValueOnce(new Error('no window'));
    await expect(
      refreshAttentionBadge(fakeLedger({ overdue: 2, dueSoon: 0 }, []).ledger, T0, HOUR, settings(0), en, undefined, shown),
    ).rejects.toThrow('no window');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    await refreshAttentionBadge(one, T0, HOUR, settings(0), en, undefined, shown);
    expect(await shownLook()).toEqual({ text: '1', title: en('badgeTitle', en('badgeOverdue', 1)) });
  });
});
