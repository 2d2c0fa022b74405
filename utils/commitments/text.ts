// Input hygiene shared by every entry point. Text may come from any web page (HTML, script tags,
// megabytes of quoted thread), so we strip markup, bound the length and never trust the type.

/** A note or sentence longer than this is cut; nobody writes a commitment that long. */
export const MAX_NOTE = 2000;
/** A message longer than this is cut before sentence splitting, so scanning stays fast. */
export const MAX_MESSAGE = 20000;

// Every replacement in clean() needs one of these characters; text without any is left as is.
const NEEDS_CLEANING = /[<&\u2018\u2019\u02BC\u201C\u201D\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

export function clean(input: unknown, max: number): string {
  if (typeof input !== 'string') return '';
  let s = input.length > max * 2 ? input.slice(0, max * 2) : input;
  if (!NEEDS_CLEANING.test(s)) return s.length > max ? s.slice(0, max) : s;
  s = s
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(?:p|div|li|tr|h\d)>/gi, '\n')
    .replace(/<[^>]{0,500}>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ' ');
  return s.length > max ? s.slice(0, max) : s;
}

/**
 * The space or the punctuation tidy() strips from the ends: , ; : - – —. tidy() folds every whitespace
 * run into one plain space first, so no other whitespace character is left to check.
 */
function isEdge(c: number): boolean {
  return c === 32 || c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014;
}

// A space run to collapse: two or more whitespace characters, or one that is not a plain space.
const LOOSE_SPACE = /\s\s|[^\S ]/;

/** `s` with every whitespace run made one plain space (the string itself when nothing changes). */
export function collapseSpaces(s: string): string {
  return LOOSE_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/** Collapse spaces and trim stray punctuation at the ends of a fragment. */
export function tidy(s: string): string {
  const t = collapseSpaces(s);
  let a = 0;
  let b = t.length;
  while (a < b && isEdge(t.charCodeAt(a))) a++;
  while (b > a && isEdge(t.charCodeAt(b - 1))) b--;
  // After the fold the only whitespace is the plain space, an edge: what is left needs no trim().
  return a === 0 && b === t.length ? t : t.slice(a, b);
}
