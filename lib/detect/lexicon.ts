/**
 * Compiles every phrase the detector knows (built-in vocabulary + each event's aliases, places,
 * participants and cues) into one token trie. Each phrase carries "senses": what it means for the
 * patterns (a meeting word, a side, a place...) and overlays (an alias of event N, a cue for
 * event N, a tense marker). Phrases are normalised and tokenised exactly like page text, so what
 * the trie holds is what the tokenizer produces.
 *
 * Trie layout, chosen for a flat cost in vocabulary size: the first step is an array indexed by
 * token id; deeper steps are one Map keyed by (node, token, punctuation bit). The punctuation bit
 * lets a phrase that itself contains a comma ("February 12, 2025 call") match across one while
 * every other phrase stops at hard punctuation.
 */
import type { MatcherEvent } from './types';
import { eventRange, type DayRange } from './dates';
import type { Side } from '../events/types';
import { normalizeString } from './normalize';
import { isCyrillicCode, ruStem, singularPast, ukLocative } from './stem';
import { runToEnd } from './steps';
import { TokenTable } from './tokenTable';
import { F_CLAUSE, F_COMMA, F_DOT, F_SENT, splitWords } from './tokenize';
import {
  AGAIN,
  AMBIGUOUS_SURNAMES,
  FORUMS,
  FUNCTION_WORDS,
  GAZETTEER,
  placeAdjectives,
  MEETING_WORDS,
  MODIFIERS,
  MONTHS,
  NUMBER_WORDS,
  NOT_MEETINGS,
  NOT_NEGATIONS,
  NOT_FUTURES,
  ORDINALS,
  PEOPLE,
  RELATIVE_TIMES,
  ROLES,
  SEASONS,
  SIDES,
  SPORTS,
  TENSE,
  type MeetSense,
  type SideCode,
} from './vocab';

/** Punctuation that stops a phrase (unless the phrase itself has it there). */
export const BREAK_FLAGS = F_COMMA | F_DOT | F_CLAUSE | F_SENT;

export type PlaceLevel = 'city' | 'region' | 'country';

/** Senses used to segment a sentence into units for the patterns. */
export type SegSense =
  | { t: 'meet'; sense: MeetSense; pos: 'n' | 'v'; w: number; tense?: 'past' | 'fut'; fronted?: true; object?: true; answer?: true; stay?: true; traveller?: true; together?: true; seat?: true }
  | { t: 'side'; side: SideCode; adj?: boolean }
  /** weak: a surname that is also an ordinary word ('Rice', 'Baker'): names a person for resolution, never a side. */
  | { t: 'person'; key: string; side: SideCode; full: boolean; weak?: boolean }
  | { t: 'place'; key: string }
  | { t: 'func'; f: string }
  | { t: 'month'; m: number }
  | { t: 'season'; from: number; to: number }
  | { t: 'rel'; days?: [number, number]; year?: number; month?: number; weekday?: number; prev?: [number, number] }
  | { t: 'mod' }
  | { t: 'ord'; n: number }
  | { t: 'num'; n: number }
  | { t: 'forum' }
  | { t: 'role' };

/** Senses laid over the text without taking part in segmentation. */
export type OverlaySense =
  | { t: 'tense'; v: 'fut' | 'hyp' | 'neg' | 'past' }
  | { t: 'block' }
  /** A phrase whose negation word does not negate ("not only", «ледь не»). */
  | { t: 'unneg' }
  /** A phrase whose word of the future counts days along a story («наступного дня»). */
  | { t: 'unfut' }
  | { t: 'sport' }
  | { t: 'alias'; ev: number; shared: boolean }
  | { t: 'cue'; ev: number };

export interface PlaceInfo {
  key: string;
  level: PlaceLevel;
  country: string;
  /** A broader place a match also counts for: kremlin → moscow. */
  parent?: string;
}

/** What the matcher knows about one event, precomputed for resolution. */
export interface EventInfo {
  idx: number;
  ev: MatcherEvent;
  /** Place keys of the event (with parents), by level. */
  places: Map<string, PlaceLevel>;
  /** Person keys of the participants, and their sides. */
  people: Map<string, SideCode>;
  related: boolean;
  /** Day range of the event (null if its date does not parse). */
  range: DayRange | null;
}

