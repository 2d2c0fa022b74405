// Pure and DOM helpers of the Data section: saving a file, and the import result in words (through the
// Translate it is given).
import type { I18nKey, Translate } from '@/utils/i18n-keys';
import type { ImportCounts, ImportSummary } from '@/utils/ledger/types';

/**
 * Saves text as a file through a Blob URL and a download link. The URL is revoked a minute later:
 * revoking at once can cancel the download before the browser has read the blob.
 */
export function downloadText(text: string, mimeType: string, fileName: string, doc: Document = document): void {
  downloadBlob(new Blob([text], { type: mimeType }), fileName, doc);
}

/** Saves a Blob as a file (see downloadText). */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The count in words: the catalog has one key for one and one for many (Chrome i18n has no plural rules). */
function part(tr: Translate, counts: ImportCounts, one: I18nKey, many: I18nKey): string {
  const total = counts.added + counts.updated + counts.kept;
  return tr('optionsImportedPart', tr(total === 1 ? one : many, total), counts.added, counts.updated, counts.kept);
}

/** "Imported 2 commitments (2 new, 0 updated, 0 already here), 1 conversation (…) and 3 history entries (…)." */
export function describeImport(s: ImportSummary, tr: Translate): string {
  return tr(
    'optionsImported',
    part(tr, s.commitments, 'optionsCommitmentsOne', 'optionsCommitmentsMany'),
    part(tr, s.conversations, 'optionsConversationsOne', 'optionsConversationsMany'),
    part(tr, s.history, 'optionsHistoryOne', 'optionsHistoryMany'),
  );
}

export const ERASE_WORD = 'ERASE';
