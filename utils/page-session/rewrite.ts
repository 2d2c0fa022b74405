// 'page:rewrite': a coaching hint applied in the reply. The panel sends the agent's words and what
// goes there instead; the words are rewritten in the reply editor through the editors module
// (replaceWordsInEditor: the editor's own paste or editing command, read back after it re-rendered),
// and the answer says honestly whether the reply now holds the new words.
import { isLookupFailure, type HostAdapter } from '../hosts/types';
import { editorMessage } from '../editors/messages';
import { lastEditor, replaceWordsInEditor } from '../editors';
import { t } from '../i18n';
import { MAX_REWRITE_CHARS, type RewriteOutcome, type RewriteRequest } from '../messaging/protocol';
import { findReplyEditor } from './state';

/** A request as it arrived over messaging: two strings of sensible length, or nothing is done. */
export function isRewriteRequest(value: unknown): value is RewriteRequest {
  if (!value || typeof value !== 'object') return false;
  const { words, replacement } = value as Record<string, unknown>;
  const fits = (s: unknown) => typeof s === 'string' && s.trim().length > 0 && s.length <= MAX_REWRITE_CHARS;
  return fits(words) && fits(replacement);
}

/**
 * The reply box, as for the summary: the adapter's, else the editor the agent last typed in (the
 * words the panel coached were read from a reply box, so one exists), else the conversation's
 * largest editable.
 */
function replyBox(adapter: HostAdapter, doc: Document, url: URL): Element | null {
  const found = adapter.replyEditor(doc, url);
  if (!isLookupFailure(found)) return found;
  return lastEditor(doc) ?? findReplyEditor(adapter, doc, url);
}

export async function rewriteInReply(adapter: HostAdapter, doc: Document, url: URL, request: unknown): Promise<RewriteOutcome> {
  if (!isRewriteRequest(request)) return { ok: false, method: 'none', error: t('editorRewriteBadRequest') };
  const box = replyBox(adapter, doc, url);
  if (!box) return { ok: false, method: 'none', error: editorMessage('wordsNoEditor') };
  const result = await replaceWordsInEditor(box, request.words, request.replacement);
  return {
    ok: result.ok,
    method: result.method,
    ...(result.error ? { error: result.error } : {}),
    ...(result.words ? { words: result.words } : {}),
  };
}
