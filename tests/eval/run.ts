// `npm run eval`: measures utils/commitments against the external research data in
// <project root>/../shared/eval (never copied into the project; read at run time only).
//
// 1. date-parsing-peers.jsonl — deadline parsing, ours vs plain chrono-node in the same run.
//    Rule for "exact at the case's grain", applied identically to both parsers:
//    - Each case runs with its reference instant and the reference's offset as the zone
//      (floating local references are read as UTC, as the chrono suite ran with TZ=UTC; cases
//      without a reference use 2012-08-10T00:00 UTC). Plain chrono is `chrono.casual.parse`
//      with that reference and the case's own parser options (e.g. forwardDate) when it has any.
//    - The result compared is the one overlapping the case's match_text, else the first.
//    - Ours: the start of what the words denote (an interval's start; otherwise our deadline
//      instant, DeadlineHit.start). Chrono: result.start.date().
//    - Both and the expected start are read on the wall clock of the case's zone and truncated
//      to the case's grain (second, minute, hour, day, ISO week, month, quarter, year;
//      milliseconds compare at the second). Equal truncations count as exact. One exception,
//      for both parsers alike: when the case's grain is finer than a day and the parser claims
//      only a date, the comparison is at the day. Claims: ours is Due.precision (part-of-day
//      counts as a date: "morning" = noon is our deadline convention); chrono's is whether
//      hour/minute/second are *certain* in its result. So a date-only answer is
//      never judged on an hour it did not claim: our convention puts date-only deadlines at the
//      end of the workday ("in 7 days" → 17:00) where a dataset may carry the reference time,
//      and chrono fills the reference time or noon. A different day, week or month still misses.
//    - Negatives (nothing to find) count as correct when the parser returns nothing.
// 2. commitments-real.jsonl — findCommitments on each sentence, with the speaker as author
//    (email senders and agents → 'agent', customers → 'customer'). Detected = at least one draft of
//    kind 'promise' (requests are labelled non-commitments there; they are counted apart).
//    Precision/recall over is_commitment. Party accuracy over true positives: the first draft's
//    party against the labelled committer (sender/sender group/agent → the author's side,
//    customer → 'customer', third_party → 'third-party'). The committer labels are rule-based,
//    not gold (SOURCES.md); "our team"/"my team" labelled third_party disagree with our spec
//    (the product counts "our team" as the agent's side), so both figures are printed.
// 3. tests/eval/external/commitments.jsonl — the project's own labelled set of sentences written
//    outside the team (service dialogues; sources, licences and labelling rules in its SOURCES.md).
//    Counted exactly as 2: detected = at least one draft of kind 'promise', precision/recall over
//    is_commitment, party accuracy over true positives (first promise draft's party against the
//    labelled party). Also printed: the figures per author side and per source, and, over true
//    positives, whether a deadline was found (due set) where the label says the promise has one.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { findCommitments, findDeadlines, type ParseContext, type Party } from '../../utils/commitments/index';
import { wallAt } from '../../utils/commitments/deadlines/zones';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// A worktree sits one folder deeper than the main checkout; CK_EVAL_DIR overrides both.
const dataDir =
  process.env.CK_EVAL_DIR ??
  [join(root, '..', 'shared', 'eval'), join(root, '..', '..', 'shared', 'eval')].find((d) => existsSync(d)) ??
  join(root, '..', 'shared', 'eval');

