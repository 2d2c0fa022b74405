// @vitest-environment happy-dom
// sent-time's edges one row each: the clock-skew limit, 12 AM/PM and the clock's ranges, every unit
// and language of "… ago", every day word, the week's first and last day, epoch lengths, the wall
// clock's ranges, and which attribute a time element's stamp is read from. A message's sent time
// anchors its relative words ("tomorrow", "in 2 hours"), so a stamp read a day or an hour off
// moves every deadline in it.
import { describe, expect, it } from 'vitest';
import { parseStamp, readSentTime, stampOf, systemClock, wallInstant, type SentTimeClock } from './sent-time';

const NY = 'America/New_York';
/** Wed, Nov 18, 2026, 11:00 in New York (16:00Z). No absolute reader: these are the content script's own rules. */
const NOW = new Date('2026-11-18T16:00:00Z');
const clock = (over: Partial<SentTimeClock> = {}): SentTimeClock => ({ now: NOW, timeZone: NY, ...over });
const read = (text: string, over: Partial<SentTimeClock> = {}): string | null => parseStamp(text, clock(over))?.toISOString() ?? null;

describe('clock skew: up to five minutes ahead of now', () => {
  it.each([
    ['2026-11-18T16:05:00Z', '2026-11-18T16:05:00.000Z'],
    ['2026-11-18T16:05:01Z', null],
    ['11:05', '2026-11-18T16:05:00.000Z'],
    ['11:06', null],
    // A weekday at a time up to five minutes ahead is today's; later, last week's.
    ['Wed 11:05 AM', '2026-11-18T16:05:00.000Z'],
    ['Wed 11:06 AM', '2026-11-11T16:06:00.000Z'],
  ])('%s → %s', (text, iso) => expect(read(text)).toBe(iso));
});

describe('the clock of a stamp', () => {
  it.each([
    ['Yesterday 12:00 AM', '2026-11-17T05:00:00.000Z'],
    ['Yesterday 12:30 PM', '2026-11-17T17:30:00.000Z'],
    ['Yesterday 1:00 AM', '2026-11-17T06:00:00.000Z'],
    ['Yesterday 9:59 PM', '2026-11-18T02:59:00.000Z'],
    ['Yesterday 9:14 A.M.', '2026-11-17T14:14:00.000Z'],
    ['Yesterday 3 p.m.', '2026-11-17T20:00:00.000Z'],
    ['Yesterday 3pm', '2026-11-17T20:00:00.000Z'],
    ['Yesterday 23:59', '2026-11-18T04:59:00.000Z'],
    ['Yesterday 0:00', '2026-11-17T05:00:00.000Z'],
    ['gestern 15 Uhr', '2026-11-17T20:00:00.000Z'],
    ['gestern 15.14 Uhr', '2026-11-17T20:14:00.000Z'],
    ['hier 15h14', '2026-11-17T20:14:00.000Z'],
    ['Yesterday 13:00 PM', null],
    ['Yesterday 0:30 AM', null],
    ['Yesterday 24:00', null],
    ['Yesterday 9:60', null],
    ['Yesterday 15', null],
    ['Yesterday 9:5', null],
  ])('%s → %s', (text, iso) => expect(read(text)).toBe(iso));
});

