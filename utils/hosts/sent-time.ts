// When a message was sent, read from what the host shows: a machine-readable `datetime` or epoch
// attribute, a full timestamp in a tooltip (Gmail's `span.g3[title]` "Mon, May 13, 2024, 9:14 AM"),
// or the short stamps helpdesks print ("2 hours ago", "Yesterday 3:14 PM", "Mon 9:02 AM", "09:14").
// Pure: the clock (now and the zone the host renders its stamps in) is a parameter.
//
// Absolute stamps in words ("Mon, May 13, 2024, 9:14 AM") need chrono-node, over 100 KB with its
// locales: too heavy for the content script injected into every host page. So the reader of those
// lives in sent-time-absolute.ts and comes with the clock (`readAbsolute`). The content script's
// clock has none: a stamp it cannot read travels to the panel as `stamp`, and the panel (which
// loads chrono-node anyway) reads it there (`resolveStamps`).
//
// Precision over recall: a stamp that could mean two instants, or that only gives a day without a
// time in a way that could be off by one ("2 days ago", "last week"), gives no sent time at all,
// so the message's relative words keep resolving from today (as before) instead of from a guess.
import { formatIso, isValidTimeZone, offsetAt, wallAt, weekdayOf, addDays, type Wall } from '../commitments/deadlines/zones';

export interface SentTimeClock {
  now: Date;
  /** IANA zone the host renders its stamps in: the browser's (the agent's) zone. */
  timeZone: string;
  /** The page's language (`<html lang>`), for day-first numeric dates and localised words. */
  locale?: string;
  /** Reads an absolute stamp in words (sent-time-absolute.ts); without it such stamps give nothing. */
  readAbsolute?: AbsoluteStampReader;
}

/** One absolute stamp in words → its instant in the clock's zone, or null. */
export type AbsoluteStampReader = (text: string, clock: SentTimeClock) => Date | null;

/** What a message's time element carries. Any may be missing. */
export interface TimeStamp {
  /** `datetime`, `data-time`, `data-timestamp`: ISO 8601 or epoch seconds/milliseconds. */
  machine?: string | null;
  /** `title` / `aria-label`: hosts put the full timestamp in the tooltip. */
  title?: string | null;
  /** The visible text. */
  text?: string | null;
}

/** Stamps a few minutes ahead of now are clock skew between the host's server and this machine. */
export const FUTURE_SKEW_MS = 5 * 60_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

/** The instant as ISO 8601 with the zone's offset, or undefined when no part can be read for sure. */
export function readSentTime(stamp: TimeStamp, clock: SentTimeClock): string | undefined {
  if (!isValidTimeZone(clock.timeZone) || Number.isNaN(clock.now.getTime())) return undefined;
  for (const value of [stamp.machine, stamp.title, stamp.text]) {
    const text = value?.trim();
    if (!text) continue;
    const instant = parseStamp(text, clock);
    if (instant) return formatIso(instant, clock.timeZone);
  }
  return undefined;
}

/** One stamp string → its instant, or null. */
export function parseStamp(raw: string, clock: SentTimeClock): Date | null {
  const text = raw
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const found = machineTime(text, clock) ?? relativeTime(text, clock) ?? clock.readAbsolute?.(text, clock) ?? null;
  if (!found || Number.isNaN(found.getTime())) return null;
  if (found.getTime() > clock.now.getTime() + FUTURE_SKEW_MS) return null;
  return found;
}

// ---------------------------------------------------------------- machine-readable

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

function machineTime(text: string, clock: SentTimeClock): Date | null {
  if (ISO_WITH_ZONE.test(text)) return new Date(text.replace(' ', 'T'));
  const local = ISO_LOCAL.exec(text);
  if (local) {
    const [, y, m, d, h, mi, s] = local;
    return wallInstant({ y: +y!, m: +m!, d: +d!, h: +h!, mi: +mi!, s: s ? +s : 0 }, clock.timeZone);
  }
  // Epoch seconds (10 digits) or milliseconds (13): `data-timestamp` on several helpdesks.
  if (/^\d{10}$/.test(text)) return new Date(Number(text) * 1000);
  if (/^\d{13}$/.test(text)) return new Date(Number(text));
  return null;
}

