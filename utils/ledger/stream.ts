// Export and import in bounded pieces (pure; no browser API). A ledger of a million commitments is
// about a gigabyte of JSON: far past what one extension message carries (Chrome: 64 MiB) and more
// than a page or the service worker should hold as one string.
//
// Export: the service writes the file as text chunks of a few MB (`exportChunk`), each read in its
// own short transaction from a cursor the caller hands back; the options page appends them to a
// Blob. The cursor is plain data, so a worker stopped between two chunks loses nothing: the next
// call picks up where the last answer left off. The file is the same JSON as `exportJson` writes.
//
// Import: the options page reads the file as a stream and parses it incrementally
// (record-scanner.ts: the outline scanned, each record JSON.parse-d), twice. The first pass checks everything (header, every record, duplicate
// ids, references) and writes nothing, so a bad file changes nothing. The second pass sends batches
// of a few hundred records; the service checks each whole, then merges it in slices of short
// transactions that let the panel's and popup's reads through between them (importBatch, pacing.ts).
import { RecordScanner } from './record-scanner';
import { IdSet } from './id-set';
import { TimeSlicer } from './time-slice';
import type { ConversationRecord, CommitmentRecord, HistoryEntry } from './types';
import { checkCommitment, checkConversation, checkHistory, Problems } from './validate';

/**
 * Version of the JSON export format (independent of the database schema version). 2: conversation
 * ids name their site (`host|site|key`) and records carry `site`; version-1 files are moved on import.
 */
export const LEDGER_EXPORT_VERSION = 2;
export const LEDGER_EXPORT_FORMAT = 'commitment-keeper';

export type ExportSection = 'conversations' | 'commitments' | 'history';
export const EXPORT_SECTIONS: readonly ExportSection[] = ['conversations', 'commitments', 'history'];

/** Where the next export chunk starts. */
export interface ExportCursor {
  exportedAt: number;
  section: ExportSection;
  /** The last primary key written in this section; null = from the start. */
  after: string | number | null;
  /** Records written so far in this section (to place the commas). */
  written: number;
}

/** About 4 MB of text per chunk: well under the message limit, few round trips. */
export const EXPORT_CHUNK_CHARS = 4_000_000;
/** Records read per page while filling a chunk. */
export const EXPORT_PAGE = 2_000;
/**
 * Records per import message (about 0.7 MB of commitments): the worker checks it in turns of a few
 * ms and writes it in slices of about 35 ms (pacing.ts); fewer, larger messages cost fewer answers
 * waited for.
 */
export const IMPORT_BATCH = 2_000;

export function exportHeader(format: string, version: number, exportedAt: number): string {
  return `{"format":${JSON.stringify(format)},"version":${version},"exportedAt":${exportedAt},\n"conversations":[`;
}

export function sectionOpening(section: ExportSection): string {
  return `],\n${JSON.stringify(section)}:[`;
}

export const EXPORT_END = ']}\n';

export interface ImportBatch {
  section: ExportSection;
  records: unknown[];
}

export interface ExportHeader {
  format: unknown;
  version: unknown;
  exportedAt: unknown;
}

/**
 * Calls `onRecord` for every record of an export file read piece by piece, and keeps the top-level
 * fields in `header`. Only the record being read is held (record-scanner.ts): each record's text
 * goes to JSON.parse once its end is found.
 */
export class ExportReader {
  readonly #scanner: RecordScanner;
  readonly header: Partial<ExportHeader> = {};
  readonly seenSections = new Set<ExportSection>();
  /** Records a section's array still held when it closed: none, each is handed out as it ends. */
  readonly held = 0;

  constructor(onRecord: (section: ExportSection, record: unknown, index: number) => void) {
    this.#scanner = new RecordScanner(
      onRecord,
      (key, value) => {
        if (key === 'format' || key === 'version' || key === 'exportedAt') this.header[key] = value;
      },
      (section) => this.seenSections.add(section),
    );
  }

  /** Feeds the next piece of text; throws on malformed JSON. */
  write(text: string): void {
    this.#scanner.write(text);
  }

  end(): void {
    this.#scanner.end();
  }
}

