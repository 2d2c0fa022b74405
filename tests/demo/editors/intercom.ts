// Demo only: turns the Intercom fixture's static composer into a real ProseMirror editor (the
// composer Intercom's inbox uses). The fixture's markup stays what the adapter tests read.
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { DOMParser as PMDOMParser } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

const staticBox = document.querySelector<HTMLElement>('.ProseMirror[aria-label="Reply"]');
if (staticBox?.parentElement) {
  const parent = staticBox.parentElement;
  const doc = PMDOMParser.fromSchema(schema).parse(staticBox);
  staticBox.remove();
  const view = new EditorView(parent, {
    state: EditorState.create({ doc, plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo }), keymap(baseKeymap)] }),
    attributes: { 'aria-label': 'Reply', role: 'textbox', 'aria-multiline': 'true' },
  });
  Object.assign(window, {
    demoEditorData: () => [view.state.doc.textContent],
    // One line per block, read from ProseMirror's document.
    demoEditorText: () => [view.state.doc.textBetween(0, view.state.doc.content.size, '\n')],
  });
  document.documentElement.dataset.demoEditors = 'ready';
}
