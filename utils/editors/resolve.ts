// Which editor a target means. The host adapter hands over its reply box, a wrapper around it, or,
// when its selectors found nothing, the whole page: the editor may sit in a web component's
// shadow root or in a same-origin iframe (TinyMCE classic, CKEditor 4).

import { detectEditor, type DetectedEditor } from './detect';
import { deepActiveElement } from './dom';

/**
 * The editor for `target`: the target itself, an editor inside it (light DOM, open shadow roots,
 * same-origin iframes), or, when the target is the whole page or holds no editor, the focused
 * element followed into shadow roots and iframes (web-component editors, TinyMCE classic and
 * CKEditor 4 iframes).
 */
export function resolveEditor(target: Element): DetectedEditor | null {
  const doc = target.ownerDocument;
  const wholePage = target === doc.body || target === doc.documentElement;
  const focused = () => {
    const active = deepActiveElement(doc);
    if (!active || active === doc.body || active === doc.documentElement) return null;
    const inTarget = wholePage || composedContains(target, active);
    return inTarget ? detectEditor(active) : null;
  };
  if (wholePage) return focused() ?? detectEditor(target);
  return detectEditor(target) ?? focused();
}

/** `outer` contains `node`, across shadow roots and iframes. */
function composedContains(outer: Element, node: Node): boolean {
  let at: Node | null = node;
  while (at) {
    if (outer.contains(at)) return true;
    const root = at.getRootNode();
    if (root.nodeType === 11) at = (root as ShadowRoot).host;
    else if (root.nodeType === 9) at = (root as Document).defaultView?.frameElement ?? null;
    else at = null;
  }
  return false;
}
