// What the editors module tells the agent when a summary or a rewrite did not go in, as catalog keys
// (public/_locales/en/messages.json): the words are the catalog's, in the agent's language.
import type { I18nKey, Translate } from '../i18n-keys';
import { t as browserT } from '../i18n';

export const EDITOR_MESSAGE_KEYS = {
  copied: 'editorCopied',
  notCopied: 'editorNotCopied',
  noEditorCopied: 'editorNoEditorCopied',
  noEditorNotCopied: 'editorNoEditorNotCopied',
  empty: 'editorEmpty',
  dropped: 'editorDropped',
  droppedNotCopied: 'editorDroppedNotCopied',
  notShown: 'editorNotShown',
  notShownNotCopied: 'editorNotShownNotCopied',
  partial: 'editorPartial',
  partialNotCopied: 'editorPartialNotCopied',
  previousNotFound: 'editorPreviousNotFound',
  previousSeveral: 'editorPreviousSeveral',
  wordsNoEditor: 'editorWordsNoEditor',
  wordsEmpty: 'editorWordsEmpty',
  wordsNotFound: 'editorWordsNotFound',
  wordsSeveral: 'editorWordsSeveral',
  wordsNotTaken: 'editorWordsNotTaken',
  wordsDropped: 'editorWordsDropped',
  wordsNotShown: 'editorWordsNotShown',
  wordsPartial: 'editorWordsPartial',
} as const satisfies Record<string, I18nKey>;

export type EditorMessage = keyof typeof EDITOR_MESSAGE_KEYS;

/**
 * The words of one message. The editors run in the content script's isolated world (and the insert
 * kit's), where browser.i18n answers; a caller may pass its own Translate (tests, another context).
 */
export function editorMessage(message: EditorMessage, tr: Translate = browserT): string {
  return tr(EDITOR_MESSAGE_KEYS[message]);
}
