// One click on a coaching hint: the agent's words in the reply give way to the dated ones (through
// the content script, 'page:rewrite'), and the commitment they make is added. The reply is reported
// rewritten only when the content script read the editor back holding the new words; otherwise the
// commitment is still added (the agent chose it) and the notice says the reply was not rewritten,
// why, and the words to write. Kept out of PanelApp so the panel only wires it.
import { useCallback, useState } from 'react';
import { describeError } from '@/utils/errors';
import { t } from '@/utils/i18n';
import type { ConversationInfo, NewCommitment } from '@/utils/ledger/types';
import { withRetry } from '@/utils/ledger/retry';
import { askPage, type RewriteOutcome, type RewriteRequest } from '@/utils/messaging/protocol';
import type { ReplyRewrite } from '@/utils/suggestions/draft-rewrite';
import { ledger } from './connection';
import { checkSeen } from './seen';

type Notify = (kind: 'info' | 'error', text: string) => void;

export interface RewriteDeps {
  /** Is the panel really seen (./seen.ts)? Says why not itself. */
  seen(): Promise<boolean>;
  /** The content script's rewrite ('page:rewrite'). */
  rewrite(request: RewriteRequest): Promise<RewriteOutcome>;
  add(input: NewCommitment): Promise<unknown>;
  notify: Notify;
}

/**
 * Applies one rewrite: nothing at all unless the panel is seen; then the reply, then the commitment
 * (with an id made once, so a retried add stores it once). Returns whether the reply was rewritten.
 */
export async function applyReplyRewrite(rewrite: ReplyRewrite, conversation: ConversationInfo, deps: RewriteDeps): Promise<boolean> {
  if (!(await deps.seen())) return false;
  let outcome: RewriteOutcome;
  try {
    outcome = await deps.rewrite({ words: rewrite.words, replacement: rewrite.replacement });
  } catch (error) {
    outcome = { ok: false, method: 'none', error: describeError(error) };
  }
  const id = crypto.randomUUID();
  try {
    await withRetry(() => deps.add({ id, conversation, draft: rewrite.draft, source: 'suggested' }));
  } catch (error) {
    deps.notify('error', t('errorAction', t('suggestionAdd'), describeError(error)));
    return outcome.ok;
  }
  if (outcome.ok) deps.notify('info', t('draftRewritten', rewrite.replacement));
  else deps.notify('error', t('draftRewriteFailed', outcome.error ?? '', rewrite.replacement));
  return outcome.ok;
}

export function useReplyRewrite(opts: { tabId: number | null; conversation: ConversationInfo | null; notify: Notify }) {
  const { tabId, conversation, notify } = opts;
  // One rewrite at a time: a second click while the first runs would find the words already gone.
  const [busy, setBusy] = useState(false);
  const apply = useCallback(
    async (rewrite: ReplyRewrite) => {
      if (!conversation || busy) return;
      setBusy(true);
      try {
        await applyReplyRewrite(rewrite, conversation, {
          // A change to the host page acts only when the panel is really seen, like insert.
          seen: async () => {
            const verdict = await checkSeen(tabId, 'click');
            if (!verdict.ok) notify('error', t('panelNotSeen', verdict.reasons.join('; ')));
            return verdict.ok;
          },
          rewrite: (request) => askPage('page:rewrite', request),
          add: (input) => ledger.addCommitment(input),
          notify,
        });
      } finally {
        setBusy(false);
      }
    },
    [tabId, conversation, notify, busy],
  );
  return { apply, busy };
}
