// The ledger's reads: a conversation and its commitments, the reminder schedule's window, the
// badge's counts, the popup's first screen, search, and a customer's track record. Every list
// leaves deleted commitments out; the open-deadline index (`openDueAt`) serves the ranges.
import Dexie from 'dexie';
import { NO_DEADLINE_KEY, openDueKey, type StoredCommitment } from './db';
import { op, type LedgerContext } from './context';
import { ledgerError } from './errors';
import { normalizeEmail, strip } from './records';
import { DAY_MS, dayBounds, isValidTimeZone } from './time';
import { recentCommitments, trackRecord } from './track-record';
import { queryWords } from './word-index';
import { badgeStillHolds, overviewStillHolds, type BadgeBounds, type OverviewBounds } from './kept-answers';
import type {
  BadgeCounts,
  CommitmentRecord,
  CommitmentWithConversation,
  ConversationRecord,
  CustomerKey,
  TrackRecord,
  TrackRecordOptions,
} from './types';
import { isRecord } from '../guards';

/** Open commitments snoozed past `now` (the `reminder.snoozedUntil` index holds only snoozed ones). */
export function listSnoozedOpen(ctx: LedgerContext, now: number): Promise<CommitmentRecord[]> {
  return op('readCommitments', false, async () =>
    (await ctx.db.commitments.where('reminder.snoozedUntil').above(now).toArray()).filter((c) => openDueKey(c) !== undefined).map(strip),
  );
}

/**
 * Open commitments without a deadline, oldest first (ties by id): the first `limit`, the count up to
 * `countCap`, and their conversations. A page over the `[openDueAt+createdAt]` index: `limit` records
 * read, the count taken from at most `countCap + 1` keys.
 */
export function listUndatedOpen(
  ctx: LedgerContext,
  limit = 20,
  countCap = 99,
): Promise<OverviewSection & { conversations: ConversationRecord[] }> {
  const cap = Math.max(0, Math.floor(countCap));
  const n = Math.max(0, Math.floor(limit));
  return op('readCommitments', false, () => ctx.db.keptAnswers.undated([n, cap], () => readUndatedOpen(ctx, n, cap)));
}

/** The undated section read from the ledger (no kept answer). */
export function readUndatedOpen(
  ctx: LedgerContext,
  n: number,
  cap: number,
): Promise<OverviewSection & { conversations: ConversationRecord[] }> {
  return ctx.db.transaction('r', ctx.db.commitments, ctx.db.conversations, async () => {
    const undated = () =>
      ctx.db.commitments
        .where('[openDueAt+createdAt]')
        .between([NO_DEADLINE_KEY, Dexie.minKey], [NO_DEADLINE_KEY, Dexie.maxKey], true, true);
    const [keys, found] = await Promise.all([
      undated()
        .limit(cap + 1)
        .primaryKeys(),
      undated().limit(n).toArray(),
    ]);
    const items = found.map(strip);
    const ids = [...new Set(items.map((c) => c.conversationId))];
    const conversations = (await ctx.db.conversations.bulkGet(ids)).filter((c): c is ConversationRecord => c !== undefined);
    return { count: Math.min(keys.length, cap), capped: keys.length > cap, items, conversations };
  });
}

/**
 * Asks the popup's questions (`rows` per section, counts to `countCap`, the zone it last asked in)
 * again at the clock's now, so that the next popup finds its answers kept (kept-answers.ts): after a
 * write, once the worker is idle. The overview only once a popup has asked (its zone is the settings').
 */
export async function warmPopupReads(ctx: LedgerContext, rows: number, countCap: number): Promise<void> {
  const zone = ctx.db.keptAnswers.lastZoneAsked(rows, countCap);
  await Promise.all([
    zone === null ? undefined : popupOverview(ctx, ctx.now(), zone, rows, countCap),
    listUndatedOpen(ctx, rows, countCap),
  ]);
}

