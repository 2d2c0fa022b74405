import { describe, expect, it } from 'vitest';
import type { PageState } from '@/utils/messaging/protocol';
import { pageUpdate, withLastMessage } from './connection';

const conversation = { host: 'gmail', key: 't1', url: 'https://mail.google.com/#inbox/t1', subject: 'Rates' };

describe('withLastMessage', () => {
  it("keeps the latest message's sent time, whatever the order the page lists them in", () => {
    const messages = [{ sentAt: '2026-11-27T09:00:00Z' }, { sentAt: '2026-11-28T16:30:00+01:00' }, {}, { sentAt: 'not a date' }];
    expect(withLastMessage(conversation, messages).lastMessageAt).toBe('2026-11-28T15:30:00.000Z');
  });
  it('adds nothing when no message has a readable time', () => {
    expect(withLastMessage(conversation, [{}, { sentAt: '' }])).toEqual(conversation);
  });
});

describe('pageUpdate: a thread switch told in two steps (the conversation, then its messages)', () => {
  const state = (key: string, opts: { pending?: boolean; text?: string; customerEmail?: string } = {}): PageState => ({
    kind: 'conversation',
    hostName: 'Gmail',
    conversation: { ...conversation, key, ...(opts.customerEmail ? { customerEmail: opts.customerEmail } : {}) },
    messages: opts.pending ? [] : [{ author: 'customer', text: opts.text ?? 'Could you send it by Friday?' }],
    problems: [],
    ...(opts.pending ? { messagesPending: true as const } : {}),
  });

  it('shows another conversation at once and reads its list, saving it only once its messages are read', () => {
    expect(pageUpdate(state('t1'), state('t2', { pending: true }))).toEqual({ adopt: true, reloadList: true, save: false });
    expect(pageUpdate(null, state('t2', { pending: true }))).toEqual({ adopt: true, reloadList: true, save: false });
  });
  it('takes the messages of the conversation shown without reading its list again', () => {
    expect(pageUpdate(state('t2', { pending: true }), state('t2'))).toEqual({ adopt: true, reloadList: false, save: true });
    expect(pageUpdate(state('t2'), state('t2', { text: 'More words' }))).toEqual({ adopt: true, reloadList: false, save: true });
  });
  it('never lets the conversation alone replace the same conversation with its messages (arrived out of order)', () => {
    expect(pageUpdate(state('t2'), state('t2', { pending: true })).adopt).toBe(false);
  });
  it('reads the list and track record again when the customer changed', () => {
    expect(pageUpdate(state('t2'), state('t2', { customerEmail: 'priya@example.com' })).reloadList).toBe(true);
  });
  it('a page without a conversation replaces whatever was shown', () => {
    expect(pageUpdate(state('t2'), { kind: 'no-conversation', hostName: 'Gmail', reason: 'none' }).adopt).toBe(true);
  });
});
