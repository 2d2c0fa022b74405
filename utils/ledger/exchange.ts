// The ledger's exchange with files: JSON export (whole, or in pieces for any size), CSV and ICS,
// and import (a whole file, or a streamed file in batches): checked first, then merged by id.
import { isRecord } from '../guards';
import { openWordsOf, refreshConversationWords } from './word-index';
import { adapterOwnsUrl } from '../hosts/owns-url';
import { NO_DEADLINE_KEY, openDueKey, type StoredCommitment } from './db';
import { op, type LedgerContext } from './context';
import { ChunkClock, letReadsThrough, readsRunning, writesStarted } from './pacing';
import { keysPresent, recordsByIndex, recordsByKey } from './keyed-reads';
import type { IndexableType, Table } from 'dexie';
import type { AdapterOwnsUrl } from './conversation-id';
import { ledgerError } from './errors';
import { toCsv, toIcs } from './formats';
import { checkCounts, IMPORT_LIMITS, strictExport, strictRecord } from './import-schema';
import { TimeSlicer } from './time-slice';
import { deepEqual, normalizeEmail, strip } from './records';
import { revisionOf } from './revisions';
import {
  EXPORT_CHUNK_CHARS,
  EXPORT_END,
  EXPORT_PAGE,
  EXPORT_SECTIONS,
  exportHeader,
  LEDGER_EXPORT_FORMAT,
  LEDGER_EXPORT_VERSION,
  sectionOpening,
  type ExportCursor,
  type ImportBatch,
} from './stream';
import type { CommitmentRecord, ConversationRecord, HistoryEntry, ImportCounts, ImportSummary, LedgerExport } from './types';
import { check, checkCommitment, checkConversation, checkHistory, importError, invalid, Problems } from './validate';

/** Everything, deleted records and history included: re-imports exactly. */
export function exportJson(ctx: LedgerContext): Promise<string> {
  const { db } = ctx;
  return op('exportLedger', false, () =>
    db.transaction('r', db.conversations, db.commitments, db.history, async () => {
      const data: LedgerExport = {
        format: LEDGER_EXPORT_FORMAT,
        version: LEDGER_EXPORT_VERSION,
        exportedAt: ctx.now(),
        conversations: await db.conversations.orderBy('id').toArray(),
        commitments: (await db.commitments.orderBy('id').toArray()).map(strip),
        history: await db.history.orderBy('id').toArray(),
      };
      return JSON.stringify(data, null, 2);
    }),
  );
}

/**
 * The JSON export in pieces of about `maxChars` (see stream.ts): start with null, then hand back each
 * answer's `next` until it is null. The pieces joined are the file `exportJson` writes (same fields,
 * one record a line). Each page of records is read in its own short transaction, so a long export
 * never holds the ledger; a record changed meanwhile is written as it was when its page was read.
 */
export function exportChunk(
  ctx: LedgerContext,
  cursor: ExportCursor | null,
  maxChars: number = EXPORT_CHUNK_CHARS,
): Promise<{ text: string; next: ExportCursor | null }> {
  return op('exportLedger', false, async () => {
    const limit = Math.max(1, Math.min(Math.floor(Number(maxChars) || EXPORT_CHUNK_CHARS), 32_000_000));
    let c: ExportCursor = cursor ?? { exportedAt: ctx.now(), section: 'conversations', after: null, written: 0 };
    if (!EXPORT_SECTIONS.includes(c.section)) throw ledgerError('invalid-input', { message: 'badCursor', action: 'exportLedger' });
    let text = cursor ? '' : exportHeader(LEDGER_EXPORT_FORMAT, LEDGER_EXPORT_VERSION, c.exportedAt);
    while (text.length < limit) {
      const table = ctx.db.table<Record<string, unknown>, string | number>(c.section);
      const from = c.after === null ? table.orderBy(':id') : table.where(':id').above(c.after);
      // Fewer records when little room is left (a record is a few hundred characters), so a
      // chunk passes its size by one page at most.
      const want = Math.max(1, Math.min(EXPORT_PAGE, Math.ceil((limit - text.length) / 300)));
      const page = await from.limit(want).toArray();
      let written = c.written;
      const parts: string[] = [];
      for (const r of page) {
        const record = c.section === 'commitments' ? strip(r as unknown as StoredCommitment) : r;
        parts.push((written++ === 0 ? '\n' : ',\n') + JSON.stringify(record));
      }
      text += parts.join('');
      const last = page[page.length - 1];
      c = { ...c, written, after: last ? (last.id as string | number) : c.after };
      if (page.length < want) {
        const following = EXPORT_SECTIONS[EXPORT_SECTIONS.indexOf(c.section) + 1];
        if (!following) return { text: text + EXPORT_END, next: null };
        text += sectionOpening(following);
        c = { ...c, section: following, after: null, written: 0 };
      }
    }
    return { text, next: c };
  });
}

