import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runAction } from './run-action';

describe('runAction (panel and popup)', () => {
  it('reports what failed and why, and answers false instead of throwing', async () => {
    fakeBrowser.i18n.getMessage = ((key: string, subs?: string[]) =>
      `${key}(${(subs ?? []).join('|')})`) as typeof fakeBrowser.i18n.getMessage;
    const said: string[] = [];
    expect(
      await runAction(
        'Snooze',
        () => Promise.reject(new Error('the worker stopped')),
        (text) => said.push(text),
      ),
    ).toBe(false);
    expect(said).toEqual(['errorAction(Snooze|the worker stopped)']);
    expect(
      await runAction(
        'Done',
        () => Promise.resolve(),
        (text) => said.push(text),
      ),
    ).toBe(true);
    expect(said).toHaveLength(1);
  });
});
