/**
 * Years and since-phrases of a sentence: years that date a meeting apart from those that bound it
 * ("the first meeting since 2019", "since February"), and which of them belong to a frame at a
 * given place in the sentence.
 */
import type { TimeRead } from '../times';
import { F_CLAUSE, F_COMMA, F_DOT } from '../tokenize';
import { flagsOf, funcOf, isYear, numValue, senseOf, tokenText, type Annotation, type Unit } from '../units';

/** Words after which a year is a lower bound ("since 2019"), not the meeting's date. */
// Token text is normalised: Ukrainian «від», «після» are read as 'вид', 'писля'; «з 2021 року» is since 2021.
const SINCE_WORDS = new Set(['since', 'after', 'following', 'после', 'с', 'вид', 'з', 'писля']);
/** The Ukrainian and Russian "with" (and Ukrainian «від», folded 'вид') that mean "since" before a year. */
const SINCE_WITH = new Set(['с', 'з', 'со', 'вид']);

/** «по», «до» right after a time: it starts a span («с 1985 по 1987 год»), it is no "since". */
function spanAfter(a: Annotation, units: Unit[], j: number): boolean {
  const w = units[j] ? tokenText(a, units[j].t0) : '';
  return w === 'по' || w === 'до';
}

/**
 * «з 2021 року», «від 2021 року», «с июня 2021 года»: "with" or «від» before a time with a year
 * (units[j] starts it) is "since" in Ukrainian and Russian, unless «по/до» makes it a span's start
 * («с 15 по 17 августа»). A bound, not the meeting's date.
 */
export function sinceTime(a: Annotation, units: Unit[], j: number, time: TimeRead): boolean {
  return j > 0 && SINCE_WITH.has(tokenText(a, units[j - 1].t0)) && time.atoms.every((t) => t.y !== undefined) && !spanAfter(a, units, time.next);
}

/**
 * "Witkoff's third trip to Russia since February", «третья поездка с февраля»: a month (no day)
 * after "since" / «с» / «з» bounds the meetings counted, as a year there does (sinceTime).
 */
export function sinceMonthTime(a: Annotation, units: Unit[], j: number, time: TimeRead): boolean {
  if (j === 0) return false;
  const w = tokenText(a, units[j - 1].t0);
  return (SINCE_WITH.has(w) || w === 'since') && time.atoms.every((t) => t.m !== undefined && t.d === undefined && !t.season && !t.rel) && !spanAfter(a, units, time.next);
}

/**
 * Years of a sentence: those that date something, and those that only bound it ("since 2019",
 * "before 1991", "после 2022 года", «з 2021 року», «с июня 2021 года»); the bounding ones never
 * count as the meeting's year.
 */
export interface SentenceYears {
  sentYears: number[];
  sinceYears: number[];
  /**
   * "…since January 2022, when Lavrov and Blinken met in Geneva": the unit where a when-clause right
   * after a bounding time begins. The bound dates that clause's own meeting, so frames from there on
   * read those years as their time, not as a bound (see yearsAt).
   */
  whenFrom: number;
  /** Years bound only by a since-clause ("since his talks with Eisenhower in 1959"), with the unit of its "since". */
  clauseBound: { from: number; y: number }[];
}

/** Words that open a clause about the time just named. */
const WHEN_WORDS = new Set(['when', 'когда', 'коли']);

/** The years of the sentence as a frame beginning at unit `at` reads them. */
export function yearsAt(ys: SentenceYears, at: number): { sentYears: number[]; sinceYears: number[] } {
  if (at >= ys.whenFrom) return { sentYears: [...ys.sentYears, ...ys.sinceYears], sinceYears: [] };
  // A meeting inside the since-clause ("the first since Khrushchev's talks with Eisenhower in
  // 1959") is the bound itself: the clause's years date it.
  const own = ys.clauseBound.filter((b) => b.from < at).map((b) => b.y);
  if (!own.length) return { sentYears: ys.sentYears, sinceYears: ys.sinceYears };
  return { sentYears: [...ys.sentYears, ...own], sinceYears: ys.sinceYears.filter((y) => !own.includes(y)) };
}

export function yearsOfSentence(a: Annotation, units: Unit[]): SentenceYears {
  const sentYears: number[] = [];
  const sinceYears: number[] = [];
  let whenFrom = Infinity;
  const clauseBound: { from: number; y: number }[] = [];
  // "the first since his forces invaded Ukraine in 2022": a year inside a since-clause dates
  // what the meeting came after, so it bounds like "since 2022".
  let sinceClause = -1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (tokenText(a, u.t0) === 'since' && !isYear(numValue(a, units[i + 1] ?? u))) sinceClause = i;
    const v = numValue(a, u);
    if (isYear(v)) {
      // «с/з» before the year, or before its month and day: "since".
      let k = i - 1;
      if (k >= 0 && senseOf(units[k], 'month')) k--;
      if (k >= 0 && k < i - 1 && numValue(a, units[k]) !== null) k--;
      const before = i > 0 ? units[i - 1] : null;
      const nextUnit = units[i + 1] && funcOf(units[i + 1]) === 'year-word' ? i + 2 : i + 1;
      const n0 = sinceYears.length;
      if (k >= 0 && SINCE_WITH.has(tokenText(a, units[k].t0)) && !spanAfter(a, units, nextUnit)) sinceYears.push(v);
      else if (before && funcOf(before) === 'after') {
        if (SINCE_WORDS.has(tokenText(a, before.t0))) sinceYears.push(v);
      } else if (sinceClause >= 0 && i - sinceClause <= 12) {
        sinceYears.push(v);
        clauseBound.push({ from: sinceClause, y: v });
      }
      else sentYears.push(v);
      const w = units[nextUnit];
      if (sinceYears.length > n0 && w && flagsOf(a, w) & F_COMMA && WHEN_WORDS.has(tokenText(a, w.t0))) whenFrom = Math.min(whenFrom, nextUnit);
    }
    // A comma before a place or its date stays inside the clause ("since they met in Osaka, Japan, in 2019").
    const f = flagsOf(a, u);
    if (f & (F_DOT | F_CLAUSE) || (f & F_COMMA && !senseOf(u, 'place') && funcOf(u) !== 'in' && !isYear(v))) sinceClause = -1;
  }
  return { sentYears, sinceYears, whenFrom, clauseBound };
}