// ---------------------------------------------------------------- wall clock ↔ instant

/**
 * The one instant at which `zone`'s wall clock shows `wall`. A time skipped by a spring-forward
 * change never appeared on any clock, so the stamp was not read right: null. A time shown twice
 * (the repeated autumn hour) is taken at its first occurrence, and the day is right either way.
 */
export function wallInstant(wall: Wall, zone: string): Date | null {
  if (wall.m < 1 || wall.m > 12 || wall.d < 1 || wall.d > 31 || wall.h > 23 || wall.mi > 59) return null;
  const asUtc = Date.UTC(wall.y, wall.m - 1, wall.d, wall.h, wall.mi, wall.s ?? 0);
  const candidates = new Set<number>();
  for (const probe of [asUtc - 14 * HOUR, asUtc + 14 * HOUR]) {
    candidates.add(asUtc - offsetAt(new Date(probe), zone) * MINUTE);
  }
  const fits = [...candidates].filter((ms) => {
    const w = wallAt(new Date(ms), zone);
    return w.y === wall.y && w.m === wall.m && w.d === wall.d && w.h === wall.h && w.mi === wall.mi;
  });
  if (fits.length === 0) return null;
  return new Date(Math.min(...fits));
}

// ---------------------------------------------------------------- relative stamps

const AGO_UNITS: Array<[RegExp, number]> = [
  [/^(?:s|secs?|seconds?|sek(?:unden?)?|secondes?|segundos?)$/, 1000],
  [/^(?:m|mins?|minutes?|minuten?|minutos?)$/, MINUTE],
  [/^(?:h|hrs?|hours?|stunden?|heures?|horas?|uur)$/, HOUR],
];
const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, einer: 1, eine: 1, une: 1, un: 1, una: 1 };

/** "2 hours ago", "an hour ago", "5m ago", "vor 2 Stunden", "il y a 2 heures", "hace 2 horas". */
const AGO = [
  /^(?<n>\d+|an?|one)\s*(?<unit>[a-z]+)\.?\s+ago$/i,
  /^vor\s+(?<n>\d+|einer?)\s+(?<unit>[a-zäöü]+)$/i,
  /^il y a\s+(?<n>\d+|une?)\s+(?<unit>[a-z]+)$/i,
  /^hace\s+(?<n>\d+|una?)\s+(?<unit>[a-z]+)$/i,
];
const JUST_NOW = /^(?:just now|now|a moment ago|moments ago|gerade eben|jetzt|à l'instant|ahora(?: mismo)?)$/i;

const TODAY = /^(?:today|heute|aujourd'hui|hoy|vandaag|hoje)$/i;
const YESTERDAY = /^(?:yesterday|gestern|hier|ayer|gisteren|ontem)$/i;

/** Weekday words (English, German, French, Spanish; full and short), 0 = Sunday. */
const WEEKDAYS: Array<[RegExp, number]> = [
  [/^(?:sun(?:day)?|so(?:nntag)?|dim(?:anche)?|dom(?:ingo)?)$/i, 0],
  [/^(?:mon(?:day)?|mo(?:ntag)?|lun(?:di|es)?)$/i, 1],
  [/^(?:tue(?:s(?:day)?)?|di(?:enstag)?|mar(?:di|tes)?)$/i, 2],
  [/^(?:wed(?:nesday)?|mi(?:ttwoch)?|mer(?:credi)?|mi[ée](?:rcoles)?)$/i, 3],
  [/^(?:thu(?:r(?:s(?:day)?)?)?|do(?:nnerstag)?|jeu(?:di)?|jue(?:ves)?)$/i, 4],
  [/^(?:fri(?:day)?|fr(?:eitag)?|ven(?:dredi)?|vie(?:rnes)?)$/i, 5],
  [/^(?:sat(?:urday)?|sa(?:mstag)?|sam(?:edi)?|s[áa]b(?:ado)?)$/i, 6],
];

/** "3:14 PM", "3:14pm", "15:14", "3 PM", "15h14", "15.14 Uhr". */
const CLOCK = /^(?<h>\d{1,2})(?:[:h.](?<mi>\d{2}))?\s*(?<ap>[ap]\.?\s?m\.?)?(?:\s*uhr)?$/i;

function readClock(text: string): { h: number; mi: number } | null {
  const m = CLOCK.exec(text.trim());
  if (!m?.groups) return null;
  let h = Number(m.groups.h);
  const mi = m.groups.mi ? Number(m.groups.mi) : 0;
  const ap = m.groups.ap?.replace(/[.\s]/g, '').toLowerCase();
  if (!ap && !m.groups.mi && !/h|uhr/i.test(text)) return null; // a bare number is not a time
  if (ap) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ap === 'pm' ? 12 : 0);
  }
  if (h > 23 || mi > 59) return null;
  return { h, mi };
}

