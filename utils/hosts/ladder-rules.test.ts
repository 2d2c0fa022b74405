// @vitest-environment happy-dom
// The ladder's rules one row each: every separator, app word and id form of a tab title, every id
// parameter and record-shaped path segment of a URL, at their edges. A host that changes its markup
// falls back to these rungs, so a word dropped here re-keys or re-titles every such conversation.
import { describe, expect, it } from 'vitest';
import { fallbackKey, subjectFromTitle, urlIdKey, urlKey } from './ladder';

describe('the subject of a tab title', () => {
  it.each([
    ['Late refund - Acme support site', 'Late refund'],
    ['Late refund – Acme', 'Late refund'],
    ['Late refund — Acme', 'Late refund'],
    ['Late refund | Acme', 'Late refund'],
    ['Late refund · Acme', 'Late refund'],
    ['Late refund • Acme', 'Late refund'],
    ['Late refund : Acme', 'Late refund'],
    ['Late refund  –  Acme', 'Late refund'],
    // A dash inside a word or a time is no separator.
    ['Follow-up on 10:30 call – Acme', 'Follow-up on 10:30 call'],
  ])('%j → %j (each separator)', (title, subject) => {
    expect(subjectFromTitle(title)).toBe(subject);
  });

  it.each([
    'Inbox',
    'INBOX',
    'Inbox (12)',
    'Mail',
    'Gmail',
    'Outlook',
    'Zendesk',
    'Freshdesk',
    'Help Scout',
    'HelpScout',
    'Intercom',
    'Front',
    'HubSpot',
    'Support',
    'Helpdesk',
    'Help desk',
    'Ticket',
    'Tickets',
    'Conversation',
    'Conversations',
    'Message',
    'Messages',
    'Dashboard',
    'Home',
    'dana.reyes@acme.example',
    'Ticket #4182',
    'Ticket#4182',
    'ticket # 4182',
    'Case 12',
    'Conversation 9130',
    'Thread #33',
    'Issue 77',
    '#4182',
    '4182',
  ])('%j is the app, the mailbox or a number, not the subject', (part) => {
    expect(subjectFromTitle(`${part} – Late refund – Acme`)).toBe('Late refund');
  });

  it.each([
    // Words that only start or end like an app name or an id are a subject.
    ['Inbox zero tips – Late refund – Acme', 'Inbox zero tips'],
    ['My inbox – Late refund – Acme', 'My inbox'],
    ['Inbox (12) left – Late refund – Acme', 'Inbox (12) left'],
    ['Ticket 4182 follow-up – Late refund – Acme', 'Ticket 4182 follow-up'],
    ['Re ticket 4182 – Late refund – Acme', 'Re ticket 4182'],
    ['Write to dana@acme.example – Late refund – Acme', 'Write to dana@acme.example'],
    ['dana@acme.example today – Late refund – Acme', 'dana@acme.example today'],
    ['Order 7 – Late refund – Acme', 'Order 7'],
  ])('%j → %j', (title, subject) => {
    expect(subjectFromTitle(title)).toBe(subject);
  });

  it.each([
    ['(3) Late refund – Acme', 'Late refund'],
    ['(12) Late refund – Acme', 'Late refund'],
    ['(12)Late refund – Acme', 'Late refund'],
    // Only the last part left: the whole title (without its unread counter) says more.
    ['(3) Case 12 – Acme', 'Case 12 – Acme'],
    ['(12) Case 12 – Acme', 'Case 12 – Acme'],
    ['(3)Case 12 – Acme', 'Case 12 – Acme'],
    // Only a leading counter is the unread count; one at the end belongs to the title.
    ['Ticket #12 – Acme (3)', 'Ticket #12 – Acme (3)'],
    ['  Case 12 – Acme  ', 'Case 12 – Acme'],
    // An empty first part is no part: the one left is the subject, not the whole title.
    [' – Late refund', 'Late refund'],
    ['Late refund', 'Late refund'],
    ['Inbox – Zendesk', ''],
    ['', ''],
  ])('%j → %j (counter, last part, nothing)', (title, subject) => {
    expect(subjectFromTitle(title)).toBe(subject);
  });
});