/** Characters parsed in one step: a few milliseconds of the parser's work, records included. */
export const READ_STEP_CHARS = 16_384;

/**
 * Reads a stream of text through an ExportReader, in steps of at most READ_STEP_CHARS, giving way to
 * the event loop whenever a turn has run its budget (time-slice.ts). Reading a file's piece does not
 * by itself give way (the browser hands over pieces of up to megabytes without a task between them):
 * the options page's check of a 20 MB file held the popup's and the panel's reads (same process,
 * same thread) for 10 s.
 */
export async function readExport(
  pieces: AsyncIterable<string>,
  onRecord: (section: ExportSection, record: unknown, index: number) => void | Promise<void>,
  slicer: TimeSlicer = new TimeSlicer(),
): Promise<ExportReader> {
  const pending: Array<[ExportSection, unknown, number]> = [];
  const reader = new ExportReader((section, record, index) => void pending.push([section, record, index]));
  for await (const piece of pieces) {
    for (let at = 0; at < piece.length; at += READ_STEP_CHARS) {
      reader.write(piece.slice(at, at + READ_STEP_CHARS));
      for (const [s, r, i] of pending.splice(0)) {
        await onRecord(s, r, i);
        await slicer.pause();
      }
      await slicer.pause();
    }
  }
  reader.end();
  for (const [s, r, i] of pending.splice(0)) await onRecord(s, r, i);
  return reader;
}

/**
 * The first pass of an import: every record checked, ids unique, references resolved within the file;
 * references the file leaves to the ledger are collected for the caller to look up there.
 *
 * The ids seen are kept as 64-bit fingerprints (`IdSet`, 16–32 bytes an id; a million commitments
 * with their history held as strings in Sets cost the options page about 100 MB). An id seen twice
 * is a suspected duplicate: `suspects` counts them, and the caller reads the file again through
 * `confirm`, which compares the ids themselves (only those with a suspected fingerprint) and reports
 * the true duplicates. A reference whose fingerprint is in the file counts as found; the worker
 * checks every batch's references in the ledger again before writing it (exchange.ts).
 */