/** Live commitments (not deleted) with their conversation, for a spreadsheet. */
export function exportCsv(ctx: LedgerContext): Promise<string> {
  const { db } = ctx;
  return op('exportLedger', false, () =>
    db.transaction('r', db.conversations, db.commitments, async () => {
      const commitments = (await db.commitments.toArray()).filter((c) => c.deletedAt === null).map(strip);
      commitments.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
      const conversations = new Map((await db.conversations.toArray()).map((c) => [c.id, c] as const));
      return toCsv(commitments, conversations, ctx.now());
    }),
  );
}

/** One VEVENT per open commitment with a deadline. */
export function exportIcs(ctx: LedgerContext): Promise<string> {
  const { db } = ctx;
  return op('exportCalendar', false, () =>
    db.transaction('r', db.conversations, db.commitments, async () => {
      const open = (await db.commitments.where('openDueAt').below(NO_DEADLINE_KEY).toArray()).map(strip);
      const convs = new Map<string, ConversationRecord>();
      (await db.conversations.bulkGet([...new Set(open.map((c) => c.conversationId))])).forEach((c) => c && convs.set(c.id, c));
      return toIcs(open, convs, ctx.now());
    }),
  );
}

function emptySummary(): ImportSummary {
  const counts = (): ImportCounts => ({ added: 0, updated: 0, kept: 0 });
  return { conversations: counts(), commitments: counts(), history: counts() };
}

/**
 * Imports a JSON export: validated first, then written all-or-nothing in one transaction. Records
 * with an id already in the ledger are merged: the copy with the later updatedAt wins (the file's
 * on a tie); history entries already present are not duplicated. A bad file throws a LedgerError
 * ('invalid-import' or 'unsupported-version') listing the first problems, and changes nothing.
 */
export async function importJson(ctx: LedgerContext, text: string): Promise<ImportSummary> {
  const data = parseExport(text);
  const { db } = ctx;
  const summary = await op('importFile', true, () =>
    db.transaction('rw', db.conversations, db.commitments, db.history, async () => {
      const now = ctx.now();
      // References that the file leaves to the ledger must be there.
      const p = new Problems();
      const fileConvs = new Set(data.conversations.map((c) => c.id));
      const fileCommitments = new Set(data.commitments.map((c) => c.id));
      const needConv = [...new Set(data.commitments.map((c) => c.conversationId).filter((id) => !fileConvs.has(id)))];
      const haveConv = await db.conversations.bulkGet(needConv);
      const missingConv = new Set(needConv.filter((_, i) => !haveConv[i]));
      data.commitments.forEach((c, i) => {
        if (missingConv.has(c.conversationId))
          p.add(`commitments[${i}].conversationId`, `no conversation ${JSON.stringify(c.conversationId)} in the file or the ledger`);
      });
      const needCommit = [...new Set(data.history.map((h) => h.commitmentId).filter((id) => !fileCommitments.has(id)))];
      const haveCommit = await db.commitments.bulkGet(needCommit);
      const missingCommit = new Set(needCommit.filter((_, i) => !haveCommit[i]));
      data.history.forEach((h, i) => {
        if (missingCommit.has(h.commitmentId))
          p.add(`history[${i}].commitmentId`, `no commitment ${JSON.stringify(h.commitmentId)} in the file or the ledger`);
      });
      if (!p.ok) throw importError(p);
      const s = emptySummary();
      await mergeIn(ctx, data, now, s);
      return s;
    }),
  );
  ctx.emit({ kind: 'import', conversationIds: data.conversations.map((c) => c.id), commitmentIds: data.commitments.map((c) => c.id) });
  return summary;
}

