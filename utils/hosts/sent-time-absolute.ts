// Absolute stamps in words, read with chrono-node: Gmail's tooltip "Mon, May 13, 2024, 9:14 AM",
// Outlook's "Mon 24/11/2025 08:12", Help Scout's "Feb 14, 2023 8:20am", in the page's language.
// Kept apart from sent-time.ts so the content script does not carry chrono-node (and its locales):
// the panel passes `readAbsoluteStamp` in the clock when it reads the stamps the page sent.
import * as chrono from 'chrono-node';
import { wallAt } from '../commitments/deadlines/zones';
import type { PageMessage } from '../messaging/protocol';
import { FUTURE_SKEW_MS, readSentTime, wallInstant, type AbsoluteStampReader, type SentTimeClock } from './sent-time';

const CHRONO_BY_LANGUAGE: Record<string, chrono.Chrono> = {
  de: chrono.de.strict,
  fr: chrono.fr.strict,
  es: chrono.es.strict,
  nl: chrono.nl.strict,
  pt: chrono.pt.strict,
  it: chrono.it.strict,
  sv: chrono.sv.strict,
};

/** English parsers: month-first numbers in the US (and when the page says nothing), day-first elsewhere. */
function parsersFor(locale: string | undefined): chrono.Chrono[] {
  const lang = locale?.toLowerCase().split(/[-_]/)[0];
  const region = locale?.toLowerCase().split(/[-_]/)[1];
  const english = lang === 'en' && region && region !== 'us' ? chrono.en.GB : chrono.en.strict;
  const local = lang ? CHRONO_BY_LANGUAGE[lang] : undefined;
  return local ? [local, english] : [english];
}

/** "3/4/2025" read with no page language could be March 4 or April 3. */
function ambiguousNumericDate(text: string, locale: string | undefined): boolean {
  if (locale) return false;
  const m = /\b(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}\b/.exec(text);
  return Boolean(m && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2]);
}

/** A 24-hour clock after a date, alone or after Swedish "kl." ("13 maj 2024 kl. 09:14"). */
const CLOCK_AFTER_DATE = /^[\s,]*(?:kl\.?\s*)?([01]?\d|2[0-3])[:.]([0-5]\d)\s*$/i;

/** A leading weekday word ("Mo.,", "lun.", "seg.,") some chrono locales stop at. */
const LEADING_WEEKDAY = /^\p{L}{2,4}\.?,?\s+(?=\d)/u;

/**
 * Stamps already read, for the same minute of the same clock: the panel reads a thread's stamps again
 * on every page report (a thread switch, then the re-read when the host finished rendering), and chrono
 * takes ~0.5 ms a stamp (100 ms on a 200-message thread). Keyed by the minute because a year-less stamp
 * is read against now; bounded, oldest dropped first.
 */
const readStamps = new Map<string, number | null>();
const READ_STAMPS_KEPT = 2000;

export const readAbsoluteStamp: AbsoluteStampReader = (text: string, clock: SentTimeClock): Date | null => {
  const key = `${Math.floor(clock.now.getTime() / 60_000)}|${clock.timeZone}|${clock.locale ?? ''}|${text}`;
  const known = readStamps.get(key);
  if (known !== undefined) return known === null ? null : new Date(known);
  const read = readAbsoluteStampUncached(text, clock);
  if (readStamps.size >= READ_STAMPS_KEPT) readStamps.delete(readStamps.keys().next().value!);
  readStamps.set(key, read ? read.getTime() : null);
  return read;
};

function readAbsoluteStampUncached(text: string, clock: SentTimeClock): Date | null {
  if (ambiguousNumericDate(text, clock.locale)) return null;
  const candidates = [text, text.replace(LEADING_WEEKDAY, '')];
  for (const parser of parsersFor(clock.locale)) {
    for (const candidate of candidates) {
      const found = readWithChrono(parser, candidate, clock);
      if (found) return found;
    }
  }
  return null;
}

function readWithChrono(parser: chrono.Chrono, text: string, clock: SentTimeClock): Date | null {
  // Chrono reads the words only; the wall clock is turned into an instant in the host's zone here
  // (chrono's own reference zone would be this machine's).
  const [result, ...rest] = parser.parse(text, clock.now);
  if (!result || rest.length > 0 || result.end) return null;
  const s = result.start;
  let after = text.slice(result.index + result.text.length);
  // chrono's Swedish reads "13 maj 2024" and stops before "09:14" (it has no time parser): a
  // 24-hour clock right after a date it read is that date's time.
  const clockAfter = s.isCertain('hour') ? null : CLOCK_AFTER_DATE.exec(after);
  const time = clockAfter ? { h: Number(clockAfter[1]), mi: Number(clockAfter[2]) } : null;
  if (time) after = '';
  // The whole stamp must be the date: "Sent from my phone 9:14" is no timestamp.
  const leftover = (text.slice(0, result.index) + after).replace(/[\s,.;·|()-]+/g, '');
  if (leftover.length > 0) return null;
  if (!s.isCertain('day') || !s.isCertain('month') || !(time || s.isCertain('hour'))) return null;
  const wall = { m: s.get('month')!, d: s.get('day')!, h: time?.h ?? s.get('hour')!, mi: time?.mi ?? s.get('minute') ?? 0 };
  if (s.isCertain('year')) return wallInstant({ y: s.get('year')!, ...wall }, clock.timeZone);
  // No year ("Jun 9 15:20"): hosts drop it for this year's messages; a date still ahead is last year's.
  const thisYear = wallAt(clock.now, clock.timeZone).y;
  for (const y of [thisYear, thisYear - 1]) {
    const at = wallInstant({ y, ...wall }, clock.timeZone);
    if (at && at.getTime() <= clock.now.getTime() + FUTURE_SKEW_MS) return at;
  }
  return null;
}

/**
 * The page's messages with the stamps the content script left unread turned into `sentAt` (in the
 * panel, where chrono-node is loaded). `clock` is the browser's: the zone the host rendered in.
 */
export function resolveStamps(messages: readonly PageMessage[], clock: Omit<SentTimeClock, 'readAbsolute' | 'locale'>): PageMessage[] {
  return messages.map(({ stamp, ...m }) => {
    if (!stamp || m.sentAt) return m;
    const sentAt = readSentTime(stamp, { ...clock, ...(stamp.locale ? { locale: stamp.locale } : {}), readAbsolute: readAbsoluteStamp });
    return sentAt ? { ...m, sentAt } : m;
  });
}
