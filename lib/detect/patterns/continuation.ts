/**
 * How a meeting word joins the frame before it ("visited Moscow for talks with Lavrov": the same
 * meeting), whether it brings a setting of its own, a fronted setting ("At Camp David in September
 * 1959,"), and a temporal preposition before it ("after their meeting").
 */
import { readTime } from '../times';
import { F_CLAUSE, F_COMMA, F_DOT } from '../tokenize';
import { flagsOf, funcOf, senseOf, tokenText, type Annotation, type Unit } from '../units';
import { isPlacePreposition } from './places';
import type { Frame } from './types';
import type { Walk } from './walk';

/**
 * Is units [from, to) nothing but a place and times opened by "in/at" («В Абу-Дабі у січні 2026
 * року», "At Camp David in September 1959,")? At least one place; only a comma before the subject.
 */
export function frontedSetting(a: Annotation, units: Unit[], from: number, to: number): boolean {
  if (to - from > 10 || !isPlacePreposition(a, units[from])) return false;
  let place = false;
  for (let j = from; j < to; j++) {
    const u = units[j];
    if (j > from && flagsOf(a, u) & (F_DOT | F_CLAUSE | F_COMMA)) return false; // (a comma before the subject is outside)
    const t = readTime(a, units, j);
    if (t && t.next > j) {
      j = t.next - 1;
      continue;
    }
    if (senseOf(u, 'place')) {
      place = true;
      continue;
    }
    const f = funcOf(u);
    if (isPlacePreposition(a, u) || f === 'and' || f === 'det' || f === 'year-word') continue;
    return false;
  }
  return place;
}

/**
 * Where the temporal preposition stands whose object is the noun phrase starting at units[first]
 * ("after their meeting", «після зустрічі», «перед переговорами»), or -1. Determiners and
 * possessives may stand between.
 */
export function adjunctAt(a: Annotation, units: Unit[], first: number): number {
  let i = first - 1;
  while (i >= 0 && (funcOf(units[i]) === 'det' || POSSESSIVES.has(tokenText(a, units[i].t0)))) i--;
  if (i < 0 || funcOf(units[i]) !== 'after') return -1;
  // "since" bounds a period; «до» may be "to" as well as "before".
  const word = tokenText(a, units[i].t0);
  return word !== 'since' && word !== 'до' ? i : -1;
}
/** Possessives as the folded token text spells them (Ukrainian є, ї read as е, и). */
const POSSESSIVES = new Set(['their', 'his', 'her', 'its', 'our', 'своей', 'их', 'его', 'ее', 'своеи', 'ихньои', 'його', 'ии']);

/** Is the meeting word at k joined to the frame ending at `last` only by "for", "to", "and", an article? */
export function isContinuation(units: Unit[], last: number, k: number): 'join' | 'and' | null {
  if (k - last > 5) return null;
  let unknown = 0;
  let joined = k === last + 1;
  let and = false;
  for (let q = last + 1; q < k; q++) {
    const f = funcOf(units[q]);
    if (f === 'for' || f === 'to' || f === 'held' || f === 'of' || f === 'at') joined = true; // "meet Lavrov at ASEAN talks in Manila"
    else if (f === 'and') {
      and = true;
      continue;
    }
    else if (f === 'det' || f === 'again' || senseOf(units[q], 'mod') || senseOf(units[q], 'ord')) continue;
    else if (!units[q].senses.length && unknown++ === 0) continue; // "for ceasefire talks"
    else return null;
  }
  return joined ? 'join' : and ? 'and' : null;
}

/** Is there an "and" between the frame ending at `last` and the meeting word at k? */
export function andBetween(units: Unit[], last: number, k: number): boolean {
  for (let q = last + 1; q < k; q++) if (funcOf(units[q]) === 'and') return true;
  return false;
}

/** Does the walk name a place or time of its own, when the frame before already had one that differs? */
export function ownSetting(before: Frame, w: Walk): boolean {
  if (!before.places.length && !before.times.length) return false;
  const newPlace = w.places.some((p) => !before.places.includes(p));
  const newTime = w.times.length > 0 && before.times.length > 0;
  return newPlace || newTime;
}