/**
 * One batch of a streamed import (stream.ts): its records checked, then merged as importJson merges,
 * in slices of short transactions that let reads through between them (pacing.ts). References must resolve in the ledger (the file's conversations come
 * before its commitments, and those before their history). The caller checks the whole file first
 * (ImportCheck), so a bad file is refused before any batch is written, and ends with importFinished.
 */
export async function importBatch(ctx: LedgerContext, batch: ImportBatch): Promise<ImportSummary> {
  const p = new Problems();
  if (!isRecord(batch) || !EXPORT_SECTIONS.includes(batch.section as never) || !Array.isArray(batch.records)) {
    throw ledgerError('invalid-import', { message: 'badBatch', action: 'importBatch' });
  }
  const { section, records } = batch;
  const session = ctx.importSession;
  session.batchStarted();
  let touched: string[] = [];
  try {
    return await writeBatch(ctx, section, records, p, (ids) => (touched = ids));
  } finally {
    // Also after a refused or failed batch: the import's end is then told once all the same.
    session.batchEnded(touched);
  }
}

/** A batch checked, rebuilt and merged; `touching` hears its conversations once it is checked. */
async function writeBatch(
  ctx: LedgerContext,
  section: ImportBatch['section'],
  records: unknown[],
  p: Problems,
  touching: (conversationIds: string[]) => void,
): Promise<ImportSummary> {
  const checkRecord = section === 'conversations' ? checkConversation : section === 'commitments' ? checkCommitment : checkHistory;
  const checkStart = performance.now();
  // Checked and rebuilt record by record, giving way between turns of a few ms: the worker has one
  // thread, and a whole message checked at once held the panel's and popup's reads up to 300 ms.
  const slicer = new TimeSlicer();
  for (let i = 0; i < records.length; i++) {
    checkRecord(records[i], `${section}[${i}]`, p);
    await slicer.pause();
  }
  if (!p.ok) throw importError(p);
  // The same strict rebuild as a whole-file import (unknown fields dropped, derived fields derived
  // again, ids, sites and URLs in the ledger's forms), batch by batch.
  const rebuilt: Array<ConversationRecord | CommitmentRecord | HistoryEntry> = [];
  for (let i = 0; i < records.length; i++) {
    rebuilt.push(strictRecord(section, records[i] as never, `${section}[${i}]`, p));
    await slicer.pause();
  }
  if (!p.ok) throw importError(p);
  const data = { conversations: [], commitments: [], history: [], [section]: rebuilt } as Pick<
    LedgerExport,
    'conversations' | 'commitments' | 'history'
  >;
  touching([
    ...new Set(
      rebuilt.map((r) =>
        section === 'conversations' ? (r as ConversationRecord).id : (r as CommitmentRecord | HistoryEntry).conversationId,
      ),
    ),
  ]);
  // No change event per batch: each one makes every listener (badge, reminder schedule, open panels)
  // read again, which kept the worker busy for the whole import. importFinished tells them once.
  return op('importFile', true, async () => {
    // A batch whose references are missing writes nothing: checked whole, before any slice, in a
    // read-only transaction (which no read of the panel waits for). What the check read serves every
    // slice of the batch: the conversations (for the commitments' search words) and the records
    // already there, so that a slice of conversations or commitments makes no read of its own, only
    // its write: one round trip to the storage process, not two, while reads wait.
    const checkMs = performance.now() - checkStart;
    let seen = writesStarted();
    const readStart = performance.now();
    let known = await readBatch(ctx, section, data);
    let readMs = performance.now() - readStart;
    // Written in runs: one transaction fed chunk after chunk while nobody else needs the ledger,
    // committed as soon as a read is in flight or another write has started (pacing.ts). A record is
    // written whole, with its index keys, search words and its merge's history entry, in one chunk.
    // If the worker stops mid-batch, the runs before stay and the one under way is rolled back whole:
    // the caller sends the batch again (a lost reply is retried) or imports the file again, and the
    // merge by id keeps what is there ("already here") and writes the rest: the same ledger, nothing twice.
    const total = emptySummary();
    // History comes planned by the check (what is there skipped, ids kept or left to auto-increment).
    let rows: Array<ConversationRecord | CommitmentRecord | HistoryEntry> = known.history?.rows ?? data[section];
    total.history.kept += known.history?.kept ?? 0;
    const timing = {
      start: checkStart,
      checkMs,
      readMs,
      waitMs: 0,
      runs: 0,
      slices: 0,
      records: 0,
      sliceMs: 0,
      longestMs: 0,
      runMs: 0,
      longestRunMs: 0,
    };
    for (let at = 0; at < rows.length;) {
      const waitStart = performance.now();
      await letReadsThrough();
      timing.waitMs += performance.now() - waitStart;
      // Another write began since the references were read (a purge, an erase, a conversation's new
      // subject): read them again for the rest of the batch. No await between this test and the
      // run's transaction, so a write that starts later is ordered after the run's chunk under way.
      while (seen !== writesStarted()) {
        seen = writesStarted();
        const again = performance.now();
        known = await readBatch(ctx, section, { ...data, [section]: rows.slice(at) });
        readMs += performance.now() - again;
        if (known.history) {
          // The rest planned again (an entry a write made since is kept, not written twice).
          rows = known.history.rows;
          total.history.kept += known.history.kept;
          at = 0;
        }
      }
      const started = performance.now();
      const mark = seen;
      const run = await writeRun(ctx, section, rows, at, known, () => readsRunning() > 0 || writesStarted() !== mark, timing);
      const ms = performance.now() - started;
      timing.runs++;
      timing.runMs += ms;
      timing.longestRunMs = Math.max(timing.longestRunMs, ms);
      for (const k of EXPORT_SECTIONS) for (const f of ['added', 'updated', 'kept'] as const) total[k][f] += run.summary[k][f];
      at += run.written;
    }
    // One entry per batch (not per chunk: a million records make tens of thousands) for the transfer bench.
    const { start, ...detail } = { ...timing, readMs };
    performance.measure?.(IMPORT_SLICES_MEASURE, { start, end: performance.now(), detail: { ...detail, section } });
    return total;
  });
}

