/**
 * The vocabulary: every distinct word of every alias, place, name and pattern word, interned to a
 * small integer. Page tokens are looked up here straight from the normalised text (hash computed
 * while tokenising, no substring allocated), so the cost per token is one probe whatever the
 * vocabulary size. Cyrillic words are keyed by stem (see stem.ts): a page token is tried at its
 * full length, then with up to MAX_ENDING units cut off; the longest stem that allows that many
 * extra units wins.
 */
import { MAX_PROBE } from './stem';

/** Polynomial string hash; the tokenizer computes the same value incrementally. */
export function hashStep(h: number, c: number): number {
  return (Math.imul(h, 0x01000193) ^ c) | 0;
}
export const HASH_SEED = 0x811c9dc5 | 0;

export function hashString(s: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

const LOOKUP_SCRATCH = new Int32Array(256);

export class TokenTable {
  private keys: string[] = [];
  private hashes: number[] = [];
  private maxEnd: number[] = [];
  private slots: Int32Array = new Int32Array(1024); // entry index + 1; 0 = empty
  private mask = 1023;

  get size(): number {
    return this.keys.length;
  }

  /** An independent copy (the built-in vocabulary is compiled once and copied per matcher). */
  clone(): TokenTable {
    const t = new TokenTable();
    t.keys = this.keys.slice();
    t.hashes = this.hashes.slice();
    t.maxEnd = this.maxEnd.slice();
    t.slots = this.slots.slice();
    t.mask = this.mask;
    return t;
  }

  /** The words and their endings in id order, their hashes and the hash slots (what a prebuilt table ships; see tables.ts). */
  dump(): { keys: string[]; maxEnd: number[]; hashes: number[]; slots: Int32Array } {
    return { keys: this.keys.slice(), maxEnd: this.maxEnd.slice(), hashes: this.hashes.slice(), slots: this.slots.slice() };
  }

  /**
   * A table holding exactly `keys` (ids in that order), as dump() gave them. With the dump's hashes
   * and slots it takes them as they are (a page then hashes no word); without, it hashes again.
   */
  static load(keys: string[], maxEnd: number[], built?: { hashes: ArrayLike<number>; slots: Int32Array }): TokenTable {
    const t = new TokenTable();
    t.keys = keys;
    t.maxEnd = maxEnd;
    if (built && built.hashes.length === keys.length && built.slots.length >= keys.length * 2) {
      t.hashes = Array.from(built.hashes);
      t.slots = built.slots;
      t.mask = built.slots.length - 1;
      return t;
    }
    let size = 1024;
    while (keys.length * 2 > size) size *= 2;
    t.hashes = keys.map(hashString);
    t.rehash(size);
    return t;
  }

  word(id: number): string {
    return this.keys[id];
  }

  /** Add a word (already normalised; a stem for Cyrillic). Returns its id; re-adding widens maxEnding. */
  add(key: string, maxEnding = 0): number {
    const h = hashString(key);
    const found = this.find(key, h);
    if (found >= 0) {
      if (maxEnding > this.maxEnd[found]) this.maxEnd[found] = maxEnding;
      return found;
    }
    const id = this.keys.length;
    this.keys.push(key);
    this.hashes.push(h);
    this.maxEnd.push(maxEnding);
    if (this.keys.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.insert(id, h);
    return id;
  }

  /** Exact lookup of a normalised word (for compile-time use). */
  get(key: string): number {
    return this.find(key, hashString(key));
  }

  private find(key: string, h: number): number {
    let i = h & this.mask;
    for (;;) {
      const s = this.slots[i];
      if (s === 0) return -1;
      const id = s - 1;
      if (this.hashes[id] === h && this.keys[id] === key) return id;
      i = (i + 1) & this.mask;
    }
  }

  private insert(id: number, h: number): void {
    let i = h & this.mask;
    while (this.slots[i] !== 0) i = (i + 1) & this.mask;
    this.slots[i] = id + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 0; id < this.keys.length; id++) this.insert(id, this.hashes[id]);
  }

  /**
   * Look up text[start, start+len) whose hash is h (exact match, any word).
   * Returns the id or -1. `extra` = units the page token has beyond this key (for stems).
   */
  probe(text: string, start: number, len: number, h: number, extra: number): number {
    let i = h & this.mask;
    const slots = this.slots;
    for (;;) {
      const s = slots[i];
      if (s === 0) return -1;
      const id = s - 1;
      if (this.hashes[id] === h) {
        const k = this.keys[id];
        if (k.length === len && this.maxEnd[id] >= extra) {
          let ok = true;
          for (let j = 0; j < len; j++) {
            if (k.charCodeAt(j) !== text.charCodeAt(start + j)) {
              ok = false;
              break;
            }
          }
          if (ok) return id;
        }
      }
      i = (i + 1) & this.mask;
    }
  }

  /** The id a page token spelled `word` (normalised) gets: exact, or by stem for Cyrillic. */
  lookupWord(word: string): number {
    const c = word.charCodeAt(0);
    if (c >= 0x400 && c <= 0x52f && word.length <= LOOKUP_SCRATCH.length) {
      let h = HASH_SEED;
      for (let i = 0; i < word.length; i++) LOOKUP_SCRATCH[i] = h = hashStep(h, word.charCodeAt(i));
      return this.probeStem(word, 0, word.length, LOOKUP_SCRATCH);
    }
    return this.probe(word, 0, word.length, hashString(word), 0);
  }

  /**
   * Look up a Cyrillic page token given its prefix hashes (prefixHash[k] = hash of the first k+1
   * units): full length first, then shorter stems down to MAX_PROBE units shorter.
   */
  probeStem(text: string, start: number, len: number, prefixHash: Int32Array): number {
    const minLen = Math.max(1, len - MAX_PROBE);
    for (let l = len; l >= minLen; l--) {
      const id = this.probe(text, start, l, prefixHash[l - 1], len - l);
      if (id >= 0) return id;
    }
    return -1;
  }
}
