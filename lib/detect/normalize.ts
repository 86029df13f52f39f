/**
 * Text normalisation for matching, with an exact offset map back to the original.
 *
 * Everything the matcher compares goes through `normalize` (page text and dataset aliases alike),
 * so "Trump–Putin summit", "trump-putin Summit" and "Trump\u00ADPutin\u00A0summit" meet as the
 * same tokens. Each normalised UTF-16 unit remembers the original range it came from, so a
 * mention found in normalised text is cut out of the ORIGINAL text exactly (the page layer turns
 * those offsets into DOM ranges; a one-unit slip would mark the wrong letters).
 *
 * What it does:
 * - lowercase; fold Latin diacritics (é → e, ğ → g, ß → ss); Cyrillic keeps й, folds ё → е and the
 *   Ukrainian і ї є ґ → и и е г, Russian ы → и (one vocabulary, stemmed, reads Russian and Ukrainian);
 * - curly quotes/apostrophes → ' or "; every dash and hyphen (U+2010–2015, U+2212, …) → '-';
 * - any run of whitespace (NBSP, thin spaces, line breaks…) → one ' ' (leading/trailing dropped);
 *   where the run held a line break its position is kept in `lineBreaks` (sentence splitting
 *   wants it; phrase matching does not see it);
 * - soft hyphens, zero-width characters, bidi marks, variation selectors and stray combining
 *   marks are dropped (a dropped mark widens the previous unit's range so quotes stay whole);
 * - 'U.S.', 'U.S', 'US', 'USA', 'United States', 'American(s)' → the one token `usa` (US_TOKEN);
 *   the pronoun "us" is left alone because only the upper-case spellings are rewritten;
 * - English possessive 's / ’s is dropped ("Putin’s" → "putin"); a plural possessive apostrophe
 *   ("leaders’") is dropped too.
 */

/** The single token every spelling of the United States becomes. */
export const US_TOKEN = 'usa';

export interface Normalized {
  /** The normalised text. */
  text: string;
  /** Original start offset of each unit of `text`. */
  starts: Int32Array;
  /** Original end offset (exclusive) of each unit of `text`. */
  ends: Int32Array;
  /** Positions in `text` of spaces that stand for whitespace containing a line break. */
  lineBreaks: number[];
  /** Subset of `lineBreaks` where the whitespace held two or more line breaks (a blank line). */
  paragraphBreaks: number[];
}

/**
 * Ukrainian і ї є ґ (both cases) → и и е г, and Russian э → е, ы → и. Same length, so offsets stay
 * exact. Ukrainian writes foreign names with е where Russian has э (Ер-Ріяд / Эр-Рияд), and и
 * where Russian has ы (Громико / Громыко, переговори / переговоры); folding keeps one spelling of
 * a word for both languages, and no Russian word the detector reads differs from another only by
 * э/е or ы/и.
 */
const UK_FOLD: [number, string][] = [
  [0x406, 'и'], [0x456, 'и'], [0x407, 'и'], [0x457, 'и'], [0x404, 'е'], [0x454, 'е'], [0x490, 'г'], [0x491, 'г'], [0x42d, 'е'], [0x44d, 'е'],
  [0x42b, 'и'], [0x44b, 'и'],
];
const UK_LETTERS = /[іїєґэыІЇЄҐЭЫ]/g;
const HAS_UK_LETTER = /[іїєґэы]/;
const UK_MAP: Record<string, string> = { і: 'и', ї: 'и', є: 'е', ґ: 'г', э: 'е', ы: 'и', І: 'и', Ї: 'и', Є: 'е', Ґ: 'г', Э: 'е', Ы: 'и' };

// Fold table: for each BMP code unit, what it becomes.
//  >= 0  : a single replacement unit
//  KEEP  : itself
//  DROP  : removed (soft hyphen, zero-width, bidi marks)
//  MARK  : removed, but widens the previous unit (combining marks, ZWJ, variation selectors)
//  SPACE : whitespace
//  MULTI : several units, see MULTI_FOLD
const KEEP = -1;
const DROP = -2;
const MARK = -3;
const SPACE = -4;
const MULTI = -5;
const FOLD = new Int32Array(0x10000).fill(KEEP);
const MULTI_FOLD = new Map<number, string>();
const LINE_BREAK = new Uint8Array(0x10000);

