// Which failures are worth another try, one row per phrase Chrome uses when the worker stopped or
// was not there yet, and per ledger error code; a thrown string is read as its message.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LedgerError } from './errors';
import { isTransient, withRetry } from './retry';

describe('isTransient', () => {
  it.each([
    'The message channel closed before a response was received',
    'Could not establish connection. Receiving end does not exist.',
    'receiving end does not exist',
    'Could not establish connection',
    'No response',
    'Attempting to use a disconnected port object: port closed',
    'The service worker stopped',
    'worker was terminated',
    'Request timed out',
  ])('%s: worth another try', (message) => {
    expect(isTransient(new Error(message))).toBe(true);
    expect(isTransient(message)).toBe(true);
  });

  it.each(['boom', 'worker', 'The connection was established', 'message channel open', 'stopped', 'timeout'])('%s: not', (message) => {
    expect(isTransient(new Error(message))).toBe(false);
    expect(isTransient(message)).toBe(false);
  });

  it.each([
    ['closed', true],
    ['aborted', true],
    ['io', true],
    ['quota', false],
    ['stale', false],
    ['not-found', false],
    ['constraint', false],
    ['invalid-input', false],
  ] as const)('a ledger error %s: %s, whatever its message says', (code, transient) => {
    expect(isTransient(new LedgerError(code, 'message channel closed'))).toBe(transient);
  });
});

describe('withRetry', () => {
  it('the first answer needs no wait; an error another try cannot fix is thrown at once', async () => {
    const waited: number[] = [];
    const sleep = async (ms: number) => void waited.push(ms);
    expect(await withRetry(async () => 'ok', { sleep })).toBe('ok');
    expect(waited).toEqual([]);
    let calls = 0;
    const refused = withRetry(
      async () => {
        calls++;
        throw new Error('No response');
      },
      { sleep, retryable: () => false },
    );
    await expect(refused).rejects.toThrow('No response');
    expect(calls).toBe(1);
  });

  it('by default, six more tries after 150, 400, 1000, 2000, 3000 and 3500 ms', async () => {
    const waited: number[] = [];
    let calls = 0;
    const failing = withRetry(
      async () => {
        calls++;
        throw new Error('No response');
      },
      { sleep: async (ms) => void waited.push(ms) },
    );
    await expect(failing).rejects.toThrow('No response');
    expect([calls, waited]).toEqual([7, [150, 400, 1000, 2000, 3000, 3500]]);
  });

  it('no delays: one try only', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw new Error('No response');
        },
        { delaysMs: [], sleep: async () => undefined },
      ),
    ).rejects.toThrow();
    expect(calls).toBe(1);
  });
});

describe('withRetry without a sleep of its own', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('really waits each delay before the next try (the real timer, not an immediate retry)', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const answer = withRetry(
      async () => {
        calls++;
        if (calls === 1) throw new Error('No response');
        return 'ok';
      },
      { delaysMs: [50] },
    );
    await vi.advanceTimersByTimeAsync(49);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(2);
    expect(await answer).toBe('ok');
  });
});
