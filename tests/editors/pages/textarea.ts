// A plain <textarea> reply box (Help Scout's and Front's fallbacks, many ticket forms).
import { expose, INITIAL, mount } from './hooks';

expose(async () => {
  const el = mount('textarea', { id: 'reply', rows: '10', cols: '60' }) as HTMLTextAreaElement;
  el.value = INITIAL.join('\n');
  return {
    target: '#reply',
    click: { selector: '#reply' },
    readModel: () => el.value,
    undo: () => {
      el.focus();
      document.execCommand('undo');
    },
  };
});
