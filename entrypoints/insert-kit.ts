// The insert kit: run by the background in a host page's isolated world on the first insert, diagnostic,
// coaching rewrite or check that the panel is shown as drawn (utils/page-kits). Not a content script of its own: it loads on demand only.
import { insertIntoEditor, replaceInEditor } from '@/utils/editors';
import { pageDiagnostic } from '@/utils/hosts/diagnostic';
import { registerKit } from '@/utils/page-kits';
import { structureKit } from '@/utils/page-kits/structure';
import { rewriteInReply } from '@/utils/page-session/rewrite';
import { panelExposure } from '@/utils/panel-frame/exposure';

export default defineUnlistedScript(() => {
  // The reply-box ladder of an insert or a rewrite may need the structure reader: it comes along.
  registerKit('structure', structureKit);
  registerKit('insert', { insertIntoEditor, replaceInEditor, pageDiagnostic, rewriteInReply, panelExposure });
});
