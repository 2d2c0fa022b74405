// Jodit, its full build with every plugin (the page loads /vendor/jodit/es2021/jodit.min.js, as
// sites do; the npm package's ESM entry leaves out the paste plugin). No route of ours names it:
// the general rule handles it. One option set, as integrators commonly do: askBeforePasteHTML off
// (by default Jodit asks "Keep as HTML?" in a dialog of its own on every HTML paste: see
// utils/editors/README.md). Model: editor.value (its synchronised HTML); undo: its own history.
import type { Jodit as JoditType } from 'jodit';
import { expose, htmlToText, INITIAL_HTML, mount } from './hooks';

declare const Jodit: typeof JoditType;

expose(async () => {
  const host = mount('textarea', { id: 'jodit' });
  host.textContent = INITIAL_HTML;
  const editor = Jodit.make(host, { toolbar: false, statusbar: false, askBeforePasteHTML: false });
  await editor.waitForReady();
  editor.history.clear();
  return {
    target: '.jodit-wysiwyg',
    click: { selector: '.jodit-wysiwyg p' },
    readModel: () => htmlToText(editor.value),
    undo: () => editor.execCommand('undo'),
  };
});
