// Quill 2. Model: quill.getText() (its Delta); undo: its history module.
import Quill from 'quill';
import type History from 'quill/modules/history';
import { expose, INITIAL_HTML, mount } from './hooks';

expose(async () => {
  const host = mount('div', { id: 'quill' });
  const quill = new Quill(host, {});
  quill.clipboard.dangerouslyPasteHTML(INITIAL_HTML);
  const hist = quill.getModule('history') as History;
  hist.clear();
  return {
    target: '#quill',
    click: { selector: '#quill .ql-editor p' },
    readModel: () => quill.getText(),
    undo: () => hist.undo(),
  };
});
