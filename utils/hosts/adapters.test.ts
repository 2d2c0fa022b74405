// @vitest-environment happy-dom
// Every host adapter against every one of its dated fixtures: conversation key, subject, customer,
// messages with authors (quotes and signatures left out), the active conversation's reply box.
import { describe, expect, it } from 'vitest';
import type { Party } from '../commitments/types';
import { ADAPTERS } from './registry';
import { fixtureFiles, loadFixture } from './test-fixtures';
import { isLookupFailure, type HostAdapter, type HostMessage } from './types';

interface Case {
  host: string;
  file: string;
  url: string;
  conversation: {
    key: string;
    subject: string;
    customerName?: string;
    customerEmail?: string;
    customerOrg?: string;
    customerTimeZone?: string;
  };
  /** Author, name and a phrase each message must contain. */
  messages: Array<[Party, string | undefined, string]>;
  /** Phrases no message may contain (quotes, signatures, inactive tickets). */
  absent: string[];
  /** The reply box found must match this (proves it is the active conversation's). */
  editor: string;
}

const CASES: Case[] = [
  {
    host: 'zendesk',
    file: 'agent-workspace-2025-06.html',
    url: 'https://verdant.zendesk.com/agent/tickets/4182',
    conversation: {
      key: '4182',
      subject: 'Refund for duplicate charge on INV-20931',
      customerName: 'Alicia Gómez',
      customerEmail: 'alicia.gomez@verdantgrocers.com',
      customerOrg: 'Verdant Grocers',
      customerTimeZone: 'America/Chicago',
    },
    messages: [
      ['customer', 'Alicia Gómez', "I'll send you the bank statement showing both debits by Wednesday."],
      ['agent', 'Noah Kim', "I'll escalate it to our billing team today and confirm the refund by Friday."],
      ['agent', 'Noah Kim', 'Billing (Ravi) promised to process the reversal by Thursday noon.'],
      ['customer', 'Alicia Gómez', "so we'll hold the next payment until Monday."],
    ],
    absent: ['Verdant Support · support.verdant.example', 'On Jun 10, Noah Kim wrote', 'Login loop', 'Please fix it today'],
    editor: '[data-ticket-editor="4182"]',
  },
];

function adapter(id: string): HostAdapter {
  const found = ADAPTERS.find((a) => a.id === id);
  if (!found) throw new Error(`no adapter ${id}`);
  return found;
}

describe.each(CASES)('$host / $file', (c) => {
  const doc = loadFixture(c.host, c.file);
  const url = new URL(c.url);
  const a = adapter(c.host);

  it('serves the URL and recognises the markup', () => {
    expect(a.matches(url)).toBe(true);
    expect(a.detect(doc)).toBe(true);
  });

  it('reads the conversation', () => {
    const info = a.conversation(doc, url);
    if (isLookupFailure(info)) throw new Error(info.message);
    expect(info).toEqual({ host: c.host, url: url.href, ...c.conversation });
  });

  it('reads the messages with their authors, without quotes and signatures', () => {
    const messages = a.messages(doc, url);
    if (isLookupFailure(messages)) throw new Error(messages.message);
    expect(messages.map((m: HostMessage) => [m.author, m.authorName])).toEqual(c.messages.map(([p, n]) => [p, n]));
    messages.forEach((m, i) => expect(m.text).toContain(c.messages[i]?.[2]));
    const all = messages.map((m) => m.text).join('\n');
    for (const phrase of c.absent) expect(all).not.toContain(phrase);
  });

  it("finds the active conversation's reply box", () => {
    const editor = a.replyEditor(doc, url);
    if (isLookupFailure(editor)) throw new Error(editor.message);
    expect(editor.matches(c.editor)).toBe(true);
  });
});

describe('fixture coverage', () => {
  it('every non-broken fixture of an adapter host has a case', () => {
    for (const a of ADAPTERS) {
      if (a.id === 'gmail' || a.id === 'demo-helpdesk') continue; // own test files
      const files = fixtureFiles(a.id).filter((f) => !f.startsWith('broken-'));
      for (const f of files) expect(CASES.some((c) => c.host === a.id && c.file === f), `${a.id}/${f}`).toBe(true);
    }
  });
});
