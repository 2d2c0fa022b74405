// Draft.js (probably HubSpot). Draft needs React ≤ 18 (it calls findDOMNode): the bundler maps
// `react`/`react-dom` to the react18/react-dom18 npm aliases for this page only.
// Model: editorState.getCurrentContent(); undo: EditorState.undo.
import { ContentState, Editor, EditorState, convertFromHTML } from 'draft-js';
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { expose, INITIAL_HTML, mount } from './hooks';

expose(async () => {
  const host = mount('div', { id: 'draft' });
  const blocks = convertFromHTML(INITIAL_HTML);
  let current = EditorState.createWithContent(ContentState.createFromBlockArray(blocks.contentBlocks, blocks.entityMap));
  let setState: (s: EditorState) => void = () => {};
  function App() {
    const [state, set] = useState(current);
    current = state;
    setState = (s) => {
      current = s;
      set(s);
    };
    return createElement(Editor, { editorState: state, onChange: setState });
  }
  flushSync(() => createRoot(host).render(createElement(App)));
  return {
    target: '#draft .public-DraftEditor-content',
    click: { selector: '#draft .public-DraftEditor-content [data-block]' },
    readModel: () => current.getCurrentContent().getPlainText('\n'),
    undo: () => flushSync(() => setState(EditorState.undo(current))),
  };
});
