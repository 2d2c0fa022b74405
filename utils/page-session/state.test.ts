// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gmail } from '../hosts/gmail';
import { loadFixture } from '../hosts/test-fixtures';
import { readPageState, sameConversation } from './state';

const url = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmbVhqhGvTpqNLzKWgXr');

describe('readPageState', () => {
  it('reads the conversation, its messages by author, and finds the reply box', () => {
    const state = readPageState(gmail, loadFixture('gmail', 'classic-2024-05.html'), url);
    expect(state.kind).toBe('conversation');
    if (state.kind !== 'conversation') return;
    expect(state.conversation.subject).toBe('Revised rate card for Q3 lanes');
    expect(state.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
    // Each message's sent time reaches the panel (Gmail's tooltip, read in this run's zone).
    expect(state.messages.map((m) => m.sentAt && new Date(m.sentAt).getTime())).toEqual(
      ['Mon, May 13, 2024, 9:14 AM', 'Tue, May 14, 2024, 10:02 AM', 'Wed, May 15, 2024, 4:40 PM'].map((s) => new Date(s.replace(/^\w+, /, '')).getTime()),
    );
    expect(state.problems).toEqual([]);
  });

  it('says what it could not find on changed markup instead of failing silently', () => {
    const state = readPageState(gmail, loadFixture('gmail', 'broken-2026-11.html'), url);
    const words = state.kind === 'no-conversation' ? state.reason : state.problems.join(' ');
    expect(words).toMatch(/Couldn't find .* on Gmail \(tried: /);
  });

  it('caps what it hands the panel: a huge thread or message does not flood it', () => {
    const doc = loadFixture('gmail', 'classic-2024-05.html');
    const body = doc.querySelector('div.a3s')!;
    body.textContent = `I'll send it by Friday. ${'x'.repeat(100_000)}`;
    const state = readPageState(gmail, doc, url);
    if (state.kind !== 'conversation') throw new Error('expected a conversation');
    expect(Math.max(...state.messages.map((m) => m.text.length))).toBeLessThanOrEqual(20_000);
  });
});

describe('sameConversation', () => {
  const doc = loadFixture('gmail', 'classic-2024-05.html');
  it('is the same conversation for the same host and key, whatever else changed', () => {
    const a = readPageState(gmail, doc, url);
    expect(sameConversation(a, readPageState(gmail, doc, url))).toBe(true);
    expect(sameConversation(null, a)).toBe(false);
    const other = loadFixture('gmail', 'thread-2026-10.html');
    expect(sameConversation(a, readPageState(gmail, other, url))).toBe(false);
  });
});
