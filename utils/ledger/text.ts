// What counts as words in a note (pure).

/**
 * Characters that show nothing: white space, and the zero-width and formatting characters a paste
 * from a web page or a chat app often carries (zero-width space/joiners, word joiner, byte-order mark,
 * soft hyphen, bidi marks and isolates).
 */
const INVISIBLE = /[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/gu;

/** True when the text has at least one character a reader can see. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '').length > 0;
}
