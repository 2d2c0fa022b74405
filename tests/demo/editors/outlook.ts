// Demo only: turns the Outlook fixture's static reply box into a real roosterjs editor (the editor
// Outlook on the web uses), on the same element so its aria-label and attributes stay what the
// adapter reads. Ctrl+Z and the other shortcuts through roosterjs's ShortcutPlugin, as in Outlook.
import { createEditor, exportContent, ShortcutPlugin, type IEditor } from 'roosterjs';

const box = document.querySelector<HTMLDivElement>('.replyArea div[aria-label^="Message body"][contenteditable="true"]');
if (box) {
  const editor: IEditor = createEditor(box, [new ShortcutPlugin()]);
  // For the end-to-end test: the editor's own content model, as plain text and as HTML.
  Object.assign(window, {
    demoEditorData: () => [exportContent(editor, 'HTML')],
    demoEditorText: () => [exportContent(editor, 'PlainText').replace(/\r\n/g, '\n')],
  });
  document.documentElement.dataset.demoEditors = 'ready';
}
