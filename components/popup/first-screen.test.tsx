// @vitest-environment happy-dom
// The first screen drawn before React (first-screen.ts) must be exactly what React's first commit
// draws from the same answer (PopupApp.tsx): React replaces it, and any difference would show the
// agent one thing, then another. Many varied answers, both ways, compared element by element
// (tag, every attribute, every text); ledger text never becomes markup.
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import type { OverviewSection, PopupOverview } from '@/utils/ledger/service';
import type { CommitmentRecord, ConversationRecord } from '@/utils/ledger/types';
import type { Party } from '@/utils/commitments/types';
import { commitmentRecord, conversationRecord } from '@/tests/support/records';

interface Answer {
  overview: PopupOverview;
  undated: OverviewSection & { conversations: ConversationRecord[] };
  timeZone: string;
}
let answer: Answer;

vi.mock('@/utils/messaging/ledger-client', () => ({
  createLedgerClient: () => ({
    popupOverview: async () => answer.overview,
    listUndatedOpen: async () => answer.undated,
    search: async () => [],
  }),
}));
vi.mock('@/utils/settings', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/utils/settings')>()),
  getSettings: async () => ({ ...DEFAULT_SETTINGS, timeZone: answer.timeZone }),
  watchSettings: () => () => undefined,
}));

/** The markup of a node: tags, attributes sorted by name, adjacent texts joined (React splits them). */
function markup(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.textContent);
  if (!(node instanceof Element)) return '';
  const attributes = [...node.attributes]
    .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
    .sort()
    .join(' ');
  const children: string[] = [];
  let text: string | null = null;
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text = (text ?? '') + child.textContent;
    else {
      if (text !== null) children.push(JSON.stringify(text));
      text = null;
      children.push(markup(child));
    }
  }
  if (text !== null) children.push(JSON.stringify(text));
  return `<${node.nodeName.toLowerCase()} ${attributes}>${children.join('')}</${node.nodeName.toLowerCase()}>`;
}