describe('the key a URL gives', () => {
  it.each([
    ['https://desk.example.com/tickets/88///', 'desk.example.com/tickets/88'],
    ['https://desk.example.com/?id=5', 'desk.example.com/?id=5'],
    ['https://desk.example.com/view?ticket=9&id=3&tab=2', 'desk.example.com/view?id=3&ticket=9'],
    ['https://desk.example.com/app#/ticket/88?tab=2', 'desk.example.com/app#/ticket/88'],
    ['https://desk.example.com/app#!/ticket/88', 'desk.example.com/app#!/ticket/88'],
    ['https://desk.example.com/app#inbox/88', 'desk.example.com/app'],
    // A route is "#/" or "#!/" at the start of the hash only.
    ['https://desk.example.com/app#tab#/ticket/88', 'desk.example.com/app'],
  ])('urlKey %s → %s', (href, key) => {
    expect(urlKey(new URL(href))).toBe(key);
  });

  it.each([
    'id',
    'ID',
    'ticket',
    'ticket_id',
    'ticketid',
    'TicketId',
    'conversation',
    'conversation_id',
    'conversationid',
    'thread',
    'thread_id',
    'threadid',
    'case',
    'case_id',
    'caseid',
    'issue',
  ])('the parameter %s names a record', (param) => {
    expect(urlIdKey(new URL(`https://desk.example.com/view?${param}=7&tab=2`))).toBe(`desk.example.com/view?${param}=7`);
  });

  it.each(['xid', 'identity', 'tickets', 'case-id', 'page', 'tab'])('the parameter %s names none', (param) => {
    expect(urlIdKey(new URL(`https://desk.example.com/view?${param}=7`))).toBeUndefined();
  });

  it.each([
    ['/tickets/12', true],
    ['/tickets/4182', true],
    ['/mail/u/0', false],
    // Two digits make a record only on their own; with letters it takes three, or a long token.
    ['/docs/page12', false],
    ['/docs/12th-floor', false],
    ['/invoices/INV-2093', true],
    ['/docs/a1b2', false],
    ['/orders/A1-B2-C3', true],
    [`/files/${'x'.repeat(74)}.1.2.3`, true],
    [`/files/${'x'.repeat(75)}.1.2.3`, false],
    ['/kb/FMfcgzQXJWDsKmbV', true],
    ['/kb/FMfcgzQXJWDsKmb', false],
    ['/kb/abcdefghijklmnop1', true],
    ['/kb/abcdefghijklmnopq', false],
    ['/kb/Abcdefghijklmnopq', false],
    ['/kb/Abcdefghijklmno-P', true],
    ['/kb/Ab_Cd_Ef_Gh_Ij_Kl', true],
    ['/kb/abcdefghijklmnopQ', true],
    ['/kb/password-reset-help', false],
    ['/kb/ab.cdefghijklmnopQrs', false],
  ])('the path %s names a record: %s', (path, names) => {
    const url = new URL(`https://desk.example.com${path}`);
    expect(urlIdKey(url)).toBe(names ? urlKey(url) : undefined);
  });

  it.each([
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmbV?compose=new', 'mail.google.com/mail/u/0#inbox/FMfcgzQXJWDsKmbV'],
    ['https://desk.example.com/app#!/ticket/88', 'desk.example.com/app#!/ticket/88'],
    ['https://desk.example.com/app#!inbox/4182', 'desk.example.com/app#inbox/4182'],
    ['https://desk.example.com/app#/ticket/88?tab=2', 'desk.example.com/app#/ticket/88'],
    ['https://desk.example.com/app#/ticket/88/', 'desk.example.com/app#/ticket/88/'],
  ])('a hash that names a record: %s → %s', (href, key) => {
    expect(urlIdKey(new URL(href))).toBe(key);
  });

  it.each(['https://desk.example.com/app#inbox', 'https://desk.example.com/app#/', 'https://desk.example.com/app#inbox/a1b2?x=123'])(
    'a hash that names none: %s',
    (href) => {
      expect(urlIdKey(new URL(href))).toBeUndefined();
    },
  );
});

describe('the key from the tab title', () => {
  it('without a URL, the title alone, lower case, one space between words', () => {
    // The title getter collapses ASCII spaces itself; a no-break space (Outlook's titles) it keeps.
    const doc = new DOMParser().parseFromString('<title>Late\u00a0\u00a0Delivery Of Pallets – Desk</title>', 'text/html');
    doc.title = 'Late\u00a0\u00a0Delivery \u00a0Of Pallets – Desk';
    expect(fallbackKey(undefined, doc)).toBe('title:late delivery of pallets');
  });

  it('a URL that names a record wins over the title', () => {
    const doc = new DOMParser().parseFromString('<title>Late delivery – Desk</title>', 'text/html');
    expect(fallbackKey(new URL('https://desk.example.com/tickets/88'), doc)).toBe('desk.example.com/tickets/88');
  });

  it('no record in the URL and no subject in the title: no key', () => {
    const doc = new DOMParser().parseFromString('<title>Zendesk</title>', 'text/html');
    expect(fallbackKey(undefined, doc)).toBeUndefined();
  });
});
