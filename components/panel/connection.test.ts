import { describe, expect, it } from 'vitest';
import { withLastMessage } from './connection';

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
