// @vitest-environment happy-dom
// The structure reader (structure.ts) one rule at a time: what makes a time, an author, the
// message list, who wrote each block, the subject, the markup's conversation id and the reply box.
// Markup in, reading out; each row is a page no fixture of ours has.
import { describe, expect, it } from 'vitest';
import {
  assignParties,
  chromeIdentities,
  domConversationId,
  findSubject,
  focusedEditable,
  readStructure,
  type MessageBlock,
} from './structure';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** A thread of blocks `<div class="msg">` inside `<main><div class="thread">`. */
const threadOf = (blocks: string[], around = ''): Document => parse(`<main><div class="thread">${blocks.join('')}</div>${around}</main>`);

const msg = (who: string, when: string, body: string): string =>
  `<div class="msg"><span class="who">${who}</span> <span class="ts">${when}</span><p>${body}</p></div>`;

const read = (doc: Document) => readStructure(doc.body);

const BODY_A = 'My parcel never arrived, can you check it today please?';
const BODY_B = 'I will trace it with the courier and write back by noon.';

describe('times a block shows', () => {
  it.each([
    ['09:14'],
    ['9:14 pm'],
    ['9:14 p.m.'],
    ['9:14am'],
    ['03/11/2026'],
    ['3.11.26'],
    ['2026-11-03'],
    ['Nov 3'],
    ['Sept. 3, 2026'],
    ['3 November'],
    ['12 dec 2026'],
    ['5 minutes ago'],
    ['1 hour ago'],
    ['2 days ago'],
    ['3 weeks ago'],
    ['2 months ago'],
    ['Yesterday at 9:14'],
    ['today, 10 am'],
    ['Just now'],
    ['Monday 9:14'],
    ['thu 3 Nov'],
  ])('reads %j as the sent time', (when) => {
    const reading = read(threadOf([msg('Ana Lima', when, BODY_A), msg('Tom Berg', when, BODY_B)]));
    expect(reading?.blocks.map((b) => [b.authorName, b.at, b.text])).toEqual([
      ['Ana Lima', when, BODY_A],
      ['Tom Berg', when, BODY_B],
    ]);
  });

  it.each([['Order 5521'], ['Room 12'], ['9 lives'], ['Later'], ['Montag'], ['1234567']])(
    'does not read %j as a time (no time marker on it)',
    (when) => {
      const doc = parse(`<main><div class="thread">
        <div class="msg"><span class="who">Ana Lima</span> <i>${when}</i><p>${BODY_A}</p></div>
        <div class="msg"><span class="who">Tom Berg</span> <i>${when}</i><p>${BODY_B}</p></div></div></main>`);
      expect(read(doc)?.blocks.map((b) => b.at)).toEqual([undefined, undefined]);
    },
  );

  it.each([['time'], ['msg-date'], ['timestamp'], ['sent'], ['received_at'], ['ago'], ['when'], ['sentAt'], ['post.date']])(
    'reads a short text marked %j as the time, whatever it says',
    (cls) => {
      const doc = parse(`<main><div class="thread">
        <div class="msg"><span class="who">Ana Lima</span> <i class="${cls}">Thursday</i><p>${BODY_A}</p></div>
        <div class="msg"><span class="who">Tom Berg</span> <i class="${cls}">Friday</i><p>${BODY_B}</p></div></div></main>`);
      expect(read(doc)?.blocks.map((b) => b.at)).toEqual(['Thursday', 'Friday']);
    },
  );

  it('a machine time: datetime first, then its title, then its text; <time> and data-time* count', () => {
    const doc = parse(`<main><div class="thread">
      <div class="msg"><span class="who">Ana Lima</span> <time datetime="2026-11-03T09:14:00Z" title="Tue 09:14">Tuesday</time><p>${BODY_A}</p></div>
      <div class="msg"><span class="who">Tom Berg</span> <span data-timestamp="1" title="Tue 10:02">an hour later</span><p>${BODY_B}</p></div>
      <div class="msg"><span class="who">Ana Lima</span> <time>lately</time><p>${BODY_A} Again.</p></div>
      <div class="msg"><span class="who">Tom Berg</span> <span data-date-sent="x">a bit later</span><p>${BODY_B} Again.</p></div></div></main>`);
    expect(read(doc)?.blocks.map((b) => b.at)).toEqual(['2026-11-03T09:14:00Z', 'Tue 10:02', 'lately', 'a bit later']);
  });

  it('a machine time wins over an earlier date-like text', () => {
    const doc = threadOf([
      `<div class="msg"><span class="who">Ana Lima</span> <i>03/11/2026</i> <time datetime="2026-11-03T09:14:00Z">09:14</time><p>${BODY_A}</p></div>`,
      `<div class="msg"><span class="who">Tom Berg</span> <i>03/11/2026</i> <time datetime="2026-11-03T10:02:00Z">10:02</time><p>${BODY_B}</p></div>`,
    ]);
    expect(read(doc)?.blocks.map((b) => b.at)).toEqual(['2026-11-03T09:14:00Z', '2026-11-03T10:02:00Z']);
  });

  it('a date-like text longer than 48 characters, or with more than three children, is not a time', () => {
    const long = 'Updated on 03/11/2026 by the night shift team lead';
    expect(long.length).toBeGreaterThan(48);
    const doc = threadOf([
      `<div class="msg"><span class="who">Ana Lima</span> <i>${long}</i><p>${BODY_A}</p></div>`,
      `<div class="msg"><span class="who">Tom Berg</span> <i><b>0</b><b>3</b>/<b>1</b><b>1</b>/2026</i><p>${BODY_B}</p></div>`,
    ]);
    expect(read(doc)?.blocks.map((b) => b.at)).toEqual([undefined, undefined]);
    const exactly48 = 'Seen 03/11/2026 '.padEnd(48, 'x');
    const doc48 = threadOf([
      `<div class="msg"><span class="who">Ana Lima</span> <i>${exactly48}</i><p>${BODY_A}</p></div>`,
      `<div class="msg"><span class="who">Tom Berg</span> <i><b>0</b><b>3</b>/<b>1</b>1/2026</i><p>${BODY_B}</p></div>`,
    ]);
    expect(read(doc48)?.blocks.map((b) => b.at)).toEqual([exactly48, '03/11/2026']);
  });

  it('a time inside a quoted part is the quoted message’s, not this one’s', () => {
    const doc = threadOf([
      `<div class="msg"><span class="who">Ana Lima</span><p>${BODY_A}</p><blockquote><time datetime="2026-11-01T08:00:00Z">1 Nov</time> old words</blockquote></div>`,
      `<div class="msg"><span class="who">Tom Berg</span><p>${BODY_B}</p><div class="gmail_quote"><time datetime="2026-11-01T08:00:00Z">1 Nov</time></div></div>`,
    ]);
    expect(read(doc)?.blocks.map((b) => [b.at, b.text])).toEqual([
      [undefined, BODY_A],
      [undefined, BODY_B],
    ]);
  });
});

