// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { selectors, zendesk } from './zendesk';
import { lazyFixture, loadFixture } from './test-fixtures';
import { isLookupFailure } from './types';

const TICKET = new URL('https://verdant.zendesk.com/agent/tickets/4182');

describe('zendesk', () => {
  it('only the active ticket counts: its subject and editor, not the hidden tab', () => {
    const doc = loadFixture('zendesk', 'agent-workspace-2025-06.html');
    const root = zendesk.conversationRoot?.(doc, TICKET);
    expect(root?.getAttribute('data-ticket-id')).toBe('4182');
    expect(doc.querySelectorAll('.ck-editor__editable')).toHaveLength(2);
  });

  it('with several tickets visible, takes the one the URL names', () => {
    const doc = loadFixture('zendesk', 'agent-workspace-2025-06.html');
    doc.querySelector<HTMLElement>('[data-ticket-id="4177"]')!.style.display = '';
    const other = new URL('https://verdant.zendesk.com/agent/tickets/4177');
    const info = zendesk.conversation(doc, other);
    expect(!isLookupFailure(info) && [info.key, info.subject]).toEqual(['4177', 'Login loop on the mobile app']);
    const editor = zendesk.replyEditor(doc, other);
    expect(!isLookupFailure(editor) && editor.getAttribute('data-ticket-editor')).toBe('4177');
    const messages = zendesk.messages(doc, other);
    expect(!isLookupFailure(messages) && messages.map((m) => [m.author, m.authorName])).toEqual([['customer', 'Tom Becker']]);
  });

  it("reads authors by Zendesk's own marker, even when the agent wrote first (evidenced-only markup)", () => {
    const doc = loadFixture('zendesk', 'evidenced-2024-10.html');
    const url = new URL('https://oakfield.zendesk.com/agent/tickets/7731');
    // An outbound ticket: drop the customer's opening message, so the agent's reply comes first.
    doc.querySelector('[data-is-active="true"] article[data-test-id="omni-log-comment-item"]')!.remove();
    const messages = zendesk.messages(doc, url);
    if (isLookupFailure(messages)) throw new Error(messages.message);
    expect(messages.map((m) => [m.author, m.authorName])).toEqual([
      ['agent', 'Ife Adebayo'],
      ['agent', 'Ife Adebayo'],
      ['customer', 'Tomasz Wójcik'],
    ]);
  });

  it('without the ticket id in the URL, takes it from the active pane, then from the selected header tab', () => {
    const doc = loadFixture('zendesk', 'evidenced-2024-10.html');
    const demo = new URL('http://127.0.0.1:4455/zendesk/evidenced-2024-10.html');
    const info = zendesk.conversation(doc, demo);
    expect(!isLookupFailure(info) && info.key).toBe('7731');
    doc.querySelectorAll('[data-ticket-id]').forEach((el) => el.removeAttribute('data-ticket-id'));
    const fromTab = zendesk.conversation(doc, demo);
    expect(!isLookupFailure(fromTab) && fromTab.key).toBe('7731');
  });

  it('a dashboard or view is "no conversation", not a broken selector', () => {
    const doc = loadFixture('zendesk', 'agent-workspace-2025-06.html');
    const result = zendesk.conversation(doc, new URL('https://verdant.zendesk.com/agent/dashboard'));
    expect(isLookupFailure(result) && result.noConversation).toBe(true);
  });

  describe('broken-2026-03.html', () => {
    const doc = lazyFixture('zendesk', 'broken-2026-03.html');
    const url = new URL('https://verdant.zendesk.com/agent/tickets/5120');

    it('takes the subject from the tab title when its field changed, and keeps the URL key', () => {
      const result = zendesk.conversation(doc(), url);
      if (isLookupFailure(result)) throw new Error(result.message);
      expect([result.key, result.subject]).toEqual(['5120', 'Shipment stuck in customs']);
    });

    it('reports the reply box it could not find in plain words; the selectors only in `tried`', () => {
      const result = zendesk.replyEditor(doc(), url);
      expect(isLookupFailure(result) && result.tried).toEqual([...selectors.replyEditor]);
      expect(isLookupFailure(result) && result.message).toBe("Couldn't read the reply box on Zendesk.");
    });

    it('still reads the messages', () => {
      const messages = zendesk.messages(doc(), url);
      expect(!isLookupFailure(messages) && messages.map((m) => [m.author, m.authorName, m.text])).toEqual([
        ['customer', 'Femi Adeyemi', "Our shipment is stuck in customs. I'll upload the commercial invoice tonight."],
      ]);
    });
  });
});
