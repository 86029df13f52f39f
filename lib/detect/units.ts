/**
 * From phrase hits to what the patterns read: each sentence cut into units (the longest known
 * phrase at each position, or a single unknown word), with the senses that survive their local
 * checks (a lone surname or a place must be capitalised; "may" is a month only next to a number
 * or a preposition), and the overlays (aliases, cues, tense words, vetoes) kept aside by token.
 */
import type { Lexicon, OverlaySense, SegSense } from './lexicon';
import type { Hits, Scan } from './matcher';
import { F_CAP, F_CYR, F_HYPH, F_NUM, F_SENT } from './tokenize';

export interface Unit {
  t0: number;
  t1: number;
  /** Shared with the lexicon when every sense of the phrase holds here: read, never change. */
  senses: readonly SegSense[];
  /** The kinds of its senses, as senseBit bits: senseOf answers a miss without reading a sense. */
  kinds: number;
}

/**
 * One bit per kind of sense. Patterns ask units for a kind of sense many times per token, and
 * mostly in vain; sense objects come in many shapes, so reading `.t` off each is a slow,
 * megamorphic property load, while a unit's bits answer a miss at once.
 *
 * (A switch, not a lookup table: senseOf is called from hundreds of places with a dozen different
 * kinds, and an object indexed by the kind is then a megamorphic keyed load, which cost more than
 * the bits saved. Comparing interned strings is a pointer comparison.)
 */
function senseBit(t: SegSense['t']): number {
  switch (t) {
    case 'meet':
      return 1 << 0;
    case 'side':
      return 1 << 1;
    case 'person':
      return 1 << 2;
    case 'place':
      return 1 << 3;
    case 'func':
      return 1 << 4;
    case 'month':
      return 1 << 5;
    case 'season':
      return 1 << 6;
    case 'rel':
      return 1 << 7;
    case 'mod':
      return 1 << 8;
    case 'ord':
      return 1 << 9;
    case 'num':
      return 1 << 10;
    case 'forum':
      return 1 << 11;
    case 'role':
      return 1 << 12;
  }
  return 0;
}

function kindsOf(senses: readonly SegSense[]): number {
  let kinds = 0;
  for (let i = 0; i < senses.length; i++) kinds |= senseBit(senses[i].t);
  return kinds;
}

export interface OverlayHit {
  t0: number;
  t1: number;
  sense: OverlaySense;
  /** Phrase id (same id = same alias text). */
  pid: number;
}

/** Per-chunk annotation shared by the patterns, the back-references and the document context. */
export interface Annotation {
  scan: Scan;
  lex: Lexicon;
  /** Longest segmenting phrase starting at each token (-1: none) and its end token. */
  segPid: Int32Array;
  segEnd: Int32Array;
  /** Sentence index of each token, and sentence start tokens (plus a final sentinel). */
  sentOf: Int32Array;
  sentStart: number[];
  aliases: OverlayHit[];
  cues: OverlayHit[];
  /** Tense marker starting at a token: 0 none, else a code (see TENSE_CODE). */
  tenseAt: Uint8Array;
  /** 1 where a non-meeting phrase ("press conference") covers the token. */
  blocked: Uint8Array;
  /** 1 at a sports word ("final", "match"). */
  sport: Uint8Array;
  /** Units per sentence, filled on demand (patterns/clauses.ts sentenceUnits). */
  unitCache: Map<number, Unit[]>;
  /** Each token's text, cut on first read (the patterns read the same neighbours again and again). */
  words: (string | undefined)[];
  /** By phrase id: 1 when a sense of the phrase has a local check in liveSenses (see checkedPhrases). */
  checked: Uint8Array;
  /** Each token's time-word classes, filled on first read (times.ts timeWord; 0: not read yet). */
  timeWords: Uint16Array;
}

export const TENSE_CODE = { past: 1, fut: 2, hyp: 3, neg: 4 } as const;
export type TenseName = keyof typeof TENSE_CODE;
export const TENSE_NAME: (TenseName | null)[] = [null, 'past', 'fut', 'hyp', 'neg'];

