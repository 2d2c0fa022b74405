// ProseMirror (Intercom; TipTap is built on it). Model: view.state.doc; undo: prosemirror-history.
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { DOMParser as PMDOMParser } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { expose, INITIAL_HTML, mount } from './hooks';

expose(async () => {
  const host = mount('div', { id: 'pm' });
  const template = document.createElement('div');
  template.innerHTML = INITIAL_HTML;
  const state = EditorState.create({
    doc: PMDOMParser.fromSchema(schema).parse(template),
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo })],
  });
  const view = new EditorView(host, { state });
  return {
    target: '#pm',
    click: { selector: '#pm .ProseMirror p' },
    readModel: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
    undo: () => {
      undo(view.state, view.dispatch);
    },
  };
});