function weekdayOfWord(word: string): number | null {
  const w = word.replace(/\.$/, '');
  for (const [re, n] of WEEKDAYS) if (re.test(w)) return n;
  return null;
}

/** Splits "Yesterday at 3:14 PM", "Mon, 9:02 AM", "gestern um 15:14" into a day word and a clock. */
const DAY_AND_CLOCK = /^(?<day>[\p{L}'.]+?)\.?,?\s+(?:at\s+|um\s+|à\s+|a las\s+|om\s+)?(?<clock>\d.*)$/iu;

function relativeTime(text: string, clock: SentTimeClock): Date | null {
  const now = clock.now.getTime();
  if (JUST_NOW.test(text)) return new Date(now);
  for (const re of AGO) {
    const m = re.exec(text);
    if (!m?.groups) continue;
    const raw = m.groups.n!.toLowerCase();
    const n = /^\d+$/.test(raw) ? Number(raw) : WORD_NUMBERS[raw];
    const unit = AGO_UNITS.find(([u]) => u.test(m.groups!.unit!.toLowerCase()));
    // Days, weeks and months ago are rounded by the host: the day itself could be off by one.
    if (n === undefined || !unit) return null;
    return new Date(now - n * unit[1]);
  }

  const today = wallAt(clock.now, clock.timeZone);
  const onDay = (day: { y: number; m: number; d: number }, c: { h: number; mi: number }): Date | null =>
    wallInstant({ ...day, ...c }, clock.timeZone);

  // A time alone is today's (helpdesks drop the date for today's messages).
  const alone = readClock(text);
  if (alone) return onDay(today, alone);

  const parts = DAY_AND_CLOCK.exec(text);
  if (!parts?.groups) return null;
  const c = readClock(parts.groups.clock!);
  if (!c) return null;
  const dayWord = parts.groups.day!;
  if (TODAY.test(dayWord)) return onDay(today, c);
  if (YESTERDAY.test(dayWord)) return onDay(addDays(today.y, today.m, today.d, -1), c);
  const weekday = weekdayOfWord(dayWord);
  if (weekday === null) return null;
  // "Mon 9:02 AM" is within the last week: the latest such moment not after now.
  for (let back = 0; back <= 7; back++) {
    const day = addDays(today.y, today.m, today.d, -back);
    if (weekdayOf(day.y, day.m, day.d) !== weekday) continue;
    const at = onDay(day, c);
    if (at && at.getTime() <= now + FUTURE_SKEW_MS) return at;
  }
  return null;
}

/** A message's time element, read as the hosts fill it: machine attribute, tooltip, visible text. */
export function stampOf(el: Element): TimeStamp {
  const first = (names: string[]): string | undefined => names.map((n) => el.getAttribute(n)).find((v): v is string => Boolean(v?.trim()));
  return {
    machine: first(['datetime', 'data-time', 'data-timestamp', 'data-utc-time']),
    title: first(['title', 'aria-label', 'alt']),
    text: el.textContent,
  };
}

/** The browser's clock and zone: what the host rendered its stamps with. */
export function systemClock(doc?: Document): SentTimeClock {
  const clock: SentTimeClock = { now: new Date(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  const lang = doc?.documentElement?.getAttribute('lang')?.trim();
  if (lang) clock.locale = lang;
  return clock;
}