export function annotate(scan: Scan, lex: Lexicon): Annotation {
  const n = scan.toks.count;
  const segPid = new Int32Array(n).fill(-1);
  const segEnd = new Int32Array(n);
  const tenseAt = new Uint8Array(n);
  const blocked = new Uint8Array(n);
  const sport = new Uint8Array(n);
  const aliases: OverlayHit[] = [];
  const cues: OverlayHit[] = [];
  const hits: Hits = scan.hits;
  const d = hits.data;
  let unneg: number[] | null = null;
  let unfut: number[] | null = null;
  for (let i = 0; i < hits.count; i++) {
    const pid = d[i * 3];
    const t0 = d[i * 3 + 1];
    const t1 = d[i * 3 + 2];
    if (lex.seg[pid].length && (segPid[t0] < 0 || t1 > segEnd[t0])) {
      segPid[t0] = pid;
      segEnd[t0] = t1;
    }
    const ov = lex.ov[pid];
    for (let k = 0; k < ov.length; k++) {
      const s = ov[k];
      if (s.t === 'alias') aliases.push({ t0, t1, sense: s, pid });
      else if (s.t === 'cue') cues.push({ t0, t1, sense: s, pid });
      else if (s.t === 'tense') {
        const code = TENSE_CODE[s.v];
        // Keep the strongest reading where several start at one token (neg > hyp > fut > past).
        if (code > tenseAt[t0]) tenseAt[t0] = code;
      } else if (s.t === 'block') {
        for (let t = t0; t < t1; t++) blocked[t] = 1;
      } else if (s.t === 'sport') sport[t0] = 1;
      else if (s.t === 'unneg') (unneg ??= []).push(t0, t1);
      else if (s.t === 'unfut') (unfut ??= []).push(t0, t1);
    }
  }
  // "not only", «ледь не»: the negation word inside such a phrase negates nothing.
  if (unneg) for (let i = 0; i < unneg.length; i += 2) for (let t = unneg[i]; t < unneg[i + 1]; t++) if (tenseAt[t] === TENSE_CODE.neg) tenseAt[t] = 0;
  // «наступного дня», "the next day": the future word inside such a phrase marks no future.
  if (unfut) for (let i = 0; i < unfut.length; i += 2) for (let t = unfut[i]; t < unfut[i + 1]; t++) if (tenseAt[t] === TENSE_CODE.fut) tenseAt[t] = 0;
  const flags = scan.toks.flags;
  const sentOf = new Int32Array(n);
  const sentStart: number[] = [];
  for (let t = 0; t < n; t++) {
    if (flags[t] & F_SENT || t === 0) sentStart.push(t);
    sentOf[t] = sentStart.length - 1;
  }
  sentStart.push(n);
  const ann: Annotation = { scan, lex, segPid, segEnd, sentOf, sentStart, aliases, cues, tenseAt, blocked, sport, unitCache: new Map(), words: new Array<string | undefined>(n), checked: checkedPhrases(lex), timeWords: new Uint16Array(n) };
  // "from May 16 to May 17", "the May 1960 summit", "Moscow, May–June 1988": where "may" is the
  // month (mayIsMonth), it is not the modal either. (A capital alone does not say so: a headline in
  // title case writes "Trump And Putin May Meet".)
  for (let t = 0; t < n; t++) {
    if (tenseAt[t] === TENSE_CODE.hyp && scan.toks.end[t] - scan.toks.start[t] === 3 && tokenText(ann, t) === 'may' && mayIsMonth(ann, t)) tenseAt[t] = 0;
  }
  return ann;
}

