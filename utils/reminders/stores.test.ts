// The reminders' own small stores: which reminders fired (kept 30 days, so a restart neither
// repeats nor skips one), the digest's day, and the User Timing entries a long-lived worker keeps.
import { describe, expect, it } from 'vitest';
import { digestDayItem, firedRemindersItem } from '../storage-items';
import { markFired, readDigestDay, readFired, writeDigestDay } from './fired-store';
import { measureSince } from './measures';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 30, 12);

describe('fired reminders', () => {
  it('are read back as the keys marked, each at the instant given', async () => {
    await markFired(['a|lead60', 'b|deadline'], NOW);
    expect(await readFired()).toEqual(new Set(['a|lead60', 'b|deadline']));
    expect(await firedRemindersItem.getValue()).toEqual({ 'a|lead60': NOW, 'b|deadline': NOW });
  });

  it('are kept just under 30 days: one marked 30 days ago is dropped at the next mark, one a millisecond younger stays', async () => {
    await firedRemindersItem.setValue({ old: NOW - 30 * DAY, young: NOW - 30 * DAY + 1 });
    await markFired(['new'], NOW);
    expect(await firedRemindersItem.getValue()).toEqual({ young: NOW - 30 * DAY + 1, new: NOW });
  });

  it('a mark of nothing writes nothing (old entries stay until a real mark)', async () => {
    await firedRemindersItem.setValue({ old: NOW - 60 * DAY });
    await markFired([], NOW);
    expect(await firedRemindersItem.getValue()).toEqual({ old: NOW - 60 * DAY });
  });
});

describe('the digest day', () => {
  it('is none until written, then the day written', async () => {
    expect(await readDigestDay()).toBeNull();
    await writeDigestDay('2026-11-30');
    expect(await readDigestDay()).toBe('2026-11-30');
    expect(await digestDayItem.getValue()).toBe('2026-11-30');
  });
});

describe('measureSince', () => {
  it('records a measure under the name, from the start given to now', () => {
    const name = `test:measure:${Math.random()}`;
    const start = performance.now() - 5;
    measureSince(name, start);
    const [entry] = performance.getEntriesByName(name, 'measure');
    expect(entry?.startTime).toBe(start);
    expect(entry!.duration).toBeGreaterThanOrEqual(5);
  });

  it('keeps at most 1000 entries of one name: the 1001st clears the earlier ones and starts again', () => {
    const name = `test:cap:${Math.random()}`;
    const count = () => performance.getEntriesByName(name, 'measure').length;
    for (let i = 0; i < 1000; i++) measureSince(name, performance.now());
    expect(count()).toBe(1000);
    measureSince(name, performance.now());
    expect(count()).toBe(1);
    for (let i = 0; i < 999; i++) measureSince(name, performance.now());
    expect(count()).toBe(1000);
    measureSince(name, performance.now());
    expect(count()).toBe(1);
  });
});
