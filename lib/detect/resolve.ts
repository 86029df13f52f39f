/**
 * Which event a mention means. Every plausible event gets a score from independent pieces of
 * evidence, each with a short reason for the card. Every weight is named in weights.ts (with why);
 * the numbers below are their starting values:
 *
 *   alias (unique +4, shared +2) · place (city +3, region +2.2, country +1; a different city −2.5)
 *   · participants named in the frame (+1.5 each; a named leader who was not there −1.5)
 *   · dates in the frame (+3 day … +1.5 year; far off −3) or else in the sentence / document
 *   · publication date (an event after it cannot be meant by past-tense text; recent events
 *     are the likelier referent of an undated mention) · cues near the mention and in the page
 *   · the meeting word against the event kind ("call" vs summit) · rounds ("second round",
 *     "met again") · the meeting the page already talked about · tense against status
 *     (future text → planned events).
 *
 * The best event wins if it scores well enough and clearly enough; otherwise a US–Russia frame
 * becomes 'unknown' (with the nearest events as candidates) and anything else is dropped.
 * Frames whose counterpart is a third party ('third') may only resolve to 'related' events.
 */
import { fallsOnMonthDay, rangeGap, rangeOf, dayNumber, daysInMonth, yearOfDay, monthOfDay, dayOfMonth, type DayRange } from './dates';
import type { EventInfo, Lexicon, PlaceLevel } from './lexicon';
import type { CompiledMatcher } from './matcher';
import type { Frame, TimeAtom } from './patterns';
import { toOtherSeat } from './patterns/tripsAhead';
import { LEAD_CHARS, type DocumentState } from './state';
import type { Candidate, MatcherEvent, MentionStatus } from './types';
import { W } from './weights';

export interface Resolution {
  /** null = not a mention worth showing. */
  status: MentionStatus | null;
  eventIdx: number | null;
  confidence: number;
  reasons: string[];
  candidates: Candidate[];
  /** Best raw score (for tests and tuning). */
  score: number;
  /** With DocumentInfo.explain: the top candidates with their raw scores, clue counts and reasons. */
  explain?: string[];
  /** The mention's own date agreed with the event it names. */
  dated?: boolean;
  /** …by a date of its own, not by a round's number: it says which days the page is about (pageDays). */
  ownDate?: boolean;
}

/** Score at which the best event is accepted (the confidence floor; see W.accept). */
export const ACCEPT = W.accept;

/** How far after publication (in days) untimed text looking ahead still reaches (see resolveFrame). */
const FUTURE_REACH_DAYS = 366;

/** Below this confidence a best event is no known meeting (see resolveFrame). */
const CONF_FLOOR = 0.4;

// ---- time -----------------------------------------------------------------------------------

/** The document's most frequent year (latest on ties), for reading "in February" without a year. */
export function dominantYear(st: DocumentState): number | null {
  let best: number | null = null;
  let bestN = 0;
  // (forEach, not for…of over entries: asked once per frame, and entries would allocate a pair each.)
  st.years.forEach((n, y) => {
    if (n > bestN || (n === bestN && best !== null && y > best)) {
      best = y;
      bestN = n;
    }
  });
  return best;
}

/** Resolve a written time against the publication date (or the document's year). */
export function resolveAtom(atom: TimeAtom, st: DocumentState, future: boolean, near?: { at?: number }): DayRange | null {
  const pub = st.published;
  // (Read only where an atom needs it: the document's year walks every year the page names.)
  const refYearOf = () => (pub ? yearOfDay(pub.to) : dominantYear(st));
  if (atom.afterPrev) {
    // Against the meeting the text named last ("met in Geneva in 1985 … a year later, in Reykjavik").
    const days = atom.afterPrev[1] - atom.afterPrev[0] <= 3;
    for (let i = st.meetings.length - 1; i >= 0; i--) {
      const m = st.meetings[i];
      if (!m.range) continue;
      // "That evening", "the next day" speak of the meeting just told, in the sentence or two before:
      // not of one paragraphs back (a meeting the text names in between may have gone unfound).
      if (days && (near?.at === undefined || near.at - m.at > PREV_DAY_CHARS)) return null;
      // A span of days is as exact as a date; "a year later" is a year.
      return { from: m.range.from + atom.afterPrev[0], to: m.range.to + atom.afterPrev[1], precision: days ? 3 : 1 };
    }
    return null;
  }
  if (atom.decade !== undefined) return { from: dayNumber(atom.decade, 1, 1), to: dayNumber(atom.decade + 9, 12, 31), precision: 0 };
  if (atom.rel) {
    if (atom.rel.year !== undefined) {
      const refYear = refYearOf();
      if (refYear === null) return null;
      return rangeOf({ y: refYear + atom.rel.year });
    }
    if (atom.rel.weekday !== undefined && pub) {
      // "on Tuesday": the last Tuesday up to the publication day in past text, the next one in
      // future text. Without a day of publication it says only "within a week or so".
      if (pub.precision < 3) return { ...pub, precision: Math.min(pub.precision, 1) };
      const pubWd = (pub.to + 4) % 7; // day 0 (1970-01-01) was a Thursday
      const back = (pubWd - atom.rel.weekday + 7) % 7;
      const day = future ? pub.to + ((atom.rel.weekday - pubWd + 7) % 7) : pub.to - back;
      return { from: day, to: day, precision: 3 };
    }
    if (atom.rel.month !== undefined && pub) {
      if (pub.precision < 2) return { ...pub, precision: 1 };
      let y = yearOfDay(pub.to);
      let m = monthOfDay(pub.to) + atom.rel.month;
      if (m < 1) (m += 12), y--;
      if (m > 12) (m -= 12), y++;
      return rangeOf({ y, m });
    }
    if (atom.rel.days && pub) {
      if (pub.precision < 2) return { ...pub, precision: 1 };
      const [a, b] = atom.rel.days;
      const span = b - a;
      return { from: pub.to + a, to: pub.to + b, precision: span <= 20 ? 3 : 2 };
    }
    return null;
  }
  if (atom.season) {
    const y = atom.y ?? refYearOf();
    if (y === null) return null;
    return seasonRange(y, atom.season);
  }
  if (atom.m) {
    let y = atom.y ?? null;
    if (y === null) {
      y = refYearOf();
      if (y === null) return null;
      if (pub && pub.precision >= 2) {
        const pm = monthOfDay(pub.to);
        if (!future && atom.m > pm) y--;
        if (future && atom.m < pm) y++;
      }
    }
    return rangeOf({ y, m: atom.m, d: atom.d });
  }
  if (atom.y) return rangeOf({ y: atom.y });
  return null;
}

/** A season of a year: winter runs into the next year. */
function seasonRange(y: number, [m1, m2]: [number, number]): DayRange {
  const y2 = m2 < m1 ? y + 1 : y;
  return { from: dayNumber(y, m1, 1), to: dayNumber(y2, m2, daysInMonth(y2, m2)), precision: 2 };
}

/** How far (in characters, about two sentences) a meeting may lie before "that evening", "the next day" for them to be counted from it. */
const PREV_DAY_CHARS = 400;

/** A day counted from the meeting named before ("the next day"), in a frame with a time of its own: that time is the frame's ("saw Putin last month and went on to Kyiv the following day"). */
const dayAfterPrevBeside = (a: TimeAtom, f: Frame): boolean =>
  !!a.afterPrev && a.afterPrev[1] - a.afterPrev[0] <= 3 && (f.times.some((t) => !t.afterPrev) || f.clauseTimes.some((t) => !t.afterPrev));

/**
 * A day or month with no year on a dated page, read in the year the text wrote last before it ("On
 * October 18, 1962, … Nine days later, on October 27, …"): a second reading beside the publication
 * year's, and each event is scored by the reading that fits it better.
 */
function narrativeReading(atom: TimeAtom, r: DayRange | null, year: number | undefined, st: DocumentState): DayRange | null {
  if (year === undefined || !st.published || atom.y !== undefined || atom.rel) return null;
  if (r && yearOfDay(r.from) === year) return null;
  // …and a season said as that of the time told ("the Moscow summit that spring", after "in force
  // in 1988"). A season alone ("in the autumn") is as often the page's own.
  if (atom.season) return atom.that ? seasonRange(year, atom.season) : null;
  if (atom.m === undefined) return null;
  return rangeOf({ y: year, m: atom.m, d: atom.d });
}

/**
 * "Witkoff and Kushner arrive in Moscow in September", said in December: a month with no year that
 * has already passed this year, in text read as ahead, may still be this year's (a caption's or a
 * headline's present tells what happened; "said in October it had agreed to hold" dates the plan).
 * This is the second reading beside next year's (resolveAtom's for future text), and each event is
 * scored by the reading that fits it better; a held meeting still loses for future text (W.futurePast).
 */
function monthPassed(atom: TimeAtom, f: Frame, st: DocumentState, future: boolean): DayRange | null {
  const pub = st.published;
  if (!future || !f.presentAhead || atom.m === undefined || atom.y !== undefined || atom.rel || atom.season || !pub || pub.precision < 2) return null;
  if (atom.m >= monthOfDay(pub.to)) return null;
  return rangeOf({ y: yearOfDay(pub.to), m: atom.m, d: atom.d });
}

/**
 * "Friday's summit", "the Friday meeting": a weekday in text with no tense may be the one before
 * publication (resolveAtom's reading for text not in the future) or the next one after it. This is
 * the second reading, and each event is scored by the reading that fits it better; a held meeting
 * after publication still loses a little for untensed text (W.pubAheadUntensed).
 */
function weekdayAhead(atom: TimeAtom, r: DayRange | null, f: Frame, st: DocumentState, future: boolean): DayRange | null {
  if (atom.rel?.weekday === undefined || f.tense !== null || future || !r || r.precision < 3) return null;
  const ahead = resolveAtom(atom, st, true);
  return ahead && ahead.from !== r.from ? ahead : null;
}

/** The weekdays ("on Tuesday") among a frame's times. */
function weekdaysOf(atoms: readonly TimeAtom[]): number[] {
  const out: number[] = [];
  for (const a of atoms) if (a.rel?.weekday !== undefined) out.push(a.rel.weekday);
  return out;
}

/** Whether a range of days (under a week long) includes the weekday (0 = Sunday). */
function fallsOn(r: DayRange, weekday: number): boolean {
  for (let d = r.from; d <= r.to; d++) if ((d + 4) % 7 === weekday) return true; // day 0 was a Thursday
  return false;
}

/**
 * "Talks took place at the start of the year, in January", "in 2021, in June": a time that holds
 * another of the same frame is refined by it, so only the narrower says when the meeting was (an
 * event of February fits the start of the year, not January). Times apart from each other ("in
 * January and February", a reading in another year) are each kept. In place.
 */
function narrowest(rs: DayRange[]): void {
  if (rs.length < 2) return;
  const keep = rs.filter((r) => !rs.some((q) => q !== r && q.from >= r.from && q.to <= r.to && q.to - q.from < r.to - r.from));
  rs.length = 0;
  rs.push(...keep);
}

function timeScore(r: DayRange, ev: DayRange): number {
  return withinProcess(r, ev) ? W.timeWithinProcess : timeScoreAt(r, rangeGap(r, ev));
}

/** An event longer than this (in days) is a process held in rounds or sittings, not one meeting. */
const PROCESS_DAYS = 92;

/**
 * Whether a written day or month lies inside a long event (a process of many months) without
 * touching its first or last day: "in March 1983" and negotiations that ran from November 1981 to
 * November 1983. A year is no finer than such a process and is read as usual.
 */
export function withinProcess(r: DayRange, ev: DayRange): boolean {
  return r.precision >= 2 && ev.to - ev.from >= PROCESS_DAYS && r.from > ev.from && r.to < ev.to;
}

/** The score of a written time whose span lies `gap` days from the event's. */
function timeScoreAt(r: DayRange, gap: number): number {
  if (gap === 0) return r.precision >= 3 ? W.timeDay : r.precision === 2 ? W.timeMonth : r.precision === 1 ? W.timeYear : W.timeVague;
  if (r.precision >= 2) {
    if (gap <= 3) return W.timeOff3Days;
    if (gap <= 31) return W.timeOffMonth;
    if (gap <= 366) return W.timeOffYear;
    return W.timeFar;
  }
  if (r.precision === 1) return gap <= 366 ? W.timeYearNear : W.timeYearFar;
  return W.timeDecadeOff;
}

// ---- candidates -----------------------------------------------------------------------------

/**
 * A frame's candidate events, in the order first added (as a Set keeps them): a list and a mark
 * per event. Tens of events are added per frame, most of them several times over (by place, by
 * person, by date), and read back once; a Set of numbers hashes every one of those.
 */
class Candidates {
  readonly list: number[] = [];
  // Which events are in: one array by event shared by every set, where this set's own number marks
  // them (a new array for each frame cost more than filling it). Only the newest set may add.
  private readonly mark: Int32Array;
  private readonly gen: number;
  constructor(events: number) {
    this.mark = stampsFor(events);
    this.gen = nextStamp();
  }
  add(i: number): void {
    if (this.mark[i] === this.gen) return;
    this.mark[i] = this.gen;
    this.list.push(i);
  }
  get size(): number {
    return this.list.length;
  }
}

let candidateStamps = new Int32Array(0);
let stampsUsed = 0;
/** The shared array of Candidates marks, at least `events` long (a fresh one after 2^31 sets). */
function stampsFor(events: number): Int32Array {
  if (candidateStamps.length < events || stampsUsed >= 0x7ffffff0) {
    candidateStamps = new Int32Array(Math.max(events, candidateStamps.length));
    stampsUsed = 0;
  }
  return candidateStamps;
}
function nextStamp(): number {
  return ++stampsUsed;
}

