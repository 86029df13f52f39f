/**
 * Tokeniser over normalised text. One pass: it splits words (letters and digits), looks each one
 * up in the vocabulary (hash computed on the fly, see TokenTable), and records what stood between
 * a token and the one before it: a hyphen (soft: "Trump-Putin" still matches "Trump Putin"),
 * hard punctuation (a phrase never runs across a comma or full stop), clause and sentence breaks.
 * Patterns reason within one sentence, so sentence splitting happens here, once.
 */
import type { Normalized } from './normalize';
import { HASH_SEED, hashStep, type TokenTable } from './tokenTable';

// Token flags.
export const F_CAP = 1; // original first letter upper-case
export const F_CYR = 2; // Cyrillic word
export const F_NUM = 4; // digits only
export const F_HYPH = 8; // joined to the previous token by a hyphen/dash without spaces
export const F_GAP = 16; // hard punctuation (or a symbol) between the previous token and this one
export const F_COMMA = 32;
export const F_SENT = 64; // a sentence starts here
export const F_CLAUSE = 128; // ; : ( ) or a spaced dash before this token
export const F_QUOTE = 256; // a quotation mark before this token
export const F_LINE = 512; // a line break before this token
export const F_PARA = 1024; // a blank line before this token
export const F_DOT = 2048; // a full stop before this token
export const F_MIXED = 4096; // letters and digits ("g20", "1980s")

export interface TokenStream {
  count: number;
  /** Offsets in the normalised text. */
  start: Int32Array;
  end: Int32Array;
  /** Vocabulary id, or -1 for a word the matcher does not know. */
  id: Int32Array;
  flags: Int32Array;
}

// Character classes of normalised text.
const C_OTHER = 0;
const C_LETTER = 1;
const C_CYR = 2;
const C_DIGIT = 3;
const CLS = new Uint8Array(0x10000);
(function buildClasses() {
  const set = (a: number, b: number, v: number) => {
    for (let c = a; c <= b; c++) CLS[c] = v;
  };
  set(0x61, 0x7a, C_LETTER);
  set(0x41, 0x5a, C_LETTER);
  set(0x30, 0x39, C_DIGIT);
  set(0xc0, 0x24f, C_LETTER);
  CLS[0xd7] = C_OTHER;
  CLS[0xf7] = C_OTHER;
  set(0x370, 0x3ff, C_LETTER);
  set(0x400, 0x52f, C_CYR);
  set(0x531, 0x587, C_LETTER);
  set(0x5d0, 0x5ea, C_LETTER);
  set(0x620, 0x64a, C_LETTER);
  set(0x660, 0x669, C_DIGIT);
  set(0x1e00, 0x1eff, C_LETTER);
  set(0x3040, 0x30ff, C_LETTER);
  set(0x4e00, 0x9fff, C_LETTER);
  set(0xac00, 0xd7af, C_LETTER);
})();

/** Abbreviations after which a full stop does not end the sentence. */
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr st gen sen rep gov lt col capt maj sgt adm jr sr prof rev hon vs no inc corp co ltd mt ft ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec pres amb sec dept est approx eg ie cf al ' +
    'г гг т им ул тов проф млн млрд тыс руб др пр см ст н э')
    .split(' '),
);

/** Words a line cannot end a sentence on: a capital after them on the next line continues the sentence. */
const CONTINUES = new Set(
  (
    'in at on of the a an and or to for with between by from as near into than that who which his her their its our ' +
    'в во на и или с со по к о об у за от до из для между при'
  ).split(' '),
);

function isUpperOriginal(c: number): boolean {
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c < 0x80) return false;
  if (c >= 0x410 && c <= 0x42f) return true;
  if (c >= 0x400 && c <= 0x40f) return true;
  // Lower-case Russian and Ukrainian letters (а–я, ѐ–џ), most Cyrillic word starts: no string to make and fold.
  if (c >= 0x430 && c <= 0x45f) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