/** Badge counts stop here: past 999 the badge shows "999+". */
export const BADGE_COUNT_CAP = 1000;

/** One section of the popup: how many, and the first few by deadline. */
export interface OverviewSection {
  /** How many, exact up to the overview's count cap; the cap when there are more. */
  count: number;
  /** There are more than `count`. */
  capped: boolean;
  items: CommitmentRecord[];
}

/** What the toolbar popup shows first (see popupOverview). */
export interface PopupOverview {
  /** Open, deadline before now. */
  overdue: OverviewSection;
  /** Open, deadline from now to the end of today in the zone. */
  today: OverviewSection;
  /** Open, deadline from the end of today to now + 7 days. */
  upcoming: OverviewSection;
  /** Open, due later or without a deadline: counted only (up to the cap). */
  later: { count: number; capped: boolean };
  /** The conversations of the listed items (each once). */
  conversations: ConversationRecord[];
}

export function getConversation(ctx: LedgerContext, id: string): Promise<ConversationRecord | null> {
  return op('readConversation', false, async () => (await ctx.db.conversations.get(id)) ?? null);
}

/** The conversations with these ids, in order; null where there is none. */
export function getConversations(ctx: LedgerContext, ids: string[]): Promise<Array<ConversationRecord | null>> {
  return op('readConversations', false, async () => (await ctx.db.conversations.bulkGet(ids)).map((c) => c ?? null));
}

/** Also a deleted one (so that the UI can offer undo); null when there is none. */
export function getCommitment(ctx: LedgerContext, id: string): Promise<CommitmentRecord | null> {
  return op('readCommitment', false, async () => {
    const c = await ctx.db.commitments.get(id);
    return c ? strip(c) : null;
  });
}

/** The conversations' commitments (not deleted), over the [conversationId+createdAt] index. */
export async function commitmentsOf(ctx: LedgerContext, conversationIds: readonly string[]): Promise<StoredCommitment[]> {
  const lists = await Promise.all(
    conversationIds.map((cid) =>
      ctx.db.commitments.where('[conversationId+createdAt]').between([cid, Dexie.minKey], [cid, Dexie.maxKey], true, true).toArray(),
    ),
  );
  return lists.flat().filter((c) => c.deletedAt === null);
}

/** One conversation's commitments (not deleted), oldest first. */
export function listByConversation(ctx: LedgerContext, conversationId: string): Promise<CommitmentRecord[]> {
  return op('readConversationCommitments', false, () =>
    ctx.db.conversationLists.read(conversationId, async () => (await commitmentsOf(ctx, [conversationId])).map(strip)),
  );
}

/** Open with a deadline in [now, now + days), by deadline. */
export function listUpcoming(ctx: LedgerContext, now: number, days: number): Promise<CommitmentRecord[]> {
  return op('readCommitments', false, async () =>
    (await openDueRange(ctx, now, Math.min(now + days * DAY_MS, NO_DEADLINE_KEY)).toArray()).map(strip),
  );
}

/** Open, not deleted commitments due in [lower, upper) (null = unbounded), over the `openDueAt` index. */
function openDueRange(ctx: LedgerContext, lower: number | null, upper: number | null) {
  const ix = ctx.db.commitments.where('openDueAt');
  if (lower === null) return upper === null ? ix.aboveOrEqual(-Infinity) : ix.below(upper);
  if (upper === null) return ix.aboveOrEqual(lower);
  return ix.between(lower, upper, true, false);
}

/**
 * Counts up to `cap` by reading at most `cap + 1` primary keys, which costs the same with 100 or
 * 100,000 commitments in range: IndexedDB counts a range key by key (34,000 overdue took 200 ms in
 * Chromium). A cap of 2^31 or more counts exactly (natively).
 */
async function countOpenDue(
  ctx: LedgerContext,
  lower: number | null,
  upper: number | null,
  cap: number,
): Promise<{ count: number; capped: boolean }> {
  const range = openDueRange(ctx, lower, upper);
  const limit = Math.max(0, Math.floor(cap));
  if (limit >= 2 ** 31) return { count: await range.count(), capped: false };
  const keys = await range.limit(limit + 1).primaryKeys();
  return { count: Math.min(keys.length, limit), capped: keys.length > limit };
}

