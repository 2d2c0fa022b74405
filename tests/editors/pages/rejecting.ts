// An editor that takes no change at all: it puts its content back after every mutation, the way a
// model editor reverts DOM changes it did not make, and ignores paste. Exercises the clipboard path.
import { expose, INITIAL_HTML, mount } from './hooks';

expose(async () => {
  const el = mount('div', { contenteditable: 'true', id: 'stubborn' });
  el.innerHTML = INITIAL_HTML;
  const observer = new MutationObserver(() => {
    observer.disconnect();
    el.innerHTML = INITIAL_HTML;
    observer.observe(el, { childList: true, characterData: true, subtree: true });
  });
  observer.observe(el, { childList: true, characterData: true, subtree: true });
  return {
    target: '#stubborn',
    click: { selector: '#stubborn p' },
    readModel: () => el.innerText,
    undo: () => {},
  };
});