function widen(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

class Grow {
  start: Int32Array;
  end: Int32Array;
  id: Int32Array;
  flags: Int32Array;
  n = 0;
  constructor(cap: number) {
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.id = new Int32Array(cap);
    this.flags = new Int32Array(cap);
  }
  push(s: number, e: number, id: number, f: number): void {
    if (this.n === this.start.length) {
      const cap = this.n * 2 + 16;
      this.start = widen(this.start, cap);
      this.end = widen(this.end, cap);
      this.id = widen(this.id, cap);
      this.flags = widen(this.flags, cap);
    }
    this.start[this.n] = s;
    this.end[this.n] = e;
    this.id[this.n] = id;
    this.flags[this.n] = f;
    this.n++;
  }
}

/**
 * Split a short normalised phrase (vocabulary, at compile time) into words, with a 0/1 per word
 * telling whether phrase-breaking punctuation (, . ; : ( ) ! ?) precedes it. Same word classes
 * as `tokenize`, without its per-call allocations.
 */
export function splitWords(text: string): { words: string[]; gaps: number[] } {
  const words: string[] = [];
  const gaps: number[] = [];
  let brk = false;
  let i = 0;
  let s0 = -1; // where the last word ended
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (CLS[c] === C_OTHER) {
      // The stop after an initial ("John F. Kennedy") is no break, as tokenize() reads it in text.
      const initial = c === 0x2e && words.length > 0 && words[words.length - 1].length === 1 && !/\d/.test(words[words.length - 1]) && i === s0;
      if (!initial && (c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x21 || c === 0x3f)) brk = true;
      i++;
      continue;
    }
    const s = i;
    while (i < text.length && CLS[text.charCodeAt(i)] !== C_OTHER) i++;
    s0 = i;
    words.push(text.slice(s, i));
    gaps.push(words.length > 1 && brk ? 1 : 0);
    brk = false;
  }
  return { words, gaps };
}

const MAX_STEM_TOKEN = 256;
const prefixHash = new Int32Array(MAX_STEM_TOKEN);

/**
 * Tokenise normalised text. `original` is the text before normalisation (for capitalisation);
 * `table` gives vocabulary ids (pass null to tokenise without lookup).
 */
