import { beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../tests/support/catalog';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NewCommitment } from '../ledger/types';
import type { SelectionContext } from '../messaging/protocol';
import { updateSettings } from '../settings';
import { commitmentNotificationId } from '../reminders/notify';
import { addSelection, menuPatterns, pageConversation } from './index';

const answer = vi.hoisted(() => ({ value: null as SelectionContext | null | 'no-receiver' }));
vi.mock('../messaging/protocol', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../messaging/protocol')>()),
  sendMessage: vi.fn(async () => {
    if (answer.value === 'no-receiver') throw new Error('Could not establish connection. Receiving end does not exist.');
    return answer.value;
  }),
}));

const NOW = Date.parse('2026-11-24T15:00:00Z');

function fakeLedger() {
  const added: NewCommitment[] = [];
  return {
    added,
    async addCommitment(input: NewCommitment) {
      added.push(input);
      return { id: `c${added.length}`, text: input.draft.text, dueAt: input.draft.due ? Date.parse(input.draft.due.at) : null } as never;
    },
  };
}

describe('menuPatterns', () => {
  it('uses the content-script patterns and granted custom domains, once each, web pages only', () => {
    expect(
      menuPatterns(
        ['https://mail.google.com/*', 'http://127.0.0.1/*'],
        ['https://support.acme.com/*', 'https://mail.google.com/*', 'chrome://favicon/*'],
      ),
    ).toEqual(['https://mail.google.com/*', 'http://127.0.0.1/*', 'https://support.acme.com/*']);
  });
});

describe('addSelection', () => {
  beforeEach(async () => {
    await updateSettings({ timeZone: 'America/Chicago' });
  });

  it("stores the customer's words as the customer's commitment, named, from the page's conversation", async () => {
    answer.value = {
      conversation: {
        host: 'demo-helpdesk',
        key: 'DEMO-1042',
        url: 'http://127.0.0.1/demo-helpdesk/ticket-2026-11.html',
        subject: 'Revised rate card',
        customerName: 'Priya Natarajan',
      },
      text: "I'll send you our updated Q3 shipment volumes by Wednesday.",
      author: 'customer',
      authorName: 'Priya Natarajan',
    };
    const ledger = fakeLedger();
    const id = await addSelection(ledger, { selectionText: 'ignored when the page answers', pageUrl: 'http://127.0.0.1/x' }, 7, NOW, en);
    expect(id).toBe('c1');
    expect(ledger.added[0]).toMatchObject({
      source: 'selection',
      conversation: { key: 'DEMO-1042' },
      draft: { party: 'customer' },
      partyName: 'Priya Natarajan',
      writtenBy: 'customer',
    });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([commitmentNotificationId('c1')]);
  });

  it("reads the words as the agent's own note under the page itself when the content script does not answer", async () => {
    answer.value = 'no-receiver';
    const ledger = fakeLedger();
    await addSelection(
      ledger,
      { selectionText: " I'll call the carrier tomorrow ", pageUrl: 'https://support.acme.com/t/55#reply' },
      7,
      NOW,
      en,
    );
    expect(ledger.added[0]).toMatchObject({
      // Bound to the page the browser reported: its site, and its URL as the browser saw it.
      conversation: {
        ...pageConversation('https://support.acme.com/t/55'),
        site: 'https://support.acme.com',
        url: 'https://support.acme.com/t/55#reply',
      },
      draft: { text: "I'll call the carrier tomorrow", party: 'agent' },
      partyName: null,
    });
    expect(ledger.added[0]).not.toHaveProperty('writtenBy');
  });

  it('does nothing without selected words', async () => {
    const ledger = fakeLedger();
    expect(await addSelection(ledger, { selectionText: '  ', pageUrl: 'https://x.test/' }, 7, NOW, en)).toBeNull();
    expect(ledger.added).toEqual([]);
  });
});