function addAll(set: Candidates, xs: number[] | undefined): void {
  if (xs) for (let i = 0; i < xs.length; i++) set.add(xs[i]);
}

function eventsNear(lex: Lexicon, r: DayRange, slackDays: number, into: Candidates): void {
  const lo = r.from - slackDays;
  const hi = r.to + slackDays;
  const arr = lex.byDate;
  // binary search for the first event starting at or after lo - 400 (multi-day events start earlier)
  let a = 0;
  let b = arr.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (arr[m].from < lo - 31) a = m + 1;
    else b = m;
  }
  for (let i = a; i < arr.length && arr[i].from <= hi; i++) into.add(arr[i].idx);
}

// ---- scoring --------------------------------------------------------------------------------

export interface ResolveInput {
  frame: Frame;
  /** Event index → distinct cue phrases in the mention's sentence. */
  sentCues: Map<number, Set<number>>;
  /** Alias phrase text per alias hit, for reasons. */
  aliasText: (pid: number) => string;
  /** The meeting word is a plural noun ("summits", "meetings", «встречи»): a practice unless pinned down. */
  plural?: boolean;
  /**
   * A phrase with no meeting word ("Witkoff and Kushner spent four hours with Putin in the
   * Kremlin"): only a meeting every US or Russian person it names took part in can be its meeting.
   */
  allNamed?: boolean;
  /** Where the mention starts, in characters from the start of the page (its title counts as 0). */
  at?: number;
}

interface Scored {
  idx: number;
  score: number;
  reasons: string[];
  /** Specific evidence beyond priors: alias, place, date or a named participant matched. */
  specific: number;
  /** Independent clues for this event: the specific ones, plus recency before publication and the page's focus. */
  evidence: number;
  /** The mention names a city in another country than the event's. */
  placeAgainst: boolean;
  /** The same without participants: what ties a third-party meeting to a related event. */
  specificNoPerson: number;
  uniqueAlias: boolean;
  personMatch: boolean;
  /** A participant named in the frame or elsewhere in the sentence. */
  anyPersonMatch: boolean;
  timeMatch: boolean;
  /** Everyone of the two sides the mention names belongs to other years (see eraAgainst in scoreEvent). */
  eraAgainst: boolean;
  /** An alias of the event, and the page already talks about it ("the Istanbul meeting"). */
  aliasOfFocus: boolean;
  /** An alias whose own date agrees ("the Paris summit of May 1960"). */
  aliasDated: boolean;
  /** The mention names nobody, and the page's main people of both sides attended this event. */
  docPair: boolean;
  /** An alias of this event (shared or not) in the frame, and the event ended days before publication. */
  aliasJustHeld: boolean;
  /** The frame names this event's city, and the page is already about this event. */
  placeOfFocus: boolean;
  /** Score that may rank this event above others but not make it reach the floor (W.leadNear). */
  rankOnly: number;
}

/** Score the best event must reach, by how sure we are the frame is a US–Russia meeting at all. */
const acceptFor = (kind: Frame['kind']): number =>
  W.accept + (kind === 'usru-weak' ? W.acceptWeakExtra : kind === 'one-side' || kind === 'none' ? W.acceptOneSideExtra : 0);

/** What placeLevelScore finds: `bestKey` is the best matching place (spelled out as a reason only by a caller that wants reasons). */
interface PlaceMatch {
  score: number;
  bestKey: string | null;
  foreignCity: boolean;
}
// placeLevelScore runs for every candidate of every frame that names a place: it fills this one
// record rather than allocating one per call. Its caller reads it before the next call.
const placeMatch: PlaceMatch = { score: 0, bestKey: null, foreignCity: false };
function placed(score: number, bestKey: string | null, foreignCity: boolean): PlaceMatch {
  placeMatch.score = score;
  placeMatch.bestKey = bestKey;
  placeMatch.foreignCity = foreignCity;
  return placeMatch;
}

/**
 * What scoring reads of a place key the frame names, looked up once per frame rather than once per
 * candidate: whether it is a city (a key no table knows, such as an unknown place, counts as one),
 * its parent, its country when it is a known city, and the one meeting (and the one summit) the
 * dataset holds there (-1: none or several).
 */
interface FramePlace {
  key: string;
  /** The key's level at each event (see placeRow), and its parent's. */
  lv: Uint8Array;
  parentLv: Uint8Array | null;
  isCity: boolean;
  parent: string | undefined;
  cityCountry: string | undefined;
  only: number;
  onlySummit: number;
}

function framePlaces(lex: Lexicon, keys: readonly string[]): FramePlace[] {
  // (What a key says depends on the dataset alone: made once per lexicon and key, not per frame.)
  const memo = memoOf(framePlaceMemo, lex);
  return keys.map((key) => {
    // (A place the dataset does not know, '\u0000' and the text's name, is made each time: pages name endless ones.)
    if (key.charCodeAt(0) === 0) return framePlace(lex, key);
    let fp = memo.get(key);
    if (!fp) memo.set(key, (fp = framePlace(lex, key)));
    return fp;
  });
}
const framePlaceMemo: LexiconMemo<FramePlace> = new WeakMap();

function framePlace(lex: Lexicon, key: string): FramePlace {
  const pl = lex.places.get(key);
  const isCity = !pl || pl.level === 'city';
  return {
    key,
    lv: placeRow(lex, key),
    parentLv: pl?.parent ? placeRow(lex, pl.parent) : null,
    isCity,
    parent: pl?.parent,
    cityCountry: pl && pl.level === 'city' ? pl.country : undefined,
    only: onlyMeetingAt(lex, key),
    onlySummit: onlyMeetingAt(lex, key, 'summit'),
  };
}

/** How the places the text names fit the event's (the result is overwritten by the next call). */
function placeLevelScore(info: EventInfo, keys: readonly FramePlace[], countries: readonly ReadonlySet<string>[]): PlaceMatch {
  if (!keys.length) return placed(0, null, false);
  let best = 0;
  let reason: string | null = null;
  let anyCity = false;
  let cityMatch = false;
  for (const k of keys) {
    const isCity = k.isCity;
    if (isCity) anyCity = true;
    const code = k.lv[info.idx] || (k.parentLv !== null ? k.parentLv[info.idx] : 0);
    if (!code) continue;
    const lv = LEVEL_OF_CODE[code];
    const s = lv === 'city' ? W.placeCity : lv === 'region' ? W.placeRegion : W.placeCountry;
    if (isCity && lv === 'city') cityMatch = true;
    // A city named in the text matching only the event's country is not a match of places.
    const eff = isCity && lv === 'country' ? W.placeCityCountryOnly : s;
    if (eff > best) {
      best = eff;
      reason = k.key;
    }
  }
  if (best === 0) return placed(anyCity ? W.placeCityMismatch : W.placeMismatch, null, foreignCity(countries[info.idx], keys));
  if (anyCity && !cityMatch) return placed(best + W.placeCityNotMatched, reason, false);
  return placed(best, reason, false);
}

// scoreEvent runs for every candidate of every frame. The loops it needs are these functions,
// taking what they read as arguments: an arrow function there that read the candidate's event
// would make every call allocate (a context for the event, and the arrow function itself).

/** Whether any of the keys is in the set (or map). */
function anyIn(set: ReadonlySet<string> | ReadonlyMap<string, unknown>, keys: readonly string[]): boolean {
  for (const k of keys) if (set.has(k)) return true;
  return false;
}

/** Whether all of the keys are in the set (or map). */
function allIn(set: ReadonlySet<string> | ReadonlyMap<string, unknown>, keys: readonly string[]): boolean {
  for (const k of keys) if (!set.has(k)) return false;
  return true;
}

/** The keys that are in the set (or map), in their order. */
function keysIn(set: ReadonlySet<string> | ReadonlyMap<string, unknown>, keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const k of keys) if (set.has(k)) out.push(k);
  return out;
}

/** Whether one of the keys (their placeRow) is a city of event idx. */
function anyCity(rows: readonly Uint8Array[], idx: number): boolean {
  for (const r of rows) if (r[idx] === CITY) return true;
  return false;
}

/** Whether one of the keys is a city of event idx where it is the only meeting (or, with `summit`, the only summit) the dataset holds. */
function onlyMeetingHere(keys: readonly FramePlace[], idx: number, summit = false): boolean {
  for (const k of keys) if ((summit ? k.onlySummit : k.only) === idx && k.lv[idx] === CITY) return true;
  return false;
}

/** Whether event idx is in one of the rows (see personRow). */
function anyRow(rows: readonly Uint8Array[], idx: number): boolean {
  for (const r of rows) if (r[idx]) return true;
  return false;
}

/**
 * Rows indexed by event, built once per lexicon and key: 1 where a person key took part
 * (personRow), the place key's level code where the event was held there (placeRow). scoreEvent
 * asks them of every candidate of every frame: a row read costs far less than a lookup in the
 * event's Map. (eventsByPerson and eventsByPlace list exactly the events whose Map has the key.)
 */
const CITY = 1;
const LEVEL_CODE: Record<PlaceLevel, number> = { city: CITY, region: 2, country: 3 };
const LEVEL_OF_CODE: (PlaceLevel | undefined)[] = [undefined, 'city', 'region', 'country'];
const personRows = new WeakMap<Lexicon, Map<string, Uint8Array>>();
const placeRows = new WeakMap<Lexicon, Map<string, Uint8Array>>();
function personRow(lex: Lexicon, key: string): Uint8Array {
  let rows = personRows.get(lex);
  if (!rows) personRows.set(lex, (rows = new Map()));
  let row = rows.get(key);
  if (!row) {
    row = new Uint8Array(lex.events.length);
    for (const i of lex.eventsByPerson.get(key) ?? []) row[i] = 1;
    rows.set(key, row);
  }
  return row;
}
function placeRow(lex: Lexicon, key: string): Uint8Array {
  let rows = placeRows.get(lex);
  if (!rows) placeRows.set(lex, (rows = new Map()));
  let row = rows.get(key);
  if (!row) {
    row = new Uint8Array(lex.events.length);
    for (const i of lex.eventsByPlace.get(key) ?? []) row[i] = LEVEL_CODE[lex.events[i].places.get(key)!];
    rows.set(key, row);
  }
  return row;
}

/**
 * An on-this-day page: the page's own meeting (`ofPage`), a year or more before publication, took
 * place on the publication's month and day, so the page's "today" is that day then.
 */
function sameDayYearsBefore(info: EventInfo, pub: DayRange, ofPage: boolean): boolean {
  const r = info.range;
  if (!ofPage || !r || r.to >= pub.from - 300) return false;
  return fallsOnMonthDay(r, monthOfDay(pub.from), dayOfMonth(pub.from));
}

/** Whether the range lies outside every one of the ranges. */
function outsideAll(r: DayRange, ranges: readonly DayRange[]): boolean {
  for (const x of ranges) if (!(r.to < x.from || r.from > x.to)) return false;
  return true;
}

/** Whether the year is at or before any of the years. */
function atOrBeforeAny(year: number, years: readonly number[]): boolean {
  for (const y of years) if (year <= y) return true;
  return false;
}

/** Whether the range takes in the month and day of one of the (yearless) atoms that has a day. */
function onAnyDay(r: DayRange, atoms: readonly TimeAtom[]): boolean {
  for (const t of atoms) if (t.d !== undefined && fallsOnMonthDay(r, t.m!, t.d)) return true;
  return false;
}

/** Whether the range takes in the month of one of the (yearless) atoms. */
function inAnyMonth(r: DayRange, atoms: readonly TimeAtom[]): boolean {
  for (const t of atoms) if (fallsOnMonthDay(r, t.m!)) return true;
  return false;
}

/** The score of days or months read in no particular year ("on December 2", "in January") against an event's days. */
function anyYearScore(r: DayRange, atoms: readonly TimeAtom[]): number {
  return onAnyDay(r, atoms) ? W.timeAnyYearDay : inAnyMonth(r, atoms) ? W.timeAnyYearMonth : -Infinity;
}
const NO_ATOMS: readonly TimeAtom[] = [];

/**
 * An event of another time than the page's main year (two years or more away): the main year's
 * reading of a month may be wrong for it. Near the main year, that year's reading stands ("in March"
 * on a page of 2025 is not a March of 2024).
 */
function otherTime(r: DayRange, year: number): boolean {
  return yearOfDay(r.from) >= year + 2 || yearOfDay(r.to) <= year - 2;
}

/** Whether the range takes in one of the weekdays. */
function onAnyWeekday(r: DayRange, weekdays: readonly number[]): boolean {
  for (const wd of weekdays) if (fallsOn(r, wd)) return true;
  return false;
}

/** Whether someone of neither side took part in the event. */
function hasThirdSide(info: EventInfo): boolean {
  for (const side of sidesOf(info)) if (side !== 'us' && side !== 'ru') return true;
  return false;
}

/** The events that are round n of a numbered series, by n (computed once per lexicon). */
const roundsByNumber = new WeakMap<Lexicon, Map<number, number[]>>();
function roundsNumbered(lex: Lexicon, n: number): readonly number[] {
  let byN = roundsByNumber.get(lex);
  if (!byN) {
    byN = new Map();
    for (const e of lex.events) {
      if (e.ev.round === undefined || !e.ev.seriesId) continue;
      let list = byN.get(e.ev.round);
      if (!list) byN.set(e.ev.round, (list = []));
      list.push(e.idx);
    }
    roundsByNumber.set(lex, byN);
  }
  return byN.get(n) ?? NO_ROUNDS;
}
const NO_ROUNDS: readonly number[] = [];

