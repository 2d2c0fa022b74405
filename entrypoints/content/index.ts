import { adapterForDocument } from '@/utils/hosts/registry';
import { registerKit } from '@/utils/page-kits';
import { structureKit } from '@/utils/page-kits/structure';
import { runContentScript } from '@/utils/page-session/content-script';

// The generic content script: every adapter, tried by URL and then by markup, and the structure
// reader. Not in the manifest (registration 'runtime'): the background registers it for the custom
// helpdesk domains the agent granted (utils/custom-domains), and the demo build adds it for the demo
// pages (wxt.config.ts). Each supported host has its own smaller script (entrypoints/<host>.content.ts).
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    // Custom domains are read by structure (the default adapter): the reader comes in this bundle.
    registerKit('structure', structureKit);
    runContentScript(ctx, adapterForDocument);
  },
});