/**
 * Each import batch in the worker's User Timing: its check (`checkMs`), its reads (`readMs`), the
 * waits for reads before its runs (`waitMs`), its runs and their chunks (`slices`), their time.
 */
const IMPORT_SLICES_MEASURE = 'ck:import-slices';

type Sections = Pick<LedgerExport, 'conversations' | 'commitments' | 'history'>;

/**
 * Chunks of a run sent before the first of them is answered: the next chunk's requests wait in the
 * storage process while the answer to the one before travels back (15–20 ms a round trip in
 * Chromium on a loaded machine, whatever the chunk's size), instead of the storage idling.
 */
const CHUNKS_IN_FLIGHT = 2;

/** Chunk timings of a batch, for the transfer bench. */
interface ChunkTiming {
  slices: number;
  records: number;
  sliceMs: number;
  longestMs: number;
}

/**
 * One run of one section: a transaction over the stores it writes, and only those (a commitment's
 * conversation comes from the batch's check, `known`, so the popup's and the panel's reads of
 * conversations never wait for commitments, nor reads of commitments for history), fed chunk after
 * chunk (`ctx.importPacer` sizes them by time) from `rows[from]` on. After each chunk, `giveWay` is
 * asked: when it says so (a read is in flight, another write started), no further chunk is sent, the
 * transaction commits (Dexie commits as the scope returns), and the read that was queued behind it
 * runs. A transaction's fixed cost (19–60 ms in Chromium on a loaded machine) is then paid once per
 * read that arrives, not once per 20–30 records. Answers how many rows it wrote and their summary.
 */