export function tokenize(n: Normalized, original: string, table: TokenTable | null): TokenStream {
  const text = n.text;
  const len = text.length;
  const out = new Grow((len >> 3) + 16);
  const lineBreaks = n.lineBreaks;
  const paraBreaks = n.paragraphBreaks;
  let lbI = 0;
  let pbI = 0;

  let gapFlags = 0; // flags collected since the previous token
  let gapHasSpace = false;
  let gapDashes = 0;
  let gapOther = 0; // non-space, non-dash units in the gap
  let prevEnd = -1;
  let prevStart = -1;
  let prevLen = 0;
  let prevWasAbbrev = false;
  let pendingTerm = false; // ! or ?
  let i = 0;

  while (i < len) {
    const c = text.charCodeAt(i);
    const cls = CLS[c];
    if (cls === C_OTHER) {
      // Punctuation, space or symbol between tokens.
      if (c === 0x20) {
        gapHasSpace = true;
        while (lbI < lineBreaks.length && lineBreaks[lbI] < i) lbI++;
        if (lbI < lineBreaks.length && lineBreaks[lbI] === i) {
          gapFlags |= F_LINE;
          while (pbI < paraBreaks.length && paraBreaks[pbI] < i) pbI++;
          if (pbI < paraBreaks.length && paraBreaks[pbI] === i) gapFlags |= F_PARA;
        }
      } else if (c === 0x2d) {
        gapDashes++;
      } else {
        gapOther++;
        switch (c) {
          case 0x2e: // .
            gapFlags |= F_DOT | F_GAP;
            break;
          case 0x21: // !
          case 0x3f: // ?
            pendingTerm = true;
            gapFlags |= F_GAP;
            break;
          case 0x2c: // ,
            gapFlags |= F_COMMA | F_GAP;
            break;
          case 0x3b: // ;
          case 0x3a: // :
          case 0x28: // (
          case 0x29: // )
          case 0x5b:
          case 0x5d:
            gapFlags |= F_CLAUSE | F_GAP;
            break;
          case 0x27: // '
            // An apostrophe inside a word (Ukrainian п'ять, перемир'я, Рейк'явік; O'Brien) is a
            // letter of it, not a quotation mark: nothing but letters on either side.
            if (!gapHasSpace && gapOther === 1 && gapDashes === 0 && prevEnd === i && i + 1 < len && CLS[text.charCodeAt(i + 1)] !== C_OTHER) break;
            gapFlags |= F_QUOTE | F_GAP;
            break;
          case 0x22: // "
            gapFlags |= F_QUOTE | F_GAP;
            break;
          case 0x26: // & joins like "and"
          case 0x2b: // +
            break;
          default:
            // Symbols, emoji halves, slashes: treat as hard punctuation.
            gapFlags |= F_GAP;
        }
      }
      i++;
      continue;
    }

    // A word: letters and digits.
    const start = i;
    let h = HASH_SEED;
    let allDigits = true;
    let anyDigit = false;
    const cyr = cls === C_CYR;
    let k = 0;
    while (i < len) {
      const d = text.charCodeAt(i);
      const dc = CLS[d];
      if (dc === C_OTHER) break;
      if (dc === C_DIGIT) anyDigit = true;
      else allDigits = false;
      h = hashStep(h, d);
      if (k < MAX_STEM_TOKEN) prefixHash[k] = h;
      k++;
      i++;
    }
    const wlen = i - start;
    let id = -1;
    if (table) {
      if (cyr && wlen <= MAX_STEM_TOKEN) id = table.probeStem(text, start, wlen, prefixHash);
      else id = table.probe(text, start, wlen, h, 0);
    }

    let f = 0;
    if (cyr) f |= F_CYR;
    if (allDigits) f |= F_NUM;
    else if (anyDigit) f |= F_MIXED;
    const oc = original.charCodeAt(n.starts[start]);
    if (isUpperOriginal(oc)) f |= F_CAP;

    if (out.n > 0) {
      // Hyphen: "Russia-US", "high-level" (no spaces, only dashes between).
      if (gapDashes > 0) {
        if (!gapHasSpace && gapOther === 0 && prevEnd === start - gapDashes) f |= F_HYPH;
        else if (gapHasSpace) f |= F_CLAUSE | F_GAP; // " — " is a clause break
        else f |= F_GAP;
      }
      f |= gapFlags;
      // Sentence boundary?
      const nextCap = (f & (F_CAP | F_NUM)) !== 0 || (f & (F_QUOTE | F_CLAUSE)) !== 0;
      let sent = false;
      if (pendingTerm) sent = true;
      else if (gapFlags & F_DOT) {
        const abbrev = prevWasAbbrev || (prevLen <= 5 && ABBREVIATIONS.has(text.slice(prevStart, prevEnd)));
        sent = nextCap && !abbrev;
        // The stop of an initial or an abbreviation is no break inside a phrase either:
        // "with Eduard A. Shevardnadze", "Mr. Shultz", "St. Petersburg".
        if (abbrev && !sent) f &= ~F_DOT;
      }
      if (gapFlags & F_PARA) sent = true;
      else if (gapFlags & F_LINE) {
        // A single line break ends a sentence after punctuation, or before a capital unless the
        // line ended on a word that cannot end one ("… officials in\nIstanbul": hard-wrapped text).
        if (gapFlags & (F_DOT | F_CLAUSE)) sent = true;
        else if ((f & (F_CAP | F_NUM)) !== 0) sent = !(prevLen <= 7 && CONTINUES.has(text.slice(prevStart, prevEnd)));
      }
      if (sent) f |= F_SENT;
    } else {
      f |= F_SENT;
    }
    out.push(start, i, id, f);

    prevEnd = i;
    prevStart = start;
    prevLen = wlen;
    // An initial ("J. Smith") does not end a sentence; abbreviations are checked when a '.' follows.
    prevWasAbbrev = wlen === 1 && !allDigits && (f & F_CAP) !== 0;
    gapFlags = 0;
    gapHasSpace = false;
    gapDashes = 0;
    gapOther = 0;
    pendingTerm = false;
  }
  return { count: out.n, start: out.start, end: out.end, id: out.id, flags: out.flags };
}
