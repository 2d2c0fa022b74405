// One conversation's commitments, kept in the worker between reads. The panel reads its conversation
// on every thread switch and after every change; with 100,000 commitments in the ledger reading 300
// of them over the [conversationId+createdAt] index took about 9 ms in the worker (README: Evaluation
// and benchmarks), which is most of "one conversation" once the panel's port carries the answer.
//
// Kept correct by the database itself, not by the callers: a Dexie middleware (DBCore) sees every
// write to the commitments store, whatever room or import makes it, and drops the lists it touches:
//   put / add     the conversation named by each written record, and the one the record was listed
//                 under before (an id that moves to another conversation, a site migration)
//   delete        the conversation each deleted id was listed under
//   deleteRange   every list (Table.clear())
// and `forgetAll` drops every list when erase deletes the database and makes it again.
// A read that a write overlapped is answered but not kept (IndexedDB may have served it from before
// the write), so a kept list is always the store's committed state.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { CommitmentRecord } from './types';

/** Lists kept, the least recently read dropped first. */
const MAX_LISTS = 20;
/** Records kept over all lists: about 2 MB of worker heap at most. */
const MAX_RECORDS = 2_000;

export class ConversationCache {
  readonly #lists = new Map<string, readonly CommitmentRecord[]>();
  /** Commitment id → the conversation whose kept list holds it. */
  readonly #listedUnder = new Map<string, string>();
  #records = 0;
  /** Bumped by every write to the commitments store: a read overlapped by one is not kept. */
  #writes = 0;

  constructor(
    private readonly maxLists = MAX_LISTS,
    private readonly maxRecords = MAX_RECORDS,
  ) {}

  /**
   * The conversation's list from the cache, or from `load` (then kept). The records are frozen and
   * shared between callers (messaging copies them); the array is the caller's own.
   */
  async read(conversationId: string, load: () => Promise<CommitmentRecord[]>): Promise<CommitmentRecord[]> {
    const kept = this.#lists.get(conversationId);
    if (kept) {
      // Most recently read last (Map keeps insertion order).
      this.#lists.delete(conversationId);
      this.#lists.set(conversationId, kept);
      return [...kept];
    }
    const writesBefore = this.#writes;
    const list = await load();
    if (this.#writes === writesBefore && !this.#lists.has(conversationId)) this.#keep(conversationId, list);
    return [...list];
  }

  /** Drops every list (the database was deleted and made again: no write passed the middleware). */
  forgetAll(): void {
    this.#writes++;
    this.#clear();
  }

  /** How many lists are kept (tests). */
  get size(): number {
    return this.#lists.size;
  }

  /** The Dexie middleware that drops lists on writes to `table` (LedgerDb registers it for 'commitments'). */
  middleware(table: string): Middleware<DBCore> {
    return {
      stack: 'dbcore',
      name: 'conversation-cache',
      create: (down) => ({
        ...down,
        table: (name) => {
          const inner: DBCoreTable = down.table(name);
          if (name !== table) return inner;
          return {
            ...inner,
            mutate: (req) => {
              this.#written(req);
              return inner.mutate(req);
            },
          };
        },
      }),
    };
  }

  #written(req: DBCoreMutateRequest): void {
    this.#writes++;
    if (req.type === 'deleteRange') {
      this.#clear();
      return;
    }
    if (req.type === 'delete') {
      for (const key of req.keys) this.#dropListOf(key);
      return;
    }
    // add / put: the record's own conversation, and the one it was listed under before.
    req.values.forEach((value, i) => {
      const record = value as Partial<CommitmentRecord> | undefined;
      if (typeof record?.conversationId === 'string') this.#drop(record.conversationId);
      this.#dropListOf(record?.id ?? req.keys?.[i]);
    });
  }

  #dropListOf(commitmentId: unknown): void {
    if (typeof commitmentId !== 'string') {
      // A key the cache cannot place (not expected: ids are strings): drop everything rather than guess.
      if (commitmentId !== undefined) this.#clear();
      return;
    }
    const conversationId = this.#listedUnder.get(commitmentId);
    if (conversationId !== undefined) this.#drop(conversationId);
  }

  #keep(conversationId: string, list: CommitmentRecord[]): void {
    if (list.length > this.maxRecords) return;
    for (const record of list) deepFreeze(record);
    this.#lists.set(conversationId, list);
    this.#records += list.length;
    for (const record of list) this.#listedUnder.set(record.id, conversationId);
    while (this.#lists.size > this.maxLists || this.#records > this.maxRecords) {
      const oldest = this.#lists.keys().next().value;
      if (oldest === undefined) break;
      this.#drop(oldest);
    }
  }

  #drop(conversationId: string): void {
    const list = this.#lists.get(conversationId);
    if (!list) return;
    this.#lists.delete(conversationId);
    this.#records -= list.length;
    for (const record of list) if (this.#listedUnder.get(record.id) === conversationId) this.#listedUnder.delete(record.id);
  }

  #clear(): void {
    this.#lists.clear();
    this.#listedUnder.clear();
    this.#records = 0;
  }
}

/** Shared records must not change under another caller: a mutation throws instead (strict mode). */
function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}