function writeRun(
  ctx: LedgerContext,
  section: ImportBatch['section'],
  rows: Array<ConversationRecord | CommitmentRecord | HistoryEntry>,
  from: number,
  known: BatchReads,
  giveWay: () => boolean,
  timing: ChunkTiming,
): Promise<{ written: number; summary: ImportSummary }> {
  const { db } = ctx;
  const pacer = ctx.importPacer;
  const summary = emptySummary();
  const stores =
    section === 'conversations'
      ? // A replaced conversation's open commitments get its new search words: commitments too.
        [db.conversations, db.commitments]
      : section === 'commitments'
        ? [db.commitments, db.history]
        : [db.history];
  return db.transaction('rw', stores, async () => {
    let at = from;
    // Chunks sent and not yet answered: at most CHUNKS_IN_FLIGHT, so a read that arrives waits for
    // those only, while the storage process always has the next one queued.
    const inFlight: Array<Promise<unknown>> = [];
    // Chunks are sized by the storage's work for them, the round trip left out (pacing.ts).
    const clock = new ChunkClock();
    try {
      while (at < rows.length) {
        const part = rows.slice(at, at + pacer.size);
        const started = performance.now();
        const sent = await sendChunk(ctx, section, part, known, summary);
        // Sent: the storage can start it from now (or once the chunk before is done).
        const sentAt = performance.now();
        inFlight.push(
          sent.written.then(() => {
            const doneAt = performance.now();
            const work = clock.done(sentAt, doneAt);
            pacer.took(part.length, work);
            // From the chunk's first request to its answer, for the figures.
            const ms = doneAt - started;
            timing.slices++;
            timing.records += part.length;
            timing.sliceMs += ms;
            timing.longestMs = Math.max(timing.longestMs, ms);
          }),
        );
        at += part.length;
        while (inFlight.length >= CHUNKS_IN_FLIGHT) await inFlight.shift();
        if (giveWay()) break;
      }
      await Promise.all(inFlight);
    } catch (e) {
      // The transaction is lost whole; the chunks still out fail with it (one error is enough).
      for (const pending of inFlight) pending.catch(() => undefined);
      throw e;
    }
    return { written: at - from, summary };
  });
}

/** One chunk's merge, inside its run's transaction: answers once its writes are sent. */
function sendChunk(
  ctx: LedgerContext,
  section: ImportBatch['section'],
  part: Array<ConversationRecord | CommitmentRecord | HistoryEntry>,
  known: BatchReads,
  s: ImportSummary,
): Sent | Promise<Sent> {
  if (section === 'conversations')
    return mergeConversations(ctx, part as ConversationRecord[], s, known.existing as Map<string, ConversationRecord>);
  if (section === 'commitments') {
    const merged = mergeCommitments(
      ctx,
      part as CommitmentRecord[],
      known.conversations,
      ctx.now(),
      s,
      known.existing as Map<string, StoredCommitment>,
    );
    if (merged.entries.length === 0) return merged;
    return { written: Promise.all([merged.written, ctx.db.history.bulkAdd(merged.entries)]) };
  }
  // History comes planned by the batch's check (readBatch): a chunk only writes.
  return writeHistory(ctx, part as HistoryEntry[], s);
}

/** What a batch's check read, for its slices. */
interface BatchReads {
  /** The conversations the batch's commitments name. */
  conversations: Map<string, ConversationRecord>;
  /** The batch's conversations or commitments already in the ledger, by id (history: none). */
  existing: Map<string, ConversationRecord | StoredCommitment>;
  /** History: the entries to write, from what the ledger holds for their commitments. */
  history?: HistoryPlan;
}

/**
 * Refuses records whose conversation or commitment is not in the ledger (the file's come first);
 * reads the conversations the commitments name and the records already there. One request per table
 * when the ids lie close (keyed-reads.ts), in a read-only transaction. For history, the entries
 * already there for the batch's commitments and the ids taken, from which the batch is planned
 * (`planHistory`): its chunks then only write.
 */
function readBatch(ctx: LedgerContext, section: ImportBatch['section'], data: Sections): Promise<BatchReads> {
  const { db } = ctx;
  return db.transaction('r', db.conversations, db.commitments, db.history, async () => {
    const refs = new Problems();
    const needConv = [...new Set(data.commitments.map((c) => c.conversationId))];
    const needCommit = [...new Set(data.history.map((h) => h.commitmentId))];
    const [convs, commits, existing, history] = await Promise.all([
      recordsByKey(db.conversations, needConv),
      keysPresent(db.commitments, needCommit),
      section === 'conversations'
        ? recordsByKey<ConversationRecord | StoredCommitment, string>(
            db.conversations,
            data.conversations.map((c) => c.id),
          )
        : section === 'commitments'
          ? recordsByKey<ConversationRecord | StoredCommitment, string>(
              db.commitments,
              data.commitments.map((c) => c.id),
            )
          : new Map<string, ConversationRecord | StoredCommitment>(),
      section === 'history' ? historyThere(ctx, data.history).then((there) => planHistory(data.history, ...there)) : undefined,
    ]);
    for (const id of needConv)
      if (!convs.has(id)) refs.add(`commitments.conversationId`, `no conversation ${JSON.stringify(id)} in the file or the ledger`);
    for (const id of needCommit)
      if (!commits.has(id)) refs.add(`history.commitmentId`, `no commitment ${JSON.stringify(id)} in the file or the ledger`);
    if (!refs.ok) throw importError(refs);
    return { conversations: convs, existing, ...(history ? { history } : {}) };
  });
}

