// Is the panel's frame shown to the agent as we drew it? Asked by the content script before the
// panel acts on a click (insert, copy, done, delete).
//
// Why: the panel's host element sits in a closed shadow root, but the page can still style the host
// element from outside (`commitment-keeper-panel { opacity: .0001 }`, a transform, a bigger z-index
// on its own decoy). A page once laid the invisible panel over a decoy button, and one real click
// inserted another conversation's summary into the page's own box. The panel's own
// IntersectionObserver v2 sees occlusion and effects; this check names what the page did.

import { t } from '../i18n';

export interface Exposure {
  ok: boolean;
  /** What is wrong, in words for the agent (empty when ok), from the catalog. */
  problems: string[];
}

type View = Window & typeof globalThis;

/** The computed properties by which a page can hide or move the host while it still takes clicks. */
export function styleProblems(
  style: Pick<CSSStyleDeclaration, 'opacity' | 'visibility' | 'display' | 'transform' | 'filter' | 'clipPath' | 'mixBlendMode'> & {
    zoom?: string;
  },
  what: string,
): string[] {
  const out: string[] = [];
  const opacity = Number(style.opacity);
  if (style.opacity !== '' && Number.isFinite(opacity) && opacity < 1) out.push(t('exposureSeeThrough', what, style.opacity));
  if (style.visibility && style.visibility !== 'visible') out.push(t('exposureVisibility', what, style.visibility));
  if (style.display === 'none') out.push(t('exposureDisplayNone', what));
  if (style.transform && style.transform !== 'none') out.push(t('exposureTransform', what, style.transform));
  if (style.filter && style.filter !== 'none') out.push(t('exposureFilter', what, style.filter));
  if (style.clipPath && style.clipPath !== 'none') out.push(t('exposureClipPath', what, style.clipPath));
  if (style.mixBlendMode && style.mixBlendMode !== 'normal') out.push(t('exposureBlend', what, style.mixBlendMode));
  if (style.zoom && style.zoom !== '1' && style.zoom !== 'normal') out.push(t('exposureZoom', what, style.zoom));
  return out;
}

/** The frame's box against where the dock puts it: full height at the right edge, its own width. */
export function boxProblems(
  box: { left: number; top: number; right: number; bottom: number; width: number; height: number },
  viewport: { width: number; height: number },
  expectedWidth: number,
): string[] {
  const out: string[] = [];
  if (box.width < expectedWidth - 2 || box.height < Math.min(200, viewport.height - 2))
    out.push(t('exposureShrunk', Math.round(box.width), Math.round(box.height)));
  if (box.left < -1 || box.top < -1 || box.right > viewport.width + 1 || box.bottom > viewport.height + 1) out.push(t('exposureOffWindow'));
  return out;
}

/**
 * Checks the host element and the document element above it (computed style), the frame's box,
 * and what the page shows at points across the frame (`elementsFromPoint`: the topmost element
 * must be our host).
 */
export function panelExposure(host: HTMLElement, frame: HTMLElement, win: View, expectedWidth: number): Exposure {
  const doc = host.ownerDocument;
  if (!host.isConnected) return { ok: false, problems: [t('exposureRemoved')] };
  const problems: string[] = [];
  for (const [el, what] of [
    [host, t('exposureWhatPanel')],
    [doc.documentElement, t('exposureWhatPage')],
  ] as const) {
    problems.push(...styleProblems(win.getComputedStyle(el) as CSSStyleDeclaration & { zoom?: string }, what));
  }
  const box = frame.getBoundingClientRect();
  problems.push(...boxProblems(box, { width: win.innerWidth, height: win.innerHeight }, expectedWidth));
  if (box.width > 0 && box.height > 0) {
    const xs = [box.left + 8, box.left + box.width / 2, box.right - 8];
    const ys = [box.top + 8, box.top + box.height / 2, box.bottom - 8];
    let covered = 0;
    for (const x of xs)
      for (const y of ys) {
        // A page element above our host at this point (elementsFromPoint retargets into the host).
        const top = doc.elementsFromPoint(x, y)[0];
        if (top && top !== host) covered++;
      }
    if (covered > 0) problems.push(t('exposureCovered', covered));
  }
  return { ok: problems.length === 0, problems: [...new Set(problems)] };
}
