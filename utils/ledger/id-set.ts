// A compact set of record ids for an import's check of a whole file (stream.ts, `ImportCheck`). A
// million commitments with two history entries each are three million ids: held as JavaScript
// strings and numbers in `Set`s they cost the options page about 100 MB (string headers, the
// Set's entries), more than the rest of the import. Here an id is kept as a 64-bit fingerprint in
// one typed array (open addressing, at most half full): 16–32 bytes an id, whatever its length.
//
// A fingerprint can collide: two different ids with the same 64 bits (for a million ids, a chance
// of about 3 in 10^8). So `add` answers "maybe seen": the caller confirms a suspected duplicate
// against the ids themselves (ImportCheck reads the file again for those only). A safe integer
// (a history entry's id) is kept exactly, never hashed.

/** Two independent 32-bit hashes of a string's UTF-16 code units (FNV-1a and a multiply-xorshift). */
function fingerprint(id: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ id.length;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  // Final mixes, so that ids differing in their last character spread over the table.
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  b ^= b >>> 13;
  b = Math.imul(b, 0xc2b2ae35);
  b ^= b >>> 16;
  return [a >>> 0, b >>> 0];
}

/** The two words an id is kept as; a string's are marked apart from an integer's by the top bit. */
function words(id: string | number): [number, number] {
  // One more than the high part: never 0, so no id is the empty slot (0, 0).
  if (typeof id === 'number' && Number.isSafeInteger(id) && id >= 0) return [Math.floor(id / 2 ** 32) + 1, id >>> 0];
  const [a, b] = fingerprint(typeof id === 'number' ? `#${id}` : id);
  // The top bit set: never the high word of a safe integer (at most 2^21), nor 0.
  return [(a | 0x80000000) >>> 0, b];
}

const START_SLOTS = 1024;

/** The first slot to look at (linear probing from there); consecutive integers spread too. */
function slotOf(hi: number, lo: number, mask: number): number {
  const x = Math.imul(lo ^ Math.imul(hi, 0x27d4eb2f), 0x9e3779b1);
  return (x ^ (x >>> 16)) & mask;
}

export class IdSet {
  /** Two words per slot; an empty slot is (0, 0), which no id takes (`words`). */
  #table = new Uint32Array(2 * START_SLOTS);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** Bytes the table holds (tests, figures). */
  get bytes(): number {
    return this.#table.byteLength;
  }

  /** Adds `id`; answers true when it (or an id with the same fingerprint) was there already. */
  add(id: string | number): boolean {
    const [hi, lo] = words(id);
    if (this.#find(hi, lo) >= 0) return true;
    if (2 * (this.#size + 1) > this.#table.length / 2) this.#grow();
    this.#place(this.#table, hi, lo);
    this.#size++;
    return false;
  }

  /** True when `id` (or an id with the same fingerprint) was added. */
  has(id: string | number): boolean {
    const [hi, lo] = words(id);
    return this.#find(hi, lo) >= 0;
  }

  /** The key the fingerprint of `id` goes by (for the few suspected duplicates kept aside). */
  static key(id: string | number): string {
    const [hi, lo] = words(id);
    return `${hi}:${lo}`;
  }

  #find(hi: number, lo: number): number {
    const t = this.#table;
    const mask = t.length / 2 - 1;
    for (let i = slotOf(hi, lo, mask); ; i = (i + 1) & mask) {
      const a = t[2 * i]!;
      const b = t[2 * i + 1]!;
      if (a === 0 && b === 0) return -1;
      if (a === hi && b === lo) return i;
    }
  }

  #place(t: Uint32Array, hi: number, lo: number): void {
    const mask = t.length / 2 - 1;
    let i = slotOf(hi, lo, mask);
    while (t[2 * i] !== 0 || t[2 * i + 1] !== 0) i = (i + 1) & mask;
    t[2 * i] = hi;
    t[2 * i + 1] = lo;
  }

  #grow(): void {
    const old = this.#table;
    const next = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0 || old[i + 1] !== 0) this.#place(next, old[i]!, old[i + 1]!);
    this.#table = next;
  }
}