describe('"… ago" in each unit and language', () => {
  it.each([
    ['30 sec ago', '2026-11-18T15:59:30.000Z'],
    ['30 secs ago', '2026-11-18T15:59:30.000Z'],
    ['1 second ago', '2026-11-18T15:59:59.000Z'],
    ['30 seconds ago', '2026-11-18T15:59:30.000Z'],
    ['30s ago', '2026-11-18T15:59:30.000Z'],
    ['vor 30 Sekunden', '2026-11-18T15:59:30.000Z'],
    ['vor 30 Sek', '2026-11-18T15:59:30.000Z'],
    ['il y a 30 secondes', '2026-11-18T15:59:30.000Z'],
    ['hace 30 segundos', '2026-11-18T15:59:30.000Z'],
    ['1 minute ago', '2026-11-18T15:59:00.000Z'],
    ['a minute ago', '2026-11-18T15:59:00.000Z'],
    ['5 mins ago', '2026-11-18T15:55:00.000Z'],
    ['5 min. ago', '2026-11-18T15:55:00.000Z'],
    ['vor einer Minute', '2026-11-18T15:59:00.000Z'],
    ['vor 5 Minuten', '2026-11-18T15:55:00.000Z'],
    ['il y a 5 minutes', '2026-11-18T15:55:00.000Z'],
    ['il y a une minute', '2026-11-18T15:59:00.000Z'],
    ['hace 5 minutos', '2026-11-18T15:55:00.000Z'],
    ['1 hr ago', '2026-11-18T15:00:00.000Z'],
    ['3 hrs ago', '2026-11-18T13:00:00.000Z'],
    ['3h ago', '2026-11-18T13:00:00.000Z'],
    ['one hour ago', '2026-11-18T15:00:00.000Z'],
    ['An hour ago', '2026-11-18T15:00:00.000Z'],
    ['vor einer Stunde', '2026-11-18T15:00:00.000Z'],
    ['vor 3 Stunden', '2026-11-18T13:00:00.000Z'],
    ['il y a une heure', '2026-11-18T15:00:00.000Z'],
    ['hace una hora', '2026-11-18T15:00:00.000Z'],
    ['hace 3 horas', '2026-11-18T13:00:00.000Z'],
    ['vor 2 Std', null],
    ['2 weeks ago', null],
    ['in 2 hours', null],
    ['2 hours ago today', null],
  ])('%s → %s', (text, iso) => expect(read(text)).toBe(iso));

  it.each(['just now', 'Just now', 'now', 'a moment ago', 'moments ago', 'gerade eben', 'jetzt', "à l'instant", 'ahora', 'ahora mismo'])(
    '%s is now',
    (text) => expect(read(text)).toBe('2026-11-18T16:00:00.000Z'),
  );

  it.each(['nowhere', 'right now?', 'not now'])('%s is no stamp', (text) => expect(read(text)).toBeNull());
});

describe('day words', () => {
  it.each([
    ['heute 10:30', '2026-11-18T15:30:00.000Z'],
    ["aujourd'hui à 10h30", '2026-11-18T15:30:00.000Z'],
    ['hoy a las 10:30', '2026-11-18T15:30:00.000Z'],
    ['vandaag om 10:30', '2026-11-18T15:30:00.000Z'],
    ['hoje 10:30', '2026-11-18T15:30:00.000Z'],
    ['ayer a las 15:14', '2026-11-17T20:14:00.000Z'],
    ['gisteren om 15:14', '2026-11-17T20:14:00.000Z'],
    ['ontem 15:14', '2026-11-17T20:14:00.000Z'],
    ['Yesterday, 15:14', '2026-11-17T20:14:00.000Z'],
    ['Tomorrow 9:00', null],
    ['Someday 9:00', null],
  ])('%s → %s', (text, iso) => expect(read(text)).toBe(iso));

  // Today is Wednesday, Nov 18: each weekday at 9:00 is the latest one not after now.
  it.each([
    [['Sun', 'Sunday', 'So', 'Sonntag', 'dim', 'dimanche', 'dom', 'domingo'], '2026-11-15T14:00:00.000Z'],
    [['Mon', 'Monday', 'Mo', 'Mo.', 'Montag', 'lun', 'lundi', 'lunes'], '2026-11-16T14:00:00.000Z'],
    [['Tue', 'Tues', 'Tuesday', 'Di', 'Dienstag', 'mar', 'mardi', 'martes'], '2026-11-17T14:00:00.000Z'],
    [['Wed', 'Wednesday', 'Mi', 'Mittwoch', 'mer', 'mercredi', 'miércoles', 'miercoles'], '2026-11-18T14:00:00.000Z'],
    [['Thu', 'Thur', 'Thurs', 'Thursday', 'Do', 'Donnerstag', 'jeu', 'jeudi', 'jue', 'jueves'], '2026-11-12T14:00:00.000Z'],
    [['Fri', 'Friday', 'Fr', 'Freitag', 'ven', 'vendredi', 'vie', 'viernes'], '2026-11-13T14:00:00.000Z'],
    [['Sat', 'Saturday', 'Sa', 'Samstag', 'sam', 'samedi', 'sáb', 'sab', 'sábado', 'sabado'], '2026-11-14T14:00:00.000Z'],
  ])('%j at 9:00 → %s', (words, iso) => {
    expect(words.map((w) => read(`${w} 9:00`))).toEqual(words.map(() => iso));
  });

  it.each(['Mond 9:00', 'Weds 9:00', 'Frid 9:00'])('%s is no weekday', (text) => expect(read(text)).toBeNull());
});

