// CKEditor 5 (Zendesk Agent Workspace). Model read through editor.model, undo through its command.
import { Bold, ClassicEditor, Essentials, List, Paragraph, type ModelElement } from 'ckeditor5';
import { expose, INITIAL_HTML, mount } from './hooks';

expose(async () => {
  const host = mount('div');
  const editor = await ClassicEditor.create({
    attachTo: host,
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, List],
    toolbar: [],
    root: { initialData: INITIAL_HTML },
  });
  (window as unknown as { editor: unknown }).editor = editor;
  const readModel = () => {
    const root = editor.model.document.getRoot();
    if (!root) return '';
    const lines: string[] = [];
    for (const block of Array.from(root.getChildren()) as ModelElement[]) {
      let line = '';
      for (const item of editor.model.createRangeIn(block).getItems()) {
        if (item.is('$textProxy')) line += item.data;
      }
      lines.push(line);
    }
    return lines.join('\n');
  };
  return {
    target: '.ck-editor__editable',
    click: { selector: '.ck-editor__editable p' },
    readModel,
    undo: () => editor.execute('undo'),
  };
});