/**
 * Ids of open, live commitments due before `before`, at most `limit` (primary keys of one
 * `openDueAt` range, no record read): the reminder runtime keeps them to count the badge's overdue
 * ones without counting again after every write (utils/reminders/badge-tally.ts).
 */
export function openIdsDueBefore(ctx: LedgerContext, before: number, limit: number): Promise<string[]> {
  return op('countCommitments', false, () =>
    openDueRange(ctx, null, Math.min(before, NO_DEADLINE_KEY))
      .limit(Math.max(0, Math.floor(limit)))
      .primaryKeys(),
  );
}

/**
 * For the badge: counted over the open-deadline index, no record read; each count stops at `countCap`.
 * The answer is kept in the worker until a write to the commitments or conversations store, or a
 * deadline crossing, changes it (kept-answers.ts): the two first keys at or after each bound are
 * read with it, in the same transaction.
 */
export function badgeCounts(ctx: LedgerContext, now: number, windowMs: number, countCap = BADGE_COUNT_CAP): Promise<BadgeCounts> {
  const upper = Math.min(now + windowMs, NO_DEADLINE_KEY);
  return op('countCommitments', false, () =>
    ctx.db.keptAnswers.badge(
      [windowMs, countCap],
      (bounds) => badgeStillHolds(bounds, now, upper),
      () => readBadgeCounts(ctx, now, windowMs, countCap),
    ),
  );
}

/** Badge counts read from the ledger (no kept answer), with the bounds within which they hold. */
export function readBadgeCounts(
  ctx: LedgerContext,
  now: number,
  windowMs: number,
  countCap: number,
): Promise<{ answer: BadgeCounts; bounds: BadgeBounds }> {
  const upper = Math.min(now + windowMs, NO_DEADLINE_KEY);
  return ctx.db.transaction('r', ctx.db.commitments, async () => {
    const [overdue, dueSoon, nextDue, nextAfterUpper] = await Promise.all([
      countOpenDue(ctx, null, now, countCap),
      countOpenDue(ctx, now, upper, countCap),
      firstOpenKeyFrom(ctx, now),
      firstOpenKeyFrom(ctx, upper),
    ]);
    return { answer: { overdue: overdue.count, dueSoon: dueSoon.count }, bounds: { now, upper, nextDue, nextAfterUpper } };
  });
}

function assertZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw ledgerError('invalid-input', { message: 'unknownTimeZone', params: [JSON.stringify(timeZone)] });
}

/**
 * The popup's first screen: counts and the first `limit` of each section, each a key range over the
 * `openDueAt` index; only the listed records are read. Counts stop at `countCap` (2^31 or more,
 * e.g. Number.MAX_SAFE_INTEGER, counts exactly). The last answer is kept in the worker until a write
 * or a deadline crossing changes it (kept-answers.ts).
 */
export function popupOverview(ctx: LedgerContext, now: number, timeZone: string, limit = 20, countCap = 99): Promise<PopupOverview> {
  assertZone(timeZone);
  const n = Math.max(0, Math.floor(limit));
  const cap = Math.max(0, Math.floor(countCap));
  const { endOfToday, weekAhead } = overviewRanges(now, timeZone);
  return op('readCommitments', false, () =>
    ctx.db.keptAnswers.overview(
      [timeZone, n, cap],
      (bounds) => overviewStillHolds(bounds, now, endOfToday, weekAhead),
      () => readPopupOverview(ctx, now, timeZone, n, cap),
    ),
  );
}

/** The overview's section bounds at `now`: today ends at the zone's midnight, "upcoming" a week ahead. */
function overviewRanges(now: number, timeZone: string): { endOfToday: number; weekAhead: number } {
  const { end: endOfToday } = dayBounds(now, timeZone);
  return { endOfToday, weekAhead: Math.max(endOfToday, now + 7 * DAY_MS) };
}

