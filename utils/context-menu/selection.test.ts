// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { demoHelpdesk } from '../hosts/demo-helpdesk';
import { fixtureHtml } from '../hosts/test-fixtures';
import { messageForSelection, normalizeText, selectionContext } from './selection';

describe('messageForSelection', () => {
  const messages = [
    { id: 1, text: 'Could you send it this week?\nI will send the volumes by Wednesday.' },
    { id: 2, text: "I'll send the revised rate card by Friday." },
    { id: 3, text: 'Thanks. I will send the volumes by Wednesday.' },
  ];
  it.each([
    ['words of one message', 'the revised   rate card', undefined, 2],
    ['case and spacing do not matter', 'COULD YOU\nsend it', undefined, 1],
    ['across two messages', 'this week? Thanks', undefined, null],
    ['nowhere', 'unrelated words', undefined, null],
    ['empty selection', '   ', undefined, null],
    ['in two messages, no place given', 'send the volumes', undefined, null],
    [
      'in two messages, the place decides',
      'send the volumes',
      ['I will send the volumes by Wednesday.', 'Thanks. I will send the volumes by Wednesday. (header)'],
      3,
    ],
  ] as const)('%s', (_name, selected, ancestors, id) => {
    expect(messageForSelection(selected, messages, ancestors)?.id ?? null).toBe(id);
  });
  it('normalizes whitespace and case', () => {
    expect(normalizeText('  A\n\tB  c ')).toBe('a b c');
  });
});

describe('selectionContext on the demo helpdesk page', () => {
  const url = new URL('http://127.0.0.1/demo-helpdesk/ticket-2026-11.html');
  beforeEach(() => {
    document.body.innerHTML = fixtureHtml('demo-helpdesk', 'ticket-2026-11.html');
  });

  function select(text: string): Selection {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(text))!;
    const range = document.createRange();
    range.selectNodeContents(p);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection;
  }

  it("names the customer as the author of the customer's words", () => {
    const ctx = selectionContext(demoHelpdesk, document, url, select('updated Q3 shipment volumes'));
    expect(ctx).toMatchObject({
      conversation: { host: 'demo-helpdesk', key: 'DEMO-1042', subject: 'Revised rate card for Q3 lanes' },
      text: "I'll send you our updated Q3 shipment volumes by Wednesday.",
      author: 'customer',
      authorName: 'Priya Natarajan',
    });
  });

  it("names the agent for the agent's words", () => {
    expect(selectionContext(demoHelpdesk, document, url, select('revised rate card by Friday'))).toMatchObject({
      author: 'agent',
      authorName: 'Dana Reyes',
    });
  });

  it('falls back to the menu text when this frame has no selection', () => {
    window.getSelection()!.removeAllRanges();
    expect(selectionContext(demoHelpdesk, document, url, window.getSelection(), "We'll decide by Monday")).toMatchObject({
      author: 'customer',
      text: "We'll decide by Monday",
    });
  });

  it('is null off a conversation', () => {
    document.body.innerHTML = '<p>nothing here</p>';
    expect(selectionContext(demoHelpdesk, document, url, null, 'x')).toBeNull();
  });
});
