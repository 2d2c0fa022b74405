// Shapes of notes that put the wrong words before "I'll" in the summary: a possessive subject
// ("Dana's team will…"), a feeling or plan with no subject ("Happy to send…", "Need to ship…"), and a
// note of several statements ("The part is on backorder; I'll ship it Friday").
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../summary';
import { parseCommitment } from './parse';
import { partyOfSubject, splitSubject, type Perspective } from './party';

// Tuesday, December 1, 2026, 9:00 AM in Chicago.
const ctx = { now: new Date('2026-12-01T15:00:00Z'), timeZone: 'America/Chicago', customerName: 'Dana Reyes', agentName: 'Sam Lee' };
const FRIDAY = '2026-12-04T17:00:00-06:00';
const note: Perspective = { self: 'agent', other: 'customer', customerName: 'Dana Reyes', agentName: 'Sam Lee', unknownNameIsOther: true };

function read(words: string) {
  const d = parseCommitment(words, ctx);
  return { party: d.party, action: d.action, due: d.due?.at ?? null };
}

function summaryLine(words: string): string {
  const d = parseCommitment(words, ctx);
  if (!d.party) throw new Error(`no party for ${words}`);
  const { text } = formatSummary([{ ...d, party: d.party, partyName: d.partyName ?? null }], {
    agentName: 'Sam Lee',
    customerName: 'Dana Reyes',
    timeZone: ctx.timeZone,
    now: ctx.now,
    updateBy: null,
  });
  return text.split('\n').find((l) => l.startsWith('- ')) ?? '';
}

describe('a possessive subject is the side of its owner', () => {
  it.each([
    ["Dana's team", 'customer'],
    ['Dana’s manager', 'customer'],
    ["Sam's team", 'agent'],
    ["my manager's assistant", 'agent'],
    ["your company's IT team", 'customer'],
    ["Maria's team", 'third-party'],
    ["the courier's dispatch desk", 'third-party'],
  ])('%s → %s', (subject, party) => {
    expect(partyOfSubject(subject, note)).toBe(party);
  });

  it.each([
    ["Dana's team will test the patch by Friday", 'customer', 'test the patch'],
    ["Sam's team will fix it by Friday", 'agent', 'fix it'],
    ["Maria's team will review it by Friday", 'third-party', 'review it'],
  ])('in a note: %s', (words, party, action) => {
    expect(read(words)).toEqual({ party, action, due: FRIDAY });
  });

  it('the summary line names who acts once, not "I\'ll dana\'s team will"', () => {
    expect(summaryLine("Dana's team will test the patch by Friday")).toBe("- Dana's team will test the patch by Friday, December 4.");
  });
});

describe('a feeling or a plan before "to" is no subject: the act is the agent’s', () => {
  it.each([
    'Happy to send a replacement by Friday',
    'Glad to send a replacement by Friday',
    'Pleased to send a replacement by Friday',
    'Able to send a replacement by Friday',
    'Ready to send a replacement by Friday',
    'Going to send a replacement by Friday',
    'Planning to send a replacement by Friday',
    'Need to send a replacement by Friday',
    'Have to send a replacement by Friday',
    'Want to send a replacement by Friday',
    'Promised to send a replacement by Friday',
    'Agreed to send a replacement by Friday',
    'Remember to send a replacement by Friday',
    "I'd be happy to send a replacement by Friday",
    // Words the subject check refused but the action kept ("I'll supposed to send…"): one list now.
    'Supposed to send a replacement by Friday',
    'Expected to send a replacement by Friday',
    'Due to send a replacement by Friday',
    'Keen to send a replacement by Friday',
    'Eager to send a replacement by Friday',
    'Meant to send a replacement by Friday',
    'Needs to send a replacement by Friday',
    'Has to send a replacement by Friday',
    'Plan to send a replacement by Friday',
    'Promise to send a replacement by Friday',
  ])('%s', (words) => {
    expect(read(words)).toEqual({ party: 'agent', action: 'send a replacement', due: FRIDAY });
  });

  it.each([
    'Hoping to send a replacement by Friday',
    'Trying to send a replacement by Friday',
    'Aiming to send a replacement by Friday',
    'Hope to send a replacement by Friday',
    'Try to send a replacement by Friday',
    'Intend to send a replacement by Friday',
  ])('a hope is an attempt: %s', (words) => {
    expect(read(words)).toEqual({ party: 'agent', action: 'try to send a replacement', due: FRIDAY });
  });

  it('none of them is read as a subject', () => {
    for (const word of ['Happy', 'needs', 'Going', 'hoping', 'due', 'set']) expect(splitSubject(`${word} to send it`)).toBeNull();
  });

  it('a name before "to" still is ("Maria to send the contract")', () => {
    expect(splitSubject('Maria to send the contract')).toEqual({ subject: 'Maria', rest: 'send the contract', modal: 'to' });
  });

  it('the summary line reads "I\'ll send…", never a third party or "I\'ll happy to"', () => {
    expect(summaryLine('Happy to send a replacement by Friday')).toBe("- I'll send a replacement by Friday, December 4.");
  });
});