/**
 * The countries of each event's places, by event index (computed once per lexicon: every frame
 * asks again). An array fetched once per frame, as a memo keyed by the event would cost a WeakMap
 * lookup for every candidate without a place match.
 */
const countriesByLexicon = new WeakMap<Lexicon, ReadonlySet<string>[]>();
function eventCountries(lex: Lexicon): ReadonlySet<string>[] {
  let all = countriesByLexicon.get(lex);
  if (!all) {
    all = lex.events.map((info) => {
      const countries = new Set<string>();
      for (const k of info.places.keys()) {
        const c = lex.places.get(k)?.country;
        if (c) countries.add(c);
      }
      return countries;
    });
    countriesByLexicon.set(lex, all);
  }
  return all;
}

/** The sides of an event's people (computed once per event: every frame asks again). */
const sidesByEvent = new WeakMap<EventInfo, Set<string>>();
function sidesOf(info: EventInfo): Set<string> {
  let sides = sidesByEvent.get(info);
  if (!sides) sidesByEvent.set(info, (sides = new Set(info.people.values())));
  return sides;
}

/** A known city in the text lies in another country than any of the event's places (`countries`: eventCountries). */
function foreignCity(countries: ReadonlySet<string>, keys: readonly FramePlace[]): boolean {
  if (!countries.size) return false;
  // (A loop, not keys.some: this runs for every candidate without a place match.)
  for (const k of keys) if (k.cityCountry && !countries.has(k.cityCountry)) return true;
  return false;
}

/** A place key as a reason shows it ("st. petersburg" → "St. Petersburg"). */
function display(key: string): string {
  // Asked again for the same few keys in every reason and unknown meeting: kept once made.
  let shown = DISPLAYED.get(key);
  if (shown === undefined) DISPLAYED.set(key, (shown = key.replace(WORD_START, (c) => c.toUpperCase())));
  return shown;
}
const DISPLAYED = new Map<string, string>();
// (A constant, not a literal in the function: bundlers targeting older engines turn a \p{…}
// literal into `new RegExp(…)`, compiled again on every call.)
const WORD_START = /\b\p{L}/gu;

function kindScore(frame: Pick<Frame, 'meet' | 'speak'>, info: EventInfo, hasAlias: boolean): number {
  const k = info.ev.kind;
  const m = frame.meet;
  if (!m || frame.speak) return 0;
  // «разговор Путина и Трампа» is more often a call than not, but a talk across a table is no worse.
  if (m === 'conversation') return k === 'call' ? W.kindCallIsCall / 2 : 0;
  if (m === 'call') return k === 'call' ? W.kindCallIsCall : W.kindCallNotCall;
  if (k === 'call') return hasAlias ? 0 : W.kindMeetingIsCall;
  switch (m) {
    case 'summit':
      return k === 'summit' || k === 'sideline' ? W.kindSummitSummit : k === 'working-level' ? W.kindSummitWorking : k === 'envoy' ? W.kindSummitEnvoy : 0;
    case 'consult':
    case 'session':
    case 'round':
      return k === 'working-level' ? W.kindRoundWorking : k === 'summit' ? W.kindRoundSummit : 0;
    case 'visit':
      return k === 'envoy' || k === 'ministerial' ? W.kindVisitEnvoy : 0;
    case 'conference':
      return k === 'summit' || k === 'ministerial' ? W.kindConferenceSummit : 0;
    default:
      return 0;
  }
}

