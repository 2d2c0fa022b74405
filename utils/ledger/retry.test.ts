import { describe, expect, it } from 'vitest';
import { LedgerError } from './errors';
import { isTransient, withRetry } from './retry';

const noSleep = { sleep: async () => undefined };

describe('withRetry', () => {
  it('tries again after a lost reply and returns the first answer that comes back', async () => {
    let calls = 0;
    const answer = await withRetry(async () => {
      calls++;
      if (calls < 3)
        throw new Error(
          'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
        );
      return 'ok';
    }, noSleep);
    expect([answer, calls]).toEqual(['ok', 3]);
  });

  it('waits the given delays, then gives up with the last error', async () => {
    const waited: number[] = [];
    let calls = 0;
    const failing = withRetry(
      async () => {
        calls++;
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      { delaysMs: [10, 20], sleep: async (ms) => void waited.push(ms) },
    );
    await expect(failing).rejects.toThrow(/Receiving end/);
    expect([calls, waited]).toEqual([3, [10, 20]]);
  });

  it('does not repeat what another try cannot fix', async () => {
    for (const error of [
      new LedgerError('quota', 'full'),
      new LedgerError('stale', 'changed'),
      new LedgerError('invalid-input', 'bad'),
      new Error('boom'),
    ]) {
      let calls = 0;
      await expect(
        withRetry(async () => {
          calls++;
          throw error;
        }, noSleep),
      ).rejects.toBe(error);
      expect(calls).toBe(1);
    }
  });

  it('counts a closed database or a rolled-back write as transient', () => {
    expect(isTransient(new LedgerError('closed', 'x'))).toBe(true);
    expect(isTransient(new LedgerError('aborted', 'x'))).toBe(true);
    expect(isTransient(new LedgerError('constraint', 'x'))).toBe(false);
  });
});