describe('who a block names as its writer', () => {
  it.each([
    ['email', 'ana@shop.example'],
    ['data-email', 'ana@shop.example'],
    ['data-hovercard-id', 'ana@shop.example'],
    ['title', 'Ana Lima <ana@shop.example>'],
    ['href', 'mailto:ana@shop.example'],
    ['data-address', 'ana@shop.example'],
  ])('an address in %s makes an element the author, over an earlier bare name', (name, value) => {
    const doc = threadOf([
      `<div class="msg"><i>Order Desk</i> <span ${name}="${value}">ana l.</span> <time datetime="2026-11-03T09:14:00Z">9:14</time><p>${BODY_A}</p></div>`,
      `<div class="msg"><i>Order Desk</i> <span ${name}="${value.replace('ana', 'tom')}">tom b.</span> <time datetime="2026-11-03T10:02:00Z">10:02</time><p>${BODY_B}</p></div>`,
    ]);
    expect(read(doc)?.blocks.map((b) => [b.authorName, b.authorEmail])).toEqual([
      ['ana l.', 'ana@shop.example'],
      ['tom b.', 'tom@shop.example'],
    ]);
  });

  it('an empty element with an address counts only when it has a name attribute (Gmail’s <span email name>)', () => {
    const doc = threadOf([
      `<div class="msg"><i>Order Desk</i> <span email="ana@shop.example" name="Ana Lima"></span> <time datetime="2026-11-03T09:14:00Z">9:14</time><p>${BODY_A}</p></div>`,
      `<div class="msg"><i>Order Desk</i> <span email="tom@shop.example"></span> <time datetime="2026-11-03T10:02:00Z">10:02</time><p>${BODY_B}</p></div>`,
    ]);
    expect(read(doc)?.blocks.map((b) => [b.authorName, b.authorEmail])).toEqual([
      ['Ana Lima', 'ana@shop.example'],
      ['Order Desk', undefined],
    ]);
  });

  it.each([
    ['author'],
    ['msg-sender'],
    ['from'],
    ['mail_from'],
    ['actor'],
    ['persona'],
    ['byline'],
    ['user-name'],
    ['person_name'],
    ['contactname'],
    ['customer-name'],
    ['agent_name'],
    ['name'],
    ['display name'],
  ])('a short text marked %j names the writer, over an earlier bare name', (cls) => {
    const doc = threadOf([
      `<div class="msg"><i>Order Desk</i> <span class="${cls}">ana (web form)</span> <time datetime="2026-11-03T09:14:00Z">9:14</time><p>${BODY_A}</p></div>`,
      `<div class="msg"><i>Order Desk</i> <span class="${cls}">tom (support)</span> <time datetime="2026-11-03T10:02:00Z">10:02</time><p>${BODY_B}</p></div>`,
    ]);
    expect(read(doc)?.blocks.map((b) => b.authorName)).toEqual(['ana (web form)', 'tom (support)']);
  });

  it.each([['fromage'], ['rename'], ['nickname'], ['author-title'], ['sender subject']])(
    'a marker that only looks like a writer marker (%j) does not outrank a bare name',
    (cls) => {
      const doc = threadOf([
        `<div class="msg"><span class="${cls}">misc words</span> <i>Ana Lima</i> <time datetime="2026-11-03T09:14:00Z">9:14</time><p>${BODY_A}</p></div>`,
        `<div class="msg"><span class="${cls}">misc words</span> <i>Tom Berg</i> <time datetime="2026-11-03T10:02:00Z">10:02</time><p>${BODY_B}</p></div>`,
      ]);
      expect(read(doc)?.blocks.map((b) => b.authorName)).toEqual(['Ana Lima', 'Tom Berg']);
    },
  );

  it.each([
    ['Ana'],
    ['Dr. Amara Nwosu'],
    ['Mrs Jo Ann Smith-Lee'],
    ['Ms. Zoë O’Neill'],
    ['Prof Kemal Aydın'],
    ['Łucja Wójcik'],
    ['Jean-Luc De La Cruz'],
  ])('a bare capitalised name %j is the writer', (name) => {
    const doc = threadOf([msg(name, '09:14', BODY_A), msg('Tom Berg', '10:02', BODY_B)]);
    expect(read(doc)?.blocks.map((b) => b.authorName)).toEqual([name, 'Tom Berg']);
  });

  it.each([['ana lima'], ['Ana lima'], ['Ana Maria Lima Costa Silva'], ['Ana, Lima'], ['Nov 3']])(
    '%j is not a bare name (lower case, five words, punctuation, a date)',
    (name) => {
      const doc = threadOf([
        `<div class="msg"><i>${name}</i> <time datetime="2026-11-03T09:14:00Z">9:14</time><p>${BODY_A}</p></div>`,
        `<div class="msg"><i>${name}</i> <time datetime="2026-11-03T10:02:00Z">10:02</time><p>${BODY_B}</p></div>`,
        `<div class="msg"><i>${name}</i> <time datetime="2026-11-03T10:30:00Z">10:30</time><p>${BODY_A} Again.</p></div>`,
      ]);
      expect(read(doc)).toBeNull();
    },
  );

  it('an author text longer than 80 characters, or with more than four children, names nobody', () => {
    const long = `${'Ana Lima from the northern regional warehouse team'.padEnd(81, '.')}`;
    const doc = threadOf([
      `<div class="msg"><span class="author">${long}</span> <time datetime="2026-11-03T09:14:00Z">9:14</time><p>${BODY_A}</p></div>`,
      `<div class="msg"><span class="author"><b>t</b><b>o</b><b>m</b><b> </b><b>b</b></span> <time datetime="2026-11-03T10:02:00Z">10:02</time><p>${BODY_B}</p></div>`,
      `<div class="msg"><span class="author">${long.slice(0, 80)}</span> <time datetime="2026-11-03T10:30:00Z">10:30</time><p>${BODY_A} Again.</p></div>`,
      `<div class="msg"><span class="author"><b>t</b><b>o</b><b>m</b><b>b</b></span> <time datetime="2026-11-03T10:40:00Z">10:40</time><p>${BODY_B} Again.</p></div>`,
    ]);
    expect(read(doc)?.blocks.map((b) => b.authorName)).toEqual([undefined, undefined, long.slice(0, 80), 'tomb']);
  });

  it('the byline holding name and date gives the name part; the author is the first strongest element', () => {
    const doc = threadOf([
      `<div class="msg"><div class="byline"><b>Kemal Aydın</b><br><small>03/11/2026 09:14</small></div><p>${BODY_A}</p></div>`,
      `<div class="msg"><div class="byline"><b>Orla Byrne</b><br><small>03/11/2026 10:02</small></div><p>${BODY_B}</p></div>`,
    ]);
    const blocks = read(doc)?.blocks ?? [];
    expect(blocks.map((b) => [b.authorName, b.at, b.author?.tagName])).toEqual([
      ['Kemal Aydın', '03/11/2026 09:14', 'B'],
      ['Orla Byrne', '03/11/2026 10:02', 'B'],
    ]);
  });

  it('a name or address inside a quote or signature is not the writer', () => {
    const doc = threadOf([
      `<div class="msg"><span class="author">Ana Lima</span> <time datetime="2026-11-03T09:14:00Z">9:14</time><p>${BODY_A}</p></div>`,
      `<div class="msg"><time datetime="2026-11-03T10:02:00Z">10:02</time><p>${BODY_B}</p><blockquote><span class="author">Ana Lima</span> wrote earlier words here</blockquote></div>`,
      `<div class="msg"><time datetime="2026-11-03T10:30:00Z">10:30</time><p>${BODY_A} Again.</p><div class="signature"><a href="mailto:tom@desk.example">Tom</a></div></div>`,
      `<div class="msg"><span class="author">Ana Lima</span> <time datetime="2026-11-03T10:40:00Z">10:40</time><p>${BODY_A} Thanks.</p></div>`,
    ]);
    expect(read(doc)?.blocks.map((b) => [b.authorName, b.authorEmail, b.text])).toEqual([
      ['Ana Lima', undefined, BODY_A],
      [undefined, undefined, BODY_B],
      [undefined, undefined, `${BODY_A} Again.`],
      ['Ana Lima', undefined, `${BODY_A} Thanks.`],
    ]);
  });
});