export function resolveFrame(m: CompiledMatcher, st: DocumentState, input: ResolveInput): Resolution {
  const lex = m.lexicon;
  const f = input.frame;
  // Future text, or a time that lies ahead ("in the coming weeks"), points at planned events.
  const future = f.tense === 'fut' || f.tense === 'hyp' || f.times.some((t) => !!t.rel?.days && t.rel.days[0] >= 0);
  // A time counted from the publication date ("today", "last week") is among the frame's own.
  const relFrame = f.times.some((t) => !!t.rel);
  const pub = st.published;

  // Times in the frame, resolved; else years elsewhere in the sentence.
  const frameTimes: DayRange[] = [];
  // Times counted from the publication date ("this week"): the page's present, when a process
  // going on is the one meant (see withinProcess).
  const pageNow = new Set<DayRange>();
  const near = { at: input.at };
  for (const a of f.times) {
    if (dayAfterPrevBeside(a, f)) continue;
    const r = resolveAtom(a, st, future, near);
    if (r) frameTimes.push(r);
    if (r && a.rel) pageNow.add(r);
    const n = narrativeReading(a, r, f.narrativeYear, st);
    if (n) frameTimes.push(n);
    const w = weekdayAhead(a, r, f, st, future);
    if (w) frameTimes.push(w);
    const p = monthPassed(a, f, st, future);
    if (p) frameTimes.push(p);
  }
  // Else times elsewhere in the clause ("В июне 2021 года в Женеве состоялся саммит…"), then years in the sentence.
  const clauseTimes: DayRange[] = [];
  if (!frameTimes.length) {
    for (const a of f.clauseTimes) {
      if (dayAfterPrevBeside(a, f)) continue;
      const r = resolveAtom(a, st, future, near);
      if (r) clauseTimes.push(r);
      const n = narrativeReading(a, r, f.narrativeYear, st);
      if (n) clauseTimes.push(n);
      const w = weekdayAhead(a, r, f, st, future);
      if (w) clauseTimes.push(w);
      const p = monthPassed(a, f, st, future);
      if (p) clauseTimes.push(p);
    }
  }
  narrowest(frameTimes);
  narrowest(clauseTimes);
  const sentTimes: DayRange[] = [];
  if (!frameTimes.length && !clauseTimes.length) for (const y of f.sentYears) sentTimes.push(rangeOf({ y }));
  // "On December 2" on a page that gives no year at all (no date, no year in its text): the day
  // and month still single out a meeting among a place's many.
  const yearlessOf = (ts: TimeAtom[]): TimeAtom[] => ts.filter((t) => t.m !== undefined && t.y === undefined && !t.season);
  const noTime = !frameTimes.length && !clauseTimes.length && !sentTimes.length;
  const frameYearless = noTime ? yearlessOf(f.times) : [];
  const yearless = noTime && !f.times.length ? yearlessOf(f.clauseTimes) : frameYearless;
  const yearlessShare = frameYearless.length ? 1 : W.clauseTimeShare;
  const usePlaces = f.places.length ? f.places : f.clausePlaces;
  const placeWeight = f.places.length ? 1 : W.clausePlaceShare;
  const docYear = dominantYear(st);
  // "In January" on a page with no date was read in the year the page names most, which on a page
  // of today's news that recalls 2021 is 2021. The day or month itself still says something whatever
  // the year: an event the main year's reading misses is scored by this reading too (for the frame's
  // own time, only an event of another time than the main year: see otherTime).
  // On a dated page the same holds of a day and month elsewhere in the clause ("8 December: the
  // Washington summit opens" in an on-this-day list); a month alone says too little there.
  const mainYear = pub ? yearOfDay(pub.to) : docYear;
  const altYearless = !noTime && mainYear !== null ? yearlessOf(frameTimes.length ? f.times : f.clauseTimes).filter((t) => !pub || t.d !== undefined) : NO_ATOMS;
  const altYearScore = (er: DayRange): number => (!pub ? anyYearScore(er, altYearless) : onAnyDay(er, altYearless) ? W.timeAnyYearDay : -Infinity);

  // Candidate events.
  const cand = new Candidates(lex.events.length);
  const aliasEv = new Map<number, { shared: boolean; pid: number }>();
  for (const h of f.aliases) {
    if (h.sense.t !== 'alias') continue;
    const prev = aliasEv.get(h.sense.ev);
    if (!prev || (prev.shared && !h.sense.shared)) aliasEv.set(h.sense.ev, { shared: h.sense.shared, pid: h.pid });
    cand.add(h.sense.ev);
  }
  for (const p of usePlaces) {
    addAll(cand, lex.eventsByPlace.get(p));
    const parent = lex.places.get(p)?.parent;
    if (parent) addAll(cand, lex.eventsByPlace.get(parent));
  }
  for (const p of f.persons) addAll(cand, lex.eventsByPerson.get(p));
  for (const r of frameTimes.length ? frameTimes : clauseTimes) eventsNear(lex, r, r.precision >= 2 ? 45 : 200, cand);
  for (const t of yearless) {
    if (t.d === undefined) continue;
    for (let i = 0; i < lex.events.length; i++) {
      const r = lex.events[i].range;
      if (r && fallsOnMonthDay(r, t.m!, t.d)) cand.add(i);
    }
  }
  for (const idx of st.recent) cand.add(idx);
  if (st.section) cand.add(st.section.idx);
  for (const ev of input.sentCues.keys()) cand.add(ev);
  // "The first three-way talks", "the second round" on a page about a series: the number names a
  // round of a numbered series (of three parties, or one the page is about), as a date would. Not
  // "the first session", which counts the sittings of one meeting, nor "the third phone call"
  // (a call is no round), nor "the fourth trip since March", which counts from March, not from
  // the series' start.
  const roundOrds = f.meet === 'session' || f.meet === 'call' || f.sinceMonths?.length ? NO_ROUNDS : f.ords;
  if (roundOrds.length === 1) {
    for (const i of roundsNumbered(lex, roundOrds[0])) {
      const e = lex.events[i];
      if ((f.three && hasThirdSide(e)) || (e.ev.seriesId && st.focusSeries.has(e.ev.seriesId))) cand.add(i);
    }
  }
  if (!cand.size || (!usePlaces.length && !frameTimes.length && !clauseTimes.length && !aliasEv.size && !f.persons.length)) {
    // Nothing specific: recent events around the publication date / the document's year.
    if (pub) eventsNear(lex, { from: pub.from - 730, to: pub.to, precision: 1 }, 0, cand);
    else if (docYear) eventsNear(lex, rangeOf({ y: docYear }), 200, cand);
    for (const p of f.sentPersons) addAll(cand, lex.eventsByPerson.get(p));
  }

  const relWithoutDate = !pub && [...f.times, ...f.clauseTimes].some((t) => !!t.rel);
  // "on Tuesday" on a page with no date: it cannot say which Tuesday, but it does say the meeting
  // fell on one, which tells apart the rounds of a series held on other days. Only the frame's own
  // times: elsewhere in the clause a weekday is as often when it was said ("said on Wednesday that").
  const weekdays = pub ? [] : weekdaysOf(f.times);
  const docPeople = mainPeople(lex, st);
  // "Their first meeting", "the second summit between them": the n-th meeting of the people the
  // frame names, or, naming nobody, of the page's main people. Not "the first since 2019".
  const pairPeople = f.persons.length ? f.persons : !f.sentPersons.length ? [...docPeople.us.slice(0, 1), ...docPeople.ru.slice(0, 1)] : [];
  // "Since February": the first day of that month (in the year it was said of: the page's, as a past month).
  const sinceDay = sinceMonthDay(f, st);
  const pairNth = f.ords.length === 1 && !f.sinceYears.length && sinceDay === null ? nthMeetingOf(lex, pairPeople, f.ords[0], f.meet) : -1;
  // "Witkoff's third trip to Russia": the traveller's visit of that number, at the place named.
  // (Counted within the frame's own time: "his first trip to Moscow this year".)
  const tripNth = f.ords.length === 1 && f.meet === 'visit' && pairNth < 0 && !f.sinceYears.length ? nthTripOf(lex, f.persons, f.ords[0], usePlaces, sinceDay, frameTimes) : -1;
  const focus = st.focus;
  // The page's lead, focus and context words, by event (see pageMarks): scoreEvent reads them for every candidate.
  const marks = pageMarks(lex.events.length, st);
  const focusSeries = st.focusSeries;
  const earlier = f.previous ? previousOfPage(lex, st, cand) : null;
  // An undated page about a meeting was written around it: what it says will happen next ("he
  // and Kushner plan to meet Putin") is most likely a meeting held within two weeks after it.
  const leadDay = !pub && future ? leadEnd(lex, st) : null;
  // …and what it tells with no time of its own ("hours after Witkoff and Kushner left a late-night
  // meeting with Putin in the Kremlin") is most likely a meeting of those days too, as an undated
  // mention on a dated page is most likely one held just before publication.
  const leadSpan = !pub && noTime && !yearless.length && !f.sinceYears.length ? leadRange(lex, st) : null;
  // A page that dates some of its meetings surely (their own date agreed) is about those days: a mention with no time of its own, of a meeting held at one place or by
  // one pair many times ("the Kremlin talks"), most likely means the one held in those days, not
  // a neighbour a year away that recency or a context word happens to favour (see pageDaysNear).
  const ownDays = noTime && !yearless.length && untimedFrame(f) ? pageDays(lex, st) : NO_DAYS;
  // An undated page still says when it is: after the meetings it tells as done. Future text on it
  // means a meeting after those (the next one that fits), never one the page already reports held.
  const when = pub ? null : pageTime(lex, st);
  // A second reading knows from the start what the page's dated mentions tell.
  const hinted = st.pageDated?.day ?? null;
  const doneBy = when ? (hinted !== null && (when.doneBy === null || hinted > when.doneBy) ? hinted : when.doneBy) : null;
  // …and before the first meeting it looks ahead to: past text cannot tell of one held after that.
  const pageAhead = when ? when.aheadOf : null;
  const aheadOf = f.tense === 'past' ? pageAhead : null;
  // The page's time, as near as it says: just after what it tells as done, else just before what it looks ahead to.
  const pageDay = doneBy ?? pageAhead;
  // The future is the meeting's own ("will meet", "talks next week"), not only the clause's ("will
  // brief Trump on the talks"): only then is a meeting the page tells as done surely not it.
  const aheadVerb = future && (f.pos === 'v' || f.times.some((t) => !!t.rel?.days && t.rel.days[0] >= 0));
  // "Putin will receive the Americans tonight", under "their plane landed in Moscow": future text
  // whose own time is the page's day may mean the meeting of the very day the page tells as begun,
  // not only one after it (the arrival told as done is that visit's start, not its end).
  const today = future && doneBy !== null && f.times.some((t) => !!t.rel?.days && t.rel.days[0] <= 0 && t.rel.days[1] >= 0 && t.rel.days[1] - t.rel.days[0] <= 2);
  const doneBefore = doneBy !== null && today ? doneBy - 1 : doneBy;
  const nextIdx = future && doneBy !== null ? nextAfter(lex, cand, doneBy, usePlaces, f.persons, f.meet === 'call', today) : -1;
  // The opening of an undated page tells its news: with no time of its own, a mention there is the
  // first meeting that fits from the newest one the page reports as done with its date on ("Dmitriev
  // met Witkoff and Kushner in Miami" above "they were in Moscow on December 2"), within weeks of
  // it (a history page's opening is no news of a meeting decades after its story). The title gets
  // no bonus, as it often names what the page is about ("Trilateral talks in Abu Dhabi: what we
  // know"); but a title meeting older than that, when one fits after, is no lead (see below).
  // (A weekday alone says nothing of which week: "met in Miami on Saturday" is still untimed here.)
  const dated = st.pageDated;
  const opening = st.inTitle || (input.at !== undefined && input.at < LEAD_CHARS);
  const untimed = noTime && !yearless.length && [...f.times, ...f.clauseTimes].every((t) => t.rel?.weekday !== undefined) && !f.sinceYears.length && !f.ords.length && !f.previous;
  let news = dated && opening && untimed && !future ? nextAfter(lex, cand, dated.day, usePlaces, f.persons, f.meet === 'call', true) : -1;
  if (news >= 0 && lex.events[news].range!.from - dated!.day > PAGE_NEWS_DAYS) news = -1;
  const newsIdx = st.inTitle ? -1 : news;
  const titleNews = st.inTitle ? news : -1;

  // The US and Russian people the sentence names, with the years of their meetings: "Across six
  // sessions in the Kremlin, Hopkins won Stalin over" is of their time, whatever is recent now.
  // Only when it names someone of each side: one person alone is as often a figure of comparison.
  // (Most frames name nobody: then there is no list to build.)
  const eraKeys = f.persons.length || f.sentPersons.length ? [...new Set([...f.persons, ...f.sentPersons])].filter((p) => (lex.personSide.get(p) === 'us' || lex.personSide.get(p) === 'ru') && eraOf(lex, p)) : [];
  // …or when the mention itself names them: "Kosygin flew to New York" is Kosygin's meeting, not a
  // figure of comparison, so a meeting decades from any of his is not it.
  const frameEraKeys = bothSides(lex, eraKeys) ? eraKeys : eraKeys.filter((p) => f.persons.includes(p));
  const eraPeople = frameEraKeys.map((p) => eraOf(lex, p)!);

  const countries = eventCountries(lex);
  const placeKeys = framePlaces(lex, f.unknownPlace ? [...usePlaces, '\u0000' + f.unknownPlace.toLowerCase()] : usePlaces);
  // What scoreEvent asks of the frame alone, once here rather than once per candidate: the people
  // named in the sentence but not in the frame, and the only meeting of the frame's people (read
  // when all of them attended the candidate; -2 until first asked).
  const sentOnly = f.persons.length ? f.sentPersons.filter((p) => !f.persons.includes(p)) : f.sentPersons;
  let onlyOfFrame = -2;
  // …and what each of the frame's people weighs against a candidate they did not attend: a US or
  // Russian person named and absent counts against it; in a third-party frame, so does its third party.
  const absentWeight: number[] = [];
  const absentThird: boolean[] = [];
  for (const p of f.persons) {
    const side = lex.personSide.get(p);
    absentWeight.push(side === 'us' || side === 'ru' ? W.personAbsent : 0);
    // "Erdogan's first visit to the White House": the third party a third-party meeting names
    // took no part in this one, whoever else did (the dataset's third parties all share one side).
    absentThird.push(side !== 'us' && side !== 'ru' && f.kind === 'third' && side !== undefined);
  }

  // The meeting the text told just before, a sentence or two back: a mention with no time of its own
  // that does not say it is another one ("again", "the third", "the previous") most often goes on
  // about it ("On April 17 the four-party talks opened in Geneva. Before them Kerry and Lavrov talked
  // alone"), where the page's focus is spread over every meeting it told.
  const told = noTime && !f.places.length && !aliasEv.size && !f.again && !f.ords.length && !f.previous ? lastTold(st, input.at) : -1;

  // Scores one event; reasons are only spelled out (why !== null) for the winner.
  // With `top` (the best kept so far, see keepBest), an event that would not enter it gets no record.
  // The frame as scoreEvent reads it, once per frame. Frames are built in many places and differ in
  // shape, so a field read off one is a megamorphic load: per candidate, those cost more than the
  // scoring. This record has one shape.
  const fr = { again: f.again, kind: f.kind, meet: f.meet, persons: f.persons, places: f.places, pos: f.pos, sentPersons: f.sentPersons, sides: f.sides, sinceYears: f.sinceYears, soviet: f.soviet, tense: f.tense, three: f.three, speak: f.speak };
  // …and which events each person and place it names was at (see personRow), once per frame.
  const personIn = f.persons.map((p) => personRow(lex, p));
  // The frame's people by side: "Witkoff met Dmitriev" names each side by someone who was not at a
  // summit of Trump and Putin (see sideAbsent below).
  const usRows = personIn.filter((_, j) => lex.personSide.get(f.persons[j]) === 'us');
  const ruRows = personIn.filter((_, j) => lex.personSide.get(f.persons[j]) === 'ru');
  const sentOnlyIn = sentOnly.map((p) => personRow(lex, p));
  const docUsIn = docPeople.us.map((p) => personRow(lex, p));
  const docRuIn = docPeople.ru.map((p) => personRow(lex, p));
  const eraIn = frameEraKeys.map((p) => personRow(lex, p));
  const framePlaceIn = f.places.map((k) => placeRow(lex, k));

  const scoreEvent = (idx: number, why: string[] | null, top: Scored[] | null = null): Scored | null => {
    const info = lex.events[idx];
    const ev = info.ev;
    const reasons = why ?? NO_REASONS;
    const marked = marks.stamp[idx] === marks.gen ? marks.flags[idx] : 0;
    const inLead = (marked & PM_LEAD) !== 0;
    const inFocus = (marked & PM_FOCUS) !== 0;
    let s = 0;
    let specific = 0;
    let timeMatch = false;
    const al = aliasEv.size ? aliasEv.get(idx) : undefined;
    if (al) {
      specific++;
      s += al.shared ? W.aliasShared : W.aliasUnique;
      why?.push(`${al.shared ? 'shared ' : ''}alias '${input.aliasText(al.pid)}'`);
    }
    // Place
    let placeAgainst = false;
    let onlyHere = false;
    let cityHere = false;
    if (placeKeys.length && info.places.size) {
      const ps = placeLevelScore(info, placeKeys, countries);
      placeAgainst = ps.foreignCity;
      s += ps.score * placeWeight;
      if (ps.score > 0) specific++;
      // The only US–Russia meeting the dataset knows at that city: the place says which one.
      // Not when the text says "earlier this week" and the page gives no date to read it against:
      // then the place's one known meeting may be years away from the one meant.
      if (ps.score > 0 && !relWithoutDate && onlyMeetingHere(placeKeys, idx)) onlyHere = true;
      // "the summit in Reykjavik": the only summit held at that city says which meeting, as the
      // alias "Reykjavik summit" does, though envoys or ministers met there too.
      if (ps.score > 0 && !relWithoutDate && fr.meet === 'summit' && onlyMeetingHere(placeKeys, idx, true)) onlyHere = true;
      if (ps.score > 0 && fr.places.length && anyCity(framePlaceIn, idx)) cityHere = true;
      if (ps.bestKey !== null) why?.push(`place ${display(ps.bestKey)}`);
    }
    // People
    let pp = 0;
    let pm = 0;
    let thirdAbsent = 0;
    let present = 0;
    const named: string[] = why ? [] : NO_REASONS; // (filled only when reasons are spelled out)
    for (let j = 0; j < fr.persons.length; j++) {
      const p = fr.persons[j];
      if (personIn[j][idx]) {
        present++;
        pp += W.personInFrame;
        if (why) named.push(lex.personName.get(p) ?? p);
      } else {
        pm += absentWeight[j];
        if (absentThird[j]) thirdAbsent = W.thirdPersonAbsent;
      }
    }
    s += Math.min(pp, W.personCap) + Math.max(pm, W.personAbsentCap) + thirdAbsent;
    if (pp > 0) specific++;
    // "Putin and Witkoff met", "Shultz and Gromyko met in Geneva": someone who came to a leaders'
    // meeting in the president's delegation, named without the president, means a meeting they
    // led themselves (the envoy's visit, the ministers' talks), not the summit; nor can the
    // page's focus on that summit carry it. (At an envoy's visit the host's aides are met too:
    // "first he met Dmitriev" on a visit to Putin is that visit.)
    const inSuite = pp > 0 && (ev.kind === 'summit' || ev.kind === 'sideline') && namesSuite(info, fr.persons);
    if (inSuite) s += W.personInSuite;
    // A side the mention names by its people, none of whom attended this meeting («Рубио и
    // Лавров» and an envoys' visit to the Kremlin, "Kushner and Dmitriev" and a summit): the page's
    // lead (the meeting its opening tells) cannot carry this one. Owners are no such people
    // ("Trump's envoys met Putin" names Trump's side by his envoys: see ownerOfGroup). Not for a
    // related meeting (its list names the sides' people only in part), nor for text looking ahead
    // (it names who is expected, the dataset who came). (Gating the page's focus as well cost a
    // held-out set a right event; the meeting told just before, a mark on no label.)
    const sideAbsent = !future && !info.related && info.people.size > 0 && ((usRows.length > 0 && !anyRow(usRows, idx)) || (ruRows.length > 0 && !anyRow(ruRows, idx)));
    let sp = 0;
    for (let j = 0; j < sentOnly.length; j++) {
      const p = sentOnly[j];
      if (sentOnlyIn[j][idx]) {
        sp += W.personInSentence;
        if (why && !named.includes(lex.personName.get(p) ?? p)) named.push(lex.personName.get(p) ?? p);
      }
    }
    s += Math.min(sp, W.personInSentenceCap);
    const anyPerson = pp > 0 || sp > 0;
    // A mention that names nobody ("the two leaders' meeting in Helsinki") in a page about two
    // people of either side: an event both of them attended is the likelier one.
    let docPair = false;
    if (!fr.persons.length && !fr.sentPersons.length && docPeople.us.length && docPeople.ru.length) {
      docPair = anyRow(docUsIn, idx) && anyRow(docRuIn, idx);
      if (docPair) {
        s += W.docPeoplePair;
        why?.push('the people this page is about');
      }
    }
    // The only meeting the dataset knows between the people named, when their meetings are long
    // over ("Khrushchev with Kennedy"): the pair says which one. Not for people still meeting,
    // whose latest meeting may be newer than the dataset.
    // (Fewer than two of them there: onlyMeetingOf has no answer, so the list is not built.)
    // (All of them there, the common case: the frame's own list is that list, asked once per frame.)
    let onlyPair = false;
    if (pp > 0 && present >= 2) {
      if (present < fr.persons.length) onlyPair = onlyMeetingOf(lex, keysIn(info.people, fr.persons)) === idx;
      else onlyPair = (onlyOfFrame === -2 ? (onlyOfFrame = onlyMeetingOf(lex, fr.persons)) : onlyOfFrame) === idx;
    }
    if (onlyPair) {
      s += W.onlyPair;
      why?.push('the only meeting of these people');
    }
    if (idx === pairNth) {
      s += W.pairOrdinal;
      why?.push('their meeting of that number');
    }
    if (idx === tripNth) {
      s += W.tripOrdinal;
      why?.push('the trip of that number');
    }
    if (named.length) why?.push(`names ${named.slice(0, 3).join(', ')}`);
    // Time
    const er = info.range;
    // The mention's own time disagrees with this event: the page's focus cannot outweigh that.
    let timeAgainst = false;
    let ordAgainst = false;
    const toldDone = aheadVerb && doneBefore !== null && !!er && ev.status === 'held' && er.to <= doneBefore;
    let recent = false;
    let soon = false;
    // Everyone the sentence names (of either side) belongs to another time: none of them was at this
    // event, and it lies outside all their years. Recency and the page's focus cannot carry it.
    const eraAgainst = !!er && eraPeople.length > 0 && !anyRow(eraIn, idx) && outsideAll(er, eraPeople);
    if (eraAgainst) {
      s += W.eraAgainst;
      timeAgainst = true;
    }
    // "the first meeting since 2019": nothing held before that year (nor in it, if it began then).
    if (er && fr.sinceYears.length && atOrBeforeAny(yearOfDay(er.from), fr.sinceYears)) {
      s += W.beforeBound;
      timeAgainst = true;
    }
    // "…since February": nothing that ended before that month.
    if (er && sinceDay !== null && er.to < sinceDay) {
      s += W.beforeBound;
      timeAgainst = true;
    }
    if (er) {
      if (frameTimes.length) {
        let best = -Infinity;
        let near = false;
        // A time inside a long process agrees with it without saying a meeting of it fell then.
        let within = false;
        for (const r of frameTimes) {
          if (!pageNow.has(r) && withinProcess(r, er)) {
            best = Math.max(best, W.timeWithinProcess);
            within = true;
            continue;
          }
          const gap = rangeGap(r, er);
          best = Math.max(best, timeScoreAt(r, gap));
          if (gap === 0 || (r.precision >= 2 && gap <= 3)) near = true;
        }
        // "Began a summit today in Vienna" on an on-this-day page: the page's "today" is its
        // meeting's day, years before (see sameDayYearsBefore).
        if (!near && pub && relFrame && sameDayYearsBefore(info, pub, inFocus || inLead)) {
          best = Math.max(best, W.timeDay);
          near = true;
        }
        let monthOnly = false;
        if (!near && altYearless.length && !pub && otherTime(er, mainYear!)) {
          const alt = altYearScore(er);
          if (alt > best) {
            best = alt;
            if (onAnyDay(er, altYearless)) near = true;
            else monthOnly = true;
          }
        }
        s += best;
        // (The month of some year, not the main year's: not against the event, and a clue, but no date.)
        if (monthOnly) specific++;
        // "The December talks" and a meeting of January 22: a month or day that missed the event
        // by more than a few days is against it, though close ("a month off" still scores a little),
        // so the page's focus cannot carry it.
        if (!near && !monthOnly && !within) timeAgainst = true;
        // "Will meet in Budapest later this year", a year after the Budapest summit was called off:
        // a plan whose own time misses a planned or called-off meeting is another plan.
        if (!near && future && ev.status !== 'held') s += W.futureTimeAgainst;
        if (near) {
          specific++;
          timeMatch = true;
          why?.push(`date ${ev.start}`);
        }
      } else if (clauseTimes.length) {
        let best = -Infinity;
        for (const r of clauseTimes) best = Math.max(best, timeScore(r, er));
        // (A time elsewhere in the clause counts at a share already: any event its day or month fits.)
        if (best <= 0 && altYearless.length) best = Math.max(best, altYearScore(er));
        s += best * W.clauseTimeShare;
        if (best < 0) timeAgainst = true;
        if (best > 0 && !clauseTimes.every((r) => withinProcess(r, er))) {
          specific++;
          timeMatch = true;
          why?.push(`date ${ev.start}`);
        }
      } else if (yearless.length) {
        const day = onAnyDay(er, yearless);
        const month = day || inAnyMonth(er, yearless);
        s += (day ? W.timeYearlessDay : month ? W.timeYearlessMonth : W.timeYearlessOff) * yearlessShare;
        if (day) {
          specific++;
          timeMatch = true;
          why?.push(`date ${ev.start}`);
        } else if (!month) timeAgainst = true;
      } else if (sentTimes.length) {
        let best = -Infinity;
        for (const r of sentTimes) best = Math.max(best, timeScore(r, er) > 0 ? W.sentYearMatch : W.sentYearMismatch);
        s += best;
        if (best < 0) timeAgainst = true;
        if (best > 0) why?.push(`year ${ev.start.slice(0, 4)}`);
      } else if (eraAgainst) {
        // no publication or page-time prior for a meeting of another time
      } else if (pub) {
        // Days from the event's end to publication; an event still going on counts as just held.
        const gap = pub.to >= er.from ? Math.max(0, pub.to - er.to) : -1;
        // "Putin-Trump summit: what to expect", the day before: the meeting about to happen.
        if (gap < 0 && er.from - pub.to <= 3 && (fr.tense === null || future)) {
          s += W.pubAheadDays;
          soon = true;
        }
        if (gap >= 0) {
          const bonus = gap <= 7 ? W.pubWeek : gap <= 45 ? W.pubMonth : gap <= 366 ? W.pubYear : gap <= 1830 ? W.pubFiveYears : 0;
          s += bonus;
          if (gap <= 366) why?.push(`recent before publication`);
          if (gap <= 45) recent = true;
        }
      } else if (docYear !== null) {
        const ey = yearOfDay(er.from);
        if (ey === docYear) {
          s += W.docYear;
          why?.push(`year ${ey} in the text`);
        } else if (st.years.has(ey)) s += W.docYearMentioned;
        else if (Math.abs(ey - docYear) > 1) s += W.docYearOff;
      } else if (pageDay !== null && !future) {
        // No date and no year, but the page tells of a meeting as done or ahead: it was written
        // around then, so meetings near that day are the likelier, as near a publication date.
        const gap = er.to <= pageDay ? pageDay - er.to : er.from - pageDay;
        s += W.pageNearShare * (gap <= 45 ? W.pubMonth : gap <= 366 ? W.pubYear : gap <= 1830 ? W.pubFiveYears : 0);
      } else if (!future) {
        // No date, no year, no meeting of its own: a page that gives no time at all is most likely
        // current news, so the dataset's newest meetings are slightly the likelier.
        const gap = Math.max(0, lastDay(lex) - er.to);
        s += W.undatedNowShare * (gap <= 45 ? W.pubMonth : gap <= 366 ? W.pubYear : gap <= 1830 ? W.pubFiveYears : 0);
      }
      // A held event after publication cannot be what past-tense text describes (a planned or
      // cancelled one keeps the date it would have had, so it may). Text without any tense
      // marker ("Putin-Trump summit: what to expect") may mean one a few days ahead.
      if (pub && er.from > pub.to + 1 && !future && ev.status === 'held') {
        if (fr.tense === null && er.from <= pub.to + 14) {
          s += W.pubAheadUntensed;
        }
        else s -= 100;
      }
    }
    // Past text on a page that looks ahead to a meeting cannot tell of one held after it.
    if (aheadOf !== null && er && ev.status === 'held' && er.from > aheadOf + 1) {
      s += W.pageAfterAhead;
      timeAgainst = true;
    }
    if (weekdays.length && er && er.precision >= 3 && er.to - er.from < 6) {
      if (onAnyWeekday(er, weekdays)) {
        s += W.weekdayMatch;
        specific++;
        why?.push('held on the weekday the text names');
      } else {
        // "On Thursday" and a meeting held on a Saturday: the page's focus cannot outweigh that.
        s += W.weekdayMismatch;
        timeAgainst = true;
      }
    }
    // Cues
    const sc = input.sentCues.size ? input.sentCues.get(idx) : undefined;
    if (sc) {
      s += Math.min(W.cueInSentence * sc.size, W.cueInSentenceCap);
      why?.push('context words nearby');
    }
    if (marked & PM_CUE) s += marks.cue[idx];
    // Meeting word vs kind
    s += kindScore(fr, info, !!al);
    // Who met whom
    if (fr.kind === 'third') {
      s += info.related ? W.thirdRelated : W.thirdUsRu;
      // Who met must be who took part: Rubio with Turkish teams is not the Russia–Ukraine round.
      if (info.people.size) {
        const evSides = sidesOf(info);
        for (const side of fr.sides) s += evSides.has(side) ? W.thirdSideAgrees : W.thirdSideDisagrees;
      }
    }
    else if (info.related) s += fr.kind === 'usru' ? W.usruRelated : fr.kind === 'usru-weak' ? W.usruWeakRelated : 0;
    // "Trilateral talks", "talks between Russia, the US and Ukraine": a round with a third party
    // at the table, not a meeting of the two sides alone (nor the reverse).
    if (fr.three && fr.kind !== 'third' && !info.related && info.people.size) {
      // An event listing a third party but not both sides (an envoy who met each side in turn, the
      // other unnamed) does not say whether the three sat at one table: neither for nor against.
      const third = hasThirdSide(info);
      const both = sidesOf(info).has('us') && sidesOf(info).has('ru');
      s += third ? (both ? W.threeWayMatch : 0) : W.threeWayMismatch;
      if (third && both) why?.push('three parties at the table');
    }
    // "The Soviet leader's talks with the American president in Geneva": not 2021's summit there.
    if (fr.soviet && ev.start >= SOVIET_END) s += W.sovietAfter;
    // Rounds of a series
    if (ev.round !== undefined) {
      for (const o of roundOrds) s += o === ev.round ? W.roundMatch : W.roundMismatch;
      if (roundOrds.includes(ev.round)) why?.push(`round ${ev.round} of its series`);
      // "Their first round" on a page about the second: the number says which, whatever the page is about.
      if (roundOrds.length && !roundOrds.includes(ev.round)) ordAgainst = true;
      if (fr.again) s += ev.round >= 2 ? W.againLaterRound : W.againFirstRound;
      else if (st.again > 0 && ev.round >= 2) s += W.againInDocument;
    }
    // The meeting this page already talks about
    if (earlier && (earlier.own.has(idx) || earlier.before.has(idx))) {
      // "The previous meeting in Abu Dhabi": not the page's own meeting, but the one of its
      // series (or at its place) just before it.
      if (earlier.before.has(idx)) {
        s += W.previousRound;
        why?.push('the one before the meeting this page is about');
      } else s += W.previousNotOwn;
    } else if (timeAgainst || ordAgainst || inSuite) {
      // no focus, no lead
    } else if (toldDone) {
      // Future text and a meeting the page itself tells as done: not the one it looks ahead to.
    } else if (inFocus) {
      // A generic phrase ("the talks", "Russia-US talks") in a page about one meeting means that one.
      s += fr.places.length || frameTimes.length || fr.persons.length || aliasEv.size ? W.focusSpecific : W.focusGeneric;
      why?.push('the meeting this page is about');
    } else if (ev.seriesId && focusSeries.has(ev.seriesId)) s += W.focusSeries;
    if (inLead && !timeAgainst && !ordAgainst && !inSuite && !sideAbsent && !toldDone && !earlier?.own.has(idx)) s += W.lead;
    // (It only ranks: a mention too weak to name any meeting is not made one by the page's days.)
    let rankOnly = leadSpan && er && !inLead && rangeGap(er, leadSpan) <= LEAD_NEAR_DAYS && !timeAgainst ? W.leadNear : 0;
    if (rankOnly) {
      s += rankOnly;
      why?.push('days from the meeting this page is about');
    } else if (ownDays.length && er && !timeAgainst && !placeAgainst && !inSuite && !ordAgainst && pageDaysNear(er, ownDays, future)) {
      rankOnly = W.pageDays;
      s += rankOnly;
      why?.push('held in the days this page places surely');
    }
    if (idx === told && !timeAgainst && !placeAgainst && !inSuite) {
      s += W.lastTold;
      why?.push('the meeting the text told just before');
    }
    // Under a chronology entry ("3. Helsinki, Finland — July 16, 2018"), its paragraphs tell that meeting.
    const inSection = st.section?.idx === idx && !timeAgainst && !ordAgainst && !placeAgainst && !inSuite;
    if (inSection) {
      s += W.section;
      why?.push('the meeting this part of the page is headed by');
    }
    // Tense against status
    if (fr.tense === 'neg') s += ev.status === 'cancelled' ? W.negCancelled : ev.status === 'held' ? W.negHeld : 0;
    else if (future) {
      // A meeting called off whose date had passed by publication is no longer what the page
      // looks ahead to ("Will Putin meet Trump soon?" weeks after Budapest was dropped).
      // Nor is one still "planned" whose whole window closed before publication (the dataset keeps
      // announced rounds nobody dated later as planned). And text looking ahead with no time of its
      // own ("diplomats to hold talks") speaks of a meeting of the coming months: a meeting (held,
      // planned or called off) more than a year after publication is another one.
      if (pub && er && er.from > pub.to + FUTURE_REACH_DAYS && !frameTimes.length && !clauseTimes.length && !sentTimes.length) {
        s += W.timeFar;
        timeAgainst = true;
      }
      else if (ev.status !== 'held' && !(ev.status === 'cancelled' && fr.tense === 'fut' && pub && er && er.to < pub.from - 7) && !(ev.status === 'planned' && pub && er && er.to < pub.from)) s += W.futureNotHeld;
      else if (pub && er && er.from > pub.to) {
        s += W.futureAhead;
        // The next such meeting, within two weeks of the page: what future text most likely means.
        if (er.from - pub.to <= 14) soon = true;
      }
      else if (pub) s += W.futurePast;
      else if (er && doneBefore !== null && er.to <= doneBefore) s += aheadVerb ? W.futurePast : 0;
      else if (er) {
        const afterLead = leadDay !== null && er.from > leadDay && er.from - leadDay <= 14;
        if (afterLead || doneBy !== null) s += W.futureAhead;
        if (afterLead) {
          soon = true;
          why?.push('days after the meeting this page is about');
        }
        if (idx === nextIdx) {
          s += W.pageNext;
          soon = true;
          why?.push('the next meeting after those this page tells as done');
        }
      }
    } else if (ev.status === 'planned') s += W.pastPlanned;
    else if (ev.status === 'cancelled' && !al) s += fr.pos === 'v' && fr.tense === 'past' ? W.pastVerbCancelled : W.pastCancelledNoAlias;
    if (idx === newsIdx) {
      s += W.pageNews;
      soon = true;
      why?.push('the page\'s news: after the meetings it dates');
    }
    // The score is complete: an event that would not enter the best kept so far needs no record
    // (most candidates of a frame, so the clues below are counted only for the few that do).
    if (top && !entersTop(top, s, idx)) return null;
    const evidence =
      specific +
      (pp === 0 && anyPerson ? 1 : 0) +
      (sc ? 1 : 0) +
      (onlyHere ? 1 : 0) +
      (onlyPair && !timeAgainst ? 1 : 0) +
      (idx === pairNth && !timeAgainst ? 1 : 0) +
      (idx === tripNth && !timeAgainst ? 1 : 0) +
      (docPair ? 1 : 0) +
      ((fr.meet === 'call' || fr.meet === 'conversation') && info.ev.kind === 'call' ? 1 : 0) +
      (recent || soon ? 1 : 0) +
      ((inFocus || inLead) && !timeAgainst && !earlier?.own.has(idx) ? 1 : 0) +
      (earlier?.before.has(idx) ? 1 : 0) +
      (inSection ? 1 : 0) +
      // "The first round" of a series: its number says which meeting, as a date would.
      (ev.round !== undefined && roundOrds.includes(ev.round) ? 1 : 0);
    return { idx, score: s, reasons, specific, evidence, placeAgainst, specificNoPerson: specific - (pp > 0 ? 1 : 0), uniqueAlias: !!al && !al.shared, personMatch: pp > 0, anyPersonMatch: anyPerson, timeMatch, eraAgainst, aliasOfFocus: !!al && inFocus, aliasDated: !!al && timeMatch, docPair, aliasJustHeld: !!al && recent, placeOfFocus: cityHere && !timeAgainst && (inFocus || inLead), rankOnly };
  };
  // Only the best few are read below (the winner, the runner-up, five candidates): kept as they
  // come rather than sorting every candidate of the frame.
  const scored: Scored[] = [];
  const named = input.allNamed ? f.persons.filter((p) => lex.personSide.get(p) === 'us' || lex.personSide.get(p) === 'ru') : [];
  // "The envoys will fly to Moscow again", «Уиткофф и Кушнер поедут в Москву», «можуть знову
  // відвідати Москву»: text looking ahead names a meeting still to come. A held meeting of the past
  // year, over before the page was published, is not it, however well its people and place fit,
  // unless the text dates it or names it outright. When such a meeting ranks first, the meeting
  // meant is the best that begins on or after the day of publication, if the dataset has one, or
  // else one it does not hold yet. (Older meetings are left alone: a history's "would meet", "could
  // sign" is told from then.) A trip that may be made («можуть знову поїхати до Москви», "could fly
  // to Moscow again") is one ahead as well.
  const usru = f.kind === 'usru' || f.kind === 'usru-weak';
  const ahead = !!pub && usru && (f.tense === 'fut' || (f.tense === 'hyp' && f.meet === 'visit' && f.pos === 'v'));
  const onward: Scored[] = [];
  for (const idx of cand.list) {
    if (named.length && !allIn(lex.events[idx].people, named)) continue;
    const x = scoreEvent(idx, null, scored);
    if (x) keepBest(scored, x, KEEP_SCORED);
    const r = ahead ? lex.events[idx].range : null;
    if (r && r.from >= pub!.from) {
      const y = x ?? scoreEvent(idx, null, onward);
      if (y) keepBest(onward, y, KEEP_SCORED);
    }
  }
  // Of those ahead that fit well enough, the first to come is the one meant, as the next visit is the
  // one planned; with none, the passed meetings stay the card's nearest candidates (see below).
  const passed = ahead && scored.length > 0 && heldBefore(lex.events[scored[0].idx], scored[0], pub!);
  if (passed) {
    const floor = acceptFor(f.kind);
    let next = -1;
    for (let i = 0; i < onward.length; i++) {
      if (onward[i].score - onward[i].rankOnly < floor) continue;
      if (next < 0 || lex.events[onward[i].idx].range!.from < lex.events[onward[next].idx].range!.from) next = i;
    }
    if (next >= 0) {
      scored.length = 0;
      scored.push(...onward.splice(next, 1), ...onward);
    }
  }

  const explain = st.info.explain
    ? scored.slice(0, 5).map((x) => {
        const r = scoreEvent(x.idx, [])!;
        return `${lex.events[x.idx].ev.id} ${x.score.toFixed(2)} (clues ${x.evidence}${x.placeAgainst ? ', place against' : ''}): ${r.reasons.join('; ')}`;
      })
    : undefined;
  const out = (r: Resolution): Resolution => (explain ? { ...r, explain: [`frame ${f.kind}${f.tense ? ' ' + f.tense : ''}`, ...explain] } : r);
  const best = scored[0];
  const second = scored[1];
  // (Never below 0: the next meeting ahead may be put first over one that scored higher.)
  const margin = best ? Math.max(0, best.score - (second ? second.score : 0)) : 0;
  const toCand = (x: Scored): Candidate => ({ eventId: lex.events[x.idx].ev.id, score: round2(sigmoid((x.score - W.accept + 1) / 1.5)) });

  let accept = !!best && best.score - best.rankOnly >= acceptFor(f.kind);
  // One clue is a guess ("officials met in Vienna" is not the 1961 summit): a known event needs two
  // independent clues, or a name only it has.
  if (accept && best.evidence < 2 && !best.uniqueAlias) accept = false;
  // "Have met in the region before", "met many times": a practice, not one meeting, unless a name
  // only one meeting has or the mention's own date says which.
  if (accept && f.habitual && !best.uniqueAlias && !best.timeMatch && best.specific === 0) accept = false;
  // "Phone calls this year": a plural meeting word naming nobody names several meetings. When
  // another fits nearly as well as the best, the words name those meetings together, none of them
  // in particular. (Naming people, "Witkoff's meetings with Putin", it is kept: on held-out pages
  // that cost a right event.) (A list of places or times, "meetings in Riyadh and Alaska", "sessions in
  // February and April", names each one: see otherMeetings in pipeline.ts.)
  const severalFit = !!input.plural && !f.persons.length && !!best && !best.uniqueAlias && usePlaces.length < 2 && f.times.length < 2 && !!second && margin < W.pluralMargin;
  if (accept && severalFit) return out(drop(scored, toCand));
  // "They will meet in Baku": an event in another country is not this meeting, whatever else agrees.
  if (accept && best.placeAgainst && !best.uniqueAlias) accept = false;
  // A third-party meeting is linked to a related event only on specific evidence, not on names alone.
  if (accept && f.kind === 'third' && best.specificNoPerson === 0) accept = false;
  // "Witkoff was in the Kremlin last week", "met on Tuesday": a time counted from the publication
  // date is a window of days. An event outside it is another meeting, however well the place and
  // people fit: the one meant is one the dataset does not hold yet.
  if (accept && pub && frameTimes.length && f.times.some((t) => !!t.rel) && !best.timeMatch && !best.uniqueAlias) accept = false;
  // "Kosygin flew to New York": a meeting decades from any the people named ever attended is not
  // theirs, however well the place fits; only a name of its own could say otherwise.
  if (accept && best.eraAgainst && !best.uniqueAlias) accept = false;
  // One side only ("Lavrov met journalists in Moscow"): an alias, or a participant and a date, must say which meeting.
  // A shared alias naming a meeting that ended days before publication, with one of its people in
  // the sentence, says which too ("After the Helsinki summit, allies ask what Trump got", the next day).
  // …and so does the city of the meeting the page is about ("Peskov would not comment on talks in Davos").
  // …and so does an alias with its own date ("the Paris summit of May 1960 collapsed after the Soviets…").
  // …and so does a date that agrees, when the two people the page is about were both there ("By
  // their third meeting, in Moscow in 1974" on a page about Nixon and Brezhnev).
  // …and so do its own place and its own day, both agreeing ("Russia's minister called the session in
  // Riyadh on February 18 useful"): two independent clues, as a participant and a date are.
  if (accept && f.kind === 'one-side' && !best.uniqueAlias && !best.aliasOfFocus && !best.placeOfFocus && !((best.anyPersonMatch || best.docPair) && (best.timeMatch || best.aliasJustHeld)) && !best.aliasDated && !(best.timeMatch && best.specificNoPerson >= 2)) accept = false;
  // A meeting only planned, told from one side without a name of its own ("The G20 leaders meet at
  // Trump's resort on 14-15 December" of a summit Putin was invited to): the host or a guest with the
  // gathering's dates says what the gathering is, not that the two will meet there.
  if (accept && f.kind === 'one-side' && lex.events[best.idx].ev.status === 'planned' && !best.uniqueAlias && !best.aliasOfFocus) accept = false;
  // "They never met in Geneva": a negated meeting can only be a cancelled event.
  // Not when it is an alias of the page's own meeting: "Kyiv was not invited to the Riyadh talks".
  if (accept && f.tense === 'neg' && lex.events[best.idx].ev.status !== 'cancelled' && !best.aliasOfFocus) accept = false;
  // "Trump and Putin have not met since Anchorage": a meeting verb denied between the two people
  // it names says no more than that; a called-off meeting is named by its place, time or name, or is
  // the page's own. (A noun is one meeting: "would not waste time on another summit".)
  if (accept && f.tense === 'neg' && f.pos === 'v' && best.specificNoPerson === 0 && !focus.has(best.idx)) accept = false;
  // "Trump could visit Moscow": a hypothetical is shown only as a known event it names outright.
  // …or a planned meeting at the very city the text names ("would meet in Budapest").
  // Only near its time: a hypothetical written a year away from a planned meeting is about something else.
  // …or a meeting held at that city within days of the page ("talks may take place in Miami", the
  // day they began there): what was a possibility when written is that meeting.
  const bestEv = best ? lex.events[best.idx] : null;
  const plannedHere =
    !!bestEv &&
    !!pub &&
    !!bestEv.range &&
    (bestEv.ev.status === 'planned' ? Math.abs(bestEv.range.from - pub.to) <= 120 : bestEv.ev.status === 'held' && Math.abs(bestEv.range.from - pub.to) <= 7) &&
    usePlaces.some((k) => bestEv.places.get(k) === 'city') &&
    // …and whoever the sentence names took part ("Trump could visit Moscow" is not the embassy round there).
    (best.anyPersonMatch || (!f.persons.length && !f.sentPersons.length));
  // …or the page's own meeting named by a noun at the city the text names ("The Budapest talks would
  // be their second meeting" on a page about that summit): what it would be is said of that one.
  // (Not a verb: "Trump could visit Moscow" on a page about a Moscow meeting is another trip.)
  if (accept && f.tense === 'hyp' && !best.uniqueAlias && !best.personMatch && !plannedHere && !best.aliasOfFocus && !(best.placeOfFocus && f.pos === 'n' && f.meet !== 'visit')) accept = false;
  // Text looking ahead, and no meeting ahead of the page that fits: the one meant is one the dataset
  // does not hold yet, not the passed meeting that fits best (see `ahead` above).
  if (accept && passed && heldBefore(lex.events[best.idx], best, pub!)) accept = false;
  const clear = Math.min(1, margin / W.clearMargin);
  const sure = best ? round2(clamp(sigmoid((best.score - W.accept) / 1.5) * (0.55 + 0.45 * clear), 0.05, 0.99)) : 0;
  // The confidence floor: a best event barely over the acceptance score and hardly ahead of the
  // next is a guess among neighbours; the mention is shown as a meeting we don't know, with them as
  // candidates, rather than as one of them. A name only one meeting has still says which.
  if (accept && sure < CONF_FLOOR && !best.uniqueAlias && !lex.events[best.idx].related) accept = false;
  if (accept) {
    const info = lex.events[best.idx];
    best.reasons = scoreEvent(best.idx, [])!.reasons;
    if (f.kind === 'third' && !info.related) return out(drop(scored, toCand));
    let confidence = sure;
    // A title meeting that ended before the one the page dates, when another fits from then on, is
    // kept below the confidence that makes a title the page's lead: the page's time speaks against it.
    if (titleNews >= 0 && best.idx !== titleNews && info.range && info.range.to < dated!.day) confidence = Math.min(confidence, TITLE_STALE_CONF);
    const reasons = best.reasons.slice(0, 5);
    if (margin < W.clearMargin && second) reasons.push(`also possible: ${lex.events[second.idx].ev.id}`);
    return out({
      status: info.related ? 'related' : 'known',
      eventIdx: best.idx,
      confidence,
      reasons,
      candidates: scored.slice(1, 6).map(toCand),
      score: best.score,
      // A round its number names is dated as surely as by its day: it places an undated page in time.
      ...(best.timeMatch || (info.ev.round !== undefined && roundOrds.includes(info.ev.round)) ? { dated: true } : {}),
      ...(best.timeMatch ? { ownDate: true } : {}),
    });
  }
  // No confident match. "Soviet-American summits" with no place or time names a practice, not a
  // meeting we could have missed: only a specific one becomes "a meeting we don't know".
  // "A year later" pins a meeting only to another one the text named: not enough to say a meeting
  // we do not know took place ("prepared the ground for the summit a month later" is a known one or nothing).
  const relativeOnly = f.times.length > 0 && f.times.every((t) => !!t.afterPrev);
  const pinned = usePlaces.length > 0 || !!f.unknownPlace || (frameTimes.length > 0 && !relativeOnly) || clauseTimes.length > 0 || sinceDay !== null;
  // "The next US president would come to Kyiv only in 1991", «приїде до Києва лише 1991 року»: a
  // history's future, told from then and dated before the page; the meeting ahead of it is long past
  // and no unknown meeting ahead of the page.
  const yearsSaid = [...f.times, ...f.clauseTimes].flatMap((t) => (t.y !== undefined ? [t.y] : [])).concat(f.sentYears);
  const pastFuture = f.tense === 'fut' && f.meet === 'visit' && f.pos === 'v' && !!pub && yearsSaid.some((y) => y < yearOfDay(pub.from) - 1);
  if (usru && (f.tense !== 'hyp' || (pinned && namedPairHypothesis(f))) && f.tense !== 'neg' && !pastFuture && (pinned || (f.kind === 'usru' && !input.plural))) {
    const where = f.unknownPlace ?? (usePlaces[0] ? display(usePlaces[0]) : null);
    const reasons = [where ? `a US–Russia meeting in ${where} the dataset does not hold` : 'a US–Russia meeting the dataset does not hold'];
    const confidence = round2((f.kind === 'usru' ? 0.7 : 0.5) + (usePlaces.length || f.unknownPlace ? 0.1 : 0) + (frameTimes.length ? 0.05 : 0));
    return out({ status: 'unknown', eventIdx: null, confidence, reasons, candidates: scored.slice(0, 5).map(toCand), score: best ? best.score : 0 });
  }
  return out(drop(scored, toCand));
}