/** Senses of a phrase occurrence that pass local checks. */
export function liveSenses(a: Annotation, pid: number, t0: number, t1: number): readonly SegSense[] {
  const senses = a.lex.seg[pid];
  if (a.checked[pid] === 0) return senses;
  const flags = a.scan.toks.flags;
  const f0 = flags[t0];
  const cap = (f0 & F_CAP) !== 0;
  // Most phrases keep every sense: then the lexicon's own list is the answer, with no copy (this
  // runs for every phrase of every page). A copy is made only from the first sense dropped.
  let out: SegSense[] | null = null;
  for (let i = 0; i < senses.length; i++) {
    const s = senses[i];
    let ok = true;
    // Ukrainian outlets write Russian officials' names in lower case ("з лавровим"): a Cyrillic
    // surname of the Russian side may go without its capital, unless it is also a common word.
    if (s.t === 'person' && !s.full) ok = cap || (s.side === 'ru' && (f0 & F_CYR) !== 0 && lowercaseSurnameOk(a, t0));
    // Place names are written with a capital ('turkey' is a bird); Russian and Ukrainian place
    // adjectives are not («женевский саммит», «стамбульські консультації»).
    // A venue may start with a common noun: «на вилле Ла Гранж».
    // So is a country's adjective before its word for capital («у словацькій столиці»).
    else if (s.t === 'place')
      ok = cap || anyCap(flags, t0 + 1, t1) || ((f0 & F_CYR) !== 0 && (PLACE_ADJECTIVE.test(tokenText(a, t1 - 1)) || (t1 - t0 === 2 && PLACE_ADJECTIVE.test(tokenText(a, t0)) && CAPITAL_WORD.test(tokenText(a, t0 + 1)))));
    else if (s.t === 'month') {
      if ((f0 & F_CYR) === 0) {
        ok = cap;
        if (ok && s.m === 5 && t1 - t0 === 1) ok = mayIsMonth(a, t0);
      }
    } else if (s.t === 'meet' || s.t === 'mod' || s.t === 'role') ok = !a.blocked[t0] || !a.blocked[t1 - 1];
    // «й» joins names only («Керрі й Лавров», «США й Росії»): elsewhere it is also the particle
    // "too" («прийме й Росія») or, hyphen-joined to a number, an ordinal's ending («2-й раунд»).
    else if (s.t === 'func' && s.f === 'and' && tokenText(a, t0) === 'й') ok = !(f0 & F_HYPH) && t0 > 0 && t1 < flags.length && (flags[t0 - 1] & F_CAP) !== 0 && (flags[t1] & F_CAP) !== 0;
    if (s.t === 'meet' && a.blocked[t0]) ok = false;
    if (!ok) out ??= senses.slice(0, i);
    else if (out) out.push(s);
  }
  return out ?? senses;
}

/**
 * Whether each phrase has a sense that liveSenses checks (a surname, a place, a month, a meeting,
 * modifier or role word), by phrase id; computed once per lexicon. The rest ("the", "with", "in",
 * numbers, sides) keep every sense wherever they stand, and are answered without reading a sense:
 * senses come in many shapes, so reading one is a slow, megamorphic property load.
 */
const CHECKED = new WeakMap<Lexicon, Uint8Array>();
function checkedPhrases(lex: Lexicon): Uint8Array {
  let checked = CHECKED.get(lex);
  if (!checked) {
    checked = new Uint8Array(lex.seg.length);
    for (let pid = 0; pid < lex.seg.length; pid++) {
      for (const s of lex.seg[pid]) {
        if ((s.t === 'person' && !s.full) || s.t === 'place' || s.t === 'month' || s.t === 'meet' || s.t === 'mod' || s.t === 'role' || (s.t === 'func' && s.f === 'and')) checked[pid] = 1;
      }
    }
    CHECKED.set(lex, checked);
  }
  return checked;
}

function anyCap(flags: ArrayLike<number>, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (flags[t] & F_CAP) return true;
  return false;
}

/** The ending of a Russian or Ukrainian adjective made from a place name (-ский, -ськ-, -цкий, -цьк-, -зьк-). */
const PLACE_ADJECTIVE = /(?:ск|цк|ськ|цьк|зьк)[а-я]{0,4}$/;

/** «столица», «столиця» in any case (folded: Ukrainian і is и). */
const CAPITAL_WORD = /^столиц[а-я]{0,3}$/;

/** Russian surnames that are also ordinary words in lower case ("песков": of sands). */
const COMMON_WORD_SURNAMES = new Set(['песков', 'лавр', 'орбан']);

function lowercaseSurnameOk(a: Annotation, t: number): boolean {
  const w = tokenText(a, t);
  if (w.length < 5) return false;
  for (const c of COMMON_WORD_SURNAMES) if (w.startsWith(c) && (c !== 'лавр' || w.length < 6)) return false;
  return true;
}

/** The months after May, as a range's second month ("May–June"). */
const MONTH_AFTER_MAY = new Set(['june', 'july', 'august', 'september']);

/** "May" is the month when a number or a date preposition is next to it, not at a sentence start. */
function mayIsMonth(a: Annotation, t: number): boolean {
  const { flags } = a.scan.toks;
  const n = a.scan.toks.count;
  if (t + 1 < n && flags[t + 1] & F_NUM && !(flags[t + 1] & F_SENT)) return true;
  if (t > 0 && flags[t - 1] & F_NUM && !(flags[t] & F_SENT)) return true;
  // "May–June 1988", "May-June": the first month of a range of two.
  if (t + 1 < n && MONTH_AFTER_MAY.has(tokenText(a, t + 1)) && /^\s*[–—-]\s*$/.test(a.scan.norm.text.slice(a.scan.toks.end[t], a.scan.toks.start[t + 1]))) return true;
  if (flags[t] & F_SENT) return false;
  if (t > 0) {
    const w = tokenText(a, t - 1);
    if (w === 'in' || w === 'since' || w === 'until' || w === 'early' || w === 'late' || w === 'mid' || w === 'of' || w === 'by' || w === 'last' || w === 'next' || w === 'this')
      return true;
  }
  return false;
}