const block = (authorName?: string, authorEmail?: string, hint?: MessageBlock['hint']): MessageBlock => ({
  el: document.createElement('div'),
  text: 'words',
  ...(authorName ? { authorName } : {}),
  ...(authorEmail ? { authorEmail } : {}),
  ...(hint ? { hint } : {}),
});

describe('who wrote each block (assignParties)', () => {
  it('the most frequent writer who is not the signed-in agent is the customer; a tie goes to who wrote first', () => {
    expect(assignParties([block('Sam Lee'), block('Ana Lima'), block('Ana Lima'), block('Sam Lee'), block('Ana Lima')], [])).toEqual([
      'agent',
      'customer',
      'customer',
      'agent',
      'customer',
    ]);
    expect(assignParties([block('Sam Lee'), block('Ana Lima'), block('Ana Lima'), block('Sam Lee')], [])).toEqual([
      'customer',
      'agent',
      'agent',
      'customer',
    ]);
    expect(assignParties([block('Ana Lima'), block('Sam Lee'), block('Bo Chen')], [])).toEqual(['customer', 'agent', 'agent']);
  });

  it('names are one writer whatever their case; an address wins over the name', () => {
    expect(assignParties([block('Sam Lee'), block('ana lima'), block('ANA LIMA'), block('Sam Lee'), block('Ana Lima')], [])).toEqual([
      'agent',
      'customer',
      'customer',
      'agent',
      'customer',
    ]);
    // Two people called "Alex" with different addresses are two writers.
    expect(assignParties([block('Alex', 'alex@a.example'), block('Alex', 'alex@b.example'), block('Alex', 'alex@b.example')], [])).toEqual([
      'agent',
      'customer',
      'customer',
    ]);
    // A name shown with two addresses counts as the first address it was shown with; Sam's name-only
    // blocks count as his address, shown later: three for Sam, two for alex@a, one for alex@b.
    expect(
      assignParties(
        [
          block('Sam Lee'),
          block('Alex', 'alex@a.example'),
          block('Alex', 'alex@b.example'),
          block('Alex'),
          block('Sam Lee', 'sam@d.example'),
          block('Sam Lee'),
        ],
        [],
      ),
    ).toEqual(['customer', 'agent', 'agent', 'agent', 'customer', 'customer']);
    expect(
      assignParties(
        [
          block('Sam Lee'),
          block('Alex', 'alex@a.example'),
          block('Alex', 'alex@b.example'),
          block('Alex'),
          block('Alex', 'alex@a.example'),
        ],
        [],
      ),
    ).toEqual(['agent', 'customer', 'agent', 'customer', 'customer']);
  });

  it('a name keeps the first address it was shown with; a block hint on some blocks only tells nothing', () => {
    expect(assignParties([block('Alex', 'alex@a.example'), block('Alex', 'alex@b.example'), block('Alex'), block('Alex')], [])).toEqual([
      'customer',
      'agent',
      'customer',
      'customer',
    ]);
    expect(assignParties([block('Ana Lima', undefined, 'agent'), block('Ana Lima', undefined, 'agent'), block('Sam Lee')], [])).toEqual([
      'customer',
      'customer',
      'agent',
    ]);
  });

  it('names from two chrome places are not joined into one; a thread of the agent alone has no customer', () => {
    expect(assignParties([block('Orla'), block('Ana Lima'), block('Orla')], ['Orla', 'Byrne'])).toEqual(['agent', 'customer', 'agent']);
    expect(assignParties([block('Orla Byrne'), block('Orla Byrne')], ['Orla Byrne'])).toEqual(['agent', 'agent']);
    // The agent's block is the agent's even when the same address also writes under a name the chrome does not show.
    expect(
      assignParties([block('Support', 'o@fixit.example'), block('Orla Byrne', 'o@fixit.example'), block('Ana Lima')], ['Orla Byrne']),
    ).toEqual(['customer', 'agent', 'agent']);
  });

  it('the signed-in agent, named or addressed in the page chrome, is never the customer even when writing most', () => {
    const blocks = [
      block('Orla Byrne', 'orla@fixit.example'),
      block('Kemal Aydın'),
      block('Orla Byrne', 'orla@fixit.example'),
      block('Orla Byrne'),
    ];
    expect(assignParties(blocks, ['Signed in as orla@fixit.example'])).toEqual(['agent', 'customer', 'agent', 'agent']);
    expect(assignParties(blocks, ['Account: Orla Byrne'])).toEqual(['agent', 'customer', 'agent', 'agent']);
    expect(assignParties(blocks, ['ORLA BYRNE\n(online)'])).toEqual(['agent', 'customer', 'agent', 'agent']);
    expect(assignParties(blocks, [])).toEqual(['customer', 'agent', 'customer', 'customer']);
  });

  it('a name in the chrome counts only as a whole name of three letters or more', () => {
    const blocks = [block('Li'), block('Ann'), block('Li'), block('Ann'), block('Li')];
    // "Li" is inside "Lisa" and "Li" is two letters: not the agent; "Ann" is inside "Annabel": not the agent.
    expect(assignParties(blocks, ['Lisa Annabel'])).toEqual(['customer', 'agent', 'customer', 'agent', 'customer']);
    expect(assignParties(blocks, ['Li'])).toEqual(['customer', 'agent', 'customer', 'agent', 'customer']);
    expect(assignParties(blocks, ['Ann'])).toEqual(['customer', 'agent', 'customer', 'agent', 'customer']);
    expect(assignParties([block('Ann'), block('Ann'), block('Li')], ['Ann'])).toEqual(['agent', 'agent', 'customer']);
    expect(assignParties([block('Ann'), block('Ann'), block('Li')], ['Hi, Ann!'])).toEqual(['agent', 'agent', 'customer']);
    expect(assignParties([block('Ann'), block('Ann'), block('Li')], ['Hannah'])).toEqual(['customer', 'customer', 'agent']);
    expect(assignParties([block('Ann'), block('Ann'), block('Li')], ['Annë'])).toEqual(['customer', 'customer', 'agent']);
    // Characters that mean something in a pattern are matched as themselves.
    expect(assignParties([block('J. (Ops)'), block('J. (Ops)'), block('Li')], ['by J. (Ops)'])).toEqual(['agent', 'agent', 'customer']);
    expect(assignParties([block('J. (Ops)'), block('J. (Ops)'), block('Li')], ['by Jx (Ops)'])).toEqual(['customer', 'customer', 'agent']);
  });

  it.each([['me'], ['Me'], ['you'], ['YOU'], ['ich'], ['moi'], ['yo']])('a block written by %j is the agent’s', (me) => {
    expect(assignParties([block(me), block(me), block('Ana Lima')], [])).toEqual(['agent', 'agent', 'customer']);
  });

  it.each([['mel'], ['your'], ['ichi'], ['Moira'], ['yoko'], ['Jaime'], ['Kyo']])('%j is a name, not “me”', (name) => {
    expect(assignParties([block(name), block(name), block('Ana Lima')], [])).toEqual(['customer', 'customer', 'agent']);
  });

  it('a block with no author opens the thread as the customer’s, else it is the agent’s', () => {
    expect(assignParties([block(), block('Ana Lima'), block(), block('Ana Lima')], [])).toEqual([
      'customer',
      'customer',
      'agent',
      'customer',
    ]);
  });

  it('block hints decide only when they tell blocks apart', () => {
    // Two kinds of hint: each hinted block takes its hint, an unhinted one the usual rules.
    expect(
      assignParties(
        [
          block('Sam Lee', undefined, 'customer'),
          block('Ana Lima', undefined, 'agent'),
          block('Ana Lima', undefined, 'agent'),
          block('Bo Chen'),
        ],
        [],
      ),
    ).toEqual(['customer', 'agent', 'agent', 'agent']);
    // A hinted agent is not counted as the customer: Bo, unhinted, is the most frequent other writer.
    expect(
      assignParties(
        [
          block('Ana Lima', undefined, 'agent'),
          block('Ana Lima', undefined, 'agent'),
          block('Ana Lima', undefined, 'agent'),
          block('Sam Lee', undefined, 'customer'),
          block('Bo Chen'),
          block('Bo Chen'),
        ],
        [],
      ),
    ).toEqual(['agent', 'agent', 'agent', 'customer', 'customer', 'customer']);
    // One kind of hint on every block tells nothing: the writers decide.
    expect(
      assignParties(
        [block('Sam Lee', undefined, 'agent'), block('Ana Lima', undefined, 'agent'), block('Ana Lima', undefined, 'agent')],
        [],
      ),
    ).toEqual(['agent', 'customer', 'customer']);
  });
});

