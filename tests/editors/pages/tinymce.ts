// TinyMCE, self-hosted (the page loads /vendor/tinymce/tinymce.min.js from node_modules/tinymce),
// in its classic iframe mode. Model: editor.getContent({ format: 'text' }); undo: its undoManager.
import type { TinyMCE } from 'tinymce';
import { expose, INITIAL_HTML, mount } from './hooks';

declare const tinymce: TinyMCE;

expose(async () => {
  const host = mount('textarea', { id: 'tiny' });
  host.textContent = INITIAL_HTML;
  const [editor] = await tinymce.init({
    target: host,
    license_key: 'gpl',
    base_url: '/vendor/tinymce',
    suffix: '.min',
    plugins: 'lists',
    menubar: false,
    toolbar: false,
    statusbar: false,
    promotion: false,
    branding: false,
  });
  if (!editor) throw new Error('TinyMCE did not start');
  editor.undoManager.clear();
  return {
    target: 'iframe.tox-edit-area__iframe',
    click: { frame: 'iframe.tox-edit-area__iframe', selector: 'body p' },
    readModel: () => editor.getContent({ format: 'text' }),
    undo: () => {
      editor.undoManager.undo();
    },
  };
});