function setFold(code: number, to: string): void {
  if (to.length === 1) FOLD[code] = to.charCodeAt(0);
  else if (to.length === 0) FOLD[code] = DROP;
  else {
    FOLD[code] = MULTI;
    MULTI_FOLD.set(code, to);
  }
}

function buildFoldTable(): void {
  for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c + 32; // A-Z
  // Latin-1 .. Latin Extended-B, Latin Extended Additional: lowercase, strip diacritics.
  const latinRanges: [number, number][] = [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [a, b] of latinRanges) {
    for (let c = a; c <= b; c++) {
      if (c === 0xd7 || c === 0xf7) continue; // × ÷
      const ch = String.fromCharCode(c);
      const folded = ch.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (folded !== ch) setFold(c, folded);
    }
  }
  // Letters NFD does not decompose.
  const extra: Record<string, string> = {
    ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l',
    ı: 'i', İ: 'i', ħ: 'h', Ħ: 'h', þ: 'th', Þ: 'th', ð: 'd', Ð: 'd', ŀ: 'l', Ŀ: 'l',
  };
  for (const [k, v] of Object.entries(extra)) setFold(k.charCodeAt(0), v);
  // Greek: lowercase and strip tonos.
  for (let c = 0x370; c <= 0x3ff; c++) {
    const ch = String.fromCharCode(c);
    const folded = ch.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (folded !== ch && folded.length === 1) setFold(c, folded);
  }
  // Cyrillic: lowercase only (NFD would turn й into и + breve), then ё → е.
  for (let c = 0x400; c <= 0x52f; c++) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    if (lower !== ch && lower.length === 1) setFold(c, lower);
  }
  setFold(0x401, 'е'); // Ё
  setFold(0x451, 'е'); // ё
  // Ukrainian letters fold to their Russian counterparts, so one stemmed vocabulary reads both
  // languages: "Путіна" meets "Путин", "Женеві" meets "Женева", "зустрічі" meets "зустріч".
  // Russian э folds to е with them (see UK_FOLD).
  for (const [from, to] of UK_FOLD) setFold(from, to);
  // Quotes and apostrophes.
  for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2035, 0x02bc, 0x02bb, 0x02b9, 0x00b4, 0x0060, 0x2039, 0x203a, 0xff07]) {
    FOLD[c] = 0x27;
  }
  for (const c of [0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2033, 0x2036, 0x301d, 0x301e, 0xff02]) FOLD[c] = 0x22;
  // Dashes, hyphens, minus signs.
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2043, 0xfe58, 0xfe63, 0xff0d, 0x2e3a, 0x2e3b, 0x058a, 0x1806]) {
    FOLD[c] = 0x2d;
  }
  FOLD[0x2026] = 0x2e; // … ends sentences like '.'
  // Whitespace.
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) FOLD[c] = SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) FOLD[c] = SPACE;
  for (const c of [0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]) LINE_BREAK[c] = 1;
  // Invisible characters.
  for (const c of [0x00ad, 0x200b, 0x200e, 0x200f, 0x061c, 0x180e, 0xfeff]) FOLD[c] = DROP;
  for (let c = 0x202a; c <= 0x202e; c++) FOLD[c] = DROP;
  for (let c = 0x2060; c <= 0x2064; c++) FOLD[c] = DROP;
  for (let c = 0x2066; c <= 0x2069; c++) FOLD[c] = DROP;
  // Marks that belong to the character before them.
  for (let c = 0x300; c <= 0x36f; c++) FOLD[c] = MARK;
  for (let c = 0x1ab0; c <= 0x1aff; c++) FOLD[c] = MARK;
  for (let c = 0x1dc0; c <= 0x1dff; c++) FOLD[c] = MARK;
  for (let c = 0x20d0; c <= 0x20ff; c++) FOLD[c] = MARK;
  for (let c = 0xfe00; c <= 0xfe0f; c++) FOLD[c] = MARK;
  for (let c = 0xfe20; c <= 0xfe2f; c++) FOLD[c] = MARK;
  FOLD[0x200c] = MARK; // ZWNJ
  FOLD[0x200d] = MARK; // ZWJ (emoji sequences)
}
buildFoldTable();

