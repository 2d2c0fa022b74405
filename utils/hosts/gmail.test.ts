// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gmail, gmailAccount, normalizeGmailThreadId, selectors } from './gmail';
import { lazyFixture } from './test-fixtures';
import { isLookupFailure, type HostMessage } from './types';
import { expectPlainText } from '../../tests/support/plain-text';

const URL_2024 = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmbVhqhGvTpqNLzKWgXr');

function ok<T>(value: T): Exclude<T, { kind: 'lookup-failure' }> {
  if (isLookupFailure(value)) throw new Error(value.message);
  return value as Exclude<T, { kind: 'lookup-failure' }>;
}

describe('gmail', () => {
  it('normalizes thread-f decimal ids to the hex thread id', () => {
    expect(normalizeGmailThreadId('thread-f:1847798301288953351')).toBe('19a4b2c3d4e5f607');
    expect(normalizeGmailThreadId('19a4b2c3d4e5f607')).toBe('19a4b2c3d4e5f607');
    expect(normalizeGmailThreadId('thread-a:r-123')).toBe('thread-a:r-123');
  });

  const cases = [
    {
      file: 'classic-2024-05.html',
      account: { email: 'dana.reyes@acmefreight.com', name: 'Dana Reyes' },
      conversation: {
        key: '19a4b2c3d4e5f607',
        subject: 'Revised rate card for Q3 lanes',
        customerName: 'Priya Natarajan',
        customerEmail: 'priya.natarajan@northwind-logistics.com',
      },
      agent: ['Dana Reyes', 'dana.reyes@acmefreight.com'],
      promises: [
        "I'll send you our updated Q3 shipment volumes by Wednesday.",
        "I'll send the revised rate card by Friday.",
        "We'll decide by Monday so we won't miss Wednesday's deadline",
      ],
      absent: [['+1 312 555 0148'], ['procurement review', 'Customer Success, Acme Freight'], ['wrote:', 'by Friday']],
      lastAt: /May 15, 2024/,
    },
    {
      file: 'thread-2026-10.html',
      account: { email: 'sam.okafor@brightlinepayroll.com', name: 'Sam Okafor' },
      conversation: {
        key: '19a5c0ffee123456',
        subject: 'Payroll export failing for October',
        customerName: 'Marco Bellini',
        customerEmail: 'marco@bellinistudio.it',
      },
      agent: ['Sam Okafor', 'sam.okafor@brightlinepayroll.com'],
      promises: [
        "I'll send the error log and a screenshot tomorrow morning.",
        "I'll get back to you by Thursday EOD with a fix or a workaround.",
        "we'll file manually on Monday so we won't miss the 28th.",
      ],
      absent: [['Bellini Studio S.r.l.'], ['file format not accepted', 'wrote:'], ['Thursday EOD']],
      lastAt: /Oct 20, 2026/,
    },
  ];

  describe.each(cases)('$file', ({ file, account, conversation, agent, promises, absent, lastAt }) => {
    const doc = lazyFixture('gmail', file);

    it('detects Gmail markup and matches its URL', () => {
      expect(gmail.detect(doc())).toBe(true);
      expect(gmail.matches(URL_2024)).toBe(true);
      expect(gmail.matches(new URL('https://example.com/mail'))).toBe(false);
    });

    it('reads the signed-in account', () => {
      expect(gmailAccount(doc())).toEqual(account);
    });

    it('reads the conversation', () => {
      expect(ok(gmail.conversation(doc(), URL_2024))).toEqual({ host: 'gmail', url: URL_2024.href, ...conversation });
    });

    it('reads messages with authors, without quotes and signatures', () => {
      const messages = ok(gmail.messages(doc())) as HostMessage[];
      const customer = [conversation.customerName, conversation.customerEmail];
      expect(messages.map((m) => [m.author, m.authorName, m.authorEmail])).toEqual([
        ['customer', ...customer],
        ['agent', ...agent],
        ['customer', ...customer],
      ]);
      messages.forEach((m, i) => {
        expect(m.text).toContain(promises[i]);
        expectPlainText(m.text);
        for (const words of absent[i] ?? []) expect(m.text).not.toContain(words);
      });
      expect(messages[2]?.at).toMatch(lastAt);
    });

    it('finds the inline reply box, not the separate compose window', () => {
      const editor = ok(gmail.replyEditor(doc())) as Element;
      expect(editor.getAttribute('contenteditable')).toBe('true');
      expect(editor.closest('[role="main"]')).not.toBeNull();
    });
  });

  describe('broken-2026-11.html (markup changed)', () => {
    const doc = lazyFixture('gmail', 'broken-2026-11.html');

    it('without a thread id in the markup, keys the thread by its URL and titles it from the tab (the ladder)', () => {
      const result = ok(gmail.conversation(doc(), URL_2024));
      expect(result.host).toBe('gmail');
      expect(result.key).toBe('mail.google.com/mail/u/0#inbox/FMfcgzQXJWDsKmbVhqhGvTpqNLzKWgXr');
      expect(result.subject).toBe('Invoice copy for September');
    });

    it('reports the reply box it could not find, in plain words; the selectors only in `tried`', () => {
      const result = gmail.replyEditor(doc(), URL_2024);
      expect(isLookupFailure(result) && result.what).toBe('reply editor');
      if (!isLookupFailure(result)) return;
      expect(result.tried).toEqual([...selectors.replyEditor]);
      expect(result.message).toBe("Couldn't read the reply box on Gmail.");
    });

    it('still reads what did not break', () => {
      const messages = ok(gmail.messages(doc())) as HostMessage[];
      expect(messages).toEqual([
        expect.objectContaining({ author: 'customer', authorEmail: 'ap@harborgoods.com', authorName: 'Lena Park' }),
      ]);
    });

    it('a thread URL whose markup is missing is broken, an inbox list is no conversation', () => {
      const empty = new DOMParser().parseFromString('<div role="main"><table><tr><td>Inbox row</td></tr></table></div>', 'text/html');
      empty.title = 'Invoice copy for September - dana@example.com - Gmail';
      // A thread URL: the markup broke, so the URL keys it and the tab title names it.
      const broken = ok(gmail.conversation(empty, URL_2024));
      expect([broken.key, broken.subject]).toEqual([
        'mail.google.com/mail/u/0#inbox/FMfcgzQXJWDsKmbVhqhGvTpqNLzKWgXr',
        'Invoice copy for September',
      ]);
      expect(isLookupFailure(gmail.messages(empty, URL_2024))).toBe(true);
      const inbox = gmail.conversation(empty, new URL('https://mail.google.com/mail/u/0/#inbox'));
      expect(isLookupFailure(inbox) && inbox.noConversation).toBe(true);
      expect(isLookupFailure(inbox) && inbox.message).toBe('No conversation is open on Gmail.');
    });
  });
});
