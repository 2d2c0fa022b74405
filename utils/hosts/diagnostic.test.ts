// @vitest-environment happy-dom
// The page diagnostic carries the page's shape and which selectors matched, never its words.
import { describe, expect, it } from 'vitest';
import { defaultAdapter } from './default';
import { INTERFACE_WORDS, outlineElement, pageDiagnostic, urlShape } from './diagnostic';
import { ADAPTERS, adapterForDocument } from './registry';
import { FIXTURE_DIR, fixtureFiles, loadFixture } from './test-fixtures';
import { readdirSync } from 'node:fs';

/** Every word of 4+ letters the page shows (text, form values, title) — the conversation's words. */
function pageWords(doc: Document): Set<string> {
  const texts = [doc.body?.textContent ?? '', doc.title];
  doc.querySelectorAll('input, textarea').forEach((el) => texts.push((el as HTMLInputElement).value ?? ''));
  const words =
    texts
      .join(' ')
      .toLowerCase()
      .match(/[\p{L}]{4,}/gu) ?? [];
  return new Set(words);
}

/** Words the diagnostic may legitimately contain: tag and attribute names, selector strings, our own headings. */
function structuralWords(doc: Document, diagnosticHead: string): Set<string> {
  const parts: string[] = [diagnosticHead];
  doc.querySelectorAll('*').forEach((el) => {
    parts.push(el.tagName);
    for (const a of Array.from(el.attributes)) {
      parts.push(a.name);
      if (
        !/^(aria-label|title|value|href|name|email|placeholder|alt|datetime|data-ck-conversation)$/.test(a.name) &&
        !a.name.startsWith('aria-')
      ) {
        parts.push(a.value);
      }
    }
  });
  return new Set(
    parts
      .join(' ')
      .toLowerCase()
      .match(/[\p{L}]{4,}/gu) ?? [],
  );
}

const ALL = readdirSync(FIXTURE_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => fixtureFiles(d.name).map((file) => ({ host: d.name, file })));

describe('page diagnostic', () => {
  it.each(ALL)('$host/$file: the outline holds no word of the conversation', ({ host, file }) => {
    const doc = loadFixture(host, file);
    const url = new URL('https://desk.example.com/agent/tickets/4182');
    const adapter = ADAPTERS.find((a) => a.id === host) ?? adapterForDocument(doc, url);
    const diagnostic = pageDiagnostic(adapter, doc, url);
    const outline = diagnostic.slice(diagnostic.indexOf('outline of the conversation region'));
    const allowed = structuralWords(doc, '');
    const leaked = [...pageWords(doc)].filter(
      (w) => !allowed.has(w) && !INTERFACE_WORDS.has(w) && new RegExp(`\\b${w}\\b`, 'i').test(outline),
    );
    expect(leaked).toEqual([]);
    expect(outline).not.toMatch(/[^\s@‹]+@[^\s@›]+\.[a-z]{2,}/i); // no address
    expect(outline).toMatch(/\[text \d+\]/); // texts are there, as lengths
  });

  it('keeps the markers a maintainer needs, censors free-text labels that are not interface words', () => {
    const doc = new DOMParser().parseFromString(
      `<div role="main" data-app-section="ConversationContainer">
        <div aria-label="Email message" data-testid="item-4182"><span aria-label="From Lukas Meier" title="lukas@x.ch">Lukas Meier</span>
        <div aria-label="Message body">I'll upload the metadata by Thursday.</div></div>
        <div type="end-user" data-test-id="omni-log-item-message" class="a3s aiL" contenteditable="true"></div></div>`,
      'text/html',
    );
    const outline = outlineElement(doc.querySelector('[role="main"]')!);
    expect(outline).toContain('data-app-section="ConversationContainer"');
    expect(outline).toContain('aria-label="Email message"');
    expect(outline).toContain('aria-label="Message body" [text 37]');
    expect(outline).toContain('data-testid="item-#"');
    expect(outline).toContain('aria-label="‹16 chars›" title');
    expect(outline).toContain('type="end-user" data-test-id="omni-log-item-message"');
    expect(outline).toContain('.a3s .aiL');
    expect(outline).not.toMatch(/Lukas|Meier|upload|Thursday|lukas@/);
  });

  it('names the adapter, the URL shape without ids, and how many elements each selector matched', () => {
    const doc = loadFixture('zendesk', 'agent-workspace-2025-06.html');
    const zendesk = ADAPTERS.find((a) => a.id === 'zendesk')!;
    const text = pageDiagnostic(zendesk, doc, new URL('https://verdant.zendesk.com/agent/tickets/4182'));
    expect(text).toContain('adapter: zendesk');
    expect(text).toContain('page: https://verdant.zendesk.com/agent/tickets/#');
    expect(text).toMatch(/replyEditor: .*×2/);
    expect(urlShape(new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmbVhqhGvTpqNLzKWgXr'))).toBe(
      'https://mail.google.com/mail/u/0/#inbox/‹token›',
    );
    expect(pageDiagnostic(defaultAdapter, doc, new URL('https://x.example/'))).toContain('(none: read by the page structure)');
  });
});
