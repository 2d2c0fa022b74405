// A web-component reply box: ProseMirror inside a custom element's open shadow root (the target
// handed over is the custom element). Model: view.state.doc; undo: prosemirror-history.
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { DOMParser as PMDOMParser } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { expose, INITIAL_HTML, mount } from './hooks';

expose(async () => {
  customElements.define('reply-box', class extends HTMLElement {});
  const host = mount('reply-box', { id: 'reply-box' });
  const shadow = host.attachShadow({ mode: 'open' });
  const place = document.createElement('div');
  shadow.append(place);
  const template = document.createElement('div');
  template.innerHTML = INITIAL_HTML;
  const state = EditorState.create({
    doc: PMDOMParser.fromSchema(schema).parse(template),
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo }), keymap(baseKeymap)],
  });
  const view = new EditorView(place, { state });
  return {
    target: '#reply-box',
    click: { selector: '#reply-box .ProseMirror p' },
    readModel: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
    undo: () => {
      undo(view.state, view.dispatch);
    },
  };
});
