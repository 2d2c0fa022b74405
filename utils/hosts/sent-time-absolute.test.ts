// sent-time-absolute.ts at its edges: every page language it reads, how the page's region picks
// month-first or day-first numbers, which numeric dates are ambiguous, what a stamp may hold besides
// the date (punctuation only), what it must hold (day, month, hour), the cache of stamps already read,
// and resolveStamps, which the panel runs on the stamps the page sent. A stamp read wrong moves every
// relative deadline in its message.
import { describe, expect, it } from 'vitest';
import { readAbsoluteStamp, resolveStamps } from './sent-time-absolute';
import type { SentTimeClock } from './sent-time';
import type { PageMessage } from '../messaging/protocol';

/** Wed, Nov 18, 2026, 11:00 in New York (16:00Z). */
const NOW = new Date('2026-11-18T16:00:00Z');
const clock = (over: Partial<SentTimeClock> = {}): SentTimeClock => ({ now: NOW, timeZone: 'America/New_York', ...over });
const read = (text: string, over: Partial<SentTimeClock> = {}): string | null =>
  readAbsoluteStamp(text, clock(over))?.toISOString() ?? null;

describe('each page language', () => {
  it.each([
    ['Mo., 13. Mai 2024, 09:14', 'de'],
    ['lun. 13 mai 2024, 09:14', 'fr'],
    ['lun, 13 may 2024, 9:14', 'es'],
    ['ma 13 mei 2024 09:14', 'nl'],
    ['seg., 13 de maio de 2024, 09:14', 'pt-BR'],
    ['lun 13 maggio 2024, 09:14', 'it'],
    ['mån 13 maj 2024 09:14', 'sv'],
    ['13 maj 2024 09:14', 'sv_SE'],
    ['13 maj 2024 kl. 09:14', 'sv'],
    ['mån 13 maj 2024, 09.14', 'sv'],
  ])('%s (%s)', (text, locale) => expect(read(text, { locale, timeZone: 'Europe/Berlin' })).toBe('2024-05-13T07:14:00.000Z'));

  // chrono's Swedish reads the date only: the clock after it is read here, and nothing else is.
  it.each(['13 maj 2024', '13 maj 2024 24:14', '13 maj 2024 09:60', '13 maj 2024 09:14 ungefär', '13 maj 2024 9'])(
    '%s (sv) → nothing',
    (text) => expect(read(text, { locale: 'sv', timeZone: 'Europe/Stockholm' })).toBeNull(),
  );

  it('a language without its own reader still reads English', () => {
    expect(read('Mon, May 13, 2024, 9:14 AM', { locale: 'ja' })).toBe('2024-05-13T13:14:00.000Z');
  });
});

describe('month-first or day-first numbers', () => {
  it.each([
    ['en-US', '2025-03-04T15:14:00.000Z'],
    ['en', '2025-03-04T15:14:00.000Z'],
    ['EN-us', '2025-03-04T15:14:00.000Z'],
    ['en-GB', '2025-04-03T14:14:00.000Z'],
    ['en_AU', '2025-04-03T14:14:00.000Z'],
    ['en-IE', '2025-04-03T14:14:00.000Z'],
  ])('3/4/2025 on an %s page → %s', (locale, iso) => expect(read('3/4/2025 10:14 AM', { locale })).toBe(iso));

  it.each([
    ['3/4/2025 10:14 AM', null],
    ['3.4.2025 10:14', null],
    ['3/4/25 10:14 AM', null],
    ['12/11/2025 10:14 AM', null],
    ['11/12/2025 10:14 AM', null],
    // The same number twice reads the same both ways.
    ['5/5/2025 10:14 AM', '2025-05-05T14:14:00.000Z'],
    // A part above 12 says which is which.
    ['12/13/2025 10:14 AM', '2025-12-13T15:14:00.000Z'],
    ['13/12/2025 10:14', '2025-12-13T15:14:00.000Z'],
  ])('%s with no page language → %s', (text, iso) => expect(read(text)).toBe(iso));
});

