// The JSON export and import of the options page, in bounded pieces (utils/ledger/stream.ts): the
// export is appended chunk by chunk to a Blob (never one string), the import file is read as a
// stream, checked whole first (nothing written for a bad file), then sent in batches.
import { ledgerError } from '@/utils/ledger/errors';
import { withRetry } from '@/utils/ledger/retry';
import { importError } from '@/utils/ledger/validate';
import {
  Batcher,
  LEDGER_EXPORT_FORMAT,
  LEDGER_EXPORT_VERSION,
  checkHeader,
  ImportCheck,
  readExport,
  type ExportCursor,
} from '@/utils/ledger/stream';
import type { ImportSummary } from '@/utils/ledger/types';
import type { LedgerClient } from '@/utils/messaging/ledger-client';

/** The whole ledger as a JSON file, built chunk by chunk. */
export async function exportJsonBlob(ledger: LedgerClient, onProgress?: (bytes: number) => void): Promise<Blob> {
  let blob = new Blob([], { type: 'application/json' });
  let cursor: ExportCursor | null = null;
  do {
    const from: ExportCursor | null = cursor;
    // The cursor is plain data: a chunk lost with a stopped worker is simply asked for again.
    const chunk: { text: string; next: ExportCursor | null } = await withRetry(() => ledger.exportChunk(from));
    const { text, next } = chunk;
    // A Blob of [blob, text] keeps the earlier bytes in the browser's blob store; the text can go.
    blob = new Blob([blob, text], { type: 'application/json' });
    cursor = next;
    onProgress?.(blob.size);
  } while (cursor !== null);
  return blob;
}

/** The file's text, piece by piece as the browser reads it. */
async function* textPieces(file: Blob): AsyncGenerator<string> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

export type ImportPhase = { phase: 'checking' | 'importing'; records: number; total: number };

/** Checks the whole file, then imports it in batches; the summary adds up every batch. */
export async function importJsonFile(ledger: LedgerClient, file: Blob, onProgress?: (p: ImportPhase) => void): Promise<ImportSummary> {
  const check = new ImportCheck();
  let seen = 0;
  let reader;
  try {
    reader = await readExport(textPieces(file), (section, record, index) => {
      check.record(section, record, index);
      if (++seen % 5000 === 0) onProgress?.({ phase: 'checking', records: seen, total: 0 });
    });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw ledgerError('invalid-import', { message: 'notJson', params: [why] }, { problems: [`(root): not JSON: ${why}`] });
  }
  // Ids seen twice by their fingerprint: read again, comparing those ids themselves.
  if (check.suspects > 0) await readExport(textPieces(file), (section, record, index) => check.confirm(section, record, index));
  const header = checkHeader(reader, { format: LEDGER_EXPORT_FORMAT, maxVersion: LEDGER_EXPORT_VERSION }, check.problems);
  if (header === 'newer') {
    throw ledgerError(
      'unsupported-version',
      { message: 'newerFile', params: [String(reader.header.version), String(LEDGER_EXPORT_VERSION)] },
      { problems: check.problems.list },
    );
  }
  // An export of an older format (ids without their site) is moved to the current ids as a whole by
  // the one-message import (utils/ledger/import-schema.ts); such files predate large ledgers.
  if (header === 'ok' && typeof reader.header.version === 'number' && reader.header.version < LEDGER_EXPORT_VERSION) {
    return ledger.importJson(await file.text());
  }
  const unresolved = check.unresolved();
  if (unresolved.conversations.size + unresolved.commitments.size > 0) {
    const missing = await withRetry(() =>
      ledger.missingIds({ conversations: [...unresolved.conversations.keys()], commitments: [...unresolved.commitments.keys()] }),
    );
    for (const id of missing.conversations)
      check.problems.add(unresolved.conversations.get(id)!, `no conversation ${JSON.stringify(id)} in the file or the ledger`);
    for (const id of missing.commitments)
      check.problems.add(unresolved.commitments.get(id)!, `no commitment ${JSON.stringify(id)} in the file or the ledger`);
  }
  if (!check.problems.ok) throw importError(check.problems);

  const total = seen;
  const sum: ImportSummary = {
    conversations: { added: 0, updated: 0, kept: 0 },
    commitments: { added: 0, updated: 0, kept: 0 },
    history: { added: 0, updated: 0, kept: 0 },
  };
  let done = 0;
  const touched = new Set<string>();
  const batcher = new Batcher(async (batch) => {
    for (const r of batch.records as Array<{ id?: unknown; conversationId?: unknown }>) {
      const id = batch.section === 'conversations' ? r.id : r.conversationId;
      if (typeof id === 'string') touched.add(id);
    }
    // A batch is merged by id: sending it again after a lost reply changes nothing more.
    const s = await withRetry(() => ledger.importBatch(batch));
    for (const k of ['conversations', 'commitments', 'history'] as const) {
      sum[k].added += s[k].added;
      sum[k].updated += s[k].updated;
      sum[k].kept += s[k].kept;
    }
    done += batch.records.length;
    onProgress?.({ phase: 'importing', records: done, total });
  });
  try {
    await readExport(textPieces(file), (section, record) => batcher.add(section, record));
    await batcher.drain();
  } finally {
    // Open panels, the badge and the reminders read again once, for what was written (all or part).
    if (touched.size > 0) await withRetry(() => ledger.importFinished([...touched])).catch(() => undefined);
  }
  return sum;
}
