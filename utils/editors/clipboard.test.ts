// @vitest-environment happy-dom
// The clipboard, the last resort when no editor took the summary: each way of copying in turn,
// what each carries, and null when every way is refused (the agent is told to copy by hand).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyToClipboard } from './clipboard';
import { EDITOR_MESSAGE_KEYS, editorMessage } from './messages';

const win = window as unknown as Window & typeof globalThis;
const CONTENT = { text: 'Next steps', html: '<p>Next steps</p>' };
const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');

beforeEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

afterEach(() => {
  vi.restoreAllMocks();
  delete (document as { execCommand?: unknown }).execCommand;
  // put back what the next test file expects (the mutation config runs files in one worker)
  if (original) Object.defineProperty(navigator, 'clipboard', original);
  else delete (navigator as { clipboard?: unknown }).clipboard;
});

function clipboard(api: { write?: (items: ClipboardItem[]) => Promise<void>; writeText?: (text: string) => Promise<void> }) {
  Object.defineProperty(navigator, 'clipboard', { value: api, configurable: true });
}

/** document.execCommand('copy') as a browser runs it: fires `copy`, answers `ok`. */
function execCopy(ok: boolean | 'throws') {
  const data = new win.DataTransfer();
  let prevented = false;
  (document as { execCommand?: unknown }).execCommand = (command: string) => {
    if (ok === 'throws') throw new Error('refused');
    const event = new win.ClipboardEvent('copy', { clipboardData: data, cancelable: true, bubbles: true });
    document.body.dispatchEvent(event);
    prevented = event.defaultPrevented;
    return command === 'copy' && ok;
  };
  return { data, prevented: () => prevented };
}

describe('copyToClipboard', () => {
  it('text and HTML through clipboard.write when the browser has it', async () => {
    const write = vi.fn(async (_items: ClipboardItem[]) => undefined);
    const writeText = vi.fn(async (_text: string) => undefined);
    clipboard({ write, writeText });
    expect(await copyToClipboard(CONTENT, win)).toBe('clipboard.write');
    const [item] = write.mock.calls[0]![0];
    expect([...item!.types].sort()).toEqual(['text/html', 'text/plain']);
    expect(await (await item!.getType('text/plain')).text()).toBe('Next steps');
    expect(await (await item!.getType('text/html')).text()).toBe('<p>Next steps</p>');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('no HTML: text only, through writeText', async () => {
    const write = vi.fn(async () => undefined);
    const writeText = vi.fn(async (_text: string) => undefined);
    clipboard({ write, writeText });
    expect(await copyToClipboard({ text: 'Next steps' }, win)).toBe('clipboard.writeText');
    expect(write).not.toHaveBeenCalled();
    expect(writeText).toHaveBeenCalledWith('Next steps');
  });

  it('write refused: writeText', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    clipboard({ write: async () => Promise.reject(new Error('denied')), writeText });
    expect(await copyToClipboard(CONTENT, win)).toBe('clipboard.writeText');
    expect(writeText).toHaveBeenCalledWith('Next steps');
  });

  it('no ClipboardItem in this browser: writeText', async () => {
    const write = vi.fn(async () => undefined);
    clipboard({ write, writeText: async () => undefined });
    vi.spyOn(win, 'ClipboardItem', 'get').mockReturnValue(undefined as unknown as typeof ClipboardItem);
    expect(await copyToClipboard(CONTENT, win)).toBe('clipboard.writeText');
    expect(write).not.toHaveBeenCalled();
  });

  it('both refused: the copy command, which our listener fills with text and HTML, then stops listening', async () => {
    clipboard({ write: async () => Promise.reject(new Error('denied')), writeText: async () => Promise.reject(new Error('denied')) });
    const copy = execCopy(true);
    expect(await copyToClipboard(CONTENT, win)).toBe('execCommand:copy');
    expect(copy.data.getData('text/plain')).toBe('Next steps');
    expect(copy.data.getData('text/html')).toBe('<p>Next steps</p>');
    expect(copy.prevented()).toBe(true);
    // a copy the agent makes later is theirs
    const later = new win.ClipboardEvent('copy', { clipboardData: new win.DataTransfer(), cancelable: true, bubbles: true });
    document.body.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
  });

  it('no clipboard API at all: the copy command, text only when there is no HTML', async () => {
    const copy = execCopy(true);
    expect(await copyToClipboard({ text: 'Next steps' }, win)).toBe('execCommand:copy');
    expect(copy.data.types).toEqual(['text/plain']);
  });

  it.each([
    ['answers false', false],
    ['throws', 'throws'],
  ] as const)('the copy command %s: null (nothing copied)', async (_name, ok) => {
    execCopy(ok);
    expect(await copyToClipboard(CONTENT, win)).toBeNull();
  });

  it('a browser without the copy command: null', async () => {
    expect(await copyToClipboard(CONTENT, win)).toBeNull();
  });
});

describe('editorMessage', () => {
  it('each message has its own words in the catalog', () => {
    const t = (key: string) => `words of ${key}`;
    for (const [message, key] of Object.entries(EDITOR_MESSAGE_KEYS)) {
      expect(editorMessage(message as keyof typeof EDITOR_MESSAGE_KEYS, t)).toBe(`words of ${key}`);
      expect(key).toBe(`editor${message[0]!.toUpperCase()}${message.slice(1)}`);
    }
    expect(Object.keys(EDITOR_MESSAGE_KEYS)).toHaveLength(21);
  });

  it('by default, in the browser language', () => {
    expect(editorMessage('noEditorNotCopied')).toMatch(/^No reply box was found/);
  });
});