function readJsonl<T>(name: string): T[] {
  return readFileSync(join(dataDir, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

interface DateCase {
  id: string;
  text: string;
  reference: string | null;
  expected: { type: string; start: string; grain: string } | null;
  granularity: string | null;
  is_negative: boolean;
  match_text: string | null;
  deadline_cue: boolean;
  source: { repo: string; parser_options?: Record<string, unknown> };
}

const OFFSET_RE = /(Z|[+-]\d{2}:?\d{2})$/;

function parseReference(ref: string | null): { instant: Date; offset: number } {
  if (!ref) return { instant: new Date('2012-08-10T00:00:00Z'), offset: 0 };
  const m = OFFSET_RE.exec(ref);
  if (!m) return { instant: new Date(`${ref}Z`), offset: 0 };
  const off = m[1] === 'Z' ? 0 : (m[1]!.startsWith('-') ? -1 : 1) * (Number(m[1]!.slice(1, 3)) * 60 + Number(m[1]!.slice(-2)));
  return { instant: new Date(ref), offset: off };
}

/** A fixed-offset IANA zone for whole-hour offsets (Etc/GMT signs are inverted by POSIX rule). */
function zoneFor(offset: number): string {
  if (offset === 0 || offset % 60 !== 0) return 'UTC';
  const h = -offset / 60;
  return `Etc/GMT${h > 0 ? '+' : ''}${h}`;
}

interface WallT {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

function wallOfIso(iso: string, zone: string): WallT | null {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (dateOnly) return { y: +dateOnly[1]!, m: +dateOnly[2]!, d: +dateOnly[3]!, h: 0, mi: 0, s: 0 };
  const floating = !OFFSET_RE.test(iso);
  const t = new Date(floating ? `${iso}Z` : iso);
  if (Number.isNaN(t.getTime())) return null;
  return wallAt(t, floating ? 'UTC' : zone);
}

function truncate(w: WallT, grain: string): string {
  const p = (n: number) => String(n).padStart(2, '0');
  switch (grain) {
    case 'year':
      return `${w.y}`;
    case 'quarter':
      return `${w.y}Q${Math.ceil(w.m / 3)}`;
    case 'month':
      return `${w.y}-${p(w.m)}`;
    case 'week': {
      const t = new Date(Date.UTC(w.y, w.m - 1, w.d));
      t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() + 6) % 7));
      return `W${t.toISOString().slice(0, 10)}`;
    }
    case 'day':
      return `${w.y}-${p(w.m)}-${p(w.d)}`;
    case 'hour':
      return `${w.y}-${p(w.m)}-${p(w.d)}T${p(w.h)}`;
    case 'minute':
      return `${w.y}-${p(w.m)}-${p(w.d)}T${p(w.h)}:${p(w.mi)}`;
    default:
      return `${w.y}-${p(w.m)}-${p(w.d)}T${p(w.h)}:${p(w.mi)}:${p(w.s)}`;
  }
}

const GRAINS = ['millisecond', 'second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
const OUR_GRAIN: Record<string, string> = {
  minute: 'second',
  hour: 'hour',
  'part-of-day': 'day',
  day: 'day',
  week: 'week',
  month: 'month',
};
/** The case's grain, except that a parser claiming only a date is judged at the day. */
function coarser(caseGrain: string, claimed: string): string {
  const day = GRAINS.indexOf('day');
  return GRAINS.indexOf(caseGrain) < day && GRAINS.indexOf(claimed) >= day ? 'day' : caseGrain;
}
function chronoPrecision(r: chrono.ParsedResult): string {
  const s = r.start;
  if (s.isCertain('second')) return 'second';
  if (s.isCertain('minute')) return 'minute';
  if (s.isCertain('hour')) return 'hour';
  if (s.isCertain('day') || s.isCertain('weekday')) return 'day';
  if (s.isCertain('month')) return 'month';
  if (s.isCertain('year')) return 'year';
  // Nothing certain: chrono claims no precision, so it is judged at the case's grain.
  return 'millisecond';
}

function pickIndex(spans: { index: number; length: number }[], text: string, matchText: string | null): number {
  if (!spans.length) return -1;
  if (matchText) {
    const at = text.indexOf(matchText);
    if (at >= 0) {
      const i = spans.findIndex((s) => s.index < at + matchText.length && s.index + s.length > at);
      if (i >= 0) return i;
    }
  }
  return 0;
}

function evalDates() {
  const cases = readJsonl<DateCase>('date-parsing-peers.jsonl');
  type Tally = { n: number; ours: number; chrono: number };
  const tally = (): Tally => ({ n: 0, ours: 0, chrono: 0 });
  const all = tally(),
    cue = tally(),
    neg = tally();
  const bySource = new Map<string, Tally>();
  const worse: string[] = [];
  const better: string[] = [];
  // EVAL_MISSES=1 lists every positive case ours gets wrong (to group them into classes).
  const misses: string[] = [];
  for (const c of cases) {
    const { instant, offset } = parseReference(c.reference);
    const zone = zoneFor(offset);
    const ctx: ParseContext = { now: instant, timeZone: zone };
    let ours: string | null = null;
    let theirs: string | null = null;
    let oursOk: boolean;
    let chronoOk: boolean;
    const hits = findDeadlines(c.text, ctx);
    let chronoResults: chrono.ParsedResult[] = [];
    try {
      chronoResults = chrono.casual.parse(c.text, { instant, timezone: offset }, (c.source.parser_options ?? {}) as chrono.ParsingOption);
    } catch {
      chronoResults = [];
    }
    if (c.is_negative || !c.expected) {
      oursOk = hits.length === 0;
      chronoOk = chronoResults.length === 0;
      ours = hits[0]?.due.text ?? null;
      theirs = chronoResults[0]?.text ?? null;
    } else {
      const grain = c.expected.grain ?? c.granularity ?? 'day';
      const want = wallOfIso(c.expected.start, zone);
      const wantKey = want ? truncate(want, grain) : '?';
      const hi = pickIndex(hits, c.text, c.match_text);
      const ci = pickIndex(
        chronoResults.map((r) => ({ index: r.index, length: r.text.length })),
        c.text,
        c.match_text,
      );
      const oursWall = hi >= 0 ? wallOfIso(hits[hi]!.start, zone) : null;
      const chronoWall = ci >= 0 ? wallAt(chronoResults[ci]!.start.date(), zone) : null;
      const oursGrain = coarser(grain, hi >= 0 ? (OUR_GRAIN[hits[hi]!.due.precision] ?? 'day') : grain);
      const chronoGrain = coarser(grain, ci >= 0 ? chronoPrecision(chronoResults[ci]!) : grain);
      ours = oursWall ? truncate(oursWall, oursGrain) : null;
      theirs = chronoWall ? truncate(chronoWall, chronoGrain) : null;
      oursOk = !!want && ours === truncate(want, oursGrain);
      chronoOk = !!want && theirs === truncate(want, chronoGrain);
      if (!oursOk && chronoOk)
        worse.push(`${c.id}  ${JSON.stringify(c.text.slice(0, 70))}  want ${wantKey}  ours ${ours}  chrono ${theirs}`);
      if (oursOk && !chronoOk) better.push(c.id);
      if (!oursOk && process.env.EVAL_MISSES)
        misses.push(
          `${c.id}  ${JSON.stringify(c.text.slice(0, 70))}  want ${wantKey}  ours ${ours}  chrono ${theirs}${chronoOk ? ' (chrono right)' : ''}`,
        );
    }
    if (c.is_negative && !oursOk && chronoOk)
      worse.push(`${c.id}  ${JSON.stringify(c.text.slice(0, 70))}  negative; ours found ${JSON.stringify(ours)}`);
    const groups = [all, c.deadline_cue ? cue : null, c.is_negative ? neg : null];
    const src = bySource.get(c.source.repo) ?? tally();
    bySource.set(c.source.repo, src);
    groups.push(src);
    for (const g of groups) {
      if (!g) continue;
      g.n++;
      if (oursOk) g.ours++;
      if (chronoOk) g.chrono++;
    }
  }
  const pct = (x: number, n: number) => (n ? ((100 * x) / n).toFixed(1).padStart(5) + '%' : '   - ');
  const row = (name: string, t: Tally) =>
    console.log(
      `${name.padEnd(34)} ${String(t.n).padStart(5)}  ${pct(t.ours, t.n)}  ${pct(t.chrono, t.n)}  ${(t.ours - t.chrono >= 0 ? '+' : '') + (t.ours - t.chrono)}`,
    );
  console.log("\n== date-parsing-peers.jsonl: exact at the case's grain");
  console.log(`${'subset'.padEnd(34)} ${'cases'.padStart(5)}  ${'ours'.padStart(6)}  ${'chrono'.padStart(6)}  diff`);
  row('overall', all);
  row('deadline_cue', cue);
  row('negatives (nothing to find)', neg);
  for (const [k, t] of bySource) row(`  source ${k}`, t);
  console.log(`\nours right where chrono is wrong: ${better.length}; ours wrong where chrono is right: ${worse.length}`);
  for (const line of worse.slice(0, process.argv.includes('--all') ? worse.length : 40)) console.log(`  worse: ${line}`);
  if (worse.length > 40) console.log(`  … and ${worse.length - 40} more`);
  for (const line of misses) console.log(`  miss: ${line}`);
  return { all, cue };
}

interface CommitCase {
  id: string;
  text: string;
  is_commitment: boolean;
  speaker_role: string;
  committer: { role: string; surface: string } | null;
  reference_time: string | null;
  bucket: string;
}

function evalCommitments() {
  const cases = readJsonl<CommitCase>('commitments-real.jsonl');
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0,
    partyN = 0,
    partyOk = 0,
    partySpecN = 0,
    partySpecOk = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const partyWrong: string[] = [];
  const requests: string[] = [];
  const buckets = new Map<string, { n: number; ok: number }>();
  for (const c of cases) {
    const author: Party = c.speaker_role === 'customer' ? 'customer' : 'agent';
    const ctx: ParseContext = { now: new Date(c.reference_time ?? '2001-05-01T12:00:00Z'), timeZone: 'UTC' };
    const all = findCommitments({ text: c.text, author }, ctx);
    const drafts = all.filter((d) => d.kind === 'promise');
    if (all.length > drafts.length) requests.push(`${c.id} [${c.bucket}] ${JSON.stringify(c.text.slice(0, 110))}`);
    const detected = drafts.length > 0;
    const b = buckets.get(c.bucket) ?? { n: 0, ok: 0 };
    b.n++;
    if (detected === c.is_commitment) b.ok++;
    buckets.set(c.bucket, b);
    if (detected && c.is_commitment) tp++;
    else if (detected) {
      fp++;
      falseAlarms.push(`${c.id} [${c.bucket}] ${JSON.stringify(c.text.slice(0, 110))}`);
    } else if (c.is_commitment) {
      fn++;
      misses.push(`${c.id} [${c.bucket}] ${JSON.stringify(c.text.slice(0, 110))}`);
    } else tn++;
    if (detected && c.is_commitment && c.committer) {
      const role = c.committer.role;
      const want: Party = role === 'customer' ? 'customer' : role === 'third_party' ? 'third-party' : role === 'agent' ? 'agent' : author;
      const got = drafts[0]!.party;
      partyN++;
      if (got === want) partyOk++;
      // Spec reading: "our team", "my team", "a member of our team" are the author's own side.
      const ownTeam = role === 'third_party' && /\b(?:our|my)\b/i.test(c.committer.surface);
      const wantSpec: Party = ownTeam ? author : want;
      partySpecN++;
      if (got === wantSpec) partySpecOk++;
      else partyWrong.push(`${c.id} want ${wantSpec} got ${got} (${c.committer.surface}) ${JSON.stringify(c.text.slice(0, 90))}`);
    }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  console.log('\n== commitments-real.jsonl: findCommitments');
  console.log(`cases ${cases.length}  TP ${tp}  FP ${fp}  FN ${fn}  TN ${tn}`);
  console.log(`precision ${precision.toFixed(3)}  (goal ≥ 0.90)`);
  console.log(`recall    ${recall.toFixed(3)}  (goal ≥ 0.80)`);
  console.log(`party accuracy vs labels         ${(partyOk / Math.max(1, partyN)).toFixed(3)}  (${partyOk}/${partyN})`);
  console.log(
    `party accuracy, "our team"=own   ${(partySpecOk / Math.max(1, partySpecN)).toFixed(3)}  (${partySpecOk}/${partySpecN})  (goal ≥ 0.95)`,
  );
  console.log(`requests found (not counted above): ${requests.length}`);
  for (const [k, v] of buckets) console.log(`  bucket ${k.padEnd(20)} ${v.ok}/${v.n} classified right`);
  if (process.argv.includes('--verbose')) {
    for (const l of misses) console.log(`  missed: ${l}`);
    for (const l of falseAlarms) console.log(`  false alarm: ${l}`);
    for (const l of partyWrong) console.log(`  party: ${l}`);
    for (const l of requests) console.log(`  request: ${l}`);
  } else {
    console.log(
      `  (${misses.length} missed, ${falseAlarms.length} false alarms, ${partyWrong.length} party mismatches; --verbose lists them)`,
    );
  }
}

interface ExternalCase {
  id: string;
  text: string;
  author: Party;
  is_commitment: boolean;
  party: Party | null;
  kind?: 'promise' | 'request';
  has_deadline: boolean;
  /** 'tuning': rules were changed by class while looking at these; 'holdout': labelled, then only measured. */
  split: 'tuning' | 'holdout';
  source: { repo: string; path: string; commit: string; license: string };
}

function evalExternal() {
  const file = join(root, 'tests', 'eval', 'external', 'commitments.jsonl');
  const cases = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ExternalCase);
  // A fixed reference instant: the sentences carry no send time.
  const ctx: ParseContext = { now: new Date('2019-03-01T12:00:00Z'), timeZone: 'UTC' };
  type Tally = { tp: number; fp: number; fn: number; tn: number };
  const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
  const all = tally();
  const bySide = new Map<string, Tally>();
  const bySource = new Map<string, Tally>();
  const bySplit = new Map<string, Tally>();
  let partyN = 0,
    partyOk = 0,
    dueN = 0,
    dueOk = 0;
  // Requests, on the customer's sentences only: the agent's own asks without a time are not tracked
  // by design (utils/commitments/README.md), so only the customer's are comparable with the labels.
  const req = tally();
  const misses: string[] = [],
    falseAlarms: string[] = [],
    partyWrong: string[] = [],
    dueWrong: string[] = [];
  for (const c of cases) {
    const found = findCommitments({ text: c.text, author: c.author }, ctx);
    const drafts = found.filter((d) => d.kind === 'promise');
    if (c.author === 'customer') {
      const asked = !drafts.length && found.some((d) => d.kind === 'request');
      const want = c.kind === 'request';
      req[asked ? (want ? 'tp' : 'fp') : want ? 'fn' : 'tn']++;
    }
    const detected = drafts.length > 0;
    const key = detected ? (c.is_commitment ? 'tp' : 'fp') : c.is_commitment ? 'fn' : 'tn';
    const side = bySide.get(c.author) ?? tally();
    const src = bySource.get(c.source.repo) ?? tally();
    bySide.set(c.author, side);
    bySource.set(c.source.repo, src);
    const split = bySplit.get(c.split) ?? tally();
    bySplit.set(c.split, split);
    for (const t of [all, side, src, split]) t[key]++;
    const line = `${c.id} [${c.author}${c.split === 'holdout' ? ', holdout' : ''}] ${JSON.stringify(c.text.slice(0, 110))}`;
    if (key === 'fn') misses.push(line);
    if (key === 'fp') falseAlarms.push(line);
    if (key === 'tp') {
      partyN++;
      if (drafts[0]!.party === c.party) partyOk++;
      else partyWrong.push(`${line} want ${c.party} got ${drafts[0]!.party}`);
      dueN++;
      if ((drafts[0]!.due !== null) === c.has_deadline) dueOk++;
      else dueWrong.push(`${line} want ${c.has_deadline ? 'a deadline' : 'none'} got ${drafts[0]!.due?.text ?? 'none'}`);
    }
  }
  const p = (t: Tally) => (t.tp / Math.max(1, t.tp + t.fp)).toFixed(3);
  const r = (t: Tally) => (t.tp / Math.max(1, t.tp + t.fn)).toFixed(3);
  const row = (name: string, t: Tally) =>
    console.log(
      `  ${name.padEnd(56)} n ${String(t.tp + t.fp + t.fn + t.tn).padStart(4)}  P ${p(t)}  R ${r(t)}  (TP ${t.tp} FP ${t.fp} FN ${t.fn})`,
    );
  console.log('\n== external/commitments.jsonl (our own labelled set, outside shared/eval): findCommitments');
  console.log(`cases ${cases.length}  TP ${all.tp}  FP ${all.fp}  FN ${all.fn}  TN ${all.tn}`);
  console.log(`precision ${p(all)}  (goal ≥ 0.95)`);
  console.log(`recall    ${r(all)}  (goal ≥ 0.90)`);
  console.log(`party accuracy over TP          ${(partyOk / Math.max(1, partyN)).toFixed(3)}  (${partyOk}/${partyN})  (goal ≥ 0.95)`);
  console.log(`deadline found as labelled (TP) ${(dueOk / Math.max(1, dueN)).toFixed(3)}  (${dueOk}/${dueN})`);
  for (const [k, t] of bySplit) row(`split ${k}`, t);
  row('requests in customer sentences (kind request)', req);
  for (const [k, t] of bySide) row(`author ${k}`, t);
  for (const [k, t] of bySource) row(`source ${k}`, t);
  if (process.argv.includes('--verbose')) {
    for (const l of misses) console.log(`  missed: ${l}`);
    for (const l of falseAlarms) console.log(`  false alarm: ${l}`);
    for (const l of partyWrong) console.log(`  party: ${l}`);
    for (const l of dueWrong) console.log(`  deadline: ${l}`);
  } else {
    console.log(
      `  (${misses.length} missed, ${falseAlarms.length} false alarms, ${partyWrong.length} party mismatches, ${dueWrong.length} deadline mismatches; --verbose lists them)`,
    );
  }
}

const t0 = performance.now();
evalDates();
evalCommitments();
evalExternal();
console.log(`\neval took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
