// Is a piece of a message hidden from the agent by CSS? Then it is not read.
//
// Why: an email can carry words the agent never sees — a class with display:none, font-size:0,
// white-on-white, a block moved off-screen or clipped to nothing — and, read as plain text, they
// became a "Customer wrote: …" suggestion the agent could add (or a summary could repeat). What the
// page shows is what the panel reads.
//
// Two questions, since CSS hides in two ways: some properties hide an element with everything in it
// (display, opacity, a clipped or zero box, off-screen); others are inherited and can be undone by a
// child (visibility, font-size, colour), so they are asked of the element that holds a text node.
// Layout (boxes, positions) is consulted only when the document has one: DOMParser documents and
// happy-dom have no layout, and every box there measures zero.

type View = Window & typeof globalThis;

function viewOf(el: Element): View | null {
  const view = el.ownerDocument.defaultView as View | null;
  return view && el.isConnected ? view : null;
}

function styleOf(el: Element, view: View): CSSStyleDeclaration | null {
  try {
    return view.getComputedStyle(el);
  } catch {
    return null;
  }
}

/** Does the document lay boxes out (a real browser tab)? */
function hasLayout(doc: Document): boolean {
  const root = doc.documentElement;
  return Boolean(root && root.getBoundingClientRect().width > 0);
}

/** `rgb(1, 2, 3)` / `rgba(1, 2, 3, 0.5)` / `rgb(1 2 3 / 50%)` / `#fff` → [r, g, b, a]; null for another form. */
export function parseColor(value: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/i.exec(value.trim());
  if (m) {
    const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
    return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
  }
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return [0, 0, 0, 0];
  // Hex, as some engines (happy-dom) report computed colours.
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [parseInt(full.slice(0, 2), 16), parseInt(full.slice(2, 4), 16), parseInt(full.slice(4, 6), 16), 1];
  }
  return null;
}

/** Two colours a reader cannot tell apart (each channel within 8 of 255). */
export function sameColour(a: [number, number, number, number], b: [number, number, number, number]): boolean {
  return Math.abs(a[0] - b[0]) <= 8 && Math.abs(a[1] - b[1]) <= 8 && Math.abs(a[2] - b[2]) <= 8;
}

/**
 * The two questions below, asked many times in one read of a page: each element's computed style,
 * the colour behind it and whether the document has layout are looked up once and kept for the read.
 * Reading a 200-message thread asks about every text node's parent and, for the colour, every
 * ancestor up to <html>; without the memory that was ~3 s of getComputedStyle in a Gmail tab.
 * Keep one reader for one synchronous read only: styles change between reads.
 */
export interface VisibilityReader {
  /** Hides the element and everything in it. `root` (the message itself) is the adapter's choice, never asked. */
  hidesSubtree(el: Element): boolean;
  /** Hides the text directly inside the element (inherited properties a child can undo). */
  hidesOwnText(el: Element): boolean;
}

export function createVisibilityReader(): VisibilityReader {
  const styles = new Map<Element, CSSStyleDeclaration | null>();
  const backgrounds = new Map<Element, [number, number, number, number]>();
  const ownText = new Map<Element, boolean>();
  const layout = new Map<Document, boolean>();

  const style = (el: Element, view: View): CSSStyleDeclaration | null => {
    if (!styles.has(el)) styles.set(el, styleOf(el, view));
    return styles.get(el) ?? null;
  };
  const laidOut = (doc: Document): boolean => {
    if (!layout.has(doc)) layout.set(doc, hasLayout(doc));
    return layout.get(doc)!;
  };

  /** The colour painted behind an element: the nearest opaque background up the tree, else white. */
  const backgroundBehind = (el: Element, view: View): [number, number, number, number] => {
    const known = backgrounds.get(el);
    if (known) return known;
    const st = style(el, view);
    let found: [number, number, number, number];
    if (!st) found = [255, 255, 255, 1];
    else if (st.backgroundImage && st.backgroundImage !== 'none')
      found = [-100, -100, -100, 1]; // an image: unknown, never "equal"
    else {
      const bg = parseColor(st.backgroundColor);
      found = bg && bg[3] >= 0.95 ? bg : el.parentElement ? backgroundBehind(el.parentElement, view) : [255, 255, 255, 1];
    }
    backgrounds.set(el, found);
    return found;
  };

  return {
    hidesSubtree(el) {
      const view = viewOf(el);
      if (!view) return false;
      const st = style(el, view);
      if (!st) return false;
      if (st.display === 'none') return true;
      if (st.opacity !== '' && Number(st.opacity) <= 0.05) return true;
      if (/^rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)$/.test(st.clip)) return true;
      if (/inset\(\s*50%/.test(st.clipPath)) return true;
      if (!laidOut(el.ownerDocument)) return false;
      const box = el.getBoundingClientRect();
      const clipsOverflow = st.overflow !== 'visible' || st.overflowX !== 'visible' || st.overflowY !== 'visible';
      if (clipsOverflow && (box.width < 2 || box.height < 2)) return true;
      // Off-screen: wholly left of or above the page (a negative position no scrolling reaches).
      if (box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0) return true;
      return false;
    },
    hidesOwnText(el) {
      const known = ownText.get(el);
      if (known !== undefined) return known;
      const view = viewOf(el);
      const st = view ? style(el, view) : null;
      let hidden = false;
      if (view && st) {
        const size = parseFloat(st.fontSize);
        const colour = parseColor(st.color);
        hidden =
          st.visibility === 'hidden' ||
          st.visibility === 'collapse' ||
          (Number.isFinite(size) && size < 1) ||
          (colour !== null && (colour[3] <= 0.05 || sameColour(colour, backgroundBehind(el, view))));
      }
      ownText.set(el, hidden);
      return hidden;
    },
  };
}

/** Hides the element and everything in it (one question; a read of many elements uses createVisibilityReader). */
export function hidesSubtree(el: Element): boolean {
  return createVisibilityReader().hidesSubtree(el);
}

/** Hides the text directly inside the element (one question; see createVisibilityReader). */
export function hidesOwnText(el: Element): boolean {
  return createVisibilityReader().hidesOwnText(el);
}
