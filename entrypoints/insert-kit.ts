// The insert kit: run by the background in a host page's isolated world on the first insert or
// diagnostic (utils/page-kits). Not a content script of its own: it loads on demand only.
import { insertIntoEditor, replaceInEditor } from '@/utils/editors';
import { pageDiagnostic } from '@/utils/hosts/diagnostic';
import { registerKit } from '@/utils/page-kits';

export default defineUnlistedScript(() => {
  registerKit('insert', { insertIntoEditor, replaceInEditor, pageDiagnostic });
});
