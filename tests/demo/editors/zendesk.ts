// Demo only: turns the Zendesk fixture's static reply boxes into real CKEditor 5 instances, so the
// demo (and its end-to-end test) inserts into the editor Zendesk Agent Workspace really uses.
// The fixture's markup stays what the adapter tests read; this runs only when served as a demo.
import { Bold, Essentials, InlineEditor, List, Paragraph } from 'ckeditor5';

type Editor = Awaited<ReturnType<typeof InlineEditor.create>>;
const editors: Editor[] = [];

async function upgrade(staticBox: HTMLElement): Promise<void> {
  const host = document.createElement('div');
  host.setAttribute('aria-label', staticBox.getAttribute('aria-label') ?? 'Reply');
  staticBox.replaceWith(host);
  editors.push(await InlineEditor.create(host, { licenseKey: 'GPL', plugins: [Essentials, Paragraph, Bold, List], toolbar: [] }));
}

void Promise.all([...document.querySelectorAll<HTMLElement>('.ck-editor__editable')].map(upgrade)).then(() => {
  // For the end-to-end test: the editors' own data, read through CKEditor's API.
  Object.assign(window, {
    demoEditorData: () => editors.map((e) => e.getData()),
    // One line per block of CKEditor's model (its root's children), list items included.
    demoEditorText: () =>
      editors.map((e) => {
        const root = e.model.document.getRoot();
        if (!root) return '';
        const lines: string[] = [];
        for (const block of root.getChildren()) {
          let line = '';
          for (const item of e.model.createRangeIn(block as never).getItems()) if (item.is('$textProxy')) line += item.data;
          lines.push(line);
        }
        return lines.join('\n');
      }),
  });
  document.documentElement.dataset.demoEditors = 'ready';
});