const PARENTS: Record<string, string> = { kremlin: 'moscow', 'white house': 'washington' };

export interface Lexicon {
  table: TokenTable;
  rootNext: Int32Array;
  edges: Map<number, number>;
  nodeOut: Int32Array;
  maxPhraseLen: number;
  seg: SegSense[][];
  ov: OverlaySense[][];
  /** Token count of each phrase. */
  phraseLen: Int32Array;
  places: Map<string, PlaceInfo>;
  events: EventInfo[];
  /** Person key → side, for every person the lexicon knows. */
  personSide: Map<string, SideCode>;
  /** Display names of person keys, for reasons. */
  personName: Map<string, string>;
  /** Place key → events held there (any level). */
  eventsByPlace: Map<string, number[]>;
  /** Person key → events they took part in. */
  eventsByPerson: Map<string, number[]>;
  /** Events sorted by start day (events without a date left out). */
  byDate: { from: number; idx: number }[];
  /** Which kinds of senses each phrase has (bit per SegSense/OverlaySense type, see MASK). */
  mask: Uint32Array;
}

/** Bits of Lexicon.mask. */
export const MASK = {
  meet: 1,
  side: 2,
  person: 4,
  place: 8,
  alias: 16,
  cue: 32,
  func: 64,
  time: 128,
} as const;

/**
 * What a Russian or Ukrainian form adds to a stem when it is an ending (normalised: і ї → и, є → е).
 * Two units that start with a consonant are an ending only as a past or reflexive tail (-ла, -ли,
 * -ся, -сь) or -ми: «ранчо» is no form of 'ран' (the stem of «ранее»), and keeping it there gave
 * every «ранее», «раньше», «раніше» on a page the ranch's place. A vowel and a consonant are an
 * ending only with в, м, х, т, л, ш (-ов, -ом, -ах, -ет, -ил, -ешь…): «Белек» is no form of 'бел'
 * (the stem of «белый»).
 */
const INFLECTION = /^(?:.?|[аеиоуюяьйэ][аеиоуюяьйэвмхтлш]|ла|ли|ло|ся|сь|ми|ами|ями|ого|его|ому|ему|ими|ого|ось|ась|ись|ися|ася|ося|еся|лся|лась|лись|лися)$/;

/** A bare adjective stem as the vocabulary writes them ('женевськ', 'венск'), waiting for its ending. */
const ADJECTIVE_STEM = /(?:ск|цк|ськ|цьк|зьк)$/;

const EDGE_MUL = 1 << 23; // token ids stay well under 2^22

/**
 * Time keeping for a sliced compile: the compile steps call `due()` after each item and yield when
 * it says so. The clock is read only every CHECK_EVERY items. The driver sets `start` before each
 * resumption; with an infinite budget (the synchronous compile) it never says yes.
 */
export class Ticker {
  start = performance.now();
  private n = 0;
  constructor(readonly budgetMs = Infinity) {}
  due(): boolean {
    if (++this.n < CHECK_EVERY) return false;
    this.n = 0;
    return this.budgetMs !== Infinity && performance.now() - this.start >= this.budgetMs;
  }
}
const CHECK_EVERY = 50;

/** Same sense? (Field by field: no key strings, sense lists are short.) */
function senseEq(a: SegSense | OverlaySense, b: SegSense | OverlaySense): boolean {
  if (a.t !== b.t) return false;
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  for (const k in x) {
    const u = x[k];
    const v = y[k];
    if (u === v) continue;
    if (Array.isArray(u) && Array.isArray(v) && u.length === v.length && u.every((e, i) => e === v[i])) continue;
    return false;
  }
  for (const k in y) if (!(k in x)) return false;
  return true;
}

function pushSense<T extends SegSense | OverlaySense>(list: T[], s: T): void {
  for (let i = 0; i < list.length; i++) if (senseEq(list[i], s)) return;
  list.push(s);
}