describe('who the page chrome says is signed in (chromeIdentities)', () => {
  it('reads the account button, profile menu and banner, by label, title and text', () => {
    const doc = parse(`<title>Inbox</title>
      <header role="banner"><span>Orla Byrne</span></header>
      <div id="my-ACCOUNT-menu">Kemal</div>
      <button aria-label="Account: dana@desk.example"></button>
      <img data-test-id="user-profile-pic" title="Sam   Lee">
      <span class="top-profile">Bo Chen</span><span class="accountName">Li Wei</span>
      <nav>Inbox</nav><footer>© Desk</footer><div role="search">Find</div><div role="dialog">Dialog text</div><dialog>Modal</dialog><div role="navigation">Nav</div>
      <main><p>Not chrome</p></main>`);
    const ids = chromeIdentities(doc);
    for (const v of [
      'Orla Byrne',
      'Kemal',
      'Account: dana@desk.example',
      'Sam Lee',
      'Bo Chen',
      'Li Wei',
      'Inbox',
      '© Desk',
      'Find',
      'Dialog text',
      'Modal',
      'Nav',
    ]) {
      expect(ids.some((id) => id.includes(v))).toBe(true);
    }
    expect(ids.some((id) => id.includes('Not chrome'))).toBe(false);
  });

  it('reads the account from a tab title "Mail - <name> - Outlook", not from a title with fewer parts', () => {
    expect(chromeIdentities(parse('<title>Mail - Orla Byrne - Outlook</title>'))).toEqual(['Orla Byrne']);
    expect(chromeIdentities(parse('<title>Mail - Orla Byrne - Outlook Web</title>'))).toEqual(['Orla Byrne']);
    expect(chromeIdentities(parse('<title>Inbox - Outlook</title>'))).toEqual([]);
    expect(chromeIdentities(parse('<title>Mail-Orla-Outlook</title>'))).toEqual([]);
  });
});

