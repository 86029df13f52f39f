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
import { isCyrillicCode, ruStem } from './stem';
import { TokenTable } from './tokenTable';
import { F_CLAUSE, F_COMMA, F_DOT, F_SENT, splitWords } from './tokenize';
import {
  AGAIN,
  AMBIGUOUS_SURNAMES,
  FORUMS,
  FUNCTION_WORDS,
  GAZETTEER,
  MEETING_WORDS,
  MODIFIERS,
  MONTHS,
  NUMBER_WORDS,
  NOT_MEETINGS,
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
  | { t: 'meet'; sense: MeetSense; pos: 'n' | 'v'; w: number; tense?: 'past' | 'fut' }
  | { t: 'side'; side: SideCode; adj?: boolean }
  /** weak: a surname that is also an ordinary word ('Rice', 'Baker'): names a person for resolution, never a side. */
  | { t: 'person'; key: string; side: SideCode; full: boolean; weak?: boolean }
  | { t: 'place'; key: string }
  | { t: 'func'; f: string }
  | { t: 'month'; m: number }
  | { t: 'season'; from: number; to: number }
  | { t: 'rel'; days?: [number, number]; year?: number }
  | { t: 'mod' }
  | { t: 'ord'; n: number }
  | { t: 'num'; n: number }
  | { t: 'forum' }
  | { t: 'role' };

/** Senses laid over the text without taking part in segmentation. */
export type OverlaySense =
  | { t: 'tense'; v: 'fut' | 'hyp' | 'neg' | 'past' }
  | { t: 'block' }
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

const EDGE_MUL = 1 << 23; // token ids stay well under 2^22

/** A short string identifying a sense, to keep each phrase's sense list free of duplicates. */
function senseKey(s: SegSense | OverlaySense): string {
  switch (s.t) {
    case 'meet':
      return `:m${s.sense}${s.pos}${s.w}${s.tense ?? ''}`;
    case 'side':
      return `:s${s.side}${s.adj ? 'a' : ''}`;
    case 'person':
      return `:p${s.key}:${s.side}${s.full ? 1 : 0}${s.weak ? 'w' : ''}`;
    case 'place':
      return `:l${s.key}`;
    case 'func':
      return `:f${s.f}`;
    case 'month':
      return `:M${s.m}`;
    case 'season':
      return `:S${s.from}`;
    case 'rel':
      return `:r${s.days ?? ''}/${s.year ?? ''}`;
    case 'ord':
      return `:o${s.n}`;
    case 'num':
      return `:n${s.n}`;
    case 'tense':
      return `:t${s.v}`;
    case 'alias':
      return `:a${s.ev}${s.shared ? 's' : ''}`;
    case 'cue':
      return `:c${s.ev}`;
    default:
      return `:${s.t}`;
  }
}

class Builder {
  table = new TokenTable();
  rootNextList: number[] = [];
  edges = new Map<number, number>();
  nodeOutList: number[] = [-1];
  seg: SegSense[][] = [];
  ov: OverlaySense[][] = [];
  phraseLen: number[] = [];
  maxPhraseLen = 1;
  private senseKeys = new Set<string>();
  /** Phrase text → phrase id, so a name repeated across events is tokenised once. */
  private byText = new Map<string, number>();

  /** A copy that can grow without touching this one (copy-on-write is not worth it at this size). */
  clone(): Builder {
    const b = new Builder();
    b.table = this.table.clone();
    b.rootNextList = this.rootNextList.slice();
    b.edges = new Map(this.edges);
    b.nodeOutList = this.nodeOutList.slice();
    b.seg = this.seg.map((x) => x.slice());
    b.ov = this.ov.map((x) => x.slice());
    b.phraseLen = this.phraseLen.slice();
    b.maxPhraseLen = this.maxPhraseLen;
    b.senseKeys = new Set(this.senseKeys);
    b.byText = new Map(this.byText);
    return b;
  }

  /** Tokenise a vocabulary phrase the way page text is tokenised. Returns [tokenIds, gapBits]. */
  tokens(text: string): { ids: number[]; gaps: number[] } | null {
    let exact = false;
    let s = text.trim();
    if (s.endsWith('=')) {
      exact = true;
      s = s.slice(0, -1);
    }
    if (!s) return null;
    const { words, breaks } = splitWords(normalizeString(s));
    if (words.length === 0) return null;
    const ids: number[] = [];
    const gaps: number[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      let id: number;
      if (isCyrillicCode(w.charCodeAt(0))) {
        const st = ruStem(w, exact);
        id = this.table.add(st.stem, st.maxEnding);
      } else {
        id = this.table.add(w, 0);
      }
      ids.push(id);
      gaps.push(breaks[i] ? 1 : 0);
    }
    return { ids, gaps };
  }

  /** The phrase id for a text (created if new), or -1 if it has no tokens. */
  phrase(text: string): number {
    let pid = this.byText.get(text);
    if (pid === undefined) {
      pid = this.makePhrase(text);
      this.byText.set(text, pid);
    }
    return pid;
  }

  private makePhrase(text: string): number {
    const tk = this.tokens(text);
    if (!tk) return -1;
    const { ids, gaps } = tk;
    let node = this.rootNextList[ids[0]] ?? 0;
    if (!node) {
      node = this.nodeOutList.length;
      this.nodeOutList.push(-1);
      this.rootNextList[ids[0]] = node;
    }
    for (let i = 1; i < ids.length; i++) {
      const key = (node * EDGE_MUL + ids[i]) * 2 + gaps[i];
      let next = this.edges.get(key);
      if (next === undefined) {
        next = this.nodeOutList.length;
        this.nodeOutList.push(-1);
        this.edges.set(key, next);
      }
      node = next;
    }
    let pid = this.nodeOutList[node];
    if (pid < 0) {
      pid = this.seg.length;
      this.seg.push([]);
      this.ov.push([]);
      this.phraseLen.push(ids.length);
      this.nodeOutList[node] = pid;
      if (ids.length > this.maxPhraseLen) this.maxPhraseLen = ids.length;
    }
    return pid;
  }

  addSeg(text: string, sense: SegSense): number {
    const pid = this.phrase(text);
    if (pid < 0) return pid;
    const k = pid + senseKey(sense);
    if (!this.senseKeys.has(k)) {
      this.senseKeys.add(k);
      this.seg[pid].push(sense);
    }
    return pid;
  }

  addOv(text: string, sense: OverlaySense): number {
    const pid = this.phrase(text);
    if (pid < 0) return pid;
    const k = pid + senseKey(sense);
    if (!this.senseKeys.has(k)) {
      this.senseKeys.add(k);
      this.ov[pid].push(sense);
    }
    return pid;
  }

  build(): Pick<Lexicon, 'table' | 'rootNext' | 'edges' | 'nodeOut' | 'maxPhraseLen' | 'seg' | 'ov' | 'phraseLen'> {
    const rootNext = new Int32Array(this.table.size);
    for (let i = 0; i < this.rootNextList.length; i++) rootNext[i] = this.rootNextList[i] ?? 0;
    return {
      table: this.table,
      rootNext,
      edges: this.edges,
      nodeOut: Int32Array.from(this.nodeOutList),
      maxPhraseLen: this.maxPhraseLen,
      seg: this.seg,
      ov: this.ov,
      phraseLen: Int32Array.from(this.phraseLen),
    };
  }
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

function addBuiltins(b: Builder, places: Map<string, PlaceInfo>, personSide: Map<string, SideCode>, personName: Map<string, string>): void {
  for (const m of MEETING_WORDS) {
    for (const w of split(m.words)) b.addSeg(w, { t: 'meet', sense: m.sense, pos: m.pos, w: m.w, tense: m.tense });
  }
  for (const w of split(NOT_MEETINGS)) b.addOv(w, { t: 'block' });
  for (const s of SIDES) for (const w of split(s.words)) b.addSeg(w, s.adj ? { t: 'side', side: s.side, adj: true } : { t: 'side', side: s.side });
  for (const w of split(SPORTS)) b.addOv(w, { t: 'sport' });
  for (const w of split(ROLES)) b.addSeg(w, { t: 'role' });
  for (const w of split(MODIFIERS)) b.addSeg(w, { t: 'mod' });
  for (const w of split(FORUMS)) b.addSeg(w, { t: 'forum' });
  for (const [n, words] of ORDINALS) for (const w of split(words)) b.addSeg(w, { t: 'ord', n });
  for (const [n, words] of NUMBER_WORDS) for (const w of split(words)) b.addSeg(w, { t: 'num', n });
  for (const v of split(AGAIN)) b.addSeg(v, { t: 'func', f: 'again' });
  for (const t of TENSE) for (const w of split(t.words)) b.addOv(w, { t: 'tense', v: t.v });
  for (const [f, words] of FUNCTION_WORDS) for (const w of split(words)) b.addSeg(w, { t: 'func', f });
  for (const [m, words] of MONTHS) for (const w of split(words)) b.addSeg(w, { t: 'month', m });
  for (const [from, to, words] of SEASONS) for (const w of split(words)) b.addSeg(w, { t: 'season', from, to });
  for (const r of RELATIVE_TIMES) for (const w of split(r.words)) b.addSeg(w, { t: 'rel', days: r.days, year: r.year });
  for (const [key, level, country, names] of GAZETTEER) {
    places.set(key, { key, level, country, parent: PARENTS[key] });
    for (const w of split(names)) b.addSeg(w, { t: 'place', key });
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
    }
    const key0 = surnameKey(split(en)[0].split('>')[0]);
    for (const name of split(ru)) {
      const full = /\s/.test(name);
      b.addSeg(name, { t: 'person', key: key0, side, full });
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
function builtins(): BuiltinBase {
  if (!builtinBase) {
    const b = new Builder();
    const places = new Map<string, PlaceInfo>();
    const personSide = new Map<string, SideCode>();
    const personName = new Map<string, string>();
    addBuiltins(b, places, personSide, personName);
    // Name → gazetteer key, to map dataset place names onto known places.
    const gazIndex = new Map<string, string>();
    for (const [key, , , names] of GAZETTEER) for (const w of split(names)) gazIndex.set(nameKey(w.replace(/=$/, '')), key);
    for (const [key] of GAZETTEER) gazIndex.set(nameKey(key), key);
    builtinBase = { b, places, personSide, personName, gazIndex };
  }
  return builtinBase;
}

export function buildLexicon(events: MatcherEvent[]): Lexicon {
  const base = builtins();
  const b = base.b.clone();
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
      b.addSeg(ev.city, { t: 'place', key: cityKey });
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
      b.addSeg(name, { t: 'place', key: pk.key });
    }
    for (const p of ev.participants) {
      const key = surnameKey(p.name);
      if (!key) continue;
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
    }
    // Aliases: an alias that is only a place name is a place, never a mention on its own.
    for (const a of [...ev.aliases, ...ev.sharedAliases]) {
      const k = nameKey(a);
      if (!k || gazIndex.has(k) || placeNameKeys.has(k)) continue;
      const shared = (aliasOwners.get(k)?.size ?? 0) > 1 || ev.sharedAliases.includes(a);
      b.addOv(a, { t: 'alias', ev: idx, shared });
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
    }
    infos.push(info);
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
  }
  byDate.sort((x, y) => x.from - y.from);
  const built = b.build();
  const mask = new Uint32Array(built.seg.length);
  for (let p = 0; p < built.seg.length; p++) {
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
