/**
 * A window with its constructors (DataTransfer, ClipboardEvent, DOMParser…). Constructors are
 * taken from the editor's own window so that events and objects belong to its frame (TinyMCE's
 * iframe has its own).
 */
export type Win = Window & typeof globalThis;