/** A vocabulary phrase as words, with a flag per word for phrase-breaking punctuation before it. */
interface PhraseWords {
  words: string[];
  gaps: number[];
  exact: boolean;
}

const phraseWordsCache = new Map<string, PhraseWords>();

/** Normalise and split a vocabulary phrase the way page text is (cached: names repeat across events). */
function phraseWords(text: string): PhraseWords {
  let pw = phraseWordsCache.get(text);
  if (!pw) {
    let t = text.trim();
    const exact = t.endsWith('=');
    if (exact) t = t.slice(0, -1);
    const { words, gaps } = splitWords(normalizeString(t));
    pw = { words, gaps, exact };
    if (phraseWordsCache.size > 50000) phraseWordsCache.clear();
    phraseWordsCache.set(text, pw);
  }
  return pw;
}

interface Entry {
  seg: SegSense[];
  ov: OverlaySense[];
}

/**
 * Collects phrases and their senses, then compiles them in two steps: first every word's stem
 * goes into the vocabulary table, then each phrase is looked up word by word exactly as page text
 * will be (TokenTable.lookupWord). Two stems that nest ('отношен' from "отношений", 'отношени'
 * from "отношения") would otherwise give a phrase and the page different ids for one word.
 */
class Builder {
  table = new TokenTable();
  private entries = new Map<string, Entry>();

  /** A copy that can grow without touching this one (the built-in part is compiled once). */
  *clone(tk: Ticker): Generator<void, Builder> {
    const b = new Builder();
    b.table = this.table.clone();
    for (const [k, e] of this.entries) {
      b.entries.set(k, { seg: e.seg.slice(), ov: e.ov.slice() });
      if (tk.due()) yield;
    }
    return b;
  }

  private entry(text: string): Entry | null {
    let e = this.entries.get(text);
    if (!e) {
      const pw = phraseWords(text);
      if (!pw.words.length) return null;
      for (const w of pw.words) {
        if (isCyrillicCode(w.charCodeAt(0))) {
          // A form an existing stem already reaches ("переговоров" from an alias, after
          // 'переговор' from "переговоры") keeps that stem: a second, longer stem would win the
          // page lookup and hide the word's senses (the bare "talks" sense of "переговоров").
          // Not for a bare adjective stem ('віденськ' after 'відень' → 'виден'): the shorter stem
          // reaches 'віденськ' itself but none of its forms ('віденський' is 5 units past 'виден').
          if (!pw.exact && !ADJECTIVE_STEM.test(w)) {
            const id = this.table.lookupWord(w);
            // …but only when what the form adds is an ending: «переговорщик» (a negotiator) is a
            // word of its own, not «переговор» plus an ending, and needs its own stem to reach
            // «переговорщиками».
            if (id >= 0 && INFLECTION.test(w.slice(this.table.word(id).length))) continue;
          }
          const st = ruStem(w, pw.exact);
          this.table.add(st.stem, st.maxEnding);
        } else this.table.add(w, 0);
      }
      e = { seg: [], ov: [] };
      this.entries.set(text, e);
    }
    return e;
  }

  addSeg(text: string, sense: SegSense): void {
    const e = this.entry(text);
    if (e) pushSense(e.seg, sense);
  }

  addOv(text: string, sense: OverlaySense): void {
    const e = this.entry(text);
    if (e) pushSense(e.ov, sense);
  }

