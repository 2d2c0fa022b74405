// findCommitments at its edges: how many sentences a message is read for, who "you" is when the
// author is a third party or unknown, a message or context that is not what it should be.
import { describe, expect, it } from 'vitest';
import { findCommitments } from './find';
import type { ParseContext, Party } from './types';

// Wednesday 25 November 2026, 10:00 in New York.
const WED: ParseContext = { now: new Date('2026-11-25T10:00:00-05:00'), timeZone: 'America/New_York' };
const FRI = '2026-11-27T17:00:00-05:00';

describe('a message is read for its first 200 sentences', () => {
  const message = (at: number) => `${'Thanks. '.repeat(at - 1)}I'll send it by Friday.`;

  it('a promise in the 200th sentence is found', () => {
    expect(findCommitments({ text: message(200), author: 'agent' }, WED).map((d) => d.due?.at)).toEqual([FRI]);
  });

  it('one in the 201st is not: the rest is a pasted document', () => {
    expect(findCommitments({ text: message(201), author: 'agent' }, WED)).toEqual([]);
  });
});

describe('"you" is the other side of the author', () => {
  it.each<[unknown, Party]>([
    ['agent', 'customer'],
    ['customer', 'agent'],
    ['third-party', 'agent'],
    // An author that is no party is read as the agent.
    ['robot', 'customer'],
    [undefined, 'customer'],
  ])('asked by %j: the %s must act', (author, asked) => {
    const found = findCommitments({ text: 'Could you send the logs by Friday?', author: author as Party }, WED);
    expect(found.map((d) => [d.kind, d.party, d.action, d.due?.at])).toEqual([['request', asked, 'send the logs', FRI]]);
  });

  it('a third party\'s "I will" is its own', () => {
    const found = findCommitments({ text: "I'll send it by Friday.", author: 'third-party' }, WED);
    expect(found.map((d) => [d.party, d.action])).toEqual([['third-party', 'send it']]);
  });
});

describe('what is not a message', () => {
  it.each<unknown>([null, undefined, {}, { text: 42, author: 'agent' }, { author: 'agent' }])('%j: nothing found, no error', (message) => {
    expect(findCommitments(message as { text: string; author: Party }, WED)).toEqual([]);
  });

  it('without a context: the promise is still read, as far as it can be', () => {
    const found = findCommitments({ text: "I'll send it.", author: 'agent' }, undefined as unknown as ParseContext);
    expect(found.map((d) => [d.party, d.action, d.kind])).toEqual([['agent', 'send it', 'promise']]);
  });
});
