// Input hygiene shared by every entry point. Text may come from any web page (HTML, script tags,
// megabytes of quoted thread), so we strip markup, bound the length and never trust the type.

/** A note or sentence longer than this is cut; nobody writes a commitment that long. */
export const MAX_NOTE = 2000;
/** A message longer than this is cut before sentence splitting, so scanning stays fast. */
export const MAX_MESSAGE = 20000;

export function clean(input: unknown, max: number): string {
  if (typeof input !== 'string') return '';
  let s = input.length > max * 2 ? input.slice(0, max * 2) : input;
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

/** Collapse spaces and trim stray punctuation at the ends of a fragment. */
export function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s,;:\-–—]+|[\s,;:\-–—]+$/g, '').trim();
}
