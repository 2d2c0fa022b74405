// The contract between an editor test page and tests/editors/editors.e2e.ts. A page builds one
// real editor and exposes, on `window.ck` in the page's main world, ways to read the editor's
// own model and to run the editor's own undo. The code under test never sees these: it runs in an
// isolated world, as a content script would.

export interface EditorHooks {
  /** Selector (in the top document) of the element the content script would hand to insertIntoEditor. */
  target: string;
  /** Where a person clicks to put the caret in the editor; `frame` when the editable is in an iframe. */
  click: { selector: string; frame?: string };
  /** The editor's content as text, read through the editor's own API/model, blocks separated by newlines. */
  readModel(): string;
  /** The editor's own undo command. */
  undo(): void;
}

declare global {
  interface Window {
    ck: EditorHooks & { ready: Promise<void>; error?: string };
  }
}

export const INITIAL = ['Dear customer, thanks for waiting.', 'Best regards, Sam'] as const;
export const INITIAL_HTML = INITIAL.map((line) => `<p>${line}</p>`).join('');

/** Publishes the hooks once the editor is built; `window.ck.ready` settles either way. */
export function expose(build: () => Promise<EditorHooks>): void {
  const app = document.getElementById('app');
  if (!app) throw new Error('page has no #app');
  let resolveReady!: () => void;
  let rejectReady!: (e: unknown) => void;
  const ready = new Promise<void>((ok, fail) => {
    resolveReady = ok;
    rejectReady = fail;
  });
  window.ck = { ready } as Window['ck'];
  build().then(
    (hooks) => {
      Object.assign(window.ck, hooks);
      resolveReady();
    },
    (error: unknown) => {
      window.ck.error = String((error as Error)?.stack ?? error);
      rejectReady(error);
    },
  );
}

/** A fresh element under #app. */
export function mount(tag: string, attrs: Record<string, string> = {}): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.getElementById('app')!.append(el);
  return el;
}

/** Text of an HTML string, one line per block: for editors whose API returns HTML. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const block of Array.from(doc.body.querySelectorAll('p, li, div, h1, h2, h3, h4, br'))) {
    block.insertAdjacentText('afterend', '\n');
  }
  return doc.body.textContent ?? '';
}