describe('what a stamp may hold besides its date', () => {
  it.each([
    ['(Mon, May 13, 2024, 9:14 AM)', '2024-05-13T13:14:00.000Z'],
    ['May 13, 2024, 9:14 AM ·', '2024-05-13T13:14:00.000Z'],
    ['| May 13, 2024, 9:14 AM', '2024-05-13T13:14:00.000Z'],
    ['May 13, 2024, 9:14 AM;', '2024-05-13T13:14:00.000Z'],
    ['May 13, 2024, 9:14 AM.', '2024-05-13T13:14:00.000Z'],
    ['- May 13, 2024, 9:14 AM -', '2024-05-13T13:14:00.000Z'],
    ['May 13, 2024, 3 PM', '2024-05-13T19:00:00.000Z'],
    ['Posted May 13, 2024, 9:14 AM', null],
    ['May 13, 2024, 9:14 AM – 10:00 AM', null],
    ['May 13, 2024, 9:14 AM and May 14, 2024, 9:14 AM', null],
    ['May 2024, 9:14 AM', null],
    ['13th at 9:14 AM', null],
  ])('%s → %s', (text, iso) => expect(read(text, { locale: 'en-US' })).toBe(iso));

  it('a year-less date still ahead by less than the skew is this year’s; further ahead, last year’s', () => {
    const now = new Date('2026-11-18T16:00:00Z'); // 11:00 in New York
    expect(read('Nov 18 11:05 AM', { now })).toBe('2026-11-18T16:05:00.000Z');
    expect(read('Nov 18 11:06 AM', { now })).toBe('2025-11-18T16:06:00.000Z');
  });
});

describe('stamps already read', () => {
  it('a stamp read in another minute is read again against that minute', () => {
    const text = 'Nov 18 11:03 AM';
    expect(read(text, { now: new Date('2026-11-18T15:58:00Z') })).toBe('2026-11-18T16:03:00.000Z');
    expect(read(text, { now: new Date('2026-11-18T15:58:00Z') })).toBe('2026-11-18T16:03:00.000Z');
    // A second earlier (another minute) the same words are further ahead than the skew: last year's.
    expect(read(text, { now: new Date('2026-11-18T15:57:59Z') })).toBe('2025-11-18T16:03:00.000Z');
  });

  it('a stamp read as nothing stays nothing, and the cache stays bounded past 2,000 stamps', () => {
    expect(read('Posted May 13, 2024, 9:14 AM')).toBeNull();
    expect(read('Posted May 13, 2024, 9:14 AM')).toBeNull();
    for (let i = 0; i < 2100; i++) read(`May ${(i % 28) + 1}, ${1900 + Math.floor(i / 28)}, 9:14 AM`);
    expect(read('Mon, May 13, 2024, 9:14 AM')).toBe('2024-05-13T13:14:00.000Z');
    expect(read('Mon, May 13, 2024, 9:14 AM')).toBe('2024-05-13T13:14:00.000Z');
  });
});

describe('resolveStamps: the stamps the page sent, read in the panel', () => {
  const panelClock = { now: NOW, timeZone: 'Europe/Berlin' };

  it('a stamp in words becomes sentAt, in the page’s language; the stamp itself is not passed on', () => {
    const messages: PageMessage[] = [
      { author: 'customer', text: 'a', stamp: { title: 'Mo., 13. Mai 2024, 09:14', locale: 'de' } },
      { author: 'agent', text: 'b', stamp: { text: 'Mon, May 13, 2024, 9:14 AM' } },
    ];
    expect(resolveStamps(messages, panelClock)).toEqual([
      { author: 'customer', text: 'a', sentAt: '2024-05-13T09:14:00+02:00' },
      { author: 'agent', text: 'b', sentAt: '2024-05-13T09:14:00+02:00' },
    ]);
  });

  it('a message already read, or without a stamp, is left as it is; an unreadable stamp is dropped', () => {
    const messages: PageMessage[] = [
      { author: 'customer', text: 'a', sentAt: '2024-05-13T09:14:00+02:00', stamp: { text: 'Mon, May 20, 2024, 9:14 AM' } },
      { author: 'agent', text: 'b' },
      { author: 'agent', text: 'c', stamp: { text: 'sometime last spring' } },
    ];
    expect(resolveStamps(messages, panelClock)).toEqual([
      { author: 'customer', text: 'a', sentAt: '2024-05-13T09:14:00+02:00' },
      { author: 'agent', text: 'b' },
      { author: 'agent', text: 'c' },
    ]);
  });

  it('the page’s language decides day-first numbers', () => {
    const messages: PageMessage[] = [{ author: 'customer', text: 'a', stamp: { text: '3/4/2025 10:14', locale: 'en-GB' } }];
    expect(resolveStamps(messages, panelClock)[0]!.sentAt).toBe('2025-04-03T10:14:00+02:00');
  });
});