/** Ends a streamed import (also one cut short): one change event for the conversations it touched. */
export async function importFinished(ctx: LedgerContext, conversationIds: string[]): Promise<void> {
  const p = new Problems();
  check.stringArray(conversationIds, 'conversationIds', p);
  if (!p.ok) throw invalid('finishImport', p);
  // With the conversations of batches the session has not told yet (and no second event later).
  ctx.emit({ kind: 'import', conversationIds: ctx.importSession.end(conversationIds), commitmentIds: [] });
}

/** Of these ids, the ones the ledger does not hold (a streamed import's references outside its file). */
export function missingIds(
  ctx: LedgerContext,
  ids: { conversations: string[]; commitments: string[] },
): Promise<{ conversations: string[]; commitments: string[] }> {
  return op('readLedger', false, async () => {
    const conv = await ctx.db.conversations.bulkGet(ids.conversations);
    const comm = await ctx.db.commitments.bulkGet(ids.commitments);
    return { conversations: ids.conversations.filter((_, i) => !conv[i]), commitments: ids.commitments.filter((_, i) => !comm[i]) };
  });
}

/**
 * Merges records into the ledger, inside the caller's rw transaction on the three tables: the copy
 * with the later updatedAt wins (the file's on a tie); history entries already present are skipped.
 */
async function mergeIn(ctx: LedgerContext, data: Sections, now: number, s: ImportSummary): Promise<void> {
  if (data.conversations.length > 0) await (await mergeConversations(ctx, data.conversations, s)).written;
  let mergeEntries: HistoryEntry[] = [];
  if (data.commitments.length > 0) {
    const convs = await recordsByKey(ctx.db.conversations, [...new Set(data.commitments.map((c) => c.conversationId))]);
    const merged = mergeCommitments(
      ctx,
      data.commitments,
      convs,
      now,
      s,
      await recordsByKey(
        ctx.db.commitments,
        data.commitments.map((c) => c.id),
      ),
    );
    await merged.written;
    mergeEntries = merged.entries;
  }
  if (data.history.length > 0) await (await mergeHistory(ctx, data.history, s)).written;
  // A replaced commitment's `imported` entry, after the file's entries keeping their id, so that
  // the ids made by auto-increment cannot take one of theirs.
  if (mergeEntries.length > 0) await ctx.db.history.bulkAdd(mergeEntries);
}

// Each merge below makes at most one read (the records already there, keyed-reads.ts) and one bulk
// write. It answers once its writes are sent, with `written` for their answer: a run sends the next
// chunk meanwhile (requests of one transaction run in the order sent, so a chunk's reads see the
// writes of the chunks before it), and the storage process is not left idle for each round trip.

/** Writes sent, not yet answered. */
interface Sent {
  written: Promise<unknown>;
}

/** Conversations merged by id; a replaced one's open commitments get its new search words. */
async function mergeConversations(
  ctx: LedgerContext,
  conversations: ConversationRecord[],
  s: ImportSummary,
  known?: Map<string, ConversationRecord>,
): Promise<Sent> {
  const { db } = ctx;
  const existing =
    known ??
    (await recordsByKey(
      db.conversations,
      conversations.map((c) => c.id),
    ));
  const convPuts: ConversationRecord[] = [];
  const replaced: ConversationRecord[] = [];
  for (const c of conversations) {
    const cur = existing.get(c.id);
    if (!cur) s.conversations.added++;
    else if (deepEqual(cur, c) || cur.updatedAt > c.updatedAt) {
      s.conversations.kept++;
      continue;
    } else s.conversations.updated++;
    const put = { ...c, ...(c.customerEmail !== undefined ? { customerEmail: normalizeEmail(c.customerEmail) } : {}) };
    convPuts.push(put);
    if (cur) replaced.push(put);
  }
  const written = convPuts.length > 0 ? db.conversations.bulkPut(convPuts) : Promise.resolve();
  if (replaced.length === 0) return { written };
  // A conversation replaced by the file: its open commitments' search words follow its new subject.
  await written;
  for (const conv of replaced) await refreshConversationWords(db.commitments, conv);
  return { written: Promise.resolve() };
}

