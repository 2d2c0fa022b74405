// Which rich-text editor a reply box is, from the DOM alone. The content script runs in an
// isolated world and cannot reach the page's editor objects, so every decision here rests on
// markers the editors put in the DOM.

import { isHidden } from '../hosts/query';

export type EditorFamily =
  | 'textarea' // <textarea> and single-line text inputs
  | 'ckeditor5' // Zendesk Agent Workspace
  | 'prosemirror' // Intercom; TipTap is ProseMirror underneath
  | 'quill'
  | 'lexical'
  | 'draftjs' // probably HubSpot
  | 'tinymce'
  | 'froala' // probably Freshdesk
  | 'redactor' // Help Scout's older markup
  | 'roosterjs' // Outlook on the web: no reliable DOM marker, so only chosen by a caller's hint
  | 'gmail' // Gmail's own contenteditable
  | 'contenteditable'; // any other editing host (Front and unknown editors)

export interface DetectedEditor {
  family: EditorFamily;
  /** The <textarea>/<input>, or the editing host: the outermost contenteditable element. */
  root: HTMLElement;
}

/**
 * Markers per editor family, checked on the editing host and its ancestors, in this order.
 * Alternatives cover the editors' variants (inline vs iframe TinyMCE, Redactor 1–2 vs 3).
 */
export const FAMILY_MARKERS: ReadonlyArray<{ family: EditorFamily; selector: string }> = [
  { family: 'ckeditor5', selector: '.ck-editor__editable, .ck-content[contenteditable]' },
  { family: 'prosemirror', selector: '.ProseMirror' },
  { family: 'quill', selector: '.ql-editor' },
  { family: 'lexical', selector: '[data-lexical-editor]' },
  { family: 'draftjs', selector: '.public-DraftEditor-content, .DraftEditor-root' },
  // TinyMCE in iframe mode: <body id="tinymce" class="mce-content-body">; inline mode: the div.
  { family: 'tinymce', selector: '#tinymce, .mce-content-body' },
  { family: 'froala', selector: '.fr-element, .fr-view[contenteditable]' },
  { family: 'redactor', selector: '.redactor-editor, .redactor-in, .redactor-layer' },
  { family: 'gmail', selector: '[g_editable]' },
];

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel']);

/** A <textarea> or a text-like <input>. Tag names, not instanceof: the element may come from another frame. */
export function isTextControl(el: Element | null | undefined): el is HTMLTextAreaElement | HTMLInputElement {
  if (!el) return false;
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName !== 'INPUT') return false;
  return TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

/** contenteditable="", "true" or "plaintext-only" (attribute values are case-insensitive). */
export function isEditableAttr(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  if (value === null) return false;
  const v = value.toLowerCase();
  return v === '' || v === 'true' || v === 'plaintext-only';
}

/**
 * The editing host containing `node`: the outermost element with a true contenteditable.
 * Outermost, because editors nest editable islands inside non-editable widgets (CKEditor 5 image
 * captions) and the family markers sit on the outer host. A body in designMode counts too.
 */
export function editingHost(node: Node | null | undefined): HTMLElement | null {
  let el: Element | null = node == null ? null : node.nodeType === 1 ? (node as Element) : node.parentElement;
  let host: HTMLElement | null = null;
  while (el) {
    if (isEditableAttr(el)) host = el as HTMLElement;
    el = el.parentElement;
  }
  if (!host && node) {
    const doc = node.ownerDocument ?? (node as Document);
    if (doc.designMode === 'on' && doc.body) host = doc.body;
  }
  return host;
}

/** The family of an editing host (or text control) from its markers. */
export function classifyEditor(root: HTMLElement): EditorFamily {
  if (isTextControl(root)) return 'textarea';
  for (const { family, selector } of FAMILY_MARKERS) {
    if (root.matches(selector) || root.closest(selector)) return family;
  }
  return 'contenteditable';
}

/** The document of a same-origin iframe, or null when it is cross-origin or not loaded. */
export function frameDocument(frame: Element): Document | null {
  if (frame.tagName !== 'IFRAME') return null;
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null; // cross-origin
  }
}

const INNER_CANDIDATES = [
  ...FAMILY_MARKERS.map((m) => m.selector),
  '[contenteditable]:not([contenteditable="false"])',
  'textarea',
  // TinyMCE's classic mode keeps its editable body in an iframe next to a hidden textarea.
  'iframe',
].join(', ');

/**
 * Finds the editor for `target`, which may be the editable itself, an element inside it, a wrapper
 * around it (e.g. `.ck-editor`, `.ql-container`, TinyMCE's `.tox-tinymce`), or a same-origin
 * iframe whose body is editable (TinyMCE). Returns null when there is nothing editable there.
 */
export function detectEditor(target: Element, depth = 0): DetectedEditor | null {
  if (depth > 3) return null;
  if (target.tagName === 'IFRAME') {
    const doc = frameDocument(target);
    const body = doc?.body;
    if (!doc || !body) return null;
    if (isEditableAttr(body) || doc.designMode === 'on') return { family: classifyEditor(body), root: body };
    return detectEditor(body, depth + 1);
  }
  if (isTextControl(target)) {
    const el = target as HTMLTextAreaElement | HTMLInputElement;
    if (el.disabled || el.readOnly) return null;
    // TinyMCE hides the original <textarea> and edits in an iframe: the visible editor wins.
    if (el.style.display === 'none' || el.getAttribute('aria-hidden') === 'true') {
      const wrapper = el.nextElementSibling;
      if (wrapper) return detectEditor(wrapper, depth + 1);
      return null;
    }
    return { family: 'textarea', root: el };
  }
  const host = editingHost(target);
  if (host) return { family: classifyEditor(host), root: host };
  const found = firstEditorIn(target, depth);
  if (found) return found;
  // A web component's editor lives in its (open) shadow root: the focused one first.
  for (const shadowHost of shadowHostsIn(target)) {
    const shadow = shadowHost.shadowRoot!;
    const inShadow = (shadow.activeElement && detectEditor(shadow.activeElement, depth + 1)) || firstEditorIn(shadow, depth);
    if (inShadow) return inShadow;
  }
  return null;
}

/**
 * The first editor in `scope` the agent can see. A page or wrapper can hold several reply boxes, the
 * inactive ones hidden (Zendesk keeps one per ticket tab and hides the others by CSS class; a
 * collapsed reply form): a hidden one only when there is no other.
 */
function firstEditorIn(scope: Element | ShadowRoot, depth: number): DetectedEditor | null {
  let hidden: DetectedEditor | null = null;
  for (const inner of Array.from(scope.querySelectorAll(INNER_CANDIDATES))) {
    if (inner.tagName === 'TEXTAREA' && (inner as HTMLElement).style.display === 'none') continue;
    const found = detectEditor(inner, depth + 1);
    if (!found) continue;
    if (!isHidden(found.root)) return found;
    hidden ??= found;
  }
  return hidden;
}

/** Elements with an open shadow root: `scope` itself, then its descendants (a bounded walk). */
function shadowHostsIn(scope: Element, limit = 5000): Element[] {
  const hosts: Element[] = scope.shadowRoot ? [scope] : [];
  const all = scope.getElementsByTagName('*');
  for (let i = 0; i < all.length && i < limit; i++) if (all[i]!.shadowRoot) hosts.push(all[i]!);
  return hosts;
}