  *build(tk: Ticker): Generator<void, Pick<Lexicon, 'table' | 'rootNext' | 'edges' | 'nodeOut' | 'maxPhraseLen' | 'seg' | 'ov' | 'phraseLen'>> {
    const table = this.table;
    const rootNext = new Int32Array(table.size);
    const edges = new Map<number, number>();
    const nodeOut: number[] = [-1];
    const seg: SegSense[][] = [];
    const ov: OverlaySense[][] = [];
    const phraseLen: number[] = [];
    let maxPhraseLen = 1;
    for (const [text, e] of this.entries) {
      if (tk.due()) yield;
      const { words, gaps } = phraseWords(text);
      let node = 0;
      let ok = true;
      for (let i = 0; i < words.length; i++) {
        const id = table.lookupWord(words[i]);
        if (id < 0) {
          ok = false; // cannot happen: every word's stem was added
          break;
        }
        if (i === 0) {
          node = rootNext[id];
          if (!node) {
            node = nodeOut.length;
            nodeOut.push(-1);
            rootNext[id] = node;
          }
        } else {
          const key = (node * EDGE_MUL + id) * 2 + gaps[i];
          let next = edges.get(key);
          if (next === undefined) {
            next = nodeOut.length;
            nodeOut.push(-1);
            edges.set(key, next);
          }
          node = next;
        }
      }
      if (!ok) continue;
      let pid = nodeOut[node];
      if (pid < 0) {
        pid = seg.length;
        seg.push([]);
        ov.push([]);
        phraseLen.push(words.length);
        nodeOut[node] = pid;
        if (words.length > maxPhraseLen) maxPhraseLen = words.length;
      }
      // Several texts can land on one token sequence ("Путин", "Путина"): their senses merge.
      if (!seg[pid].length && !ov[pid].length) {
        seg[pid] = e.seg.slice();
        ov[pid] = e.ov.slice();
      } else {
        for (const x of e.seg) pushSense(seg[pid], x);
        for (const x of e.ov) pushSense(ov[pid], x);
      }
    }
    return { table, rootNext, edges, nodeOut: Int32Array.from(nodeOut), maxPhraseLen, seg, ov, phraseLen: Int32Array.from(phraseLen) };
  }
}

/** A place name, with its Ukrainian locative where the stem cannot reach it («на Алясці»). */
function addPlaceName(b: Builder, name: string, key: string): void {
  if (shortStem(name)) {
    // «Доха», «Куба», «Ялта» still decline: where and to where, spelled out in Russian and
    // Ukrainian (not «Юры», «Юрі»: folded, either is 'юри', which «Юрий» reaches).
    const m = /^(.+)([ая])$/i.exec(name.trim());
    const forms = m ? (m[2].toLowerCase() === 'а' ? ['а', 'е', 'у', 'ой', 'ою'] : ['я', 'е', 'ю', 'ей', 'ею']).map((e) => m[1] + e) : [name];
    for (const f of forms) {
      // A form that is already a stem taking endings («Мэн» is 'мен', the stem of «менее») would
      // lend its place to every word of that stem: it is left out.
      const n = normalizeString(f);
      const id = b.table.lookupWord(n);
      if (id >= 0 && b.table.lookupWord(n + 'ом') === id) continue;
      b.addSeg(f + '=', { t: 'place', key });
    }
  } else b.addSeg(name, { t: 'place', key });
  const loc = ukLocative(name);
  if (loc) b.addSeg(loc, { t: 'place', key });
}

/**
 * A one-word Cyrillic name whose stem would be three letters or fewer («Дели» → 'дел', «Перу» →
 * 'пер', «Мэн» → 'мен'): with endings it would reach common words («дела», «период», «менее»), so
 * only the spellings the dataset lists are read.
 */
function shortStem(name: string): boolean {
  const t = name.trim();
  // Abbreviations («США», «ООН», «ОАЭ») are read as they always were.
  if (t.length > 1 && t === t.toUpperCase()) return false;
  const n = normalizeString(t);
  return n.length > 0 && isCyrillicCode(n.charCodeAt(0)) && !/[\s-]/.test(n) && ruStem(n).stem.length <= 3;
}

/** A surname alone: a full person, or a weak one if it is also an ordinary word. */
function surnameSense(key: string, side: SideCode): SegSense {
  return AMBIGUOUS_SURNAMES.has(key) ? { t: 'person', key, side, full: false, weak: true } : { t: 'person', key, side, full: false };
}

function split(s: string): string[] {
  const out: string[] = [];
  for (const x of s.split('|')) {
    const t = x.trim();
    if (t) out.push(t);
  }
  return out;
}

