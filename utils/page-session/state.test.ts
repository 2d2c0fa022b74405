// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { gmail } from '../hosts/gmail';
import { loadedKit, registerKit } from '../page-kits';
import { structureKit } from '../page-kits/structure';
import { zendesk } from '../hosts/zendesk';
import { loadFixture } from '../hosts/test-fixtures';
import { findReplyEditor, readPageState, sameConversation, wantsStructureKit } from './state';
import { systemClock } from '../hosts/sent-time';
import { resolveStamps } from '../hosts/sent-time-absolute';

const url = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmbVhqhGvTpqNLzKWgXr');

// First in this file, while the structure kit is not loaded (each test file has its own globals).
describe("a supported host's own script, before the structure kit is loaded", () => {
  it('reads a broken page without the middle rung, says it wants the kit, and reads it fully once loaded', () => {
    expect(loadedKit('structure')).toBeUndefined();
    // Gmail's reply box lost its markers here: only the structure reader finds it.
    const doc = loadFixture('gmail', 'broken-2026-11.html');
    const before = readPageState(gmail, doc, url);
    expect(before.kind === 'conversation' && before.problems).toContain('reply-editor');
    expect(findReplyEditor(gmail, doc, url)).toBeNull();
    expect(wantsStructureKit(before)).toBe(true);

    registerKit('structure', structureKit);
    const after = readPageState(gmail, doc, url);
    expect(after.kind === 'conversation' && after.problems).toEqual([]);
    expect(after.kind === 'conversation' && after.messages.length).toBeGreaterThan(0);
    expect(findReplyEditor(gmail, doc, url)).not.toBeNull();
    expect(wantsStructureKit(after)).toBe(false);
  });

  it('a page its own selectors read wants no kit', () => {
    expect(wantsStructureKit(readPageState(gmail, loadFixture('gmail', 'classic-2024-05.html'), url))).toBe(false);
  });
});

describe('readPageState', () => {
  // As the insert kit and the generic content script have it: the whole ladder.
  beforeAll(() => registerKit('structure', structureKit));

  it('reads the conversation, its messages by author, and finds the reply box', () => {
    const state = readPageState(gmail, loadFixture('gmail', 'classic-2024-05.html'), url);
    expect(state.kind).toBe('conversation');
    if (state.kind !== 'conversation') return;
    expect(state.conversation.subject).toBe('Revised rate card for Q3 lanes');
    expect(state.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
    // Gmail's tooltip is a date in words: the content script leaves it to the panel as the stamp
    // (no chrono-node in the content script), and the panel reads it in this run's zone.
    expect(state.messages.map((m) => m.sentAt)).toEqual([undefined, undefined, undefined]);
    expect(state.messages[0]!.stamp?.title).toBe('Mon, May 13, 2024, 9:14 AM');
    const inPanel = resolveStamps(state.messages, systemClock());
    expect(inPanel.every((m) => m.stamp === undefined)).toBe(true);
    expect(inPanel.map((m) => m.sentAt && new Date(m.sentAt).getTime())).toEqual(
      ['Mon, May 13, 2024, 9:14 AM', 'Tue, May 14, 2024, 10:02 AM', 'Wed, May 15, 2024, 4:40 PM'].map((s) =>
        new Date(s.replace(/^\w+, /, '')).getTime(),
      ),
    );
    expect(state.problems).toEqual([]);
  });

  it('keeps a working conversation on changed markup, and names what it could not read', () => {
    const doc = loadFixture('gmail', 'broken-2026-11.html');
    const state = readPageState(gmail, doc, url);
    if (state.kind !== 'conversation') throw new Error('expected a conversation');
    expect(state.conversation.subject).toBe('Invoice copy for September');
    expect(state.messages.length).toBeGreaterThan(0);
    // The editor lost its markers but is still the largest editable in the thread: found down the ladder.
    expect(state.problems).toEqual([]);
    doc.querySelectorAll('[contenteditable]').forEach((el) => el.remove());
    doc.querySelectorAll('div.a3s, [data-message-id]').forEach((el) => el.remove());
    const bare = readPageState(gmail, doc, url);
    expect(bare.kind === 'conversation' && bare.problems).toEqual(['messages', 'reply-editor']);
  });

  it('a host page whose messages are all gone says so, rather than reading its chrome as messages', () => {
    const doc = loadFixture('zendesk', 'agent-workspace-2025-06.html');
    doc.querySelectorAll('article').forEach((a) => a.replaceWith(doc.createElement('div')));
    const state = readPageState(zendesk, doc, new URL('https://verdant.zendesk.com/agent/tickets/4182'));
    expect(state.kind === 'conversation' && [state.messages, state.problems]).toEqual([[], ['messages']]);
  });

  it('tells "no conversation here" from "a conversation nothing identifies"', () => {
    const inbox = new DOMParser().parseFromString('<title>Inbox (3)</title><div role="main"><table></table></div>', 'text/html');
    const list = readPageState(gmail, inbox, new URL('https://mail.google.com/mail/u/0/#inbox'));
    expect(list.kind === 'no-conversation' && list.reason).toBe('none');
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
