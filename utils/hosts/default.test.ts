// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defaultAdapter, largestEditor, urlKey } from './default';
import { demoHelpdesk } from './demo-helpdesk';
import { lazyFixture, loadFixture } from './test-fixtures';
import { isLookupFailure } from './types';

describe('default adapter (unknown helpdesk, heuristics)', () => {
  const doc = lazyFixture('custom', 'unknown-helpdesk-2026-11.html');
  const url = new URL('https://support.example-coop.org/scp/tickets.php?id=5521&sort=asc#thread');

  it('keys the conversation by host, path and id-like parameters', () => {
    expect(urlKey(url)).toBe('support.example-coop.org/scp/tickets.php?id=5521');
    expect(urlKey(new URL('https://desk.example.com/tickets/88/'))).toBe('desk.example.com/tickets/88');
    expect(urlKey(new URL('https://desk.example.com/app#/ticket/88?tab=2'))).toBe('desk.example.com/app#/ticket/88');
  });

  it('reads subject and customer from <h1> and the first mailto: link outside the page chrome', () => {
    expect(defaultAdapter.conversation(doc(), url)).toEqual({
      host: 'custom',
      key: 'support.example-coop.org/scp/tickets.php?id=5521',
      url: url.href,
      subject: 'Membership card not received',
      customerName: 'Jun Watanabe',
      customerEmail: 'jun.watanabe@fastmail.example',
    });
  });

  it('falls back to the tab title for the subject', () => {
    const bare = new DOMParser().parseFromString('<title>Case 12 – Acme</title><textarea></textarea>', 'text/html');
    const info = defaultAdapter.conversation(bare, new URL('https://x.example/case/12'));
    expect(!isLookupFailure(info) && info.subject).toBe('Case 12 – Acme');
  });

  it('reads messages, authors from class hints, unmarked quotes and signatures cut', () => {
    const messages = defaultAdapter.messages(doc());
    if (isLookupFailure(messages)) throw new Error(messages.message);
    expect(messages.map((m) => [m.author, m.authorName])).toEqual([
      ['customer', 'Jun Watanabe'],
      ['agent', 'Beatriz Santos'],
      ['customer', 'Jun Watanabe'],
    ]);
    expect(messages[1]?.text).toBe("Sorry, Jun! I'll reissue the card today and email you the digital version within 2 business days.");
    expect(messages[2]?.text).toBe("Thank you. We'll use the digital card for Saturday's event so we won't miss the member discount.");
    expect(messages[0]?.at).toBe('2026-11-10T10:00:00Z');
  });

  it('takes the largest visible editable field that is not a search box as the reply box', () => {
    const editor = defaultAdapter.replyEditor(doc());
    expect(!isLookupFailure(editor) && editor.getAttribute('name')).toBe('response');
  });

  it('prefers a contenteditable over a hidden textarea, skips read-only and nested editables', () => {
    const d = new DOMParser().parseFromString(
      `<main><textarea hidden rows="30"></textarea><textarea readonly rows="30"></textarea>
       <div contenteditable="true" aria-label="Reply" style="min-height: 200px"><p contenteditable="true">x</p></div></main>`,
      'text/html',
    );
    expect(largestEditor(d)?.getAttribute('aria-label')).toBe('Reply');
  });

  it('reports what it could not find', () => {
    const d = new DOMParser().parseFromString('<main><p>No form here</p></main>', 'text/html');
    const editor = defaultAdapter.replyEditor(d);
    expect(isLookupFailure(editor) && editor.message).toBe("Couldn't read the reply box on this page.");
    const messages = defaultAdapter.messages(d);
    expect(isLookupFailure(messages) && messages.what).toBe('messages');
  });
});

describe('demo-helpdesk adapter (data-ck-* conventions)', () => {
  const doc = lazyFixture('demo-helpdesk', 'ticket-2026-11.html');
  const url = new URL('http://127.0.0.1:5173/helpdesk/tickets/1042');

  it('is chosen by markup only', () => {
    expect(demoHelpdesk.matches(url)).toBe(false);
    expect(demoHelpdesk.detect(doc())).toBe(true);
    expect(demoHelpdesk.detect(loadFixture('custom', 'unknown-helpdesk-2026-11.html'))).toBe(false);
  });

  it('reads the conversation, customer org and time zone', () => {
    expect(demoHelpdesk.conversation(doc(), url)).toEqual({
      host: 'demo-helpdesk',
      key: 'DEMO-1042',
      url: url.href,
      subject: 'Revised rate card for Q3 lanes',
      customerName: 'Priya Natarajan',
      customerEmail: 'priya.natarajan@northwind-logistics.com',
      customerOrg: 'Northwind Logistics',
      customerTimeZone: 'America/Chicago',
    });
  });

  it('reads messages with the declared authors, quotes and signatures left out', () => {
    const messages = demoHelpdesk.messages(doc(), url, { now: new Date('2026-11-30T12:00:00Z'), timeZone: 'UTC' });
    if (isLookupFailure(messages)) throw new Error(messages.message);
    expect(messages).toEqual([
      {
        author: 'customer',
        authorName: 'Priya Natarajan',
        authorEmail: 'priya.natarajan@northwind-logistics.com',
        at: '2026-11-23T15:14:00Z',
        sentAt: '2026-11-23T15:14:00+00:00',
        text:
          'Hi Dana, our procurement review moved up, so we need the revised rate card for the Chicago–Denver lane. Could you send it this week?\n\n' +
          "I'll send you our updated Q3 shipment volumes by Wednesday.",
      },
      {
        author: 'agent',
        authorName: 'Dana Reyes',
        at: '2026-11-23T16:02:00Z',
        sentAt: '2026-11-23T16:02:00+00:00',
        text: "Hi Priya, I'll send the revised rate card by Friday.",
      },
      { author: 'customer', authorName: 'Priya Natarajan', text: "Thanks. We'll decide by Monday so we won't miss Wednesday's deadline." },
    ]);
  });

  it('finds the textarea reply box', () => {
    const editor = demoHelpdesk.replyEditor(doc(), url);
    expect(!isLookupFailure(editor) && editor.tagName).toBe('TEXTAREA');
  });
});