describe('machine-readable stamps at their edges', () => {
  it.each([
    ['2024-05-13 13:14:00Z', '2024-05-13T13:14:00.000Z'],
    ['2024-05-13t13:14z', '2024-05-13T13:14:00.000Z'],
    ['2024-05-13 09:14:30', '2024-05-13T13:14:30.000Z'],
    ['2024-05-13T09:14:30.5', '2024-05-13T13:14:30.000Z'],
    ['2024-00-13T09:14', null],
    ['2024-05-13T25:14', null],
    ['171560604', null],
    ['17156060400', null],
    ['171560604000', null],
    ['17156060400000', null],
  ])('%s → %s', (text, iso) => expect(read(text)).toBe(iso));
});

describe('wallInstant: the wall clock’s ranges', () => {
  it.each([
    [{ y: 2026, m: 0, d: 10, h: 9, mi: 0 }, null],
    [{ y: 2026, m: 13, d: 10, h: 9, mi: 0 }, null],
    [{ y: 2026, m: 5, d: 0, h: 9, mi: 0 }, null],
    [{ y: 2026, m: 5, d: 32, h: 9, mi: 0 }, null],
    [{ y: 2026, m: 5, d: 10, h: 24, mi: 0 }, null],
    [{ y: 2026, m: 5, d: 10, h: 9, mi: 60 }, null],
    // November has 30 days: the 31st would roll over to December 1.
    [{ y: 2026, m: 11, d: 31, h: 9, mi: 0 }, null],
    [{ y: 2026, m: 12, d: 31, h: 23, mi: 59 }, '2027-01-01T04:59:00.000Z'],
    [{ y: 2026, m: 1, d: 1, h: 0, mi: 0 }, '2026-01-01T05:00:00.000Z'],
    [{ y: 2026, m: 1, d: 1, h: 0, mi: 0, s: 30 }, '2026-01-01T05:00:30.000Z'],
  ])('%j → %s', (wall, iso) => expect(wallInstant(wall, NY)?.toISOString() ?? null).toBe(iso));

  it('east and west of UTC', () => {
    expect(wallInstant({ y: 2026, m: 6, d: 1, h: 9, mi: 0 }, 'Asia/Tokyo')?.toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(wallInstant({ y: 2026, m: 6, d: 1, h: 9, mi: 0 }, 'Pacific/Honolulu')?.toISOString()).toBe('2026-06-01T19:00:00.000Z');
    expect(wallInstant({ y: 2026, m: 6, d: 1, h: 9, mi: 0 }, 'Pacific/Kiritimati')?.toISOString()).toBe('2026-05-31T19:00:00.000Z');
  });
});

describe('readSentTime and the time element', () => {
  it('a blank value is skipped for the next one; an unreadable clock reads nothing', () => {
    expect(readSentTime({ machine: '   ', title: null, text: ' 9:02 AM ' }, clock())).toBe('2026-11-18T09:02:00-05:00');
    expect(readSentTime({ machine: '2024-05-13T13:14:00Z' }, clock({ now: new Date('not a date') }))).toBeUndefined();
  });

  it('the stamp: the first non-blank machine attribute, then title, aria-label or alt, and the text', () => {
    const el = document.createElement('time');
    el.setAttribute('datetime', ' ');
    el.setAttribute('data-utc-time', '2024-05-13T13:14:00Z');
    el.setAttribute('title', '');
    el.setAttribute('alt', 'Mon, May 13');
    el.textContent = 'May 13';
    expect(stampOf(el)).toEqual({ machine: '2024-05-13T13:14:00Z', title: 'Mon, May 13', text: 'May 13' });
    el.setAttribute('data-timestamp', '1715606040');
    el.setAttribute('aria-label', 'Monday');
    expect(stampOf(el)).toEqual({ machine: '1715606040', title: 'Monday', text: 'May 13' });
    el.setAttribute('data-time', '2024-05-13T09:14');
    expect(stampOf(el).machine).toBe('2024-05-13T09:14');
    el.setAttribute('datetime', '2024-05-13');
    expect(stampOf(el).machine).toBe('2024-05-13');
    expect(stampOf(document.createElement('span'))).toEqual({ machine: undefined, title: undefined, text: '' });
  });

  it("the system clock: the browser's zone, and the page's language when it has one", () => {
    const doc = document.implementation.createHTMLDocument('x');
    expect(systemClock(doc).locale).toBeUndefined();
    expect('locale' in systemClock(doc)).toBe(false);
    doc.documentElement.setAttribute('lang', '  de-DE ');
    expect(systemClock(doc).locale).toBe('de-DE');
    doc.documentElement.setAttribute('lang', '  ');
    expect('locale' in systemClock(doc)).toBe(false);
    expect(systemClock().timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(Math.abs(systemClock().now.getTime() - Date.now())).toBeLessThan(5_000);
  });
});

// Each pattern stands for the whole stamp: words before or after it make it no stamp (a label, a
// sentence), and each singular or spacing a host prints is read.
describe('the whole stamp, and the forms hosts print', () => {
  it.each([
    ['Sent 2 hours ago', null],
    ['3 hourly ago', null],
    ['Dana vor 2 Stunden', null],
    ['vor 2 Stunden bearbeitet', null],
    ['modifié il y a 2 heures', null],
    ['il y a 2 heures environ', null],
    ['editado hace 2 horas', null],
    ['hace 2 horas aprox', null],
    ['vor 1 Sekunde', '2026-11-18T15:59:59.000Z'],
    ['il y a 1 seconde', '2026-11-18T15:59:59.000Z'],
    ['hace 1 segundo', '2026-11-18T15:59:59.000Z'],
    ['hace 1 minuto', '2026-11-18T15:59:00.000Z'],
    ['hace un minuto', '2026-11-18T15:59:00.000Z'],
    ['just\n      now', '2026-11-18T16:00:00.000Z'],
    ['nottoday 10:30', null],
    ['todays 10:30', null],
    ['notyesterday 3:14 PM', null],
    ['yesterdays 3:14 PM', null],
    ['XSun 9:00', null],
    ['XMon 9:00', null],
    ['Tuesx 9:00', null],
    ['XWed 9:00', null],
    ['Thursx 9:00', null],
    ['XFri 9:00', null],
    ['XSat 9:00', null],
    ['Satx 9:00', null],
    ['mié 9:00', '2026-11-18T14:00:00.000Z'],
    ['Sent Mon 9:02 AM', null],
    ['ayer 9:14 a. m.', '2026-11-17T14:14:00.000Z'],
    ['gestern 15Uhr', '2026-11-17T20:00:00.000Z'],
    ['Sent 2024-05-13 09:14', null],
    ['2024-05-13 09:14 EST', null],
    ['2024-05-13 09:14', '2024-05-13T13:14:00.000Z'],
    ['2024-05-13T09:14:30.25', '2024-05-13T13:14:30.000Z'],
    ['01715606040000', null],
  ])('%j → %s', (text, iso) => expect(read(text)).toBe(iso));

  it('a wall time just after the spring change, whose offset differs from the one at the same digits in UTC', () => {
    // 03:30 EDT on Mar 8, 2026 is 07:30Z; at 03:30Z New York was still on EST.
    expect(wallInstant({ y: 2026, m: 3, d: 8, h: 3, mi: 30 }, NY)?.toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('the title attribute is read for the tooltip; a document without a root element has no language', () => {
    const el = document.createElement('span');
    el.setAttribute('title', 'Mon, May 13, 2024, 9:14 AM');
    el.setAttribute('aria-label', 'Monday');
    expect(stampOf(el).title).toBe('Mon, May 13, 2024, 9:14 AM');
    const bare = document.implementation.createDocument(null, null);
    expect('locale' in systemClock(bare)).toBe(false);
  });
});