/**
 * "Any Trump–Putin sit-down in Florida would be a mistake": a hypothetical meeting whose own phrase
 * names both sides' people, and a place or time, is a meeting talked of (a possible one), worth
 * showing as one the dataset does not hold. Without both names ("a meeting would help") it is not.
 */
export function namedPairHypothesis(f: Frame): boolean {
  if (f.tense !== 'hyp' || f.kind !== 'usru') return false;
  if (f.sides.has('us') && f.sides.has('ru') && f.persons.length >= 2) return true;
  // «Уиткофф может снова поехать в Москву», «Дмитрієв може відвідати Вашингтон», "Witkoff could
  // fly to Moscow": a trip that may be made, by one side's named people to the other side's seat
  // of government, is a visit talked of in the same way (the traveller and the host side are both
  // in the phrase).
  return f.meet === 'visit' && f.pos === 'v' && f.persons.length >= 1 && toOtherSeat(f.sides, f.places);
}

const NO_REASONS: string[] = [];

/** A held meeting of the year before publication, over by then, that the mention neither dates nor names outright (see `ahead` in resolveFrame). */
function heldBefore(info: EventInfo, x: Scored, pub: DayRange): boolean {
  if (x.timeMatch || x.uniqueAlias || x.aliasOfFocus || info.ev.status !== 'held') return false;
  const r = info.range;
  return !!r && r.to < pub.from && pub.from - r.to <= 366;
}

