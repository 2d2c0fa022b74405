// @vitest-environment happy-dom
// clipboard.ts at its edges: the blobs carry their own type (some browsers read the blob's type, not
// the item's key), no HTML part is written when there is no HTML (a browser's Blob turns `undefined`
// into the text "undefined"), a page's copy handler cannot keep our listener from filling the copy,
// and the listener is taken off with the options it was put on with (else it outlives the copy and
// hijacks the agent's next Ctrl+C).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyToClipboard } from './clipboard';

const win = window as unknown as Window & typeof globalThis;
const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');

beforeEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete (document as { execCommand?: unknown }).execCommand;
  document.body.innerHTML = '';
  if (original) Object.defineProperty(navigator, 'clipboard', original);
  else delete (navigator as { clipboard?: unknown }).clipboard;
});

describe('clipboard.write', () => {
  it('each part is a blob of its own type', async () => {
    const write = vi.fn(async (_items: ClipboardItem[]) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { write, writeText: vi.fn() }, configurable: true });
    expect(await copyToClipboard({ text: 'Next steps', html: '<p>Next steps</p>' }, win)).toBe('clipboard.write');
    const [item] = write.mock.calls[0]![0];
    expect((await item!.getType('text/plain')).type).toBe('text/plain');
    expect((await item!.getType('text/html')).type).toBe('text/html');
  });

  it('no HTML: nothing is written as HTML, even where a Blob takes undefined as text (browsers do)', async () => {
    const NativeBlob = Blob;
    vi.stubGlobal(
      'Blob',
      class extends NativeBlob {
        constructor(parts: unknown[] = [], options?: BlobPropertyBag) {
          super(parts.map((p) => (p instanceof NativeBlob || typeof p === 'string' ? p : String(p))) as BlobPart[], options);
        }
      },
    );
    const write = vi.fn(async (_items: ClipboardItem[]) => undefined);
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { write, writeText }, configurable: true });
    expect(await copyToClipboard({ text: 'Next steps' }, win)).toBe('clipboard.writeText');
    expect(write).not.toHaveBeenCalled();
  });
});

describe('the copy command', () => {
  function execCopy() {
    const data = new win.DataTransfer();
    (document as { execCommand?: unknown }).execCommand = (command: string) => {
      const event = new win.ClipboardEvent('copy', { clipboardData: data, cancelable: true, bubbles: true });
      (document.getElementById('page') ?? document.body).dispatchEvent(event);
      return command === 'copy';
    };
    return data;
  }

  it("a page's copy handler that stops the event does not keep the summary out: ours runs first (capture)", async () => {
    document.body.innerHTML = '<div id="page"></div>';
    document.getElementById('page')!.addEventListener('copy', (event) => event.stopPropagation());
    document.body.addEventListener('copy', (event) => event.stopPropagation(), true);
    const data = execCopy();
    expect(await copyToClipboard({ text: 'Next steps', html: '<p>Next steps</p>' }, win)).toBe('execCommand:copy');
    expect(data.getData('text/plain')).toBe('Next steps');
    expect(data.getData('text/html')).toBe('<p>Next steps</p>');
  });

  it('the listener is taken off as it was put on (capture), whatever the copy command does', async () => {
    // happy-dom removes a listener whatever its capture flag; a browser only with the same flag
    const add = vi.spyOn(document, 'addEventListener');
    const remove = vi.spyOn(document, 'removeEventListener');
    execCopy();
    await copyToClipboard({ text: 'Next steps' }, win);
    const added = add.mock.calls.filter(([type]) => type === 'copy');
    expect(added).toHaveLength(1);
    expect(added[0]![2]).toBe(true);
    expect(remove.mock.calls.filter(([type]) => type === 'copy')).toEqual([['copy', added[0]![1], true]]);
  });
});