describe('a note of several statements: the one that promises', () => {
  it.each([
    ["The part is on backorder; I'll ship it Friday", 'ship it'],
    ["The part is on backorder. I'll ship it Friday", 'ship it'],
    ["I'll ship it Friday. Tracking follows by email", 'ship it'],
    ["I'll ship it Friday - you'll get tracking by email", 'ship it'],
    ["I'll ship it Friday — tracking follows by email", 'ship it'],
  ])('%s', (words, action) => {
    expect(read(words)).toEqual({ party: 'agent', action, due: FRIDAY });
  });

  it('a statement with its own subject and "will" when the detector knows no promise', () => {
    expect(read("I'll get the refund processed Friday; you should see it in 3-5 days")).toEqual({
      party: 'agent',
      action: 'get the refund processed',
      due: FRIDAY,
    });
  });

  it('the note keeps its whole text', () => {
    expect(parseCommitment("The part is on backorder; I'll ship it Friday", ctx).text).toBe(
      "The part is on backorder; I'll ship it Friday",
    );
  });

  it('a dash between numbers is a range, not a break ("2 - 4pm")', () => {
    expect(read("I'll call you Friday 2 - 4pm").due).toBe('2026-12-04T16:00:00-06:00');
  });

  it('one statement is read whole, as before', () => {
    expect(read("I'll ship it Friday").action).toBe('ship it');
  });

  it('the summary line holds the promise alone', () => {
    expect(summaryLine("I'll ship it Friday. Tracking follows by email")).toBe("- I'll ship it by Friday, December 4.");
  });
});

describe('a subject that names someone is kept as the party’s name', () => {
  it.each([
    ['Maria to send the contract by Friday', 'third-party', 'Maria'],
    ['The courier will pick it up by Friday', 'third-party', 'the courier'],
    ["Maria's team will review it by Friday", 'third-party', "Maria's team"],
    ["Dana's manager will approve the PO by Friday", 'customer', "Dana's manager"],
    ['FedEx will deliver it by Friday', 'third-party', 'FedEx'],
  ])('%s', (words, party, name) => {
    const d = parseCommitment(words, ctx);
    expect({ party: d.party, partyName: d.partyName }).toEqual({ party, partyName: name });
  });

  it.each([
    "I'll send it by Friday",
    'We will send it by Friday',
    'Our team will send it by Friday',
    'my team will send it by Friday',
    'You will send it by Friday',
    'Dana will send it by Friday',
    'Sam will send it by Friday',
    'They will send it by Friday',
    'Customer to send it by Friday',
    'send it by Friday',
  ])('no name for the sides themselves or a pronoun: %s', (words) => {
    expect(parseCommitment(words, ctx).partyName).toBeUndefined();
  });

  it('the summary names who acts', () => {
    expect(summaryLine('Maria to send the contract by Friday')).toBe('- Maria will send the contract by Friday, December 4.');
    expect(summaryLine("Dana's manager will approve the PO by Friday")).toBe("- Dana's manager will approve the PO by Friday, December 4.");
  });
});
