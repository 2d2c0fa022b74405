// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fallbackKey, subjectFromTitle, urlIdKey } from './ladder';

describe('the ladder: key from the URL, else the title; subject from the title', () => {
  it.each([
    ['Refund for duplicate charge on INV-20931 – Ticket #4182 – Verdant Support', 'Refund for duplicate charge on INV-20931'],
    ['Revised rate card - dana.reyes@acmefreight.com - Gmail', 'Revised rate card'],
    ['(3) Inbox - Payroll export failing | Front', 'Payroll export failing'],
    ['Ticket #5120 · Zendesk', ''],
    ['Invoice address change for Q4 - Help Scout', 'Invoice address change for Q4'],
  ])('subject of the tab title %j', (title, subject) => {
    expect(subjectFromTitle(title)).toBe(subject);
  });

  it.each([
    ['https://acme.zendesk.com/agent/tickets/4182', 'acme.zendesk.com/agent/tickets/4182'],
    ['https://secure.helpscout.net/conversation/2801456677/9130/', 'secure.helpscout.net/conversation/2801456677/9130'],
    [
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmbVhqhGvTpqNLzKWgXr',
      'mail.google.com/mail/u/0#inbox/FMfcgzQXJWDsKmbVhqhGvTpqNLzKWgXr',
    ],
    ['https://desk.example.com/view.php?ticket=88&tab=2', 'desk.example.com/view.php?ticket=88'],
    ['https://desk.example.com/app#/case/a1b2c3', 'desk.example.com/app#/case/a1b2c3'],
  ])('a URL that names a record: %s', (href, key) => {
    expect(urlIdKey(new URL(href))).toBe(key);
  });

  it.each(['https://mail.google.com/mail/u/0/#inbox', 'https://desk.example.com/inbox', 'http://127.0.0.1:4455/helpscout/react.html'])(
    'a URL that is the same for every conversation names none: %s',
    (href) => expect(urlIdKey(new URL(href))).toBeUndefined(),
  );

  it('falls back to the tab title, then gives up', () => {
    const doc = new DOMParser().parseFromString('<title>Late  delivery - Desk</title>', 'text/html');
    expect(fallbackKey(new URL('https://desk.example.com/inbox'), doc)).toBe('desk.example.com:title:late delivery');
    doc.title = 'Inbox (4)';
    expect(fallbackKey(new URL('https://desk.example.com/inbox'), doc)).toBeUndefined();
  });
});
