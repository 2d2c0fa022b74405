// @vitest-environment happy-dom
// The structure reader on layouts no adapter and no fixture of ours has: a table-based ticket
// page, a chat list with relative times, and pages where it must find nothing.
import { describe, expect, it } from 'vitest';
import { defaultAdapter } from './default';
import { assignParties, type MessageBlock } from './structure';
import { isLookupFailure } from './types';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('structure reader (any helpdesk)', () => {
  it('reads a table-based ticket page: rows with a byline and a date, the agent named in the top bar', () => {
    const doc = parse(`<title>Boiler service visit – Case 88231 – FixIt Desk</title>
      <div class="topbar" role="banner"><span class="who">Signed in as Orla Byrne</span></div>
      <div id="page"><h2 class="case-title">Boiler service visit</h2>
      <table class="posts"><tbody>
        <tr class="post"><td class="byline"><b>Kemal Aydın</b><br><small>03/11/2026 09:14</small></td>
          <td class="content">Our boiler failed again. I'll be home all Thursday so the engineer can come any time.</td></tr>
        <tr class="post"><td class="byline"><b>Orla Byrne</b><br><small>03/11/2026 10:02</small></td>
          <td class="content">Thanks Kemal, I'll book the engineer for Thursday morning and text you the slot by 5pm today.<br>-- <br>Orla, FixIt Support</td></tr>
        <tr class="post"><td class="byline"><b>Kemal Aydın</b><br><small>03/11/2026 10:30</small></td>
          <td class="content">Perfect. I'll leave the side gate open.<br>On 3 Nov 2026, at 10:02, Orla Byrne wrote:<br>&gt; I'll book the engineer</td></tr>
      </tbody></table>
      <textarea name="body" rows="12" cols="80"></textarea><input name="q" placeholder="Search"></div>`);
    const url = new URL('https://fixit.example.net/cases/88231');
    const info = defaultAdapter.conversation(doc, url);
    if (isLookupFailure(info)) throw new Error(info.message);
    expect([info.key, info.subject, info.customerName]).toEqual(['fixit.example.net/cases/88231', 'Boiler service visit', 'Kemal Aydın']);
    const messages = defaultAdapter.messages(doc, url);
    if (isLookupFailure(messages)) throw new Error(messages.message);
    expect(messages.map((m) => [m.author, m.authorName, m.text])).toEqual([
      ['customer', 'Kemal Aydın', "Our boiler failed again. I'll be home all Thursday so the engineer can come any time."],
      ['agent', 'Orla Byrne', "Thanks Kemal, I'll book the engineer for Thursday morning and text you the slot by 5pm today."],
      ['customer', 'Kemal Aydın', "Perfect. I'll leave the side gate open."],
    ]);
    const editor = defaultAdapter.replyEditor(doc, url);
    expect(!isLookupFailure(editor) && editor.getAttribute('name')).toBe('body');
  });

  it('reads a chat list with relative times; the agent is the one who writes less when the chrome names nobody', () => {
    const doc = parse(`<title>Chat</title><main><ul class="chat">
      <li><span class="sender-name">Ana Lima</span> <span class="ts">2 hours ago</span><p>Hi, my order #5521 never arrived. Can you check today?</p></li>
      <li><span class="sender-name">Ana Lima</span> <span class="ts">2 hours ago</span><p>It was due on Monday.</p></li>
      <li><span class="sender-name">Tom (Support)</span> <span class="ts">1 hour ago</span><p>I'll trace it with the courier and update you by 4pm.</p></li>
      <li><span class="sender-name">Ana Lima</span> <span class="ts">just now</span><p>Thanks, I'll wait for your update.</p></li>
    </ul><div contenteditable="true" aria-label="Write a reply" style="min-height: 80px"></div></main>`);
    const url = new URL('https://chat.example.org/inbox');
    const messages = defaultAdapter.messages(doc, url);
    if (isLookupFailure(messages)) throw new Error(messages.message);
    expect(messages.map((m) => m.author)).toEqual(['customer', 'customer', 'agent', 'customer']);
    expect(messages[2]?.text).toBe("I'll trace it with the courier and update you by 4pm.");
    const info = defaultAdapter.conversation(doc, url);
    // No id in the URL, no heading: the tab title keys and names it.
    expect(!isLookupFailure(info) && [info.key, info.subject, info.customerName]).toEqual([
      'chat.example.org:title:chat',
      'Chat',
      'Ana Lima',
    ]);
  });

  it('finds no messages on a page without repeated author/time blocks (a settings page, a list of links)', () => {
    const doc = parse(`<main><h1>Settings</h1><ul><li><a href="/a">Profile</a></li><li><a href="/b">Billing</a></li></ul>
      <form><label>Name <input name="n"></label><textarea name="bio"></textarea></form></main>`);
    expect(isLookupFailure(defaultAdapter.messages(doc, new URL('https://x.example/settings')))).toBe(true);
  });

  it('one writer shown with an address on one message and by name only on the next is one writer', () => {
    const block = (authorName: string, authorEmail?: string): MessageBlock => ({
      el: document.createElement('div'),
      authorName,
      ...(authorEmail ? { authorEmail } : {}),
      text: 'words',
    });
    // Dana writes three times (her address shown once), Sam twice: Dana is the customer.
    const blocks = [
      block('Dana Reyes', 'dana@acme.example'),
      block('Sam Lee', 'sam@desk.example'),
      block('Dana Reyes'),
      block('Sam Lee', 'sam@desk.example'),
      block('dana reyes'),
    ];
    expect(assignParties(blocks, [])).toEqual(['customer', 'agent', 'customer', 'agent', 'customer']);
  });
});
