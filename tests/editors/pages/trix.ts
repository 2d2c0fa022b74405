// Trix (Basecamp, HEY): a <trix-editor> custom element with its own document model. No route of
// ours names it: the general rule handles it. Model: editor.getDocument(); undo: its undo manager.
import 'trix';
import { expose, INITIAL_HTML, mount } from './hooks';

interface TrixEditorElement extends HTMLElement {
  editor: { getDocument(): { toString(): string }; undo(): void; loadHTML(html: string): void };
}

expose(async () => {
  const input = mount('input', { type: 'hidden', id: 'trix-input', value: INITIAL_HTML });
  const el = mount('trix-editor', { input: input.id, id: 'trix' }) as TrixEditorElement;
  await new Promise<void>((resolve) => {
    if (el.editor) resolve();
    else el.addEventListener('trix-initialize', () => resolve(), { once: true });
  });
  return {
    target: '#trix',
    click: { selector: '#trix div' },
    readModel: () => el.editor.getDocument().toString(),
    undo: () => el.editor.undo(),
  };
});