/** Normalised lookup key of a name: 'Türkiye' → 'turkiye', 'Эр-Рияде' → 'эр-рияде'. */
const nameKeyCache = new Map<string, string>();
function nameKey(s: string): string {
  let k = nameKeyCache.get(s);
  if (k === undefined) {
    k = normalizeString(s.replace(/\([^)]*\)/g, ' ')).replace(/[.,]/g, '').trim();
    if (nameKeyCache.size > 20000) nameKeyCache.clear();
    nameKeyCache.set(s, k);
  }
  return k;
}

const GENERATIONAL = new Set(['jr', 'sr', 'младший', 'старший', 'lord', 'лорд', 'ii', 'iii']);

const surnameCache = new Map<string, string>();
const lastWordCache = new Map<string, string>();

/** Surname key of an English name: 'George W. Bush' → 'bush'. */
export function surnameKey(name: string): string {
  let k = surnameCache.get(name);
  if (k === undefined) surnameCache.set(name, (k = surnameKeyOf(name)));
  return k;
}

let groupWordSet: Set<string> | null = null;
/** Role words, keyed as surnames are ('delegation', 'officials', 'team'): what a group is called. */
function groupWords(): Set<string> {
  return (groupWordSet ??= new Set(split(ROLES).filter((w) => !/\s/.test(w)).map((w) => surnameKeyOf(w))));
}

function surnameKeyOf(name: string): string {
  const words = nameKey(name)
    .split(/[\s]+/)
    .filter((w) => w && !GENERATIONAL.has(w));
  const last = words[words.length - 1] ?? '';
  // 'Douglas-Home' → 'home'; keep the whole hyphenated form's last part.
  const parts = last.split('-').filter((p) => p && !GENERATIONAL.has(p));
  return parts[parts.length - 1] ?? last;
}

function lastWord(name: string): string {
  let k = lastWordCache.get(name);
  if (k === undefined) lastWordCache.set(name, (k = lastWordOf(name)));
  return k;
}

function lastWordOf(name: string): string {
  const words = nameKey(name)
    .split(/\s+/)
    .filter((w) => w && !GENERATIONAL.has(w));
  const last = words[words.length - 1] ?? '';
  const parts = last.split('-').filter((p) => p && !GENERATIONAL.has(p));
  return parts[0] ?? last;
}

