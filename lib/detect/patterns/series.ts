/**
 * Where a meeting stands in a series: "the previous meeting", "the last round", "the final
 * summit", "the last time they met", "again". Read before the meeting word; the frame's ords,
 * previous and again come from here.
 */
import { F_CLAUSE, F_COMMA, F_DOT } from '../tokenize';
import { flagsOf, funcOf, senseOf, tokenText, type Annotation, type Unit } from '../units';

/** Words before a meeting noun that point back past the page's own meeting. */
const PREVIOUS = new Set(['previous', 'prior', 'preceding', 'earlier', 'last', 'past']);
/**
 * The same in Russian and Ukrainian, any case (normalised): «предыдущий саммит», «прошлая
 * встреча», «прежние переговоры», «попередній раунд», «минулі переговори». The adjective's
 * endings only: «прошли переговоры» is "the talks took place".
 */
const PREVIOUS_CYR = /^(предидущ|прежн|попередн|прошл(ий|ая|ое|ие|ого|ой|ом|ому|ую|их|им|ими)$|минул(ий|а|е|и|ого|ои|ому|у|их|им|ими)$)/;

/** Words for "latest" beside PREVIOUS: "their final summit", "the most recent meeting", «последняя», «остання». */
const LATEST = new Set(['final', 'latest', 'recent', 'most']);
const LATEST_CYR = /^(последн|крайн|останн)/;

/** A word for "last", "previous" or "latest" that walkLeft steps over ("Trump and Putin's last encounter"). */
export function lastWord(w: string): boolean {
  return PREVIOUS.has(w) || LATEST.has(w) || PREVIOUS_CYR.test(w) || LATEST_CYR.test(w);
}

/**
 * "The previous meeting in Abu Dhabi", "the last round of talks", "earlier talks": a word of this
 * kind among the article and modifiers right before the meeting noun ("last week's talks" is a
 * time, read as one unit, not this).
 */
export function previousBefore(a: Annotation, units: Unit[], k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - 3); i--) {
    const u = units[i];
    if (u.t1 - u.t0 === 1 && (PREVIOUS.has(tokenText(a, u.t0)) || PREVIOUS_CYR.test(tokenText(a, u.t0)))) return true;
    if (flagsOf(a, units[i + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) return false;
    if (!(senseOf(u, 'mod') || senseOf(u, 'ord') || funcOf(u) === 'det' || senseOf(u, 'side'))) return false;
  }
  return false;
}

/** The ordinal of the last meeting of a series of the same people ("their final summit"). */
export const FINAL_ORD = -1;

/**
 * "Their final meeting", "the final summit", and after a copula "was the last meeting", "would be
 * their last summit": right before the meeting noun (over modifiers and a side), the last of the
 * people's meetings. A bare "the last meeting" more often means the one before this one.
 */
export function finalBefore(a: Annotation, units: Unit[], k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - 3); i--) {
    const u = units[i];
    const w = u.t1 - u.t0 === 1 ? tokenText(a, u.t0) : '';
    if (w === 'final') return true;
    if (w === 'last') {
      const d = units[i - 1];
      const c = units[i - 2];
      return !!d && !!c && funcOf(d) === 'det' && funcOf(c) === 'copula' && !(flagsOf(a, d) & (F_COMMA | F_DOT | F_CLAUSE)) && !(flagsOf(a, u) & (F_COMMA | F_DOT | F_CLAUSE));
    }
    if (flagsOf(a, units[i + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) return false;
    if (!(senseOf(u, 'mod') || funcOf(u) === 'det' || senseOf(u, 'side'))) return false;
  }
  return false;
}

/** "The last time Trump and Putin held a summit", "the previous time they met": right before the subject. */
export function lastTimeBefore(a: Annotation, units: Unit[], first: number): boolean {
  const u = units[first - 1];
  const v = units[first - 2];
  if (!u || !v || u.t1 - u.t0 !== 1 || v.t1 - v.t0 !== 1 || tokenText(a, u.t0) !== 'time') return false;
  return PREVIOUS.has(tokenText(a, v.t0)) && !(flagsOf(a, u) & (F_COMMA | F_DOT | F_CLAUSE)) && !(flagsOf(a, units[first]) & (F_COMMA | F_DOT | F_CLAUSE));
}

export function hasAgainNear(units: Unit[], k: number): boolean {
  for (let i = Math.max(0, k - 3); i < Math.min(units.length, k + 4); i++) if (funcOf(units[i]) === 'again') return true;
  return false;
}
