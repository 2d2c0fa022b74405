// Froala (probably Freshdesk). Runs without a licence key with an "unlicensed" notice.
// Model: editor.html.get(); undo: editor.undo.run().
import FroalaEditor from 'froala-editor';
import { expose, htmlToText, INITIAL_HTML, mount } from './hooks';

expose(async () => {
  const host = mount('div', { id: 'froala' });
  host.innerHTML = INITIAL_HTML;
  const editor = await new Promise<FroalaEditor>((resolve) => {
    const created: FroalaEditor = new FroalaEditor(host, {
      toolbarButtons: [],
      events: {
        initialized() {
          resolve(created);
        },
      },
    });
  });
  editor.undo.reset();
  return {
    target: '#froala .fr-element',
    click: { selector: '#froala .fr-element p' },
    readModel: () => htmlToText(editor.html.get()),
    undo: () => editor.undo.run(),
  };
});