function* addBuiltins(
  b: Builder,
  places: Map<string, PlaceInfo>,
  personSide: Map<string, SideCode>,
  personName: Map<string, string>,
  tk: Ticker,
): Generator<void, void> {
  for (const m of MEETING_WORDS) {
    for (const w of split(m.words)) {
      const sense: SegSense = { t: 'meet', sense: m.sense, pos: m.pos, w: m.w, tense: m.tense, ...(m.fronted ? { fronted: m.fronted } : {}), ...(m.object ? { object: m.object } : {}), ...(m.answer ? { answer: m.answer } : {}), ...(m.stay ? { stay: m.stay } : {}), ...(m.traveller ? { traveller: m.traveller } : {}), ...(m.together ? { together: m.together } : {}), ...(m.seat ? { seat: m.seat } : {}) };
      b.addSeg(w, sense);
      // A verb listed in the plural reads in the singular too (see singularPast).
      if (m.pos === 'v' && isCyrillicCode(w.charCodeAt(0))) {
        const [first, ...rest] = w.split(' ');
        for (const f of singularPast(first)) b.addSeg([f, ...rest].join(' '), sense);
      }
      if (tk.due()) yield;
    }
  }
  for (const w of split(NOT_MEETINGS)) {
    b.addOv(w, { t: 'block' });
    if (tk.due()) yield;
  }
  for (const w of split(NOT_NEGATIONS)) {
    b.addOv(w, { t: 'unneg' });
    if (tk.due()) yield;
  }
  for (const w of split(NOT_FUTURES)) {
    b.addOv(w, { t: 'unfut' });
    if (tk.due()) yield;
  }
  for (const s of SIDES) for (const w of split(s.words)) {
    b.addSeg(w, s.adj ? { t: 'side', side: s.side, adj: true } : { t: 'side', side: s.side });
    if (tk.due()) yield;
  }
  for (const w of split(SPORTS)) {
    b.addOv(w, { t: 'sport' });
    if (tk.due()) yield;
  }
  for (const w of split(ROLES)) {
    b.addSeg(w, { t: 'role' });
    if (tk.due()) yield;
  }
  for (const w of split(MODIFIERS)) {
    b.addSeg(w, { t: 'mod' });
    if (tk.due()) yield;
  }
  for (const w of split(FORUMS)) {
    b.addSeg(w, { t: 'forum' });
    if (tk.due()) yield;
  }
  for (const [n, words] of ORDINALS) for (const w of split(words)) {
    b.addSeg(w, { t: 'ord', n });
    if (tk.due()) yield;
  }
  for (const [n, words] of NUMBER_WORDS) for (const w of split(words)) {
    b.addSeg(w, { t: 'num', n });
    if (tk.due()) yield;
  }
  for (const v of split(AGAIN)) {
    b.addSeg(v, { t: 'func', f: 'again' });
    if (tk.due()) yield;
  }
  for (const t of TENSE) for (const w of split(t.words)) {
    b.addOv(w, { t: 'tense', v: t.v });
    if (tk.due()) yield;
  }
  for (const [f, words] of FUNCTION_WORDS) for (const w of split(words)) {
    b.addSeg(w, { t: 'func', f });
    if (tk.due()) yield;
  }
  for (const [m, words] of MONTHS) for (const w of split(words)) {
    b.addSeg(w, { t: 'month', m });
    if (tk.due()) yield;
  }
  for (const [from, to, words] of SEASONS) for (const w of split(words)) {
    b.addSeg(w, { t: 'season', from, to });
    if (tk.due()) yield;
  }
  for (const r of RELATIVE_TIMES) for (const w of split(r.words)) {
    b.addSeg(w, { t: 'rel', days: r.days, year: r.year, month: r.month, weekday: r.weekday, prev: r.prev });
    if (tk.due()) yield;
  }
  for (const [key, level, country, names] of GAZETTEER) {
    places.set(key, { key, level, country, parent: PARENTS[key] });
    for (const w of split(names)) {
      addPlaceName(b, w, key);
      if (level === 'city') for (const adj of placeAdjectives(w)) b.addSeg(adj, { t: 'place', key });
      if (tk.due()) yield;
    }
  }
  for (const [side, en, ru] of PEOPLE) {
    for (const raw of split(en)) {
      const [name, nick] = raw.split('>');
      const key = nick ? nick.trim() : surnameKey(name);
      if (!personSide.has(key)) personSide.set(key, side);
      if (!personName.has(key)) personName.set(key, nick ? key[0].toUpperCase() + key.slice(1) : name.trim().split(/\s+/).pop()!);
      const full = /\s/.test(name.trim());
      b.addSeg(name, { t: 'person', key, side, full: full || !!nick });
      if (full) b.addSeg(lastWord(name), surnameSense(key, side));
      if (tk.due()) yield;
    }
    const key0 = surnameKey(split(en)[0].split('>')[0]);
    for (const name of split(ru)) {
      const full = /\s/.test(name);
      b.addSeg(name, { t: 'person', key: key0, side, full });
      if (tk.due()) yield;
    }
  }
}

/** Which place key a dataset place name stands for, and at what level for this event. */
function placeKeyFor(
  name: string,
  ev: MatcherEvent,
  gazIndex: Map<string, string>,
  places: Map<string, PlaceInfo>,
  cityKey: string | undefined,
): { key: string; level: PlaceLevel } | null {
  const k = nameKey(name);
  if (!k) return null;
  const gz = gazIndex.get(k);
  if (gz) return { key: gz, level: places.get(gz)!.level };
  if (ev.country && k === nameKey(ev.country)) {
    if (!places.has(k)) places.set(k, { key: k, level: 'country', country: k });
    return { key: k, level: 'country' };
  }
  // An unknown name (a venue, a district, another spelling): it stands for the event's city.
  const key = cityKey ?? k;
  if (!places.has(key)) places.set(key, { key, level: 'city', country: ev.country ? nameKey(ev.country) : '' });
  return { key, level: places.get(key)!.level };
}

const LEVEL_ORDER: Record<PlaceLevel, number> = { city: 3, region: 2, country: 1 };