/** The first open deadline key at or after `from` (Infinity when none): where an overview stops holding. */
async function firstOpenKeyFrom(ctx: LedgerContext, from: number): Promise<number> {
  const [key] = await ctx.db.commitments.where('openDueAt').aboveOrEqual(from).limit(1).keys();
  return typeof key === 'number' ? key : Infinity;
}

/** The overview read from the ledger (no kept answer), with the bounds within which it holds. */
export function readPopupOverview(
  ctx: LedgerContext,
  now: number,
  timeZone: string,
  n: number,
  cap: number,
): Promise<{ answer: PopupOverview; bounds: OverviewBounds }> {
  const { endOfToday, weekAhead } = overviewRanges(now, timeZone);
  const { db } = ctx;
  return db.transaction('r', db.commitments, db.conversations, async () => {
    const count = (lower: number | null, upper: number | null) => countOpenDue(ctx, lower, upper, cap);
    const section = async (lower: number | null, upper: number | null): Promise<OverviewSection> => {
      const [counted, items] = await Promise.all([count(lower, upper), openDueRange(ctx, lower, upper).limit(n).toArray()]);
      return { ...counted, items: items.map(strip) };
    };
    const [overdue, today, upcoming, later, nextDue, nextAfterWeek] = await Promise.all([
      section(null, now),
      section(now, endOfToday),
      section(endOfToday, weekAhead),
      count(weekAhead, null),
      firstOpenKeyFrom(ctx, now),
      firstOpenKeyFrom(ctx, weekAhead),
    ]);
    const ids = [...new Set([overdue, today, upcoming].flatMap((s) => s.items.map((c) => c.conversationId)))];
    const conversations = (await db.conversations.bulkGet(ids)).filter((c): c is ConversationRecord => c !== undefined);
    return {
      answer: { overdue, today, upcoming, later, conversations },
      bounds: { now, endOfToday, nextDue, weekAhead, nextAfterWeek },
    };
  });
}

/** Above this many index entries for each word, the search walks the deadline index instead of reading every match. */
const FEW_MATCHES = 1000;

/**
 * The first `max` open commitments by deadline that pass `matches`, read in pages over the deadline
 * index (one request each, getAll) rather than one cursor step per record: matches are dense when
 * this is used, so a page or two is all it reads. Records that share the deadline at a page's end
 * are stepped over by count on the next page (the index holds ties in id order).
 */
export async function firstByDeadline(
  ctx: LedgerContext,
  matches: (c: StoredCommitment) => boolean,
  max: number,
): Promise<StoredCommitment[]> {
  const found: StoredCommitment[] = [];
  if (max === 0) return found;
  const page = Math.max(64, 2 * max);
  let from = -Infinity;
  let seenAtFrom = 0;
  for (;;) {
    const range = ctx.db.commitments.where('openDueAt').aboveOrEqual(from);
    const records = await (seenAtFrom > 0 ? range.offset(seenAtFrom) : range).limit(page).toArray();
    for (const c of records) {
      if (!matches(c)) continue;
      found.push(c);
      if (found.length === max) return found;
    }
    if (records.length < page) return found;
    const last = records[records.length - 1]!.openDueAt!;
    const atLast = records.filter((c) => c.openDueAt === last).length;
    seenAtFrom = last === from ? seenAtFrom + atLast : atLast;
    from = last;
  }
}