export class ImportCheck {
  readonly problems = new Problems();
  readonly counts: Record<ExportSection, number> = { conversations: 0, commitments: 0, history: 0 };
  readonly #ids: Record<ExportSection, IdSet> = { conversations: new IdSet(), commitments: new IdSet(), history: new IdSet() };
  /** Fingerprints seen twice, per section: the second pass looks at these ids only. */
  readonly #suspects: Record<ExportSection, Set<string>> = { conversations: new Set(), commitments: new Set(), history: new Set() };
  /** The second pass: the suspected ids met so far, by section. */
  readonly #confirming: Record<ExportSection, Set<string | number>> = {
    conversations: new Set(),
    commitments: new Set(),
    history: new Set(),
  };
  /** References not (yet) found in the file: resolved at `unresolved` against the file, then the ledger. */
  readonly #convRefs = new Map<string, string>();
  readonly #commitRefs = new Map<string, string>();

  record(section: ExportSection, value: unknown, index: number): void {
    const path = `${section}[${index}]`;
    const p = this.problems;
    this.counts[section]++;
    if (section === 'conversations') {
      if (!checkConversation(value, path, p)) return;
      this.#see(section, (value as ConversationRecord).id);
    } else if (section === 'commitments') {
      if (!checkCommitment(value, path, p)) return;
      const c = value as CommitmentRecord;
      this.#see(section, c.id);
      if (!this.#ids.conversations.has(c.conversationId) && !this.#convRefs.has(c.conversationId))
        this.#convRefs.set(c.conversationId, `${path}.conversationId`);
    } else {
      if (!checkHistory(value, path, p)) return;
      const h = value as HistoryEntry;
      if (h.id !== undefined) this.#see(section, h.id);
      if (!this.#ids.commitments.has(h.commitmentId) && !this.#commitRefs.has(h.commitmentId))
        this.#commitRefs.set(h.commitmentId, `${path}.commitmentId`);
    }
  }

  #see(section: ExportSection, id: string | number): void {
    if (this.#ids[section].add(id)) this.#suspects[section].add(IdSet.key(id));
  }

  /** Ids seen twice by fingerprint: when above 0, read the file again through `confirm`. */
  get suspects(): number {
    return EXPORT_SECTIONS.reduce((n, s) => n + this.#suspects[s].size, 0);
  }

  /** The second pass (only when `suspects`): a record whose id was met before is a duplicate. */
  confirm(section: ExportSection, value: unknown, index: number): void {
    if (!isObject(value)) return;
    const id = value.id;
    if (typeof id !== 'string' && typeof id !== 'number') return;
    if (!this.#suspects[section].has(IdSet.key(id))) return;
    const met = this.#confirming[section];
    if (met.has(id)) this.problems.add(`${section}[${index}].id`, `duplicate id ${JSON.stringify(id)}`);
    met.add(id);
  }

  /** What the ledger must already hold for the file to import: ids and the path that needs each. */
  unresolved(): { conversations: Map<string, string>; commitments: Map<string, string> } {
    const conversations = new Map([...this.#convRefs].filter(([id]) => !this.#ids.conversations.has(id)));
    const commitments = new Map([...this.#commitRefs].filter(([id]) => !this.#ids.commitments.has(id)));
    return { conversations, commitments };
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/**
 * Groups records into batches of at most `size`, one section at a time, and sends them one at a time
 * and in order (a section's references are in the sections before it), without waiting for a batch's
 * answer before reading the next: the page parses batch k + 1 while the worker writes batch k.
 * `drain` sends the last one and waits for every answer; a failed batch fails the next `add` or `drain`.
 */
export class Batcher {
  #section: ExportSection | null = null;
  #records: unknown[] = [];
  #inFlight: Promise<void> = Promise.resolve();
  constructor(
    readonly send: (batch: ImportBatch) => Promise<void>,
    readonly size = IMPORT_BATCH,
  ) {}

  async add(section: ExportSection, record: unknown): Promise<void> {
    if (this.#section !== section) await this.#flush();
    this.#section = section;
    this.#records.push(record);
    if (this.#records.length >= this.size) await this.#flush();
  }

  /** Sends what is left and waits for every batch's answer. */
  async drain(): Promise<void> {
    await this.#flush();
    await this.#inFlight;
  }

  async #flush(): Promise<void> {
    if (this.#section === null || this.#records.length === 0) return;
    const batch = { section: this.#section, records: this.#records };
    this.#records = [];
    // The one before must be written first (and a failure stops here).
    await this.#inFlight;
    const sending = this.send(batch);
    // Awaited by the next flush or by drain; not an unhandled rejection meanwhile.
    sending.catch(() => undefined);
    this.#inFlight = sending;
  }
}

/** The checks parseExport makes on the top-level fields, on what a streamed read found. */
export function checkHeader(reader: ExportReader, expected: { format: string; maxVersion: number }, p: Problems): 'ok' | 'newer' | 'bad' {
  const { format, version, exportedAt } = reader.header;
  if (format !== expected.format) {
    p.add('format', `expected "${expected.format}", got ${JSON.stringify(format) ?? 'nothing'}`);
    return 'bad';
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    p.add('version', `expected a positive integer, got ${JSON.stringify(version) ?? 'nothing'}`);
    return 'bad';
  }
  if (version > expected.maxVersion) {
    p.add('version', `${version} is newer than ${expected.maxVersion}`);
    return 'newer';
  }
  if (typeof exportedAt !== 'number' || !Number.isFinite(exportedAt))
    p.add('exportedAt', `expected number, got ${JSON.stringify(exportedAt) ?? 'nothing'}`);
  for (const k of EXPORT_SECTIONS) if (!reader.seenSections.has(k)) p.add(k, 'expected array, got nothing');
  return p.ok ? 'ok' : 'bad';
}
