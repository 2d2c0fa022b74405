// Pacing's bounds exactly: the reads counted never below zero, the wait for reads ending with the
// last one or at its longest wait (not a millisecond before), the chunk size clamped to its bounds
// at the start and after every slice, and a chunk's storage work never negative.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChunkClock, letReadsThrough, readEnded, readStarted, readsRunning, SlicePacer, writeStarted, writesStarted } from './pacing';

afterEach(() => {
  vi.useRealTimers();
  while (readsRunning() > 0) readEnded();
});

describe('reads in flight', () => {
  it('counts each read, and an end without a start leaves the count at zero', () => {
    readEnded();
    readEnded();
    expect(readsRunning()).toBe(0);
    readStarted();
    expect(readsRunning()).toBe(1);
    readStarted();
    expect(readsRunning()).toBe(2);
    readEnded();
    expect(readsRunning()).toBe(1);
    readEnded();
    expect(readsRunning()).toBe(0);
  });

  it('writes started are counted one by one', () => {
    const before = writesStarted();
    writeStarted();
    expect(writesStarted()).toBe(before + 1);
    writeStarted();
    expect(writesStarted()).toBe(before + 2);
  });
});

describe('letReadsThrough', () => {
  it('with no read in flight, goes on after one macrotask and leaves no timer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let through = false;
    void letReadsThrough(1_000).then(() => (through = true));
    // Not in a microtask: the port messages queued meanwhile come first.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(through).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(through).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waits for the last of several reads, then leaves no timer behind', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    readStarted();
    readStarted();
    let through = false;
    void letReadsThrough(1_000).then(() => (through = true));
    await vi.advanceTimersByTimeAsync(0);
    readEnded();
    await vi.advanceTimersByTimeAsync(0);
    expect(through).toBe(false);
    readEnded();
    await vi.advanceTimersByTimeAsync(0);
    expect(through).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a wait that ended does not end a later one: each waits for the reads of its own time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    readStarted();
    let first = false;
    void letReadsThrough(1_000).then(() => (first = true));
    await vi.advanceTimersByTimeAsync(0);
    readEnded();
    await vi.advanceTimersByTimeAsync(0);
    expect(first).toBe(true);
    readStarted();
    let second = false;
    void letReadsThrough(1_000).then(() => (second = true));
    await vi.advanceTimersByTimeAsync(0);
    readStarted();
    readEnded(); // one read of two ended: still waiting
    await vi.advanceTimersByTimeAsync(0);
    expect(second).toBe(false);
    readEnded();
    await vi.advanceTimersByTimeAsync(0);
    expect(second).toBe(true);
  });

  it('with a read that does not end, goes on at exactly its longest wait (250 ms by default)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    readStarted();
    let through = false;
    void letReadsThrough().then(() => (through = true));
    await vi.advanceTimersByTimeAsync(0); // the macrotask
    await vi.advanceTimersByTimeAsync(249);
    expect(through).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(through).toBe(true);
    let other = false;
    void letReadsThrough(40).then(() => (other = true));
    await vi.advanceTimersByTimeAsync(39);
    expect(other).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(other).toBe(true);
  });
});

describe('SlicePacer bounds', () => {
  it('starts within its bounds, 50 records of 10 to 2,000 aiming at 20 ms by default', () => {
    const p = new SlicePacer();
    expect([p.size, p.min, p.max, p.targetMs]).toEqual([50, 10, 2_000, 20]);
    expect(new SlicePacer(10, 500, 5).size).toBe(10);
    expect(new SlicePacer(10, 500, 10).size).toBe(10);
    expect(new SlicePacer(10, 500, 500).size).toBe(500);
    expect(new SlicePacer(10, 500, 501).size).toBe(500);
  });

  it('a slice of exactly the size counts, one record short does not; an unmeasured one never', () => {
    const pacer = new SlicePacer(10, 2_000, 100, 20);
    pacer.took(99, 200);
    expect(pacer.size).toBe(100);
    pacer.took(100, null);
    expect(pacer.size).toBe(100);
    pacer.took(100, 40); // twice the target: half the size
    expect(pacer.size).toBe(50);
    pacer.took(50, 20); // exactly the target: the same size
    expect(pacer.size).toBe(50);
    pacer.took(50, 0); // no time at all: at most ×1.5
    expect(pacer.size).toBe(75);
    pacer.took(75, 30); // 75 × 20/30 = 50
    expect(pacer.size).toBe(50);
    pacer.took(50, 21); // 50 × 20/21 = 47.6: rounded down when shrinking
    expect(pacer.size).toBe(47);
    pacer.took(47, 19); // 47 × 20/19 = 49.5: rounded up when growing
    expect(pacer.size).toBe(50);
  });

  it('never leaves its bounds, exactly at each', () => {
    const pacer = new SlicePacer(10, 60, 40, 20);
    pacer.took(40, 1); // ×1.5 = 60: the max exactly
    expect(pacer.size).toBe(60);
    pacer.took(60, 1);
    expect(pacer.size).toBe(60);
    pacer.took(60, 120); // 60 × 1/6 = 10: the min exactly
    expect(pacer.size).toBe(10);
    pacer.took(10, 1_000);
    expect(pacer.size).toBe(10);
  });
});

describe('ChunkClock', () => {
  it('measures from the later of sent and the chunk before done, never below zero', () => {
    const clock = new ChunkClock();
    expect(clock.done(0, 10)).toBeNull();
    expect(clock.done(10, 15)).toBe(5); // sent exactly when the one before was done
    expect(clock.done(12, 14)).toBe(0); // answered before the one before (clock skew): no negative work
    expect(clock.done(20, 26)).toBe(6);
    expect(clock.done(0, 30)).toBe(4); // sent long before: from the one before's answer
  });
});
