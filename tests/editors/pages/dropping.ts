// A model editor that loses what it is given: it takes a paste (cancels it, as editors do) and
// shows the text, but never puts it in its model, so the text is gone when it next renders from
// the model, which it does when it loses or gains focus. The DOM alone says "inserted".
import { expose, INITIAL, mount } from './hooks';

expose(async () => {
  const model = [...INITIAL];
  const el = mount('div', { contenteditable: 'true', id: 'dropping' });
  const render = () => {
    el.innerHTML = model.map((line) => `<p>${line}</p>`).join('');
  };
  render();
  el.addEventListener('paste', (event) => {
    event.preventDefault();
    const html = event.clipboardData?.getData('text/html') ?? '';
    el.insertAdjacentHTML('beforeend', html);
  });
  el.addEventListener('blur', render);
  el.addEventListener('focus', render);
  return {
    target: '#dropping',
    click: { selector: '#dropping p' },
    readModel: () => model.join('\n'),
    undo: () => {},
  };
});
