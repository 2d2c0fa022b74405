// What the pages tell the agent when the ledger refused or failed, in the catalog's words
// (public/_locales/en/messages.json). The ledger names the sentence and its values (LedgerWords);
// this module maps them to catalog keys. Pure: the caller passes its Translate (utils/i18n's `t` on a
// page), so the ledger itself never reads browser.i18n.
import type { I18nKey, Translate } from '../i18n-keys';
import type { LedgerAction, LedgerMessage, LedgerWords } from './errors';

export const LEDGER_MESSAGE_KEYS = {
  quota: 'ledgerErrorQuota',
  closed: 'ledgerErrorClosed',
  closedRead: 'ledgerErrorClosedRead',
  newerDatabase: 'ledgerErrorNewerDatabase',
  duplicate: 'ledgerErrorDuplicate',
  duplicateRead: 'ledgerErrorDuplicateRead',
  io: 'ledgerErrorIo',
  ioRead: 'ledgerErrorIoRead',
  aborted: 'ledgerErrorAborted',
  abortedRead: 'ledgerErrorAbortedRead',
  unknown: 'ledgerErrorUnknown',
  unknownRead: 'ledgerErrorUnknownRead',
  invalidInput: 'ledgerErrorInvalidInput',
  missingId: 'ledgerErrorMissingId',
  notFound: 'ledgerErrorNotFound',
  idTaken: 'ledgerErrorIdTaken',
  stale: 'ledgerErrorStale',
  unknownTimeZone: 'ledgerErrorUnknownTimeZone',
  customerKey: 'ledgerErrorCustomerKey',
  badCursor: 'ledgerErrorBadCursor',
  badBatch: 'ledgerErrorBadBatch',
  fileTooLarge: 'ledgerErrorFileTooLarge',
  notJson: 'ledgerErrorNotJson',
  invalidImport: 'ledgerErrorInvalidImport',
  invalidImportMore: 'ledgerErrorInvalidImportMore',
  newerFile: 'ledgerErrorNewerFile',
} as const satisfies Record<LedgerMessage, I18nKey>;

export const LEDGER_ACTION_KEYS = {
  saveConversation: 'ledgerActionSaveConversation',
  saveCommitment: 'ledgerActionSaveCommitment',
  updateCommitment: 'ledgerActionUpdateCommitment',
  completeCommitment: 'ledgerActionCompleteCommitment',
  reopenCommitment: 'ledgerActionReopenCommitment',
  cancelCommitment: 'ledgerActionCancelCommitment',
  rescheduleCommitment: 'ledgerActionRescheduleCommitment',
  snoozeReminder: 'ledgerActionSnoozeReminder',
  deleteCommitment: 'ledgerActionDeleteCommitment',
  restoreCommitment: 'ledgerActionRestoreCommitment',
  eraseLedger: 'ledgerActionEraseLedger',
  exportLedger: 'ledgerActionExportLedger',
  exportCalendar: 'ledgerActionExportCalendar',
  importFile: 'ledgerActionImportFile',
  importBatch: 'ledgerActionImportBatch',
  finishImport: 'ledgerActionFinishImport',
  readLedger: 'ledgerActionReadLedger',
  readCommitments: 'ledgerActionReadCommitments',
  readCommitment: 'ledgerActionReadCommitment',
  readConversation: 'ledgerActionReadConversation',
  readConversations: 'ledgerActionReadConversations',
  readConversationCommitments: 'ledgerActionReadConversationCommitments',
  countCommitments: 'ledgerActionCountCommitments',
  searchCommitments: 'ledgerActionSearchCommitments',
  computeTrackRecord: 'ledgerActionComputeTrackRecord',
  writeLedger: 'ledgerActionWriteLedger',
} as const satisfies Record<LedgerAction, I18nKey>;

const has = <T extends object>(map: T, key: unknown): key is keyof T => typeof key === 'string' && Object.hasOwn(map, key);

/**
 * The words of a ledger failure in the agent's language: `$1` is the action when the sentence has
 * one, then the values. An error without (known) words, such as one from an older worker during an
 * update, keeps its own message.
 */
export function ledgerErrorText(error: { message: string; words?: unknown }, tr: Translate): string {
  const words = error.words as Partial<LedgerWords> | undefined;
  if (!words || !has(LEDGER_MESSAGE_KEYS, words.message)) return error.message;
  const action = has(LEDGER_ACTION_KEYS, words.action) ? [tr(LEDGER_ACTION_KEYS[words.action])] : [];
  const params = Array.isArray(words.params) ? words.params.map(String) : [];
  return tr(LEDGER_MESSAGE_KEYS[words.message], ...action, ...params);
}
