import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './after-paint';

describe('afterPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A window whose animation frames run only when the test says so. */
  function frames() {
    const pending: (() => void)[] = [];
    return {
      win: {
        requestAnimationFrame: (callback: () => void) => pending.push(callback),
        setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms) as unknown as number,
        clearTimeout: (id: number) => clearTimeout(id),
      },
      runFrame: () => pending.splice(0).forEach((run) => run()),
    };
  }

  it('resolves in the task after the next animation frame, not before', async () => {
    const { win, runFrame } = frames();
    let resolved = false;
    void afterPaint(win, 500).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(resolved).toBe(false);
    runFrame();
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(resolved).toBe(true);
  });

  it('resolves after latestMs when no frame comes (a collapsed, undrawn panel)', async () => {
    const { win } = frames();
    let resolved = false;
    void afterPaint(win, 120).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(119);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(true);
  });
});
