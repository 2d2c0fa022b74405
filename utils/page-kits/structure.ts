// The structure kit's contents (utils/page-kits/index.ts, PageKits.structure): reading a conversation
// from the page's structure, with no host selector (utils/hosts/structure.ts). Imported only by the
// bundles that carry it: the generic content script, the insert kit and the structure kit's own file.
import { defaultAdapter, largestEditor, messagesByStructure } from '../hosts/default';
import type { HostAdapter } from '../hosts/types';

export interface StructureKit {
  messagesByStructure: typeof messagesByStructure;
  largestEditor: typeof largestEditor;
  /** The adapter that reads by structure already (the ladder has no middle rung for it). */
  isStructureReader(adapter: HostAdapter): boolean;
}

export const structureKit: StructureKit = {
  messagesByStructure,
  largestEditor,
  isStructureReader: (adapter) => adapter === defaultAdapter,
};