describe('the conversation id the markup carries (domConversationId)', () => {
  const thread = (listAttrs: string, outerAttrs = '', heading = '<h2>Refund</h2>') =>
    parse(
      `<main ${outerAttrs}>${heading}<div class="thread" ${listAttrs}>${msg('Ana Lima', '09:14', BODY_A)}${msg('Tom Berg', '10:02', BODY_B)}</div><textarea></textarea></main>`,
    );
  const idOf = (doc: Document) => domConversationId(doc, read(doc));

  it.each([
    ['data-legacy-thread-id="18c2f"', '18c2f'],
    ['data-ticket-id="4182"', '4182'],
    ['data-conversation-id="215467"', '215467'],
    ['data-thread-id="t-9"', 't-9'],
    ['data-case-id="C-77"', 'C-77'],
    ['data-conv-id="cv1"', 'cv1'],
    ['data-convid="AAQk1"', 'AAQk1'],
    ['data-ticketid="55"', '55'],
    ['data-open-ticket-id="56"', '56'],
    ['data-hs-thread-uid-id="57"', '57'],
    ['data-ticket-id="  58  "', '58'],
  ])('reads %s on the message list', (attrs, id) => {
    expect(idOf(thread(attrs))).toBe(id);
  });

  it.each([
    ['data-ticket-count="3"'],
    ['data-id="9"'],
    ['data-ticket-idx="4"'],
    ['ticket-id="5"'],
    ['data-ticket-id="   "'],
    ['data-ticket-id=""'],
    ['data-legacy-thread-idx="7"'],
    ['x-data-legacy-thread-id="8"'],
    ['xdata-ticket-id="9"'],
    ['data-convidx="10"'],
    ['my-data-convid="11"'],
  ])('does not read %s as the conversation id', (attrs) => {
    expect(idOf(thread(attrs))).toBeUndefined();
  });

  it('the nearest ancestor first; a stronger attribute kind first, wherever it is', () => {
    expect(idOf(thread('data-ticket-id="inner"', 'data-ticket-id="outer"'))).toBe('inner');
    expect(idOf(thread('', 'data-ticket-id="outer"'))).toBe('outer');
    expect(idOf(thread('data-ticket-id="inner"', 'data-legacy-thread-id="legacy"'))).toBe('legacy');
    expect(idOf(thread('data-conversation-id="cv"', 'data-ticket-id="t"'))).toBe('cv');
  });

  it('reads the subject heading in the region, or any heading when no messages were found', () => {
    expect(idOf(thread('', '', '<h2 data-ticket-id="h-1">Refund</h2>'))).toBe('h-1');
    expect(idOf(thread('', '', '<div role="heading" data-ticket-id="h-2">Refund</div>'))).toBe('h-2');
    expect(idOf(thread('', '', '<h3 data-ticket-id="h-3">Refund</h3>'))).toBe('h-3');
    expect(idOf(thread('', '', '<h4 data-ticket-id="h-4">Refund</h4>'))).toBeUndefined();
    const bare = parse('<h1 data-ticket-id="p-1">Settings</h1><h3 data-ticket-id="p-3">x</h3>');
    expect(domConversationId(bare, null)).toBe('p-1');
    expect(domConversationId(parse('<h3 data-ticket-id="p-3">x</h3><div role="heading" data-case-id="p-4">y</div>'), null)).toBe('p-4');
    expect(domConversationId(parse('<h3 data-ticket-id="p-3">x</h3>'), null)).toBeUndefined();
  });

  it('another ticket’s id outside the conversation is not this one’s (two tenants’ tickets stay apart)', () => {
    const doc = parse(
      `<aside><a data-ticket-id="999">Other ticket</a></aside><main data-ticket-id="4182"><div class="thread">${msg('Ana Lima', '09:14', BODY_A)}${msg('Tom Berg', '10:02', BODY_B)}</div><textarea></textarea></main>`,
    );
    expect(idOf(doc)).toBe('4182');
  });
});

