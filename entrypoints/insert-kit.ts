// The insert kit: run by the background in a host page's isolated world on the first insert, diagnostic
// or coaching rewrite (utils/page-kits). Not a content script of its own: it loads on demand only.
import { insertIntoEditor, replaceInEditor } from '@/utils/editors';
import { pageDiagnostic } from '@/utils/hosts/diagnostic';
import { registerKit } from '@/utils/page-kits';
import { rewriteInReply } from '@/utils/page-session/rewrite';

export default defineUnlistedScript(() => {
  registerKit('insert', { insertIntoEditor, replaceInEditor, pageDiagnostic, rewriteInReply });
});
