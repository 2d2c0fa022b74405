import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseCommitment } from '@/utils/commitments';
import { conv } from '@/utils/ledger/test-helpers';
import type { NewCommitment } from '@/utils/ledger/types';
import type { RewriteOutcome } from '@/utils/messaging/protocol';
import { applyReplyRewrite, type RewriteDeps } from './useReplyRewrite';

const conversation = conv('T-9', { customerName: 'Priya' });
const ctx = { now: new Date('2026-11-30T10:00:00Z'), timeZone: 'UTC' };
const REWRITE = {
  words: "We'll get back to you shortly.",
  replacement: "We'll get back to you by tomorrow.",
  draft: parseCommitment("We'll get back to you by tomorrow.", ctx),
};

beforeEach(() => {
  // fakeBrowser has no catalog: the key and its substitutions, so the test reads what was said.
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string[]) =>
    subs?.length ? `${key}(${subs.join('|')})` : key) as typeof fakeBrowser.i18n.getMessage;
});

function deps(outcome: RewriteOutcome | Error, seen = true) {
  const added: NewCommitment[] = [];
  const said: Array<[string, string]> = [];
  const rewrite = vi.fn(async () => {
    if (outcome instanceof Error) throw outcome;
    return outcome;
  });
  const d: RewriteDeps = {
    seen: async () => seen,
    rewrite,
    add: async (input) => added.push(input),
    notify: (kind, text) => said.push([kind, text]),
  };
  return { d, added, said, rewrite };
}

describe('applyReplyRewrite', () => {
  it('rewritten and read back: says so, and adds the dated commitment', async () => {
    const { d, added, said, rewrite } = deps({ ok: true, method: 'paste' });
    expect(await applyReplyRewrite(REWRITE, conversation, d)).toBe(true);
    expect(rewrite).toHaveBeenCalledWith({ words: REWRITE.words, replacement: REWRITE.replacement });
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ conversation, draft: REWRITE.draft, source: 'suggested' });
    expect(said).toEqual([['info', `draftRewritten(${REWRITE.replacement})`]]);
  });

  it('the editor did not take it: the commitment is added, and the notice says the reply was not rewritten, why, and the words', async () => {
    const { d, added, said } = deps({
      ok: false,
      method: 'none',
      error: 'The reply editor did not take the change: the reply is as it was.',
    });
    expect(await applyReplyRewrite(REWRITE, conversation, d)).toBe(false);
    expect(added).toHaveLength(1);
    expect(said).toEqual([
      ['error', `draftRewriteFailed(The reply editor did not take the change: the reply is as it was.|${REWRITE.replacement})`],
    ]);
  });

  it('the page could not be reached: never reported done', async () => {
    const { d, said } = deps(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await applyReplyRewrite(REWRITE, conversation, d)).toBe(false);
    expect(said[0]![0]).toBe('error');
    expect(said[0]![1]).toMatch(/^draftRewriteFailed\(/);
  });

  it('a panel that is not really seen does nothing at all', async () => {
    const { d, added, said, rewrite } = deps({ ok: true, method: 'paste' }, false);
    expect(await applyReplyRewrite(REWRITE, conversation, d)).toBe(false);
    expect(rewrite).not.toHaveBeenCalled();
    expect(added).toEqual([]);
    expect(said).toEqual([]);
  });
});
