// Gmail-like: Gmail's reply body is its own contenteditable div marked g_editable. The DOM is the
// model; undo is the browser's own (document.execCommand('undo')).
import { expose, INITIAL_HTML, mount } from './hooks';

expose(async () => {
  const el = mount('div', { class: 'Am Al editable', g_editable: 'true', contenteditable: 'true', role: 'textbox', id: 'gmail-body' });
  el.innerHTML = INITIAL_HTML;
  return {
    target: '#gmail-body',
    click: { selector: '#gmail-body p' },
    readModel: () => el.innerText,
    undo: () => {
      el.focus();
      document.execCommand('undo');
    },
  };
});
