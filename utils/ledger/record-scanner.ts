// The records of an export file, read piece by piece (stream.ts, `ExportReader`). An export is one
// JSON object whose sections are arrays of records; a million commitments with their history are
// about a gigabyte. The file is read twice on the options page (the check, then the batches).
//
// A general streaming JSON parser (@streamparser/json, used before) tokenises every character in
// JavaScript: measured 150–300 ns a character on this project's loaded machine once warm, far more
// cold (a 41 KB file: 60–340 ms), so the check of a 1 GB file alone took minutes. Here only the
// file's outline is scanned in JavaScript (the top-level object, its keys, where each record of a
// section begins and ends: strings, escapes and nesting depth), and each record's text is handed to
// the browser's own JSON.parse, which also checks it is well-formed. Memory: the record being read.

/** A malformed file: where and what. */
class ScanError extends SyntaxError {}

export const SECTION_KEYS = ['conversations', 'commitments', 'history'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

type State =
  | 'start' // before the top-level '{'
  | 'key-or-end' // after '{': a key or '}'
  | 'key-start' // after ',': a key
  | 'key' // inside a key's string
  | 'colon'
  | 'value-start'
  | 'value' // inside a member's value (not a section's array)
  | 'elements-start' // after a section's '[': a record or ']'
  | 'element-start' // after ',' in a section: a record
  | 'element' // inside a record
  | 'after-element'
  | 'after-member'
  | 'done';

/** In a string: its end or an escape. */
const IN_STRING = /["\\]/g;
/** Outside strings, in a record: a string's start or a bracket. */
const OUTSIDE = /["{}[\]]/g;

const WS = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export class RecordScanner {
  #state: State = 'start';
  /** Characters before the current piece (for error positions). */
  #offset = 0;
  #key = '';
  #keyEscape = false;
  #keyParts: string[] = [];
  /** The value being captured: its text so far, and how to find its end. */
  #parts: string[] = [];
  #depth = 0;
  #inString = false;
  #escape = false;
  #scalar = false;
  #section: SectionKey | null = null;
  #index = 0;

  constructor(
    readonly onRecord: (section: SectionKey, record: unknown, index: number) => void,
    readonly onMember: (key: string, value: unknown) => void,
    readonly onSection: (section: SectionKey) => void,
  ) {}

  write(text: string): void {
    let i = 0;
    const n = text.length;
    while (i < n) {
      const state = this.#state;
      if (state === 'value' || state === 'element') {
        i = this.#capture(text, i);
        continue;
      }
      if (state === 'key') {
        i = this.#readKey(text, i);
        continue;
      }
      const c = text.charCodeAt(i);
      if (WS(c)) {
        i++;
        continue;
      }
      switch (state) {
        case 'start':
          if (c !== 0x7b) this.#fail(text, i, 'expected "{"');
          this.#state = 'key-or-end';
          i++;
          break;
        case 'key-or-end':
        case 'key-start':
          if (c === 0x7d && state === 'key-or-end') {
            this.#state = 'done';
            i++;
            break;
          }
          if (c !== 0x22) this.#fail(text, i, 'expected a key');
          this.#state = 'key';
          this.#keyParts = [];
          this.#keyEscape = false;
          i++;
          break;
        case 'colon':
          if (c !== 0x3a) this.#fail(text, i, 'expected ":"');
          this.#state = 'value-start';
          i++;
          break;
        case 'value-start': {
          const section = (SECTION_KEYS as readonly string[]).includes(this.#key) ? (this.#key as SectionKey) : null;
          if (section && c === 0x5b) {
            this.#section = section;
            this.#index = 0;
            this.onSection(section);
            this.#state = 'elements-start';
            i++;
            break;
          }
          this.#begin(c, 'value');
          break;
        }
        case 'elements-start':
          if (c === 0x5d) {
            this.#state = 'after-member';
            i++;
            break;
          }
          this.#begin(c, 'element');
          break;
        case 'element-start':
          this.#begin(c, 'element');
          break;
        case 'after-element':
          if (c === 0x2c) this.#state = 'element-start';
          else if (c === 0x5d) this.#state = 'after-member';
          else this.#fail(text, i, 'expected "," or "]"');
          i++;
          break;
        case 'after-member':
          if (c === 0x2c) this.#state = 'key-start';
          else if (c === 0x7d) this.#state = 'done';
          else this.#fail(text, i, 'expected "," or "}"');
          i++;
          break;
        case 'done':
          this.#fail(text, i, 'text after the end');
      }
    }
    this.#offset += n;
  }

  end(): void {
    if (this.#state !== 'done') throw new ScanError(`Unexpected end of JSON input (at ${this.#offset})`);
  }

  #fail(text: string, i: number, what: string): never {
    throw new ScanError(`Unexpected ${JSON.stringify(text[i])} at position ${this.#offset + i}: ${what}`);
  }

  /** Starts capturing a value whose first character is `c` (not consumed here). */
  #begin(c: number, state: 'value' | 'element'): void {
    this.#state = state;
    this.#parts = [];
    this.#depth = 0;
    this.#inString = false;
    this.#escape = false;
    // A number, true, false or null (or anything else, for JSON.parse to refuse) ends at a delimiter.
    this.#scalar = c !== 0x7b && c !== 0x5b && c !== 0x22;
  }

  /** Scans the value being captured from `i`; answers where it stopped. */
  #capture(text: string, from: number): number {
    const n = text.length;
    let i = from;
    if (this.#scalar) {
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 0x2c || c === 0x7d || c === 0x5d || WS(c)) break;
        i++;
      }
      this.#parts.push(text.slice(from, i));
      if (i < n) this.#finish();
      return i;
    }
    let depth = this.#depth;
    let inString = this.#inString;
    let escape = false;
    // A backslash ended the piece before: the character it escapes is the first of this one.
    if (this.#escape) i++;
    // From one character that matters to the next by the engine's own search (a quote, a
    // backslash in a string; a quote or a bracket outside), not character by character in
    // JavaScript: a record of 700 characters has about 40 of them.
    while (i < n) {
      if (inString) {
        IN_STRING.lastIndex = i;
        const m = IN_STRING.exec(text);
        if (!m) {
          i = n;
          break;
        }
        const j = m.index;
        if (text.charCodeAt(j) === 0x5c) {
          if (j + 1 >= n) {
            escape = true;
            i = n;
            break;
          }
          i = j + 2;
          continue;
        }
        inString = false;
        i = j + 1;
        if (depth === 0) break;
      } else {
        OUTSIDE.lastIndex = i;
        const m = OUTSIDE.exec(text);
        if (!m) {
          i = n;
          break;
        }
        const c = text.charCodeAt(m.index);
        i = m.index + 1;
        if (c === 0x22) inString = true;
        else if (c === 0x7b || c === 0x5b) depth++;
        else if (--depth === 0) break;
      }
    }
    i = Math.min(i, n);
    this.#depth = depth;
    this.#inString = inString;
    this.#escape = escape;
    this.#parts.push(text.slice(from, i));
    // At least its first character was read ('{', '[' or '"'): back at depth 0 outside a string, it closed.
    if (depth === 0 && !inString) this.#finish();
    return i;
  }

  #finish(): void {
    const raw = this.#parts.length === 1 ? this.#parts[0]! : this.#parts.join('');
    this.#parts = [];
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      throw new ScanError(`${e instanceof Error ? e.message : String(e)} (near position ${this.#offset})`);
    }
    if (this.#state === 'element') {
      this.#state = 'after-element';
      this.onRecord(this.#section!, value, this.#index++);
    } else {
      this.#state = 'after-member';
      this.onMember(this.#key, value);
    }
  }

  #readKey(text: string, from: number): number {
    const n = text.length;
    let i = from;
    let escape = this.#keyEscape;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (escape) escape = false;
      else if (c === 0x5c) escape = true;
      else if (c === 0x22) break;
    }
    this.#keyEscape = escape;
    this.#keyParts.push(text.slice(from, i));
    if (i === n) return i;
    this.#key = JSON.parse(`"${this.#keyParts.join('')}"`) as string;
    this.#state = 'colon';
    return i + 1;
  }
}
