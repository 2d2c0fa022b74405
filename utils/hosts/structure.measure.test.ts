// @vitest-environment happy-dom
// The reader for any helpdesk, measured: on every host fixture, with the host's own adapter
// switched off, how many fields the structure-based default adapter gets right compared with the
// host adapter (whose output adapters.test.ts pins against hand-written expectations).
// Run: npx vitest run utils/hosts/structure.measure  (prints the table that utils/hosts/README.md shows)
import { describe, expect, it } from 'vitest';
import { defaultAdapter } from './default';
import { ADAPTERS } from './registry';
import { fixtureFiles, loadFixture } from './test-fixtures';
import { LADDER_ONLY } from './evidenced.test-cases';
import { isLookupFailure, type HostAdapter } from './types';

/** The URL each fixture stands for (as in its header comment). */
const URLS: Record<string, string> = {
  'zendesk/agent-workspace-2025-06.html': 'https://verdant.zendesk.com/agent/tickets/4182',
  'zendesk/evidenced-2024-10.html': 'https://oakfield.zendesk.com/agent/tickets/7731',
  'outlook/reading-pane-2025-09.html':
    'https://outlook.office.com/mail/inbox/id/AAQkAGI2TGRjMzUwLTk3ZDEtNDc4ZS04MGFhLTQ1Y2U3NjE2NmQxZAAQAKx3',
  'outlook/evidenced-2024-09.html': 'https://outlook.office.com/mail/inbox/id/AAQkADRlNWQ2ZTY5LTE1ZjktNGM2YS04NzQ4LTEwZDEwN2E2MTBjZQAQAEb9',
  'freshdesk/ticket-2025-04.html': 'https://lumen.freshdesk.com/a/tickets/30817',
  'helpscout/classic-redactor-2023-02.html': 'https://secure.helpscout.net/conversation/2189034512/4471/?folderId=7001234',
  'helpscout/react-2025-10.html': 'https://secure.helpscout.net/conversation/2801456677/9130/',
  'intercom/inbox-2025-08.html': 'https://app.intercom.com/a/inbox/abc123de/inbox/shared/all/conversation/215467880012345',
  'front/conversation-2025-07.html': 'https://app.frontapp.com/open/cnv_8fz21kq',
  'hubspot/inbox-thread-2025-05.html': 'https://app.hubspot.com/live-messages/4410982/inbox/7731902245',
  'demo-helpdesk/ticket-2026-11.html': 'http://127.0.0.1:5173/helpdesk/tickets/1042',
};
const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmbVhqhGvTpqNLzKWgXr';

const FIELDS = ['key', 'subject', 'customer', 'messages', 'authors', 'reply box'] as const;
type Field = (typeof FIELDS)[number];

const norm = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

function measure(host: HostAdapter, doc: Document, url: URL): Record<Field, boolean> {
  const truth = host.conversation(doc, url);
  const truthMessages = host.messages(doc, url);
  const truthEditor = host.replyEditor(doc, url);
  if (isLookupFailure(truth) || isLookupFailure(truthMessages) || isLookupFailure(truthEditor)) {
    throw new Error(`the host adapter ${host.id} does not read its own fixture`);
  }
  const info = defaultAdapter.conversation(doc, url);
  const messages = defaultAdapter.messages(doc, url);
  const editor = defaultAdapter.replyEditor(doc, url);
  const ok = !isLookupFailure(info);
  const list = isLookupFailure(messages) ? [] : messages;
  const sameCount = list.length === truthMessages.length;
  return {
    key: ok && norm(info.key).includes(norm(truth.key)),
    subject: ok && norm(info.subject) === norm(truth.subject),
    customer:
      ok &&
      (truth.customerName
        ? norm(info.customerName) === norm(truth.customerName)
        : truth.customerEmail
          ? norm(info.customerEmail) === norm(truth.customerEmail)
          : true),
    // Each message's own words, and not much more (quotes, signatures, headers left out).
    messages:
      sameCount &&
      truthMessages.every((m, i) => {
        const got = norm(list[i]?.text);
        return got.includes(norm(m.text).slice(0, 40)) && got.length <= norm(m.text).length * 1.3 + 30;
      }),
    authors: sameCount && truthMessages.every((m, i) => list[i]?.author === m.author),
    'reply box': !isLookupFailure(editor) && editor === truthEditor,
  };
}

const ROWS = ADAPTERS.flatMap((a) =>
  fixtureFiles(a.id)
    // Broken fixtures, and evidenced-only ones whose thread the host adapter cannot read itself
    // (no ground truth from the host; evidenced.test.ts pins them against hand-written expectations).
    .filter((f) => !f.startsWith('broken-') && !LADDER_ONLY.includes(`${a.id}/${f}`))
    .map((file) => ({ adapter: a, file, url: new URL(a.id === 'gmail' ? GMAIL_URL : (URLS[`${a.id}/${file}`] ?? '')) })),
);

describe('the reader for any helpdesk, with each host adapter switched off', () => {
  it('reads at least 80% of the fields right over all host fixtures (prints the table)', () => {
    const lines = [`| fixture | ${FIELDS.join(' | ')} |`, `|---|${FIELDS.map(() => ':-:').join('|')}|`];
    const totals = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
    for (const row of ROWS) {
      const result = measure(row.adapter, loadFixture(row.adapter.id, row.file), row.url);
      for (const f of FIELDS) totals[f] += result[f] ? 1 : 0;
      lines.push(`| ${row.adapter.id}/${row.file} | ${FIELDS.map((f) => (result[f] ? '✓' : '✗')).join(' | ')} |`);
    }
    const right = FIELDS.reduce((n, f) => n + totals[f], 0);
    const all = ROWS.length * FIELDS.length;
    lines.push(`| **right** | ${FIELDS.map((f) => `${totals[f]}/${ROWS.length}`).join(' | ')} |`);
    lines.push('', `${right}/${all} fields right (${((100 * right) / all).toFixed(0)}%) on ${ROWS.length} fixtures`);
    console.log(lines.join('\n'));
    expect(right / all).toBeGreaterThanOrEqual(0.8);
  }, 120_000);
});