/** True for a code unit that is part of a word for possessive detection (letters, digits). */
function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x370 && c <= 0x52f) return true;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  return false;
}

// Every spelling of the United States that becomes US_TOKEN. Case-sensitive on purpose: "us" the
// pronoun must stay "us". "Latin American" and friends are not the US.
const US_RE =
  /(?<![\p{L}\p{N}])(?:U\.[ \u00a0]?S\.(?:[ \u00a0]?A\.)?|U\.S(?:\.A)?|USA|US|United[\s\u00a0]+States(?:[\s\u00a0]+of[\s\u00a0]+America)?|UNITED[\s\u00a0]+STATES(?:[\s\u00a0]+OF[\s\u00a0]+AMERICA)?|(?<!(?:Latin|South|Central|North|Native|African|Pan|Anglo|Asian|Mexican|Hispanic|Arab|Irish|Italian)[\s\u00a0-])(?:Americans?|AMERICANS?))(?![\p{L}\p{N}])/gu;

/**
 * A Russian or Ukrainian adjective of a name (-ская, -ська, -цкой, -зькій…): the suffix, then the
 * case ending, which both adjectives of one noun share.
 */
const NAME_ADJECTIVE = /(?:ск|цк|ськ|цьк|зьк)([а-яіїє]{1,3})$/;
const PARENTHESIS = /\s\(([\p{L}'’-]+)\)(?=\s)/gu;
const NO_SKIPS: number[] = [];

/**
 * Where a second name of the same thing stands in parentheses between an adjective and its noun
 * («Ялтинская (Крымская) конференция», «Потсдамської (Берлінської) конференції»): [start, end)
 * pairs of the space and the parenthesis, which normalisation drops so the name reads as written
 * without it. Only an adjective after an adjective of the same case ending: a parenthesis that says
 * anything else («в Женеве (Швейцария)», «(фото)») stays, and so does the phrase break it makes.
 */
function altNames(original: string): number[] {
  let out: number[] | null = null;
  PARENTHESIS.lastIndex = 0;
  for (let m = PARENTHESIS.exec(original); m; m = PARENTHESIS.exec(original)) {
    const inner = NAME_ADJECTIVE.exec(m[1].toLowerCase());
    if (!inner) continue;
    let b = m.index;
    while (b > 0 && /[\p{L}'’-]/u.test(original[b - 1])) b--;
    const before = NAME_ADJECTIVE.exec(original.slice(b, m.index).toLowerCase());
    if (!before || before[1] !== inner[1]) continue;
    (out ??= []).push(m.index, m.index + m[0].length);
  }
  return out ?? NO_SKIPS;
}

/**
 * Growable output buffers (normalised units and their original ranges). One scratch set is reused
 * across calls (normalize is called for every vocabulary phrase at compile time, and allocating
 * three typed arrays per short string dominated that cost); results are copied out at the end.
 */
class Out {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  n = 0;
  constructor(cap: number) {
    this.codes = new Uint16Array(cap);
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
  }
  reset(cap: number): this {
    if (this.codes.length < cap) {
      this.codes = new Uint16Array(cap);
      this.starts = new Int32Array(cap);
      this.ends = new Int32Array(cap);
    }
    this.n = 0;
    return this;
  }
  /** Make room for at least `need` units, keeping the first `n`. */
  ensure(need: number): void {
    if (need <= this.codes.length) return;
    const cap = Math.max(need, this.codes.length * 2 + 16);
    const c = new Uint16Array(cap);
    c.set(this.codes);
    const s = new Int32Array(cap);
    s.set(this.starts);
    const e = new Int32Array(cap);
    e.set(this.ends);
    this.codes = c;
    this.starts = s;
    this.ends = e;
  }
}
const scratch = new Out(1024);

const decoder = typeof TextDecoder !== 'undefined' ? new TextDecoder('utf-16le') : undefined;

function codesToString(codes: Uint16Array, n: number): string {
  if (n === 0) return '';
  if (decoder && n > 256) return decoder.decode(codes.subarray(0, n));
  return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
}

export function normalize(original: string): Normalized {
  return run(original, true);
}

const EMPTY = new Int32Array(0);

function run(original: string, withMap: boolean): Normalized {
  const len = original.length;
  // Output can outgrow the input only through expansions (US spellings, ß → ss): reserve room for
  // that once, then write through local typed-array references (this loop is the hot path).
  // Short strings (vocabulary, titles) reuse one scratch buffer and copy out; long page text gets
  // its own buffers, returned as views without a copy.
  const big = withMap && len > 4096;
  const out = big ? new Out(len + 64) : scratch.reset(len + 16);
  let codes = out.codes;
  let starts = out.starts;
  let ends = out.ends;
  let cap = codes.length - 4;
  let n = 0;
  const lineBreaks: number[] = [];
  const paragraphBreaks: number[] = [];

  // US spellings, found up front with one regex (only where a 'U' or 'A' occurs at all).
  const usStarts: number[] = [];
  const usEnds: number[] = [];
  if (original.indexOf('U') >= 0 || original.indexOf('A') >= 0) {
    US_RE.lastIndex = 0;
    for (let m = US_RE.exec(original); m; m = US_RE.exec(original)) {
      usStarts.push(m.index);
      usEnds.push(m.index + m[0].length);
    }
  }
  let usI = 0;
  let nextUs = usStarts.length ? usStarts[0] : -1;

  // Second names in parentheses, dropped with the space before them (see altNames).
  const skips = original.indexOf('(') >= 0 ? altNames(original) : NO_SKIPS;
  let skipI = 0;
  let nextSkip = skips.length ? skips[0] : -1;

  let wsStart = -1; // start of a pending whitespace run
  let wsEnd = -1;
  let wsBreaks = 0; // line breaks in the pending run

  let i = 0;
  while (i < len) {
    if (n >= cap) {
      out.n = n;
      out.ensure(n + 64);
      codes = out.codes;
      starts = out.starts;
      ends = out.ends;
      cap = codes.length - 4;
    }
    if (i === nextSkip) {
      i = skips[skipI + 1];
      skipI += 2;
      nextSkip = skipI < skips.length ? skips[skipI] : -1;
      continue;
    }
    const c = original.charCodeAt(i);
    const f = FOLD[c];
    if (f === SPACE) {
      if (wsStart < 0) wsStart = i;
      wsEnd = i + 1;
      // \r\n counts once
      if (LINE_BREAK[c] && !(c === 0x0a && i > 0 && original.charCodeAt(i - 1) === 0x0d)) wsBreaks++;
      i++;
      continue;
    }
    if (f === DROP) {
      i++;
      continue;
    }
    if (f === MARK) {
      // Keep the mark inside the range of the unit it decorates.
      if (wsStart < 0 && n > 0 && ends[n - 1] === i) ends[n - 1] = i + 1;
      i++;
      continue;
    }
    if (i !== nextUs && (c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x2032 || c === 0xff07) && i > 0 && wsStart < 0 && isWordUnit(original.charCodeAt(i - 1))) {
      // Possessive 's / ’s: drop both. Plural possessive (leaders’ ): drop the apostrophe.
      const n1 = i + 1 < len ? original.charCodeAt(i + 1) : 0;
      if ((n1 === 0x73 || n1 === 0x53) && !(i + 2 < len && isWordUnit(original.charCodeAt(i + 2)))) {
        i += 2;
        continue;
      }
      const prev = original.charCodeAt(i - 1);
      if ((prev === 0x73 || prev === 0x53) && !isWordUnit(n1)) {
        i++;
        continue;
      }
    }
    if (wsStart >= 0) {
      // Flush the pending whitespace run as one space (none at the very start).
      if (n > 0) {
        if (wsBreaks > 0) {
          lineBreaks.push(n);
          if (wsBreaks > 1) paragraphBreaks.push(n);
        }
        codes[n] = 0x20;
        starts[n] = wsStart;
        ends[n] = wsEnd;
        n++;
      }
      wsStart = -1;
      wsBreaks = 0;
    }
    if (i === nextUs) {
      const e = usEnds[usI];
      codes[n] = 0x75; // u
      codes[n + 1] = 0x73; // s
      codes[n + 2] = 0x61; // a
      starts[n] = starts[n + 1] = starts[n + 2] = i;
      ends[n] = ends[n + 1] = ends[n + 2] = e;
      n += 3;
      i = e;
      usI++;
      nextUs = usI < usStarts.length ? usStarts[usI] : -1;
      continue;
    }
    if (f === KEEP) codes[n] = c;
    else if (f >= 0) codes[n] = f;
    else {
      const m = MULTI_FOLD.get(c)!;
      for (let k = 0; k < m.length - 1; k++) {
        codes[n] = m.charCodeAt(k);
        starts[n] = i;
        ends[n] = i + 1;
        n++;
      }
      codes[n] = m.charCodeAt(m.length - 1);
    }
    starts[n] = i;
    ends[n] = i + 1;
    n++;
    i++;
  }
  // Trailing whitespace is dropped (a run still pending at the end).

  return {
    text: codesToString(codes, n),
    starts: !withMap ? EMPTY : big ? starts.subarray(0, n) : starts.slice(0, n),
    ends: !withMap ? EMPTY : big ? ends.subarray(0, n) : ends.slice(0, n),
    lineBreaks,
    paragraphBreaks,
  };
}

/** Map a range [start, end) of normalised text to the original text. */
export function toOriginalRange(n: Normalized, start: number, end: number): [number, number] {
  if (end <= start) {
    const p = start < n.starts.length ? n.starts[start] : n.ends.length ? n.ends[n.ends.length - 1] : 0;
    return [p, p];
  }
  return [n.starts[start], n.ends[end - 1]];
}

/** Normalise a short string (an alias, a name) without keeping the map. */
export function normalizeString(s: string): string {
  // Fast path for the common vocabulary string: plain Latin/Cyrillic, single-spaced, no quotes
  // and no US spelling; there lowercasing (and ё → е) is all normalisation does.
  if (SIMPLE.test(s) && s.indexOf('  ') < 0 && s.length === s.trim().length) {
    let usForm = false;
    if (s.indexOf('U') >= 0 || s.indexOf('A') >= 0) {
      US_RE.lastIndex = 0;
      usForm = US_RE.test(s);
    }
    if (!usForm) {
      let lower = s.toLowerCase();
      if (lower.indexOf('ё') >= 0) lower = lower.replace(/ё/g, 'е');
      return HAS_UK_LETTER.test(lower) ? lower.replace(UK_LETTERS, (c) => UK_MAP[c]) : lower;
    }
  }
  return run(freshCopy(s), false).text;
}

/**
 * The same string, as a new flat string. run reads every character through one charCodeAt call
 * site, and V8 specialises that site for the few string representations it has seen. Page text
 * comes as flat strings; the vocabulary (literals, slices, concatenations) in many other
 * representations, and once a site has seen too many it stays a slow generic lookup, for every
 * character of every page. Copied, the vocabulary reaches run as page text does.
 */
function freshCopy(s: string): string {
  const codes: number[] = new Array(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  return String.fromCharCode.apply(null, codes);
}
const SIMPLE = /^[a-zA-Z0-9 ,.+&()/\-\u0400-\u045f]*$/;