/** Who led each side of an event: its first US and its first Russian participant, as the dataset lists them. */
const headsByEvent = new WeakMap<EventInfo, { us: string | null; ru: string | null }>();
function headsOf(info: EventInfo): { us: string | null; ru: string | null } {
  let h = headsByEvent.get(info);
  if (!h) {
    h = { us: null, ru: null };
    for (const [p, side] of info.people) {
      if (side === 'us' && h.us === null) h.us = p;
      else if (side === 'ru' && h.ru === null) h.ru = p;
    }
    headsByEvent.set(info, h);
  }
  return h;
}

/**
 * The people named include someone who took part in the event but did not lead their side, and
 * not the one who did: an envoy or a minister named without the president they came with.
 */
function namesSuite(info: EventInfo, persons: readonly string[]): boolean {
  const heads = headsOf(info);
  for (const p of persons) {
    const side = info.people.get(p);
    if (side !== 'us' && side !== 'ru') continue;
    const head = heads[side];
    if (head !== null && head !== p && !persons.includes(head)) return true;
  }
  return false;
}

/** Meetings of one kind with someone of each side in common ("the last time Trump and Putin held a summit"). */
function samePair(x: EventInfo, y: EventInfo): boolean {
  if (x.ev.kind !== y.ev.kind) return false;
  let us = false;
  let ru = false;
  for (const [p, side] of x.people) {
    if (y.people.get(p) !== side) continue;
    if (side === 'us') us = true;
    else if (side === 'ru') ru = true;
  }
  return us && ru;
}

