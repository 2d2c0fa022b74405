import { describe, expect, it } from 'vitest';
import { stripUnmarkedQuotes } from './clean-text';

describe('stripUnmarkedQuotes (every adapter)', () => {
  it.each([
    ['a "-- " signature block', "We'll ship on Monday.\n-- \nPat Doe\nOps lead, Contoso", "We'll ship on Monday."],
    ['a "--" delimiter without its trailing space', 'Done by Friday.\n--\nPat', 'Done by Friday.'],
    [
      'a Google Groups footer',
      'I\'ll send the list by Tuesday.\n\nYou received this message because you are subscribed to the Google Groups "ops" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to ops+unsubscribe@example.org.',
      "I'll send the list by Tuesday.",
    ],
    [
      'a Mailman footer after a rule',
      'See you Thursday.\n_______________________________________________\nUsers mailing list\nusers@example.org',
      'See you Thursday.',
    ],
    ['an "On … wrote:" attribution', 'Thanks!\nOn Tue, Jun 10, 2025 at 9:14 AM Noah Kim <noah@example.com> wrote:\nold words', 'Thanks!'],
    ['a wrapped attribution', 'Thanks!\nOn Tue, Jun 10, 2025 at 9:14 AM Noah Kim <noah@example.com>\nwrote:\nold words', 'Thanks!'],
    ['a French attribution', 'Merci.\nLe mar. 10 juin 2025 à 09:14, Noah Kim a écrit :\nancien', 'Merci.'],
    [
      "Outlook's plain reply header",
      'Confirmed.\nFrom: Hannah Weiss <h@example.com>\nSent: Monday, 3 November 2025 10:02\nTo: Lukas\nold',
      'Confirmed.',
    ],
    ['an underscore rule then From:', 'Confirmed.\n________________________________\nFrom: Hannah\nold', 'Confirmed.'],
    ['"> " quoted lines', 'Yes.\n> will you?\n> by Friday\nSee you.', 'Yes.\nSee you.'],
    ['a mobile sign-off', 'On my way.\nSent from my iPhone', 'On my way.'],
  ])('cuts %s', (_name, text, expected) => {
    expect(stripUnmarkedQuotes(text)).toBe(expected);
  });

  it('keeps text that merely mentions these words', () => {
    const text = "On Monday I wrote the draft.\nFrom: the warehouse, two pallets.\nWe'll decide -- maybe -- by Friday.";
    expect(stripUnmarkedQuotes(text)).toBe(text);
  });
});