export function tokenText(a: Annotation, t: number): string {
  return (a.words[t] ??= a.scan.norm.text.slice(a.scan.toks.start[t], a.scan.toks.end[t]));
}

/** Cut tokens [t0, t1) into units. */
export function unitsOf(a: Annotation, t0: number, t1: number): Unit[] {
  const units: Unit[] = [];
  let t = t0;
  while (t < t1) {
    // «М. С. Горбачёв», "R. Reagan": initials before a name are part of it (encyclopaedias and
    // Russian papers write people so); as units of their own they would stop every walk there.
    if (initialAt(a, t)) {
      let j = t + 1;
      while (j < t1 && initialAt(a, j)) j++;
      const pj = j < t1 ? a.segPid[j] : -1;
      if (pj >= 0 && a.segEnd[j] <= t1) {
        const senses = liveSenses(a, pj, j, a.segEnd[j]);
        const kinds = kindsOf(senses);
        if (kinds & senseBit('person')) {
          units.push({ t0: t, t1: a.segEnd[j], senses, kinds });
          t = a.segEnd[j];
          continue;
        }
      }
    }
    const pid = a.segPid[t];
    if (pid >= 0 && a.segEnd[t] <= t1) {
      const end = a.segEnd[t];
      const senses = liveSenses(a, pid, t, end);
      if (senses.length || end - t === 1) {
        units.push({ t0: t, t1: end, senses, kinds: kindsOf(senses) });
        t = end;
        continue;
      }
      // The long reading failed its checks: fall back to the single token's own phrase, if any.
    }
    const senses = singleSenses(a, t);
    units.push({ t0: t, t1: t + 1, senses, kinds: kindsOf(senses) });
    t++;
  }
  return units;
}

/** A capital letter standing alone before a full stop: an initial ("М." of «М. С. Горбачёв»). */
function initialAt(a: Annotation, t: number): boolean {
  const { toks, norm } = a.scan;
  return toks.end[t] - toks.start[t] === 1 && (toks.flags[t] & (F_CAP | F_NUM)) === F_CAP && norm.text.charCodeAt(toks.end[t]) === 0x2e;
}

/** The senses of a token that has none (one shared list: units only read theirs). */
const NO_SENSES: readonly SegSense[] = [];

function singleSenses(a: Annotation, t: number): readonly SegSense[] {
  const id = a.scan.toks.id[t];
  if (id < 0) return NO_SENSES;
  const node = a.lex.rootNext[id];
  if (!node) return NO_SENSES;
  const pid = a.lex.nodeOut[node];
  if (pid < 0 || !a.lex.seg[pid].length) return NO_SENSES;
  return liveSenses(a, pid, t, t + 1);
}

// ---- small readers of units, shared by patterns, times and back-references ------------------

/** The first sense of a kind, if the unit has one. */
export function senseOf<T extends SegSense['t']>(u: Unit, t: T): Extract<SegSense, { t: T }> | null {
  if (!(u.kinds & senseBit(t))) return null;
  const senses = u.senses;
  for (let i = 0; i < senses.length; i++) if (senses[i].t === t) return senses[i] as Extract<SegSense, { t: T }>;
  return null;
}

export function funcOf(u: Unit): string | null {
  const f = senseOf(u, 'func');
  return f ? f.f : null;
}

export function isParty(u: Unit): boolean {
  return !!(senseOf(u, 'person') || senseOf(u, 'side') || senseOf(u, 'role'));
}

export function flagsOf(a: Annotation, u: Unit): number {
  return a.scan.toks.flags[u.t0];
}

export function numValue(a: Annotation, u: Unit): number | null {
  if (u.t1 - u.t0 !== 1 || !(flagsOf(a, u) & F_NUM)) return null;
  const s = tokenText(a, u.t0);
  return s.length <= 4 ? +s : null;
}

export function isYear(v: number | null): v is number {
  return v !== null && v >= 1900 && v <= 2100;
}
