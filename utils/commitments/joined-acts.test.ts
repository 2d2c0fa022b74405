// Two acts of one party in one clause, each with its own deadline: the last act's deadline is the
// commitment's, the earlier ones stay in the action's words (joined-acts.ts).
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../summary';
import { findCommitments } from './find';
import { parseCommitment } from './parse';

// Wednesday, November 25, 2026, 9:00 AM in Chicago.
const ctx = { now: new Date('2026-11-25T15:00:00Z'), timeZone: 'America/Chicago' };

function read(note: string): { action: string; due: string | null } {
  const d = parseCommitment(note, ctx);
  return { action: d.action, due: d.due?.at ?? null };
}

describe('joined acts: the last act gives the deadline', () => {
  const rows: Array<[string, string, string]> = [
    ["We'll ship the part by Tuesday and install it by Thursday", 'ship the part by Tuesday and install it', '2026-12-03T17:00:00-06:00'],
    ["I'll send the quote by Friday, then call you Monday", 'send the quote by Friday, then call you', '2026-11-30T17:00:00-06:00'],
    [
      "I'll send the quote by Friday and then call you by Monday",
      'send the quote by Friday and then call you',
      '2026-11-30T17:00:00-06:00',
    ],
    ["I'll send the quote by Friday; then call you by Monday", 'send the quote by Friday; then call you', '2026-11-30T17:00:00-06:00'],
    ["I'll send the quote by Friday plus a sample by Monday", 'send the quote by Friday plus a sample', '2026-11-30T17:00:00-06:00'],
    [
      "I'll ship it by Tuesday and then I'll call you by Thursday",
      "ship it by Tuesday and then I'll call you",
      '2026-12-03T17:00:00-06:00',
    ],
    [
      "I'll call you on Monday and email you the notes by Tuesday",
      'call you on Monday and email you the notes',
      '2026-12-01T17:00:00-06:00',
    ],
    ["I'll send it by Dec 3 and confirm by the 5th", 'send it by Dec 3 and confirm', '2026-12-05T17:00:00-06:00'],
    // Either act keeps the promise: the summary says both, the latest accepted is tracked.
    ["I'll call you by Monday or email you by Tuesday", 'call you by Monday or email you', '2026-12-01T17:00:00-06:00'],
    // The second act's subject read as written: the same "the team" as the first's.
    [
      'The team will ship it by Tuesday and the team will install it by Thursday',
      'ship it by Tuesday and the team will install it',
      '2026-12-03T17:00:00-06:00',
    ],
    // Three acts: the chain goes on to the last.
    [
      "I'll ship by Monday, install it by Wednesday and train your team by Friday",
      'ship by Monday, install it by Wednesday and train your team',
      '2026-12-04T17:00:00-06:00',
    ],
  ];
  it.each(rows)('%s', (note, action, due) => {
    expect(read(note)).toEqual({ action, due });
  });

  it('a weekday named alone after a later deadline is the one after it (Thursday after Tuesday, not tomorrow)', () => {
    expect(read("We'll ship it by Tuesday and install it Thursday at 10am").due).toBe('2026-12-03T10:00:00-06:00');
  });

  it('a weekday with its date means that date, even before the act before it', () => {
    expect(read("I'll ship it by Dec 10 and call you Thursday, Dec 3").due).toBe('2026-12-03T17:00:00-06:00');
  });

  it('other words mean what they say: "today" after "by Friday" is today, and both stay in the words', () => {
    expect(read("I'll email the invoice by Friday and the receipt today")).toEqual({
      action: 'email the invoice by Friday and the receipt',
      due: '2026-11-25T17:00:00-06:00',
    });
  });
});

describe('joined acts: what is not a second act keeps the first deadline', () => {
  it("another subject's act is not ours: the first cued deadline stays", () => {
    expect(read("I'll ship by Tuesday and you'll get it by Thursday")).toEqual({
      action: "ship and you'll get it by Thursday",
      due: '2026-12-01T17:00:00-06:00',
    });
  });

  it('a deadline restated without a joining word is one deadline', () => {
    expect(read("I'll reply by Friday, by 5pm at the latest").due).toBe('2026-11-27T17:00:00-06:00');
  });

  it.each([
    ["I'll fix it by Friday, hopefully Thursday", '2026-11-27T17:00:00-06:00'],
    ["I'll fix it by Friday, at 3pm", '2026-11-27T15:00:00-06:00'],
  ])('words about the same deadline after a comma are no act: %s', (note, due) => {
    expect(read(note).due).toBe(due);
  });

  it('the same act repeated ("and again in the evening") is no second act', () => {
    expect(read("I'll call you first thing tomorrow and again in the evening")).toEqual({
      action: 'call you and again in the evening',
      due: '2026-11-26T09:00:00-06:00',
    });
  });

  it('two days joined with no act between them ("by Monday and Tuesday") start no second act', () => {
    expect(read("We'll fix it by Monday and Tuesday").due).toBe('2026-11-30T17:00:00-06:00');
  });
});

describe('joined acts through a message and into the summary', () => {
  it("an agent's message reads the same as a note", () => {
    const [found] = findCommitments(
      { text: "We'll ship the part by Tuesday and install it by Thursday.", author: 'agent', sentAt: '2026-11-25T15:00:00Z' },
      ctx,
    );
    expect(found?.action).toBe('ship the part by Tuesday and install it');
    expect(found?.due?.at).toBe('2026-12-03T17:00:00-06:00');
  });

  it('the summary line says each deadline once, in order', () => {
    const d = parseCommitment("We'll ship the part by Tuesday and install it by Thursday", ctx);
    const { text } = formatSummary([{ ...d, party: 'agent' }], {
      agentName: 'Sam',
      customerName: 'Dana',
      timeZone: ctx.timeZone,
      now: ctx.now,
      updateBy: null,
    });
    expect(text).toContain('ship the part by Tuesday and install it by Thursday, December 3.');
    expect(text).not.toMatch(/by Thursday by|by Tuesday by/);
  });
});