/** Open commitments whose words, party, conversation subject or customer match every word of `text`. */
export function search(ctx: LedgerContext, text: string, limit = 50): Promise<CommitmentWithConversation[]> {
  const { db } = ctx;
  const max = Math.max(0, Math.floor(limit));
  return op('searchCommitments', false, () =>
    db.transaction('r', db.commitments, db.conversations, async () => {
      const words = queryWords(text);
      let found: StoredCommitment[];
      if (words.length === 0) {
        found = await db.commitments.orderBy('openDueAt').limit(max).toArray();
      } else {
        // Each query word is a word prefix in the index of open commitments (word-index.ts); a
        // commitment matches when every word does. Each word's matches are probed up to FEW_MATCHES:
        // the rarest word's few candidates are read, checked against the other words and sorted by
        // deadline; when every word matches many ("c" as the agent starts typing), the deadline index
        // is walked instead and stops at the limit (matches are dense there, so few records are read).
        const probes = await Promise.all(
          words.map((w) =>
            db.commitments
              .where('openWords')
              .startsWith(w)
              .limit(FEW_MATCHES + 1)
              .primaryKeys(),
          ),
        );
        const matchesAll = (c: StoredCommitment) =>
          c.openDueAt !== undefined && words.every((w) => (c.openWords ?? []).some((x) => x.startsWith(w)));
        const sparse = probes.filter((keys) => keys.length <= FEW_MATCHES).sort((a, b) => a.length - b.length)[0];
        if (sparse) {
          const records = (await db.commitments.bulkGet([...new Set(sparse)])).filter(
            (c): c is StoredCommitment => c !== undefined && matchesAll(c),
          );
          records.sort((a, b) => a.openDueAt! - b.openDueAt! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
          found = records.slice(0, max);
        } else {
          found = await firstByDeadline(ctx, matchesAll, max);
        }
      }
      const convIds = [...new Set(found.map((c) => c.conversationId))];
      const convs = new Map(
        (await db.conversations.bulkGet(convIds)).filter((c): c is ConversationRecord => c !== undefined).map((c) => [c.id, c] as const),
      );
      return found.map((c) => ({ commitment: strip(c), conversation: convs.get(c.conversationId) ?? null }));
    }),
  );
}

/** The conversations that are one customer's: every one with its email, else the one conversation. */
export async function resolveCustomer(
  ctx: LedgerContext,
  input: CustomerKey | string,
): Promise<{ email: string | null; conversationIds: string[] }> {
  const { db } = ctx;
  let key: CustomerKey = input as CustomerKey;
  if (typeof input === 'string') {
    // A conversation id when there is such a conversation, else an email.
    key = (await db.conversations.get(input)) ? { conversationId: input } : { email: input };
  }
  if (!isRecord(key)) throw ledgerError('invalid-input', { message: 'customerKey' });
  let email: string | null = null;
  if ('email' in key && typeof key.email === 'string') email = normalizeEmail(key.email) ?? null;
  else if ('conversationId' in key && typeof key.conversationId === 'string') {
    const conv = await db.conversations.get(key.conversationId);
    if (!conv?.customerEmail) return { email: null, conversationIds: [key.conversationId] };
    email = conv.customerEmail;
  } else throw ledgerError('invalid-input', { message: 'customerKey' });
  if (!email) return { email: null, conversationIds: [] };
  const ids = (await db.conversations.where('customerEmail').equals(email).primaryKeys()) as string[];
  return { email, conversationIds: ids };
}

/** The customer's (by default) commitments over every conversation of that customer, judged now. */
export function trackRecordForCustomer(
  ctx: LedgerContext,
  customer: CustomerKey | string,
  options: TrackRecordOptions = {},
): Promise<TrackRecord> {
  const { db } = ctx;
  return op('computeTrackRecord', false, () =>
    db.transaction('r', db.conversations, db.commitments, db.history, async () => {
      const { conversationIds } = await resolveCustomer(ctx, customer);
      const party = options.party ?? 'customer';
      const all = (await commitmentsOf(ctx, conversationIds)).filter((c) => party === 'any' || c.party === party);
      const list = recentCommitments(all, options.last);
      const ids = list.map((c) => c.id);
      const history = ids.length ? await db.history.where('commitmentId').anyOf(ids).toArray() : [];
      return trackRecord(list, history, ctx.now());
    }),
  );
}
