import { t } from './i18n';
import type { Translate } from './i18n-keys';
import { isLedgerError } from './ledger/errors';
import { ledgerErrorText } from './ledger/messages';

/**
 * A message a person can read, whatever was thrown (Error, DOMException, a string, a serialized
 * error); a ledger failure in the catalog's words.
 */
export function describeError(error: unknown, tr: Translate = t): string {
  if (isLedgerError(error)) return ledgerErrorText(error, tr);
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') return error.message;
  return 'unknown error';
}