/** Where two markups part, with some context around, or null when they are the same. */
function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: first screen …${a.slice(Math.max(0, i - 120), i + 80)}… React …${b.slice(Math.max(0, i - 120), i + 80)}…`;
}

/** Both renderers over one answer: what the first screen drew, then what React's first commit drew over it. */
async function bothWays(a: Answer | null): Promise<{ first: string; react: string; root: HTMLElement }> {
  vi.resetModules();
  const read = await import('./overview-read');
  const { drawFirstScreen } = await import('./first-screen');
  const { mountPopup } = await import('./mount');
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  if (a) {
    answer = a;
    read.prefetchOverview();
    await read.prefetchSettled(1000);
    expect(read.settledPrefetch()).not.toBeNull();
  }
  drawFirstScreen(root, read.settledPrefetch());
  const first = [...root.childNodes].map(markup).join('');
  mounted.push(mountPopup(root));
  const react = [...root.childNodes].map(markup).join('');
  return { first, react, root };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ZONES = ['UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'Europe/Berlin', 'America/St_Johns'];
const PARTIES: Array<Party | null> = ['agent', 'customer', 'third-party', null];
const WORDS = [
  "I'll send the revised rate card",
  '<img src=x onerror="alert(1)">',
  '<b>bold</b> &amp; <script>document.title="x"</script>',
  'Call back — «café» 日本語 🙂',
  'x'.repeat(600),
  '   spaced   words   ',
  '',
];

/** A small deterministic random source, so a failing answer can be found again by its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function variedAnswer(seed: number): Answer {
  const r = random(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const now = Date.now();
  const conversations: ConversationRecord[] = Array.from({ length: 4 }, (_, i) =>
    conversationRecord({
      id: `conv-${seed}-${i}`,
      site: pick(['https://acme.zendesk.com', 'not a url', '']),
      url: pick(['https://mail.example.com/#inbox/1', 'also not a url']),
      subject: pick(['Rates', '', '<i>Re: quote</i>', 'Long '.repeat(40)]),
      ...(r() < 0.5 ? { customerName: pick(['Priya Natarajan', '<u>Eve</u>', '']) } : {}),
      ...(r() < 0.5 ? { customerEmail: 'eve@example.com' } : {}),
      ...(r() < 0.6 ? { lastMessageAt: new Date(now - r() * 400 * DAY).toISOString() } : {}),
    }),
  );
  let n = 0;
  const commitment = (dueAt: number | null): CommitmentRecord => {
    const words = pick(WORDS);
    const rescheduled = r() < 0.3;
    return commitmentRecord(`c-${seed}-${n++}`, {
      text: words,
      action: rescheduled ? pick(['send it', '', '<a href=x>go</a>']) : words,
      ...(rescheduled ? { due: { text: pick(['next Tuesday', 'by Friday EOD', '<b>soon</b>']) } as CommitmentRecord['due'] } : {}),
      party: pick(PARTIES),
      dueAt,
      // One in eight belongs to a conversation the answer does not carry (its buttons disabled).
      conversationId: r() < 0.125 ? 'gone' : pick(conversations).id,
      reminder: { leadMinutes: [60], snoozedUntil: r() < 0.3 ? now + (r() - 0.3) * 3 * DAY : null },
    });
  };
  const section = (from: number, to: number): OverviewSection => {
    const size = pick([0, 0, 1, 3, 9]);
    const items = Array.from({ length: size }, () => commitment(now + from + r() * (to - from)));
    const count = size + pick([0, 0, 5]);
    return { count, capped: r() < 0.15, items };
  };
  const undatedItems = Array.from({ length: pick([0, 2, 10]) }, () => commitment(null));
  const undated = {
    count: undatedItems.length + pick([0, 3]),
    capped: false,
    items: undatedItems,
    conversations: [] as ConversationRecord[],
  };
  // The undated section's conversations come with it (the last one only there).
  undated.conversations = conversations.slice(3);
  const overview: PopupOverview = {
    overdue: section(-400 * DAY, -60_000),
    today: section(60_000, 10 * HOUR),
    upcoming: section(DAY, 7 * DAY),
    later: { count: undated.count + pick([0, 0, 12]), capped: false },
    conversations: conversations.slice(0, 3),
  };
  return { overview, undated, timeZone: pick(ZONES) };
}

beforeEach(() => {
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'test', version: '1' });
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});
/** React roots of the test, unmounted after it (no render left to run once the page is gone). */
const mounted: Root[] = [];
afterEach(() => {
  for (const root of mounted.splice(0)) root.unmount();
  document.body.replaceChildren();
});

describe('the first screen drawn before React', () => {
  it.each(Array.from({ length: 60 }, (_, seed) => seed + 1))(
    'is what React draws first, answer %i',
    async (seed) => {
      const a = variedAnswer(seed);
      const { first, react } = await bothWays(a);
      expect(firstDifference(first, react)).toBeNull();
      // The answer's rows, up to the first screen's 8: a drawing of nothing would pass the equality too.
      const listed = [a.overview.overdue, a.overview.today, a.overview.upcoming, a.undated].reduce(
        (s, x) => s + (x.count > 0 ? x.items.length : 0),
        0,
      );
      expect(first.match(/data-testid="popup-commitment"/g)?.length ?? 0).toBe(Math.min(8, listed));
    },
    30_000,
  );

  it('"Loading…" without an answer, the same both ways', async () => {
    const { first, react } = await bothWays(null);
    expect(first).toContain('Loading');
    expect(first).toBe(react);
  });

  it('an empty ledger: "Nothing due", the same both ways', async () => {
    const empty = { count: 0, capped: false, items: [] };
    const { first, react } = await bothWays({
      overview: { overdue: empty, today: empty, upcoming: empty, later: { count: 0, capped: false }, conversations: [] },
      undated: { ...empty, conversations: [] },
      timeZone: 'UTC',
    });
    expect(first).toBe(react);
    expect(first).not.toContain('popup-commitment');
  });

  it('shows ledger text as text: markup in a commitment, a subject or a name is never parsed', async () => {
    const conversation = conversationRecord({ subject: '<i>Re: quote</i>', customerName: '<u>Eve</u>' });
    const item = commitmentRecord('x', {
      text: '<img src=x onerror="alert(1)">',
      action: 'x',
      dueAt: Date.now() - HOUR,
      conversationId: conversation.id,
    });
    const empty = { count: 0, capped: false, items: [] };
    vi.resetModules();
    const read = await import('./overview-read');
    const { drawFirstScreen } = await import('./first-screen');
    answer = {
      overview: {
        overdue: { count: 1, capped: false, items: [item] },
        today: empty,
        upcoming: empty,
        later: { count: 0, capped: false },
        conversations: [conversation],
      },
      undated: { ...empty, conversations: [] },
      timeZone: 'UTC',
    };
    read.prefetchOverview();
    await read.prefetchSettled(1000);
    const root = document.createElement('div');
    drawFirstScreen(root, read.settledPrefetch());
    expect(root.querySelector('img, i, u')).toBeNull();
    expect(root.querySelector('.row-text')!.textContent).toBe('<img src=x onerror="alert(1)">');
    expect(root.querySelector('.row-subject')!.textContent).toBe('<i>Re: quote</i>');
    expect(root.querySelector('.row-customer')!.textContent).toBe('<u>Eve</u>');
  });

  it('is inert until React has committed over it, then live', async () => {
    vi.resetModules();
    answer = variedAnswer(7);
    const read = await import('./overview-read');
    const { drawFirstScreen } = await import('./first-screen');
    const { mountPopup } = await import('./mount');
    read.prefetchOverview();
    await read.prefetchSettled(1000);
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    drawFirstScreen(root, read.settledPrefetch());
    expect(root.inert).toBe(true);
    expect(root.getAttribute('aria-busy')).toBe('true');
    const drawn = root.querySelector('main');
    mounted.push(mountPopup(root));
    expect(root.inert).toBe(false);
    expect(root.hasAttribute('aria-busy')).toBe(false);
    expect(root.hasAttribute('data-first-screen')).toBe(false);
    // React's elements replaced the picture (one main, not the first screen's).
    expect(root.querySelectorAll('main')).toHaveLength(1);
    expect(root.querySelector('main')).not.toBe(drawn);
  });

  it('the comparison sees a one-letter text, an attribute or a node of difference', () => {
    const a = document.createElement('div');
    a.innerHTML = '<p class="row-due due-overdue">Fri, Nov 27 <span>x</span></p>';
    const b = a.cloneNode(true) as HTMLElement;
    expect(markup(a)).toBe(markup(b));
    b.querySelector('span')!.textContent = 'y';
    expect(markup(a)).not.toBe(markup(b));
    const c = a.cloneNode(true) as HTMLElement;
    c.querySelector('p')!.setAttribute('class', 'row-due due-soon');
    expect(markup(a)).not.toBe(markup(c));
    const d = a.cloneNode(true) as HTMLElement;
    d.querySelector('p')!.append(document.createElement('b'));
    expect(markup(a)).not.toBe(markup(d));
  });
});