describe('the reply box by structure (region, focused field)', () => {
  const twoMessages = `<div class="thread">${msg('Ana Lima', '09:14', BODY_A)}${msg('Tom Berg', '10:02', BODY_B)}</div>`;

  it('the region is the nearest ancestor of the list holding a visible editable field outside the chrome and the list', () => {
    const doc =
      parse(`<div id="page"><section id="convo"><div id="pane">${twoMessages}</div><div contenteditable="true" id="reply"></div></section>
      <textarea id="far"></textarea></div>`);
    expect(read(doc)?.region.id).toBe('convo');
  });

  it.each([
    ['a hidden field', '<textarea hidden></textarea>'],
    ['a read-only field', '<textarea readonly></textarea>'],
    ['a disabled field', '<textarea disabled></textarea>'],
    ['a field in the page header', '<header role="banner"><textarea></textarea></header>'],
    ['a field in a dialog', '<div role="dialog"><div contenteditable="true"></div></div>'],
    ['a contenteditable="false"', '<div contenteditable="false"></div>'],
  ])('%s beside the list does not make the region', (_what, field) => {
    const doc = parse(
      `<div id="page"><section id="convo"><div id="pane">${twoMessages}</div>${field}</section><div id="outer"><textarea></textarea></div></div>`,
    );
    expect(read(doc)?.region.id).toBe('page');
  });

  it.each([
    ['contenteditable=""', '<div contenteditable=""></div>'],
    ['contenteditable="plaintext-only"', '<div contenteditable="plaintext-only"></div>'],
    ['an editable island in a non-editable widget', '<div contenteditable="false"><p contenteditable="true">x</p></div>'],
  ])('%s makes the region', (_what, field) => {
    const doc = parse(`<div id="page"><section id="convo"><div id="pane">${twoMessages}</div>${field}</section></div>`);
    expect(read(doc)?.region.id).toBe('convo');
  });

  it('an editable field inside the message list (an inline edit box) does not make the region', () => {
    const doc = parse(
      `<div id="page"><section id="convo"><div class="thread">${msg('Ana Lima', '09:14', BODY_A)}${msg('Tom Berg', '10:02', BODY_B)}<textarea></textarea></div></section><textarea></textarea></div>`,
    );
    expect(read(doc)?.region.id).toBe('page');
  });

  it('looks up eight levels at most, and stops at <body>; else the list’s parent', () => {
    const deep = (levels: number) =>
      parse(
        `<section id="top">${'<div>'.repeat(levels)}<div id="pane">${twoMessages}</div>${'</div>'.repeat(levels)}<textarea></textarea></section>`,
      );
    expect(read(deep(6))?.region.id).toBe('top');
    expect(read(deep(7))?.region.id).toBe('pane');
    const noField = parse(`<div id="pane">${twoMessages}</div>`);
    expect(read(noField)?.region.id).toBe('pane');
    expect(read(parse(`${twoMessages}<textarea></textarea>`))?.region.tagName).toBe('BODY');
  });

  it('the focused field of the region, or the editor holding the focus; nothing when the focus is elsewhere', () => {
    const doc = parse(
      `<section id="convo"><div contenteditable="true" id="a"><span tabindex="0" id="inside">x</span></div><textarea id="b"></textarea><input id="c"></section><textarea id="d"></textarea>`,
    );
    const region = doc.getElementById('convo')!;
    expect(focusedEditable(region)).toBeNull();
    (doc.getElementById('b') as HTMLTextAreaElement).focus();
    expect(focusedEditable(region)?.id).toBe('b');
    (doc.getElementById('d') as HTMLTextAreaElement).focus();
    expect(focusedEditable(region)).toBeNull();
    (doc.getElementById('inside') as HTMLElement).focus();
    expect(focusedEditable(region)?.id).toBe('a');
    (doc.getElementById('c') as HTMLInputElement).focus();
    expect(focusedEditable(region)).toBeNull();
  });
});