/** Below the confidence a title's meeting needs to be the page's lead (state.ts LEAD_CONF). */
const TITLE_STALE_CONF = 0.5;

/** How long after the meetings an undated page dates its news may come. */
const PAGE_NEWS_DAYS = 60;

/** Confidence a mention needs before it places an undated page in time. */
const PAGE_TIME_CONF = 0.6;

/**
 * The last day of the newest meeting an undated page tells as done (a held meeting in the past
 * tense or with its date, or a summit it says was called off), among its confident mentions; null if none.
 */
interface PageTime {
  /** How many of the page's meetings were read into it. */
  read: number;
  doneBy: number | null;
  aheadOf: number | null;
}
const pageTimes = new WeakMap<DocumentState, PageTime>();

/**
 * An undated page's own time from its confident mentions: `doneBy`, the last day of the newest
 * meeting it tells as done (a held meeting in the past tense or with its own date, or a summit it
 * says was called off); `aheadOf`, the first day of the earliest held meeting it looks ahead to.
 * Kept per page and read on as the page names more meetings.
 */
function pageTime(lex: Lexicon, st: DocumentState): PageTime {
  let t = pageTimes.get(st);
  // A second reading forgot the meetings found after its start: read them again.
  if (!t || t.read > st.meetings.length) pageTimes.set(st, (t = { read: 0, doneBy: null, aheadOf: null }));
  for (; t.read < st.meetings.length; t.read++) {
    const m = st.meetings[t.read];
    if (m.eventIdx === null || !m.range || m.confidence < PAGE_TIME_CONF) continue;
    const status = lex.events[m.eventIdx].ev.status;
    // Told as done: in the past tense, or with no tense but its own date ("held on January 23").
    const done = status === 'held' && (m.tense === 'past' || (!m.tense && m.dated));
    const day = done ? m.range.to : m.tense === 'negated' && status === 'cancelled' ? m.range.from : null;
    if (day !== null && (t.doneBy === null || day > t.doneBy)) t.doneBy = day;
    if (m.tense === 'future' && status === 'held' && (t.aheadOf === null || m.range.from < t.aheadOf)) t.aheadOf = m.range.from;
  }
  return t;
}

/**
 * The last day of the newest meeting an undated page reports as done with a date of its own (a
 * held meeting, told in the past tense or with no tense, whose own day or month agreed), among its
 * confident mentions; null if none. Unlike the page time above, it does not lean on what was
 * guessed from recency, so it can place the page before its headline is read again.
 */
export function datedDoneBy(lex: Lexicon, st: DocumentState): { day: number; eventIdx: number } | null {
  let out: { day: number; eventIdx: number } | null = null;
  for (const m of st.meetings) {
    if (m.eventIdx === null || !m.range || !m.dated || m.confidence < PAGE_TIME_CONF) continue;
    if (lex.events[m.eventIdx].ev.status !== 'held' || (m.tense && m.tense !== 'past')) continue;
    if (out === null || m.range.to > out.day) out = { day: m.range.to, eventIdx: m.eventIdx };
  }
  return out;
}

/**
 * Whether a second reading could change anything: a meeting found in the title or opening (from
 * the `from`-th of the page's meetings on), with no date of its own, lies outside the weeks from the
 * dated meeting on, where the opening's news would be.
 */
export function openingOutsideNews(lex: Lexicon, st: DocumentState, from: number, dated: { day: number }): boolean {
  for (let i = from; i < st.meetings.length; i++) {
    const m = st.meetings[i];
    if (m.eventIdx === null || m.dated || !m.range || m.at >= LEAD_CHARS) continue;
    if (m.range.to < dated.day || m.range.from - dated.day > PAGE_NEWS_DAYS) return true;
  }
  return false;
}

/**
 * Among the candidates, the first meeting to begin after `day` (with `from`: to go on until at
 * least that day, so the meeting that ended then counts too) that the mention could mean: at a
 * place it names, or (naming none) with someone it names, and a call only for a call; -1 if none.
 */
function nextAfter(lex: Lexicon, cand: Candidates, day: number, places: string[], persons: string[], call: boolean, from = false): number {
  let best = -1;
  for (const i of cand.list) {
    const e = lex.events[i];
    if (!e.range || (from ? e.range.to < day : e.range.from <= day) || e.related || (e.ev.kind === 'call') !== call) continue;
    if (fitsMention(e, places, persons) && (best < 0 || e.range.from < lex.events[best].range!.from)) best = i;
  }
  return best;
}

/** Could the mention mean this meeting: at a place it names, or (naming none) with someone it names. */
function fitsMention(e: EventInfo, places: string[], persons: string[]): boolean {
  return places.length ? places.some((k) => e.places.has(k)) : persons.length ? persons.some((p) => e.people.has(p)) : true;
}

/** How far back (in characters, about two sentences) the meeting the text told last is still the one it goes on about. */
const LAST_TOLD_CHARS = 400;

/** The known meeting the page named last, if it ended within LAST_TOLD_CHARS before `at` and was named with confidence; else -1. */
function lastTold(st: DocumentState, at: number | undefined): number {
  if (at === undefined) return -1;
  for (let i = st.meetings.length - 1; i >= 0; i--) {
    const m = st.meetings[i];
    if (m.at > at) continue;
    if (at - m.at > LAST_TOLD_CHARS) return -1;
    if (m.status === 'known' && m.eventIdx !== null && m.confidence >= PAGE_TIME_CONF) return m.eventIdx;
  }
  return -1;
}

/** How many days from a meeting the page places surely another counts as held in the page's own days. */
const PAGE_DAYS_NEAR = 10;
/** How far apart a page's surely dated meetings may lie for it to have days of its own (a news page's weeks). */
const PAGE_DAYS_SPAN = 60;
const NO_DAYS: readonly DayRange[] = [];
const pageDaysMemo = new WeakMap<DocumentState, { read: number; days: DayRange[]; from: number; to: number }>();

/**
 * The days of the meetings a page places surely in time: those named with confidence whose own
 * date agreed ("met on January 22"), when dated to the day. Not its lead as such, which may be an
 * undated mention placed by recency alone. Only while they lie within PAGE_DAYS_SPAN of each
 * other: a history page that dates meetings of many years has no days of its own. Kept per page
 * and read on as it names more.
 */
function pageDays(lex: Lexicon, st: DocumentState): readonly DayRange[] {
  let t = pageDaysMemo.get(st);
  // A second reading forgot the meetings found after its start: read them again.
  if (!t || t.read > st.meetings.length) pageDaysMemo.set(st, (t = { read: 0, days: [], from: Infinity, to: -Infinity }));
  for (; t.read < st.meetings.length; t.read++) {
    const m = st.meetings[t.read];
    if (m.eventIdx === null || !m.range || !m.ownDate || m.range.precision < 3 || m.confidence < PAGE_TIME_CONF) continue;
    t.days.push(m.range);
    t.from = Math.min(t.from, m.range.from);
    t.to = Math.max(t.to, m.range.to);
  }
  return t.to - t.from <= PAGE_DAYS_SPAN ? t.days : NO_DAYS;
}

/**
 * Whether an event was held in the page's own days: within PAGE_DAYS_NEAR of one of them (future
 * text: from one of them on, as what the page looks ahead to does not lie before what it tells).
 */
function pageDaysNear(er: DayRange | null | undefined, days: readonly DayRange[], future: boolean): boolean {
  if (!er) return false;
  for (const d of days) {
    if (future ? er.to >= d.from && er.from - d.to <= PAGE_DAYS_NEAR : rangeGap(er, d) <= PAGE_DAYS_NEAR) return true;
  }
  return false;
}

/** A frame with no time of its own, no count and no "previous": one the page's own days may date. */
function untimedFrame(f: Frame): boolean {
  // (A weekday alone, on a page with no date, says nothing of which week: "began late on Thursday".)
  return f.times.every(weekdayOnly) && f.clauseTimes.every(weekdayOnly) && !f.sentYears.length && !f.sinceYears.length && !f.ords.length && !f.previous;
}

const weekdayOnly = (t: TimeAtom): boolean => t.rel?.weekday !== undefined && t.y === undefined && t.m === undefined;

/** How many days from an undated page's lead meeting another meeting counts as of the same news. */
const LEAD_NEAR_DAYS = 7;

/** The days of the page's first lead meeting, if it is dated to the day. */
function leadRange(lex: Lexicon, st: DocumentState): DayRange | null {
  const first = st.lead.values().next();
  if (first.done) return null;
  const r = lex.events[first.value].range;
  return r && r.precision >= 3 ? r : null;
}

/** The last day of the page's first lead meeting, if it is dated to the day. */
function leadEnd(lex: Lexicon, st: DocumentState): number | null {
  const first = st.lead.values().next();
  if (first.done) return null;
  const r = lex.events[first.value].range;
  return r && r.precision >= 3 ? r.to : null;
}

/**
 * For "the previous meeting", "the last round": among the candidates, the event just before the
 * meeting the page is about (its first lead, else the one it named most), in the same series, at the
 * same city, or of the same kind between the same people. Empty when the page has no meeting of its own yet.
 */