function addEventPlace(info: EventInfo, places: Map<string, PlaceInfo>, key: string, level: PlaceLevel): void {
  const cur = info.places.get(key);
  if (!cur || LEVEL_ORDER[level] > LEVEL_ORDER[cur]) info.places.set(key, level);
  const parent = places.get(key)?.parent;
  if (parent && !info.places.has(parent)) info.places.set(parent, level);
}

interface BuiltinBase {
  b: Builder;
  places: Map<string, PlaceInfo>;
  personSide: Map<string, SideCode>;
  personName: Map<string, string>;
  gazIndex: Map<string, string>;
}
let builtinBase: BuiltinBase | null = null;

/** The built-in vocabulary, compiled once per process (it does not depend on the dataset). */
function* builtins(tk: Ticker): Generator<void, BuiltinBase> {
  if (!builtinBase) {
    const b = new Builder();
    const places = new Map<string, PlaceInfo>();
    const personSide = new Map<string, SideCode>();
    const personName = new Map<string, string>();
    yield* addBuiltins(b, places, personSide, personName, tk);
    // Name → gazetteer key, to map dataset place names onto known places.
    const gazIndex = new Map<string, string>();
    for (const [key, , , names] of GAZETTEER) {
      for (const w of split(names)) gazIndex.set(nameKey(w.replace(/=$/, '')), key);
      if (tk.due()) yield;
    }
    for (const [key] of GAZETTEER) gazIndex.set(nameKey(key), key);
    // A sliced compile may have been overtaken by another one that finished first: keep the first.
    if (!builtinBase) builtinBase = { b, places, personSide, personName, gazIndex };
  }
  return builtinBase;
}

export { runToEnd };

export function buildLexicon(events: MatcherEvent[]): Lexicon {
  return runToEnd(buildLexiconSteps(events, new Ticker()));
}

/**
 * buildLexicon as steps: yields whenever `tk` says its budget is spent, so a caller can hand the
 * thread back between slices (see compileMatcherAsync). Same work in the same order either way.
 */
