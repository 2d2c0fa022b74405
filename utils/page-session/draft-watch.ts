// Watches the reply the agent is writing and reports its text once typing pauses. Read-only: it
// never focuses, selects or changes the editor (coaching must not get in the way of typing), and
// reads the DOM only after the debounce, so a fast typist costs one read per pause.
//
// Two signals, because editors differ: `input` events (every native contenteditable, textarea and
// most rich editors while typing) and a MutationObserver on the reply box itself (editors that
// change their DOM from their own model without an input event, e.g. an inserted summary, undo).
// The reply box is looked up through the host adapter each time, since hosts open it late (Gmail's
// "Reply" click) and replace it on a thread switch.
import { isLookupFailure, type HostAdapter } from '../hosts/types';
import { readReplyDraft, type DraftReadOptions } from './reply-draft';

/** After the last keystroke: long enough to skip the words being typed, short enough to feel live. */
const DRAFT_DEBOUNCE_MS = 400;

export interface DraftWatchOptions {
  adapter: HostAdapter;
  win: Window;
  signal: AbortSignal;
  debounceMs?: number;
  /** Read at each pause: the agent may change templates or names while the page is open. */
  readOptions(): DraftReadOptions;
  /** Called with the draft text whenever it differs from the last one reported. */
  onDraft(text: string): void;
}

export interface DraftWatch {
  /** The conversation changed: forget the last text and read the (new) reply box at once. */
  refresh(): void;
}

export function watchReplyDraft(opts: DraftWatchOptions): DraftWatch {
  const { adapter, win, signal } = opts;
  const doc = win.document;
  const delay = opts.debounceMs ?? DRAFT_DEBOUNCE_MS;
  let observed: Element | null = null;
  // null: report the next read whatever it holds (start, thread switch).
  let last: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const observer = new MutationObserver(() => schedule());

  const replyBox = (): Element | null => {
    const found = adapter.replyEditor(doc, new URL(win.location.href));
    return isLookupFailure(found) ? null : found;
  };

  const read = () => {
    timer = undefined;
    if (signal.aborted) return;
    const editor = replyBox();
    if (editor !== observed) {
      observer.disconnect();
      observed = editor;
      if (editor) observer.observe(editor, { childList: true, subtree: true, characterData: true });
    }
    const text = editor ? readReplyDraft(editor, opts.readOptions()) : '';
    if (text === last) return;
    last = text;
    opts.onDraft(text);
  };

  function schedule(): void {
    if (signal.aborted) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(read, delay);
  }

  // Only edits can change the reply: ignore input events from anything that is not editable.
  const onInput = (event: Event) => {
    const target = event.target as Element | null;
    if (target?.nodeType === 1 && (target.closest('[contenteditable]') || target.tagName === 'TEXTAREA' || target.tagName === 'INPUT'))
      schedule();
  };
  doc.addEventListener('input', onInput, { capture: true, passive: true });

  signal.addEventListener(
    'abort',
    () => {
      if (timer !== undefined) clearTimeout(timer);
      observer.disconnect();
      doc.removeEventListener('input', onInput, { capture: true });
    },
    { once: true },
  );

  read();
  return {
    refresh() {
      last = null;
      schedule();
    },
  };
}