/**
 * Commitments merged by id; `conversations` holds their conversations (for the search words),
 * `existing` those of the commitments already there. Sends their writes; answers them and the
 * `imported` history entries of those replaced (for the caller to write).
 */
function mergeCommitments(
  ctx: LedgerContext,
  commitments: CommitmentRecord[],
  conversations: Map<string, ConversationRecord>,
  now: number,
  s: ImportSummary,
  existing: Map<string, StoredCommitment>,
): Sent & { entries: HistoryEntry[] } {
  const commitPuts: StoredCommitment[] = [];
  const mergeEntries: HistoryEntry[] = [];
  for (const c of commitments) {
    const cur = existing.get(c.id);
    if (cur) {
      const plain = strip(cur);
      if (deepEqual(plain, c) || cur.updatedAt > c.updatedAt) {
        s.commitments.kept++;
        continue;
      }
      s.commitments.updated++;
      const changes: HistoryEntry['changes'] = {};
      const keys = new Set([...Object.keys(plain), ...Object.keys(c)]);
      for (const k of keys) {
        const from = (plain as unknown as Record<string, unknown>)[k];
        const to = (c as unknown as Record<string, unknown>)[k];
        if (k !== 'updatedAt' && k !== 'revision' && !deepEqual(from, to)) changes[k] = { from: from ?? null, to: to ?? null };
      }
      mergeEntries.push({ commitmentId: c.id, conversationId: c.conversationId, at: now, kind: 'imported', changes });
    } else s.commitments.added++;
    // An older export has no revision (1). A replaced record moves past the ledger's revision, so
    // an editor opened on the ledger's copy is told it changed.
    const revision = cur ? Math.max(revisionOf(c), revisionOf(cur) + 1) : revisionOf(c);
    const stored: StoredCommitment = { ...c, revision };
    const key = openDueKey(c);
    if (key !== undefined) stored.openDueAt = key;
    const words = openWordsOf(c, conversations.get(c.conversationId));
    if (words !== undefined) stored.openWords = words;
    commitPuts.push(stored);
  }
  const written = commitPuts.length > 0 ? ctx.db.commitments.bulkPut(commitPuts) : Promise.resolve();
  return { written, entries: mergeEntries };
}

/** History: skip entries the ledger already has (same content); keep the file's id when free. */
async function mergeHistory(ctx: LedgerContext, history: HistoryEntry[], s: ImportSummary): Promise<Sent> {
  const plan = planHistory(history, ...(await historyThere(ctx, history)));
  s.history.kept += plan.kept;
  return writeHistory(ctx, plan.rows, s);
}

/** The history already there for these entries' commitments, and which of their ids are taken (both reads at once). */
function historyThere(ctx: LedgerContext, history: HistoryEntry[]): Promise<[HistoryEntry[], Set<number>]> {
  const { db } = ctx;
  return Promise.all([
    recordsByIndex<HistoryEntry, string>(
      db.history as unknown as Table<HistoryEntry, IndexableType>,
      'commitmentId',
      history.map((h) => h.commitmentId),
      (h) => h.commitmentId,
    ),
    keysPresent(
      db.history,
      history.map((h) => h.id).filter((id): id is number => id !== undefined),
    ),
  ]);
}

/** History entries to write, in the order to write them, and how many were already there. */
interface HistoryPlan {
  rows: HistoryEntry[];
  kept: number;
}

/**
 * Which entries to write and with which ids, from what is there: an entry whose content is there
 * already (or earlier in `history`) is kept, not written; an entry keeps its id when free, else it
 * is written without one (auto-increment makes one). Entries keeping their id come first: the ids
 * auto-increment makes are above every key written before, so they cannot take one of theirs. A
 * plan made again over the rest of a plan (after another write) keeps an id-less entry id-less, so
 * no entry keeping its id is ever written after one that had its id made.
 */
function planHistory(history: HistoryEntry[], there: HistoryEntry[], taken: Set<number>): HistoryPlan {
  const sig = (h: HistoryEntry) => JSON.stringify([h.commitmentId, h.conversationId, h.at, h.kind, h.changes]);
  const seen = new Set(there.map(sig));
  const keeping: HistoryEntry[] = [];
  const made: HistoryEntry[] = [];
  let kept = 0;
  for (const h of history) {
    const k = sig(h);
    if (seen.has(k)) {
      kept++;
      continue;
    }
    seen.add(k);
    if (h.id !== undefined && !taken.has(h.id)) keeping.push(h);
    else {
      const { id: _dropped, ...rest } = h;
      made.push(rest);
    }
  }
  return { rows: [...keeping, ...made], kept };
}