export function* buildLexiconSteps(events: MatcherEvent[], tk: Ticker): Generator<void, Lexicon> {
  const base = yield* builtins(tk);
  const b = yield* base.b.clone(tk);
  const places = new Map(base.places);
  const personSide = new Map(base.personSide);
  const personName = new Map(base.personName);
  const gazIndex = base.gazIndex;

  // Alias strings used by more than one event are shared whatever list they sit in.
  const aliasOwners = new Map<string, Set<number>>();
  for (let i = 0; i < events.length; i++) {
    for (const a of [...events[i].aliases, ...events[i].sharedAliases]) {
      const k = nameKey(a);
      if (!aliasOwners.has(k)) aliasOwners.set(k, new Set());
      aliasOwners.get(k)!.add(i);
    }
    if (tk.due()) yield;
  }

  const infos: EventInfo[] = [];
  for (let idx = 0; idx < events.length; idx++) {
    const ev = events[idx];
    const info: EventInfo = { idx, ev, places: new Map(), people: new Map(), related: ev.kind === 'related', range: eventRange(ev.start, ev.end) };
    const setPlace = (key: string, level: PlaceLevel) => addEventPlace(info, places, key, level);
    const placeNameKeys = new Set(ev.placeNames.map(nameKey));
    // City first, so unknown names can fall back to it.
    let cityKey: string | undefined;
    if (ev.city) {
      const k = nameKey(ev.city);
      cityKey = gazIndex.get(k) ?? k;
      if (!places.has(cityKey)) places.set(cityKey, { key: cityKey, level: 'city', country: nameKey(ev.country) });
      setPlace(cityKey, places.get(cityKey)!.level);
      addPlaceName(b, ev.city, cityKey);
    }
    if (ev.country) {
      const k = nameKey(ev.country);
      const key = gazIndex.get(k) ?? k;
      if (!places.has(key)) places.set(key, { key, level: 'country', country: key });
      setPlace(key, 'country');
      b.addSeg(ev.country, { t: 'place', key });
    }
    for (const name of ev.placeNames) {
      const pk = placeKeyFor(name, ev, gazIndex, places, cityKey);
      if (!pk) continue;
      setPlace(pk.key, pk.level);
      addPlaceName(b, name, pk.key);
      if (tk.due()) yield;
    }
    for (const p of ev.participants) {
      const key = surnameKey(p.name);
      // A group at the table ("Russian delegation", "US State Department delegation") is no
      // person: its last word would otherwise read as one side's surname wherever it stands.
      if (!key || groupWords().has(key)) continue;
      const side: SideCode = personSide.get(key) ?? (p.side as Side);
      if (!personSide.has(key)) personSide.set(key, side);
      if (!personName.has(key)) personName.set(key, p.name.replace(/\([^)]*\)/g, '').trim().split(/\s+/).pop()!);
      info.people.set(key, side);
      b.addSeg(p.name.replace(/\([^)]*\)/g, ' '), { t: 'person', key, side, full: true });
      b.addSeg(lastWord(p.name), surnameSense(key, side));
      if (p.nameRu) {
        b.addSeg(p.nameRu, { t: 'person', key, side, full: true });
        const ruLast = lastWord(p.nameRu);
        if (ruLast && ruLast.length >= 3) b.addSeg(ruLast, surnameSense(key, side));
      }
      if (tk.due()) yield;
    }
    // Aliases: an alias that is only a place name is a place, never a mention on its own.
    for (const a of [...ev.aliases, ...ev.sharedAliases]) {
      const k = nameKey(a);
      if (!k || gazIndex.has(k) || placeNameKeys.has(k)) continue;
      const shared = (aliasOwners.get(k)?.size ?? 0) > 1 || ev.sharedAliases.includes(a);
      b.addOv(a, { t: 'alias', ev: idx, shared });
      if (tk.due()) yield;
    }
    const names = new Set<string>();
    for (const p of ev.participants) {
      names.add(surnameKey(p.name));
      if (p.nameRu) names.add(nameKey(lastWord(p.nameRu)));
    }
    for (const c of ev.cues) {
      const k = nameKey(c);
      if (k.length < 3 || /^[\d\s.,+-]+$/.test(k)) continue; // years are read as dates, not cues
      if (names.has(k) || personSide.has(k)) continue; // participants already count as names
      b.addOv(c, { t: 'cue', ev: idx });
      if (tk.due()) yield;
    }
    infos.push(info);
    if (tk.due()) yield;
  }

  const eventsByPlace = new Map<string, number[]>();
  const eventsByPerson = new Map<string, number[]>();
  const byDate: { from: number; idx: number }[] = [];
  for (const info of infos) {
    for (const k of info.places.keys()) {
      if (!eventsByPlace.has(k)) eventsByPlace.set(k, []);
      eventsByPlace.get(k)!.push(info.idx);
    }
    for (const k of info.people.keys()) {
      if (!eventsByPerson.has(k)) eventsByPerson.set(k, []);
      eventsByPerson.get(k)!.push(info.idx);
    }
    if (info.range) byDate.push({ from: info.range.from, idx: info.idx });
    if (tk.due()) yield;
  }
  byDate.sort((x, y) => x.from - y.from);
  const built = yield* b.build(tk);
  const mask = new Uint32Array(built.seg.length);
  for (let p = 0; p < built.seg.length; p++) {
    if (tk.due()) yield;
    let m = 0;
    for (const s of built.seg[p]) {
      if (s.t === 'meet') m |= MASK.meet;
      else if (s.t === 'side') m |= MASK.side;
      else if (s.t === 'person') m |= MASK.person;
      else if (s.t === 'place') m |= MASK.place;
      else if (s.t === 'func') m |= MASK.func;
      else if (s.t === 'month' || s.t === 'rel' || s.t === 'season') m |= MASK.time;
    }
    for (const s of built.ov[p]) {
      if (s.t === 'alias') m |= MASK.alias;
      else if (s.t === 'cue') m |= MASK.cue;
    }
    mask[p] = m;
  }
  return { ...built, places, events: infos, personSide, personName, eventsByPlace, eventsByPerson, byDate, mask };
}