function previousOfPage(lex: Lexicon, st: DocumentState, cand: Candidates): { own: Set<number>; before: Set<number> } {
  const out = new Set<number>();
  // The page's own meeting: the first of its lead (a later lead may be this very earlier one),
  // or else the one it has named most.
  let top = -1;
  for (const [i, n] of st.focus) if (top < 0 || n > st.focus.get(top)!) top = i;
  const first = st.lead.values().next();
  const own = new Set<number>(!first.done ? [first.value] : top >= 0 ? [top] : []);
  for (const o of own) {
    const oi = lex.events[o];
    if (!oi.range) continue;
    const cities = [...oi.places].filter(([, lv]) => lv === 'city').map(([k]) => k);
    let best = -1;
    for (const c of cand.list) {
      const ci = lex.events[c];
      if (c === o || own.has(c) || !ci.range || ci.range.to >= oi.range.from || ci.related !== oi.related) continue;
      const series = !!oi.ev.seriesId && ci.ev.seriesId === oi.ev.seriesId;
      if (!series && !cities.some((k) => ci.places.get(k) === 'city') && !samePair(oi, ci)) continue;
      if (best < 0 || ci.range.from > lex.events[best].range!.from) best = c;
    }
    if (best >= 0) out.add(best);
  }
  return { own, before: out };
}

/** The people a page names most (at least twice; see below for a side named only once), by side: whom its short references are about. */
function mainPeople(lex: Lexicon, st: DocumentState): { us: string[]; ru: string[] } {
  const out = { us: [] as string[], ru: [] as string[] };
  const once = { us: [] as string[], ru: [] as string[] };
  let thirdMain = false;
  // (forEach, not for…of over entries: asked once per frame, and entries would allocate a pair each.)
  st.people.forEach((n, key) => {
    const side = lex.personSide.get(key);
    if (side === 'us' || side === 'ru') (n < 2 ? once : out)[side].push(key);
    else if (n >= 2) thirdMain = true;
  });
  // A page that names a side's few people once each ("on the Russian side Lavrov and Ushakov, on
  // the American side Rubio, Waltz and Witkoff", or Witkoff throughout and Putin once): those are
  // its people too. Not when someone of a third side is named again and again (a page about
  // Witkoff's talks with Ukrainians that names Putin in passing): that page's meeting is theirs.
  if (!thirdMain) for (const side of ['us', 'ru'] as const) if (!out[side].length && once[side].length <= MAIN_ONCE) out[side] = once[side];
  return out;
}

/** At most this many people of a side named once each stand for the page's people (see mainPeople). */
const MAIN_ONCE = 3;

/**
 * The one non-related event at a city key (of one kind, if given: "the summit in Reykjavik" where
 * ministers met too), or -1 when there are none or several.
 */
export function onlyMeetingAt(lex: Lexicon, key: string, kind?: MatcherEvent['kind']): number {
  // Asked for every candidate of every frame at a place: computed once per lexicon, city and kind.
  const memo = memoOf(kind ? onlyAtKindMemo : onlyAtMemo, lex);
  const k = kind ? `${key}\u0000${kind}` : key;
  let v = memo.get(k);
  if (v === undefined) memo.set(k, (v = onlyMeetingAtUncached(lex, key, kind)));
  return v;
}
const onlyAtMemo: LexiconMemo<number> = new WeakMap();
const onlyAtKindMemo: LexiconMemo<number> = new WeakMap();

/**
 * Answers that depend only on the dataset, kept per lexicon (a page has one; tests make several).
 * Callers look up and fill the map themselves: these run per candidate, and a compute callback
 * would allocate a closure on every call, hit or miss.
 */
type LexiconMemo<V> = WeakMap<Lexicon, Map<string, V>>;
function memoOf<V>(store: LexiconMemo<V>, lex: Lexicon): Map<string, V> {
  let memo = store.get(lex);
  if (!memo) store.set(lex, (memo = new Map()));
  return memo;
}

function onlyMeetingAtUncached(lex: Lexicon, key: string, kind?: MatcherEvent['kind']): number {
  let only = -1;
  for (const i of lex.eventsByPlace.get(key) ?? []) {
    if (lex.events[i].related || (kind && lex.events[i].ev.kind !== kind)) continue;
    if (only >= 0) return -1;
    only = i;
  }
  return only;
}

/** The day the Soviet Union ended: events from then on had Russia, not the USSR, at the table. */
const SOVIET_END = '1991-12-26';

/** Years before the dataset's newest event after which a pair of people counts as done meeting. */
const SETTLED_YEARS = 5;
const lastDayOf = new WeakMap<Lexicon, number>();
/** The last day of the dataset's newest event. */
function lastDay(lex: Lexicon): number {
  let last = lastDayOf.get(lex);
  if (last === undefined) {
    last = 0;
    for (const e of lex.events) if (e.range && e.range.to > last) last = e.range.to;
    lastDayOf.set(lex, last);
  }
  return last;
}

/** How far before a person's first meeting in the dataset and after their last one still counts as their time. */
const ERA_SLACK_DAYS = 10 * 365;
const erasOf: LexiconMemo<DayRange | null> = new WeakMap();
/**
 * The span of a US or Russian person's meetings in the dataset, widened by ERA_SLACK_DAYS: the years
 * in which a sentence naming them can be about a meeting at all. null for someone with no meeting.
 */
function eraOf(lex: Lexicon, key: string): DayRange | null {
  const memo = memoOf(erasOf, lex);
  let era = memo.get(key);
  if (era === undefined) memo.set(key, (era = eraOfUncached(lex, key)));
  return era;
}

function eraOfUncached(lex: Lexicon, key: string): DayRange | null {
  let r: DayRange | null = null;
  for (const i of lex.eventsByPerson.get(key) ?? []) {
    const e = lex.events[i].range;
    if (!e) continue;
    r = r ? { from: Math.min(r.from, e.from), to: Math.max(r.to, e.to), precision: 1 } : { from: e.from, to: e.to, precision: 1 };
  }
  return r && { from: r.from - ERA_SLACK_DAYS, to: r.to + ERA_SLACK_DAYS, precision: 1 };
}

/** Whether the people include someone of each side. */
function bothSides(lex: Lexicon, persons: string[]): boolean {
  const sides = new Set(persons.map((p) => lex.personSide.get(p)));
  return sides.has('us') && sides.has('ru');
}

/**
 * The one event with all of these people, where they include both sides and that event is over
 * SETTLED_YEARS before the newest in the dataset; otherwise -1.
 */
function onlyMeetingOf(lex: Lexicon, persons: string[]): number {
  if (persons.length < 2) return -1;
  // Asked for every candidate a named person attended: computed once per lexicon and list of people.
  const memo = memoOf(onlyOfMemo, lex);
  const key = persons.join('\u0000');
  let v = memo.get(key);
  if (v === undefined) memo.set(key, (v = onlyMeetingOfUncached(lex, persons)));
  return v;
}
const onlyOfMemo: LexiconMemo<number> = new WeakMap();

function onlyMeetingOfUncached(lex: Lexicon, persons: string[]): number {
  if (persons.length < 2 || !bothSides(lex, persons)) return -1;
  let only = -1;
  for (const i of lex.eventsByPerson.get(persons[0]) ?? []) {
    const e = lex.events[i];
    if (e.related || !persons.every((p) => e.people.has(p))) continue;
    if (only >= 0) return -1;
    only = i;
  }
  const r = only >= 0 ? lex.events[only].range : null;
  return r && r.to < lastDay(lex) - SETTLED_YEARS * 365 ? only : -1;
}

/**
 * "Their first summit", "the second meeting of Reagan and Gorbachev": the n-th meeting, in date
 * order, with all of these people (of both sides), when the last of them is long over as for
 * onlyMeetingOf: of people still meeting, "the first" is as often "the first since …". Calls only
 * after a call word, summits only after a summit word. -1 when it does not apply.
 */
function nthMeetingOf(lex: Lexicon, persons: string[], n: number, meet: Frame['meet']): number {
  // (n is FINAL_ORD, -1, for "their final meeting": the last of them.)
  if (persons.length < 2 || (n < 1 && n !== -1) || !bothSides(lex, persons)) return -1;
  const list: number[] = [];
  let lastTo = 0;
  for (const i of lex.eventsByPerson.get(persons[0]) ?? []) {
    const e = lex.events[i];
    if (e.related || !e.range || !persons.every((p) => e.people.has(p))) continue;
    lastTo = Math.max(lastTo, e.range.to);
    if ((meet === 'call') !== (e.ev.kind === 'call')) continue;
    if (meet === 'summit' && e.ev.kind !== 'summit' && e.ev.kind !== 'sideline') continue;
    list.push(i);
  }
  if (!list.length || list.length < n || lastTo >= lastDay(lex) - SETTLED_YEARS * 365) return -1;
  list.sort((x, y) => lex.events[x].range!.from - lex.events[y].range!.from);
  return n === -1 ? list[list.length - 1] : list[n - 1];
}

/** The first day of the month a frame's "since February" bounds it by, or null (read as a past month: the last February up to the page). */
function sinceMonthDay(f: Frame, st: DocumentState): number | null {
  if (!f.sinceMonths?.length) return null;
  let day: number | null = null;
  for (const a of f.sinceMonths) {
    const r = resolveAtom(a, st, false);
    if (r && (day === null || r.from < day)) day = r.from;
  }
  return day;
}

/**
 * "Witkoff's third trip to Russia", "Kushner's second visit to Moscow": the n-th meeting, in date
 * order, that every US or Russian person named (all of one side: the travellers) attended at the
 * place named (from `fromDay` on, for "since February"); not calls, not related events. -1 when
 * it does not apply. A pair of both sides is counted by nthMeetingOf instead.
 */
function nthTripOf(lex: Lexicon, persons: readonly string[], n: number, places: readonly string[], fromDay: number | null, within: readonly DayRange[]): number {
  const travellers = persons.filter((p) => lex.personSide.get(p) === 'us' || lex.personSide.get(p) === 'ru');
  if (n < 1 || !travellers.length || new Set(travellers.map((p) => lex.personSide.get(p))).size !== 1) return -1;
  const list: number[] = [];
  for (const i of lex.eventsByPerson.get(travellers[0]) ?? []) {
    const e = lex.events[i];
    if (e.related || !e.range || e.ev.status !== 'held' || e.ev.kind === 'call' || !allIn(e.people, travellers)) continue;
    if (places.length && !anyIn(e.places, places)) continue;
    if (fromDay !== null && e.range.to < fromDay) continue;
    if (within.length && !within.some((r) => rangeGap(r, e.range!) === 0)) continue;
    list.push(i);
  }
  if (list.length < n) return -1;
  list.sort((x, y) => lex.events[x].range!.from - lex.events[y].range!.from);
  return list[n - 1];
}

/** How many of a frame's best candidates resolution reads: the winner and the five after it. */
const KEEP_SCORED = 6;

/**
 * The page's lead (PM_LEAD), focus (PM_FOCUS) and the score of its context words (PM_CUE, `cue`)
 * by event, as the state holds them while one frame is resolved. scoreEvent reads them for every
 * candidate, where a Map or Set lookup each cost more than the rest of its scoring. One set of
 * arrays serves every frame: an event's entries count only where `stamp` holds this frame's `gen`.
 */
interface PageMarks {
  gen: number;
  stamp: Int32Array;
  flags: Uint8Array;
  cue: Float64Array;
}
const PM_LEAD = 1;
const PM_FOCUS = 2;
const PM_CUE = 4;
const PAGE_MARKS: PageMarks = { gen: 0, stamp: new Int32Array(0), flags: new Uint8Array(0), cue: new Float64Array(0) };
function pageMarks(events: number, st: DocumentState): PageMarks {
  const pm = PAGE_MARKS;
  if (pm.stamp.length < events || pm.gen >= 0x7ffffff0) {
    const n = Math.max(events, pm.stamp.length);
    pm.stamp = new Int32Array(n);
    pm.flags = new Uint8Array(n);
    pm.cue = new Float64Array(n);
    pm.gen = 0;
  }
  const gen = ++pm.gen;
  const { stamp, flags, cue } = pm;
  const mark = (i: number, bit: number): void => {
    if (stamp[i] !== gen) {
      stamp[i] = gen;
      flags[i] = 0;
    }
    flags[i] |= bit;
  };
  for (const i of st.lead) mark(i, PM_LEAD);
  for (const i of st.focus.keys()) mark(i, PM_FOCUS);
  st.cues.forEach((set, i) => {
    mark(i, PM_CUE);
    cue[i] = Math.min(W.cueInDocument * set.size, W.cueInDocumentCap);
  });
  return pm;
}

/**
 * Puts `x` into `top` (best first, at most `k` long) where a full sort by score, then by event
 * index, would put it; the index breaks ties, so the order is the same whatever order candidates come in.
 */
function keepBest(top: Scored[], x: Scored, k: number): void {
  if (top.length === k && !ahead(x, top[k - 1])) return;
  let i = top.length < k ? top.length : k - 1;
  for (; i > 0 && ahead(x, top[i - 1]); i--) top[i] = top[i - 1];
  top[i] = x;
}
const ahead = (a: Scored, b: Scored): boolean => a.score > b.score || (a.score === b.score && a.idx < b.idx);

/** Whether an event of that score and index would enter the best kept so far (as keepBest would put it). */
function entersTop(top: Scored[], score: number, idx: number): boolean {
  if (top.length < KEEP_SCORED) return true;
  const last = top[KEEP_SCORED - 1];
  return score > last.score || (score === last.score && idx < last.idx);
}

function drop(scored: Scored[], toCand: (x: Scored) => Candidate): Resolution {
  return { status: null, eventIdx: null, confidence: 0, reasons: [], candidates: scored.slice(0, 5).map(toCand), score: scored[0]?.score ?? 0 };
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
function clamp(x: number, a: number, b: number): number {
  return Math.max(a, Math.min(b, x));
}
function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
