// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gmail, gmailAccount, normalizeGmailThreadId } from './gmail';
import { loadFixture } from './test-fixtures';
import { isLookupFailure, type HostMessage } from './types';

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

  describe.each([
    ['classic-2024-05.html', '19a4b2c3d4e5f607'],
  ])('%s', (file, key) => {
    const doc = loadFixture('gmail', file);

    it('detects Gmail markup and matches its URL', () => {
      expect(gmail.detect(doc)).toBe(true);
      expect(gmail.matches(URL_2024)).toBe(true);
      expect(gmail.matches(new URL('https://example.com/mail'))).toBe(false);
    });

    it('reads the signed-in account', () => {
      expect(gmailAccount(doc)).toEqual({ email: 'dana.reyes@acmefreight.com', name: 'Dana Reyes' });
    });

    it('reads the conversation', () => {
      expect(ok(gmail.conversation(doc, URL_2024))).toEqual({
        host: 'gmail',
        key,
        url: URL_2024.href,
        subject: 'Revised rate card for Q3 lanes',
        customerName: 'Priya Natarajan',
        customerEmail: 'priya.natarajan@northwind-logistics.com',
      });
    });

    it('reads messages with authors, without quotes and signatures', () => {
      const messages = ok(gmail.messages(doc)) as HostMessage[];
      expect(messages.map((m) => [m.author, m.authorName, m.authorEmail])).toEqual([
        ['customer', 'Priya Natarajan', 'priya.natarajan@northwind-logistics.com'],
        ['agent', 'Dana Reyes', 'dana.reyes@acmefreight.com'],
        ['customer', 'Priya Natarajan', 'priya.natarajan@northwind-logistics.com'],
      ]);
      expect(messages[0]?.text).toContain("I'll send you our updated Q3 shipment volumes by Wednesday.");
      expect(messages[0]?.text).not.toContain('+1 312 555 0148');
      expect(messages[1]?.text).toContain("I'll send the revised rate card by Friday.");
      expect(messages[1]?.text).not.toContain('procurement review');
      expect(messages[1]?.text).not.toContain('Customer Success, Acme Freight');
      expect(messages[2]?.text).toContain("We'll decide by Monday so we won't miss Wednesday's deadline");
      expect(messages[2]?.text).not.toContain('wrote:');
      expect(messages[2]?.at).toMatch(/May 15, 2024/);
    });

    it('finds the inline reply box, not the separate compose window', () => {
      const editor = ok(gmail.replyEditor(doc)) as Element;
      expect(editor.getAttribute('contenteditable')).toBe('true');
      expect(editor.closest('[role="main"]')).not.toBeNull();
    });
  });
});