describe('which repeated blocks are the messages', () => {
  it('needs two blocks with an author; blocks under 12 characters of text do not count', () => {
    const one = threadOf([msg('Ana Lima', '09:14', BODY_A), '<div class="msg"><p>Just a note with no byline at all.</p></div>']);
    expect(read(one)).toBeNull();
    const tiny = threadOf([msg('Ana Lima', '09:14', BODY_A), '<div class="msg"><span class="who">Tom Berg</span></div>']);
    expect(read(tiny)).toBeNull();
    // "Tom Berg" + "x" + "ab" = 11 characters: too little for a message; 12: enough.
    const eleven = threadOf([msg('Ana Lima', '09:14', BODY_A), '<div class="msg"><span class="who">Tom Berg</span><p>xab</p></div>']);
    expect(read(eleven)).toBeNull();
    const twelve = threadOf([msg('Ana Lima', '09:14', BODY_A), '<div class="msg"><span class="who">Tom Berg</span><p>xabc</p></div>']);
    expect(read(twelve)?.blocks.map((b) => [b.authorName, b.text])).toEqual([
      ['Ana Lima', BODY_A],
      ['Tom Berg', 'xabc'],
    ]);
  });

  it('blocks of one tag marked differently need three with a signal; two are side panels', () => {
    const two = parse(`<main><div class="thread">
      <div data-testid="message"><span class="who">Ana Lima</span> <span class="ts">09:14</span><p>${BODY_A}</p></div>
      <div data-testid="note"><span class="who">Tom Berg</span> <span class="ts">10:02</span><p>${BODY_B}</p></div></div></main>`);
    expect(read(two)).toBeNull();
    const three = parse(`<main><div class="thread">
      <div data-testid="message"><span class="who">Ana Lima</span> <span class="ts">09:14</span><p>${BODY_A}</p></div>
      <div data-testid="note"><span class="who">Tom Berg</span> <span class="ts">10:02</span><p>${BODY_B}</p></div>
      <div data-testid="message"><span class="who">Ana Lima</span> <span class="ts">10:30</span><p>Thanks, that works for me.</p></div></div></main>`);
    expect(read(three)?.blocks.map((b) => b.authorName)).toEqual(['Ana Lima', 'Tom Berg', 'Ana Lima']);
    const sameMark = parse(`<main><div class="thread">
      <div data-testid="message"><span class="who">Ana Lima</span> <span class="ts">09:14</span><p>${BODY_A}</p></div>
      <div data-testid="message"><span class="who">Tom Berg</span> <span class="ts">10:02</span><p>${BODY_B}</p></div></div></main>`);
    expect(read(sameMark)?.blocks.map((b) => b.authorName)).toEqual(['Ana Lima', 'Tom Berg']);
  });

  it.each([
    ['role', 'role="listitem"', 'role="note"'],
    ['data-test-id', 'data-test-id="a"', 'data-test-id="b"'],
    ['data-cy', 'data-cy="a"', 'data-cy="b"'],
  ])('%s tells blocks of one tag apart', (_what, a, b) => {
    const two = parse(`<main><div class="thread">
      <div ${a}><span class="who">Ana Lima</span> <span class="ts">09:14</span><p>${BODY_A}</p></div>
      <div ${b}><span class="who">Tom Berg</span> <span class="ts">10:02</span><p>${BODY_B}</p></div></div></main>`);
    expect(read(two)).toBeNull();
  });

  it('the list with more authors and times wins; on a tie, the one with more text', () => {
    const doc = parse(`<main>
      <ul id="side"><li><span class="who">Ana Lima</span> <span class="ts">09:14</span> Open tickets</li><li><span class="who">Bo Chen</span> <span class="ts">08:00</span> Open tickets</li></ul>
      <div id="thread">${msg('Ana Lima', '09:14', BODY_A)}${msg('Tom Berg', '10:02', BODY_B)}</div></main>`);
    expect(read(doc)?.list.id).toBe('thread');
    const scored = parse(`<main>
      <div id="thread">${msg('Ana Lima', '09:14', 'Short words one.')}${msg('Tom Berg', '10:02', 'Short words two.')}</div>
      <div id="notimes"><div class="msg"><span class="who">Ana Lima</span><p>${BODY_A} ${BODY_A}</p></div><div class="msg"><span class="who">Tom Berg</span><p>${BODY_B} ${BODY_B}</p></div></div></main>`);
    expect(read(scored)?.list.id).toBe('thread');
  });

  it.each([
    ['hidden', '<div hidden>'],
    ['aria-hidden', '<div aria-hidden="true">'],
    ['inert', '<div inert>'],
    ['display: none', '<div style="display: none">'],
    ['visibility: hidden', '<div style="visibility: hidden">'],
  ])('a list under a %s ancestor (an inactive tab) is not read', (_what, open) => {
    const doc = parse(`<main>${open}<div id="old">${msg('Ana Lima', '09:14', BODY_A)}${msg('Tom Berg', '10:02', BODY_B)}</div></div>
      <div id="open">${msg('Bo Chen', '11:14', 'Where is my refund for order 5521?')}${msg('Tom Berg', '11:20', 'Sent this morning, it takes two days.')}</div></main>`);
    expect(read(doc)?.list.id).toBe('open');
  });

  it('a hidden block of the list is left out', () => {
    const doc = threadOf([
      msg('Ana Lima', '09:14', BODY_A),
      `<div class="msg" hidden><span class="who">Bo Chen</span> <span class="ts">09:30</span><p>Draft that was never sent.</p></div>`,
      msg('Tom Berg', '10:02', BODY_B),
    ]);
    expect(read(doc)?.blocks.map((b) => b.authorName)).toEqual(['Ana Lima', 'Tom Berg']);
  });

  it('lists in the page chrome are not messages, unless inside main or an article', () => {
    const inNav = parse(
      `<nav><ul>${['Ana Lima', 'Bo Chen'].map((n) => `<li><span class="who">${n}</span> <span class="ts">09:14</span> Ticket about a refund</li>`).join('')}</ul></nav>`,
    );
    expect(read(inNav)).toBeNull();
    const inMainNav = parse(
      `<div role="main"><nav><ul>${['Ana Lima', 'Bo Chen'].map((n) => `<li><span class="who">${n}</span> <span class="ts">09:14</span> Ticket about a refund</li>`).join('')}</ul></nav></div>`,
    );
    expect(read(inMainNav)?.blocks.map((b) => b.authorName)).toEqual(['Ana Lima', 'Bo Chen']);
    const inArticle = parse(
      `<article><footer><ul>${['Ana Lima', 'Bo Chen'].map((n) => `<li><span class="who">${n}</span> <span class="ts">09:14</span> Ticket about a refund</li>`).join('')}</ul></footer></article>`,
    );
    expect(read(inArticle)?.blocks.map((b) => b.authorName)).toEqual(['Ana Lima', 'Bo Chen']);
  });

  it('a block with neither author nor time, or with no words, is skipped', () => {
    const doc = threadOf([
      msg('Ana Lima', '09:14', BODY_A),
      '<div class="msg"><p>System: the ticket was assigned to the billing team.</p></div>',
      msg('Tom Berg', '10:02', BODY_B),
    ]);
    expect(read(doc)?.blocks.map((b) => b.authorName)).toEqual(['Ana Lima', 'Tom Berg']);
  });
});