/** Writes planned entries (planHistory's order): no read, one bulk write for those keeping their id, one for the rest. */
function writeHistory(ctx: LedgerContext, rows: HistoryEntry[], s: ImportSummary): Sent {
  s.history.added += rows.length;
  const keeping = rows.filter((h) => h.id !== undefined);
  const made = rows.filter((h) => h.id === undefined);
  // Both sent now, in this order (a transaction runs its requests in the order sent).
  const sent = [keeping, made].filter((list) => list.length > 0).map((list) => ctx.db.history.bulkAdd(list));
  return { written: Promise.all(sent) };
}

/** Parses and validates an export file; throws a LedgerError naming the first problems. */
function parseExport(text: string, ownsUrl: AdapterOwnsUrl = adapterOwnsUrl): LedgerExport {
  if (typeof text !== 'string' || text.length > IMPORT_LIMITS.fileChars) {
    throw ledgerError(
      'invalid-import',
      { message: 'fileTooLarge', params: [String(IMPORT_LIMITS.fileChars / 1024 / 1024)] },
      {
        problems: [`(root): more than ${IMPORT_LIMITS.fileChars} characters`],
      },
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw ledgerError('invalid-import', { message: 'notJson', params: [why] }, { problems: [`(root): not JSON: ${why}`] });
  }
  const p = new Problems();
  if (!isRecord(raw)) {
    p.add('', 'expected an object {format, version, conversations, commitments, history}');
    throw importError(p);
  }
  if (raw.format !== LEDGER_EXPORT_FORMAT) {
    p.add('format', `expected "${LEDGER_EXPORT_FORMAT}", got ${JSON.stringify(raw.format) ?? 'nothing'}`);
    throw importError(p);
  }
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    p.add('version', `expected a positive integer, got ${JSON.stringify(raw.version) ?? 'nothing'}`);
    throw importError(p);
  }
  if (raw.version > LEDGER_EXPORT_VERSION) {
    throw ledgerError(
      'unsupported-version',
      { message: 'newerFile', params: [String(raw.version), String(LEDGER_EXPORT_VERSION)] },
      { problems: [`version: ${raw.version} is newer than ${LEDGER_EXPORT_VERSION}`] },
    );
  }
  check.number(raw.exportedAt, 'exportedAt', p);
  for (const k of ['conversations', 'commitments', 'history'] as const) {
    if (!Array.isArray(raw[k])) p.add(k, `expected array, got ${raw[k] === undefined ? 'nothing' : typeof raw[k]}`);
  }
  if (!p.ok) throw importError(p);
  checkCounts(raw as { conversations: unknown[]; commitments: unknown[]; history: unknown[] }, p);
  if (!p.ok) throw importError(p);
  const version = raw.version;
  // Version 1 had no site: its conversations are checked in their own shape, then moved.
  if (version < 2)
    (raw.conversations as unknown[]).forEach((c) => isRecord(c) && c.site === undefined && typeof c.url === 'string' && (c.site = ''));
  const sections = [
    ['conversations', (c: unknown, path: string) => checkConversation(c, path, p, version)],
    ['commitments', (c: unknown, path: string) => checkCommitment(c, path, p)],
    ['history', (c: unknown, path: string) => checkHistory(c, path, p)],
  ] as const;
  for (const [name, checkRecord] of sections) {
    const records = raw[name] as unknown[];
    records.forEach((x, i) => checkRecord(x, `${name}[${i}]`));
    const first = new Map<unknown, number>();
    records.forEach((x, i) => {
      if (!isRecord(x) || x.id === undefined) return;
      const j = first.get(x.id);
      if (j !== undefined) p.add(`${name}[${i}].id`, `duplicate id ${JSON.stringify(x.id)} (also ${name}[${j}])`);
      else first.set(x.id, i);
    });
  }
  if (!p.ok) throw importError(p);
  const strict = strictExport(raw as unknown as LedgerExport, version, ownsUrl, p);
  if (!p.ok) throw importError(p);
  return { ...strict, version: LEDGER_EXPORT_VERSION };
}
