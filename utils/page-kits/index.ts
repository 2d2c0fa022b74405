// Code the content script needs only now and then, kept out of the script injected into every host
// page (goal: the content script ≤ 20 KiB gzip). The insert kit (the summary into the reply editor,
// the page diagnostic, coaching rewrites, the check that the panel is shown as drawn) is its own file, `/insert-kit.js` (entrypoints/insert-kit.ts), run in this
// frame's isolated world by the background on the first insert (`scripting.executeScript`): no file
// of ours becomes loadable by the page (nothing added to web_accessible_resources), and the page's own
// scripts cannot see the kit (another world).
//
// The kit hands its functions over on the isolated world's global under a registered symbol (both
// bundles run in the same realm). The content script asks for it once per page and keeps the promise.
import type { insertIntoEditor, replaceInEditor } from '../editors';
import type { pageDiagnostic } from '../hosts/diagnostic';
import type { rewriteInReply } from '../page-session/rewrite';
import type { panelExposure } from '../panel-frame/exposure';
import type { StructureKit } from './structure';

interface InsertKit {
  insertIntoEditor: typeof insertIntoEditor;
  replaceInEditor: typeof replaceInEditor;
  pageDiagnostic: typeof pageDiagnostic;
  /** A coaching hint applied in the reply (the editors' word replacement comes with it). */
  rewriteInReply: typeof rewriteInReply;
  /** Is the panel's frame shown as drawn? Asked before the panel acts on a click (insert, done, delete). */
  panelExposure: typeof panelExposure;
}

export interface PageKits {
  insert: InsertKit;
  /**
   * The page-structure reader, the ladder's middle rung when a host's selectors break: a supported
   * host's own content script loads it only then. The generic script (custom domains, demo pages)
   * and the insert kit carry it and register it at once.
   */
  structure: StructureKit;
}
export type PageKitName = keyof PageKits;
const PAGE_KIT_NAMES: readonly PageKitName[] = ['insert', 'structure'];
/** The built file of each kit (WXT unlisted script). */
export const PAGE_KIT_FILES = { insert: '/insert-kit.js', structure: '/structure-kit.js' } as const satisfies Record<PageKitName, string>;

const KITS = Symbol.for('commitment-keeper.page-kits');

type KitShelf = Partial<PageKits>;
function shelf(): KitShelf {
  const g = globalThis as unknown as Record<symbol, KitShelf | undefined>;
  return (g[KITS] ??= {});
}

/** Called by the kit's own bundle when it runs. */
export function registerKit<K extends PageKitName>(name: K, kit: PageKits[K]): void {
  shelf()[name] = kit;
}

/** The kit if this frame has it already (a synchronous reader cannot wait for a load). */
export function loadedKit<K extends PageKitName>(name: K): PageKits[K] | undefined {
  return shelf()[name] as PageKits[K] | undefined;
}

const loading = new Map<PageKitName, Promise<unknown>>();

/**
 * The kit, loading it first when this frame has not yet: `load` asks the background to run the kit's
 * file here. A failed load is forgotten, so the next call tries again.
 */
export function pageKit<K extends PageKitName>(name: K, load: (name: K) => Promise<void>): Promise<PageKits[K]> {
  const ready = shelf()[name];
  if (ready) return Promise.resolve(ready as PageKits[K]);
  let pending = loading.get(name) as Promise<PageKits[K]> | undefined;
  if (!pending) {
    pending = load(name).then(() => {
      const kit = shelf()[name];
      if (!kit) throw new Error(`Commitment Keeper: the ${name} kit did not load`);
      return kit as PageKits[K];
    });
    pending.catch(() => loading.delete(name));
    loading.set(name, pending);
  }
  return pending;
}

export function isPageKitName(value: unknown): value is PageKitName {
  return typeof value === 'string' && (PAGE_KIT_NAMES as readonly string[]).includes(value);
}