describe('the subject by structure (findSubject)', () => {
  const page = (title: string, around: string) =>
    parse(
      `<title>${title}</title><main>${around}<div class="thread">${msg('Ana Lima', '09:14', BODY_A)}${msg('Tom Berg', '10:02', BODY_B)}</div><textarea></textarea></main>`,
    );
  const subjectOf = (doc: Document) => findSubject(doc, read(doc));

  it('the field or heading the tab title repeats, exactly, over a heading marked as the subject', () => {
    const doc = page('Parcel lost – Ticket #88 – Desk', '<h2 class="subject">Other words here</h2><h3>Parcel lost</h3>');
    expect(subjectOf(doc)).toBe('Parcel lost');
  });

  it('a heading the tab title holds (8 characters or more), or one that starts with the title', () => {
    expect(subjectOf(page('Re: Parcel lost in transit – Desk', '<h3>Parcel lost in transit</h3>'))).toBe('Parcel lost in transit');
    expect(subjectOf(page('Re: Parcel lost – Desk', '<h3>Other heading</h3><h3>el lost</h3>'))).toBe('Other heading');
    expect(subjectOf(page('Re: Parcel lost – Desk', '<h3>Other heading</h3><h3>cel lost</h3>'))).toBe('cel lost');
    expect(subjectOf(page('Parcel lost – Desk', '<h3>Parcel lost in transit again</h3>'))).toBe('Parcel lost in transit again');
    expect(subjectOf(page('Parcel – Desk', '<h1>Main heading</h1><h3>Parcel lost</h3>'))).toBe('Main heading');
    expect(subjectOf(page('Parcel l – Desk', '<h1>Main heading</h1><h3>Parcel lost</h3>'))).toBe('Parcel lost');
  });

  it('a field’s value, a role=heading’s title; not a contenteditable, not inside a message, not in the chrome', () => {
    expect(subjectOf(page('Parcel lost – Desk', '<input value="Parcel lost">'))).toBe('Parcel lost');
    expect(subjectOf(page('Parcel lost – Desk', '<div role="heading" title="Parcel lost">Parcel…</div>'))).toBe('Parcel lost');
    const doc = parse(`<title>Inbox</title><header role="banner"><h1 class="subject">Chrome subject</h1></header><main>
      <div class="thread"><div class="msg"><span class="who">Ana Lima</span> <span class="ts">09:14</span><h3 class="subject">Message subject</h3><p>${BODY_A}</p></div>${msg('Tom Berg', '10:02', BODY_B)}</div>
      <div class="subject" contenteditable="true">Draft subject</div></main>`);
    expect(subjectOf(doc)).toBe('');
  });

  it.each([['subject'], ['ticket-title'], ['title'], ['ticketname'], ['ticket-name'], ['headline'], ['page title']])(
    'a heading marked %j is the subject when the tab title names none',
    (mark) => {
      expect(subjectOf(page('Inbox', `<div data-testid="${mark}">Parcel lost</div><h3>Other heading</h3>`))).toBe('Parcel lost');
    },
  );

  it('a marked field by its name or label; a marked button or link is not the subject; marks must be 3 to 200 characters', () => {
    expect(subjectOf(page('Inbox', '<input name="subject" value="Parcel lost"><h3>Other heading</h3>'))).toBe('Parcel lost');
    expect(subjectOf(page('Inbox', '<input aria-label="Ticket subject" value="Parcel lost"><h3>Other heading</h3>'))).toBe('Parcel lost');
    expect(subjectOf(page('Inbox', '<a class="subject" href="#">Parcel lost</a><h3>Other heading</h3>'))).toBe('Other heading');
    expect(subjectOf(page('Inbox', '<button data-testid="subject-edit">Parcel lost</button><h3>Other heading</h3>'))).toBe('Other heading');
    expect(subjectOf(page('Inbox', '<div class="subject">Hi</div><h3>Other heading</h3>'))).toBe('Other heading');
    expect(subjectOf(page('Inbox', '<div class="subject">Hi!</div><h3>Other heading</h3>'))).toBe('Hi!');
    expect(subjectOf(page('Inbox', `<div class="subject">${'x'.repeat(201)}</div><h3>Other heading</h3>`))).toBe('Other heading');
    expect(subjectOf(page('Inbox', `<div class="subject">${'x'.repeat(200)}</div><h3>Other heading</h3>`))).toBe('x'.repeat(200));
    expect(subjectOf(page('Inbox', '<div class="subtitle">Parcel lost</div><h3>Other heading</h3>'))).toBe('Other heading');
  });

  it('else the heading nearest above the messages; else the first h1; else the tab title', () => {
    const doc = parse(
      `<title>Inbox</title><h1>Desk home</h1><section><h2>Parcel lost</h2><div><div class="thread">${msg('Ana Lima', '09:14', BODY_A)}${msg('Tom Berg', '10:02', BODY_B)}</div></div></section>`,
    );
    expect(subjectOf(doc)).toBe('Parcel lost');
    expect(findSubject(parse('<title>Inbox</title><h2>Sub</h2><h1>Desk home</h1>'), null)).toBe('Desk home');
    expect(findSubject(parse('<title>Parcel lost – Desk</title><h1>Hi</h1>'), null)).toBe('Parcel lost');
    expect(findSubject(parse('<title>Inbox</title><p>x</p>'), null)).toBe('');
  });
});
