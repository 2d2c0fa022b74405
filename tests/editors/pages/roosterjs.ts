// roosterjs 9 (Outlook on the web's editor). Model: its Content Model, exported as plain text;
// undo: its own snapshot undo (ShortcutPlugin binds Ctrl+Z to it, as Outlook does).
import { createEditor, createModelFromHtml, exportContent, ShortcutPlugin, undo } from 'roosterjs';
import { expose, INITIAL_HTML, mount } from './hooks';

expose(async () => {
  const host = mount('div', { id: 'rooster', 'aria-label': 'Message body' }) as HTMLDivElement;
  const editor = createEditor(host, [new ShortcutPlugin()], createModelFromHtml(INITIAL_HTML));
  return {
    target: '#rooster',
    click: { selector: '#rooster div, #rooster p' },
    readModel: () => exportContent(editor, 'PlainText').replace(/\r\n/g, '\n'),
    undo: () => undo(editor),
  };
});
