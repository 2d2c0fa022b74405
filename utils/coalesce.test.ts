import { describe, expect, it } from 'vitest';
import { coalesced } from './coalesce';

describe('coalesced', () => {
  it('runs once at a time; calls during a run cost one more run, and every caller waits for the run covering it', async () => {
    let runs = 0;
    let inFlight = 0;
    let most = 0;
    const gates: Array<() => void> = [];
    const sync = coalesced(async () => {
      runs++;
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise<void>((resolve) => gates.push(resolve));
      inFlight--;
    });
    const first = sync();
    const second = sync();
    const third = sync();
    expect(second).toBe(first);
    expect(third).toBe(first);
    await Promise.resolve();
    gates.shift()!(); // the first run ends; the two calls during it ask for one more
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    gates.shift()!();
    await first;
    expect(runs).toBe(2);
    expect(most).toBe(1);
    await sync.idle();
    const later = sync();
    expect(later).not.toBe(first);
    await new Promise((r) => setTimeout(r, 0));
    gates.shift()!();
    await later;
    expect(runs).toBe(3);
  });
});
