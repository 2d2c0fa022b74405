// @vitest-environment happy-dom
// Every evidenced-only fixture (markup public code shows on the live site, nothing else) read the way
// the content script reads a page: the host adapter first, then down the ladder (structure reader,
// largest editor). Also says which parts the host's evidenced selectors read themselves.
import { describe, expect, it } from 'vitest';
import type { Party } from '../commitments/types';
import { findReplyEditor, readPageState } from '../page-session/state';
import { LADDER_ONLY } from './evidenced.test-cases';
import { ADAPTERS } from './registry';
import { FIXTURE_DIR, fixtureFiles, loadFixture } from './test-fixtures';
import { isLookupFailure } from './types';
import { registerKit } from '../page-kits';
import { structureKit } from '../page-kits/structure';

// The whole ladder, as the insert kit and the generic content script have it.
registerKit('structure', structureKit);
import { readdirSync } from 'node:fs';
import { expectPlainText } from '../../tests/support/plain-text';

interface Case {
  fixture: string;
  url: string;
  key: string;
  subject: string;
  customerName?: string;
  messages: Array<[Party, string]>;
  absent: string[];
  /** Which parts the host adapter reads itself (the rest come from the structure reader). */
  ownMessages: boolean;
}

const CASES: Case[] = [
  {
    fixture: 'zendesk/evidenced-2024-10.html',
    url: 'https://oakfield.zendesk.com/agent/tickets/7731',
    key: '7731',
    subject: 'Pallet count wrong on delivery 5530',
    customerName: 'Tomasz Wójcik',
    messages: [
      ['customer', 'signed delivery note by Thursday'],
      ['agent', 'truck by Friday noon'],
      ['agent', 'credit note goes out Monday'],
      ['customer', 'keep the dock free'],
    ],
    absent: ['Brightwater Foods', 'You received this message'],
    ownMessages: true,
  },
  {
    fixture: 'outlook/evidenced-2024-09.html',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkADRlNWQ2ZTY5LTE1ZjktNGM2YS04NzQ4LTEwZDEwN2E2MTBjZQAQAEb9',
    key: 'AAQkADRlNWQ2ZTY5LTE1ZjktNGM2YS04NzQ4LTEwZDEwN2E2MTBjZQAQAEb9',
    subject: 'Contract renewal for the 2025 maintenance plan',
    messages: [
      ['customer', 'signed renewal form by Wednesday'],
      ['agent', 'updated price sheet by Tuesday'],
    ],
    absent: ['Norrsken Service AB', 'From: Jonas'],
    ownMessages: true,
  },
  {
    fixture: 'helpscout/evidenced-2024-09.html',
    url: 'https://secure.helpscout.net/conversation/2950112233/10412/',
    key: '2950112233',
    subject: 'Damaged chairs in order 7781',
    customerName: "Liam O'Connor",
    messages: [
      ['customer', 'photos of each one by Friday'],
      ['agent', 'replacement chairs by next Wednesday'],
      ['customer', 'until your courier collects them'],
    ],
    absent: ['Customer Care', 'cracked legs.\n', 'wrote:'],
    ownMessages: false,
  },
  {
    fixture: 'intercom/evidenced-2021-12.html',
    url: 'https://app.intercom.com/a/apps/k2x9/inbox/inbox/all/conversations/215467880099999',
    key: '215467880099999',
    subject: 'Webhook retries after the outage',
    customerName: 'Keiko Tanaka',
    messages: [
      ['customer', 'failing event ids within the hour'],
      ['agent', 'confirm by 6pm today'],
      ['customer', 'pause our own retries'],
    ],
    absent: ['You received this message', 'Older chat'],
    ownMessages: false,
  },
  {
    fixture: 'freshdesk/evidenced-2021-12.html',
    url: 'https://harbor.freshdesk.com/a/tickets/30901',
    key: '30901',
    subject: 'Invoice shows the wrong VAT rate',
    customerName: 'Greta Vogel',
    messages: [
      ['customer', 'forward it to our accountant'],
      ['agent', 'corrected invoice by Monday'],
    ],
    absent: ['From: Greta', 'Sent:', 'by Monday.\nInvoice'],
    ownMessages: false,
  },
];

describe.each(CASES)('$fixture (evidenced markup only)', (c) => {
  const [host, file] = c.fixture.split('/') as [string, string];
  const adapter = ADAPTERS.find((a) => a.id === host)!;
  const url = new URL(c.url);

  it('gives a working panel: key, subject, customer, messages with authors, the reply box', () => {
    const doc = loadFixture(host, file);
    const state = readPageState(adapter, doc, url);
    if (state.kind !== 'conversation') throw new Error(`no conversation: ${state.reason}`);
    expect(state.problems).toEqual([]);
    expect(state.conversation).toMatchObject({
      host,
      key: c.key,
      subject: c.subject,
      ...(c.customerName ? { customerName: c.customerName } : {}),
    });
    expect(state.messages.map((m) => m.author)).toEqual(c.messages.map(([p]) => p));
    state.messages.forEach((m, i) => {
      expect(m.text).toContain(c.messages[i]?.[1]);
      expectPlainText(m.text);
    });
    const all = state.messages.map((m) => m.text).join('\n');
    for (const phrase of c.absent) expect(all).not.toContain(phrase);
    expect(findReplyEditor(adapter, doc, url)?.getAttribute('data-fixture-editor')).toBeTruthy();
  });

  it(
    c.ownMessages
      ? "reads the messages with the host's own evidenced selectors"
      : 'has no evidenced message selector: the structure reader reads the thread',
    () => {
      const own = adapter.messages(loadFixture(host, file), url);
      expect(!isLookupFailure(own) && own.length > 0).toBe(c.ownMessages);
    },
  );
});

describe('coverage', () => {
  it('every evidenced-* fixture has a case here', () => {
    const all = readdirSync(FIXTURE_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        fixtureFiles(d.name)
          .filter((f) => f.startsWith('evidenced-'))
          .map((f) => `${d.name}/${f}`),
      );
    expect(all.sort()).toEqual(CASES.map((c) => c.fixture).sort());
    for (const f of LADDER_ONLY) expect(CASES.find((c) => c.fixture === f)?.ownMessages).toBe(false);
  });
});
