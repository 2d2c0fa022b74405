// Lexical with rich text and history. Model: the editor state's root text; undo: UNDO_COMMAND.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $generateNodesFromDOM } from '@lexical/html';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { $getRoot, $insertNodes, createEditor, UNDO_COMMAND } from 'lexical';
import { expose, INITIAL_HTML, mount } from './hooks';

expose(async () => {
  const host = mount('div', { id: 'lexical', contenteditable: 'true' });
  const editor = createEditor({
    namespace: 'ck-test',
    nodes: [HeadingNode, QuoteNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(host);
  registerRichText(editor);
  await new Promise<void>((resolve) => {
    editor.update(
      () => {
        const dom = new DOMParser().parseFromString(INITIAL_HTML, 'text/html');
        $getRoot().clear().select();
        $insertNodes($generateNodesFromDOM(editor, dom));
      },
      { onUpdate: resolve, discrete: true },
    );
  });
  // History from here on: the initial content is not an undo step.
  registerHistory(editor, createEmptyHistoryState(), 300);
  return {
    target: '#lexical',
    click: { selector: '#lexical p' },
    readModel: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
    undo: () => {
      editor.dispatchCommand(UNDO_COMMAND, undefined);
    },
  };
});
