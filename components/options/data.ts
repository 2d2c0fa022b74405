// Pure and DOM helpers of the Data section: saving a file, and the import result in words.
import type { ImportCounts, ImportSummary } from '@/utils/ledger/types';

/**
 * Saves text as a file through a Blob URL and a download link. The URL is revoked a minute later:
 * revoking at once can cancel the download before the browser has read the blob.
 */
export function downloadText(text: string, mimeType: string, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function part(counts: ImportCounts, one: string, many?: string): string {
  const total = counts.added + counts.updated + counts.kept;
  return `${plural(total, one, many)} (${counts.added} new, ${counts.updated} updated, ${counts.kept} already here)`;
}

/** "Imported 2 commitments (2 new, 0 updated, 0 already here), 1 conversation (…) and 3 history entries (…)." */
export function describeImport(s: ImportSummary): string {
  return `Imported ${part(s.commitments, 'commitment')}, ${part(s.conversations, 'conversation')} and ${part(s.history, 'history entry', 'history entries')}.`;
}

export const ERASE_WORD = 'ERASE';
