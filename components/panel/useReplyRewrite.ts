// One click on a coaching hint: the agent's words in the reply give way to the dated ones (through
// the content script, 'page:rewrite'), and the commitment they make is added. The reply is reported
// rewritten only when the content script read the editor back holding the new words; otherwise the
// commitment is still added (the agent chose it) and the notice says the reply was not rewritten,
// why, and the words to write. Kept out of PanelApp so the panel only wires it.
import { useCallback, useState } from 'react';
import { describeError } from '@/utils/errors';
import { t } from '@/utils/i18n';
import type { ConversationInfo } from '@/utils/ledger/types';
import { withRetry } from '@/utils/ledger/retry';
import { askPage, type RewriteOutcome } from '@/utils/messaging/protocol';
import type { ReplyRewrite } from '@/utils/suggestions/draft-rewrite';
import { ledger } from './connection';
import { checkSeen } from './seen';

type Notify = (kind: 'info' | 'error', text: string) => void;

export function useReplyRewrite(opts: { tabId: number | null; conversation: ConversationInfo | null; notify: Notify }) {
  const { tabId, conversation, notify } = opts;
  // One rewrite at a time: a second click while the first runs would find the words already gone.
  const [busy, setBusy] = useState(false);
  const apply = useCallback(
    async (rewrite: ReplyRewrite) => {
      if (!conversation || busy) return;
      // A change to the host page acts only when the panel is really seen (./seen.ts), like insert.
      const verdict = await checkSeen(tabId, 'click');
      if (!verdict.ok) {
        notify('error', t('panelNotSeen', verdict.reasons.join('; ')));
        return;
      }
      setBusy(true);
      try {
        let outcome: RewriteOutcome;
        try {
          outcome = await askPage('page:rewrite', { words: rewrite.words, replacement: rewrite.replacement });
        } catch (error) {
          outcome = { ok: false, method: 'none', error: describeError(error) };
        }
        const id = crypto.randomUUID();
        try {
          await withRetry(() => ledger.addCommitment({ id, conversation, draft: rewrite.draft, source: 'suggested' }));
        } catch (error) {
          notify('error', t('errorAction', t('suggestionAdd'), describeError(error)));
          return;
        }
        if (outcome.ok) notify('info', t('draftRewritten', rewrite.replacement));
        else notify('error', t('draftRewriteFailed', outcome.error ?? '', rewrite.replacement));
      } finally {
        setBusy(false);
      }
    },
    [tabId, conversation, notify, busy],
  );
  return { apply, busy };
}
