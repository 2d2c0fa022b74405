// The structure kit: run by the background in a supported host's page, in the content script's
// isolated world, the first time that host's selectors break (utils/page-kits).
import { registerKit } from '@/utils/page-kits';
import { structureKit } from '@/utils/page-kits/structure';

export default defineUnlistedScript(() => {
  registerKit('structure', structureKit);
});
