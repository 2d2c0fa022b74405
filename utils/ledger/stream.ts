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
// (@streamparser/json), twice. The first pass checks everything (header, every record, duplicate
// ids, references) and writes nothing, so a bad file changes nothing. The second pass sends batches
// of a few hundred records; the service checks each whole, then merges it in slices of short
// transactions that let the panel's and popup's reads through between them (importBatch, pacing.ts).
import { JSONParser } from '@streamparser/json';
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
 * Calls `onRecord` for every record of an export file read piece by piece, and `onHeader` with the
 * top-level fields. Records are dropped by the parser once handed out (keepStack: false).
 */
export class ExportReader {
  readonly #parser: JSONParser;
  readonly header: Partial<ExportHeader> = {};
  readonly seenSections = new Set<ExportSection>();
  /** Records a section's array still held when it closed (0: each was dropped once handed out). */
  held = 0;
  #error: Error | null = null;

  constructor(onRecord: (section: ExportSection, record: unknown, index: number) => void) {
    this.#parser = new JSONParser({
      paths: [
        '$.format',
        '$.version',
        '$.exportedAt',
        '$.conversations.*',
        '$.commitments.*',
        '$.history.*',
        '$.conversations',
        '$.commitments',
        '$.history',
      ],
      keepStack: false,
    });
    this.#parser.onValue = ({ value, key, parent, stack }) => {
      if (stack.length === 1) {
        if (key === 'format' || key === 'version' || key === 'exportedAt') this.header[key] = value;
        else if (key === 'conversations' || key === 'commitments' || key === 'history') {
          this.seenSections.add(key);
          if (Array.isArray(value)) this.held += value.length;
        }
        return;
      }
      const section = stack[1]?.key;
      if ((section === 'conversations' || section === 'commitments' || section === 'history') && typeof key === 'number') {
        onRecord(section, value, key);
        // The section's array is asked for too (to tell an empty section from a missing one), and
        // the parser keeps the elements of an array it will hand out: every record of the file, up
        // to 0.7 KB each, until the array closes (a 100 MB file held whole, twice). Dropped here;
        // the index comes from the parser's own count, not from the array's length.
        if (Array.isArray(parent)) parent.length = 0;
      }
    };
    this.#parser.onError = (e) => {
      this.#error = e;
    };
  }

  /** Feeds the next piece of text; throws on malformed JSON. */
  write(text: string): void {
    if (this.#error) throw this.#error;
    this.#parser.write(text);
    if (this.#error) throw this.#error;
  }

  end(): void {
    if (this.#error) throw this.#error;
    if (!this.#parser.isEnded) this.#parser.end();
    if (this.#error) throw this.#error;
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
 */
export class ImportCheck {
  readonly problems = new Problems();
  readonly counts: Record<ExportSection, number> = { conversations: 0, commitments: 0, history: 0 };
  readonly #conversations = new Set<string>();
  readonly #commitments = new Set<string>();
  readonly #historyIds = new Set<number>();
  /** References not (yet) found in the file: resolved at `finish` against the file, then the ledger. */
  readonly #convRefs = new Map<string, string>();
  readonly #commitRefs = new Map<string, string>();

  record(section: ExportSection, value: unknown, index: number): void {
    const path = `${section}[${index}]`;
    const p = this.problems;
    this.counts[section]++;
    if (section === 'conversations') {
      if (!checkConversation(value, path, p)) return;
      const c = value as ConversationRecord;
      if (this.#conversations.has(c.id)) p.add(`${path}.id`, `duplicate id ${JSON.stringify(c.id)}`);
      this.#conversations.add(c.id);
    } else if (section === 'commitments') {
      if (!checkCommitment(value, path, p)) return;
      const c = value as CommitmentRecord;
      if (this.#commitments.has(c.id)) p.add(`${path}.id`, `duplicate id ${JSON.stringify(c.id)}`);
      this.#commitments.add(c.id);
      if (!this.#conversations.has(c.conversationId) && !this.#convRefs.has(c.conversationId))
        this.#convRefs.set(c.conversationId, `${path}.conversationId`);
    } else {
      if (!checkHistory(value, path, p)) return;
      const h = value as HistoryEntry;
      if (h.id !== undefined) {
        if (this.#historyIds.has(h.id)) p.add(`${path}.id`, `duplicate id ${h.id}`);
        this.#historyIds.add(h.id);
      }
      if (!this.#commitments.has(h.commitmentId) && !this.#commitRefs.has(h.commitmentId))
        this.#commitRefs.set(h.commitmentId, `${path}.commitmentId`);
    }
  }

  /** What the ledger must already hold for the file to import: ids and the path that needs each. */
  unresolved(): { conversations: Map<string, string>; commitments: Map<string, string> } {
    const conversations = new Map([...this.#convRefs].filter(([id]) => !this.#conversations.has(id)));
    const commitments = new Map([...this.#commitRefs].filter(([id]) => !this.#commitments.has(id)));
    return { conversations, commitments };
  }
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
