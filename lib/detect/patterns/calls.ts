/**
 * Telephone calls: the phone said after a verb of discussing ("discussed Ukraine by phone",
 * «обсудили по телефону»), a call with its day ("Monday's call"), a light verb before a call noun
 * ("held a call"). framesOfSentence asks these when it weighs a call or a verb of discussing.
 */
import { readTime } from '../times';
import { F_CLAUSE, F_COMMA, F_DOT } from '../tokenize';
import { flagsOf, senseOf, tokenText, type Annotation, type Unit } from '../units';
import { LIGHT_VERBS } from './words';

/** Words that say a conversation was on the telephone ("by phone", «по телефону», «телефоном»). */
const PHONE_WORDS = new Set(['phone', 'telephone', 'телефону', 'телефоном', 'телефонному']);

export function phoneAfter(a: Annotation, units: Unit[], from: number, to: number): boolean {
  for (let i = from; i <= to && i < units.length; i++) {
    for (let t = units[i].t0; t < units[i].t1; t++) if (PHONE_WORDS.has(tokenText(a, t))) return true;
  }
  return false;
}

/**
 * "discussed Ukraine by phone", «обсудили по телефону», «обговорили телефоном»: the phone said within
 * a few words after a verb of discussing, in its clause, makes the discussion a call. A meeting noun
 * first ends the search: "discussed the summit", and "discuss Ukraine in phone call", whose call
 * noun is read as it was (a headline's call the dataset does not hold stays one we don't know).
 */
export function phoneAdverbAfter(a: Annotation, units: Unit[], k: number, end: number): boolean {
  for (let i = k + 1; i < end && i <= k + 5; i++) {
    const u = units[i];
    if (flagsOf(a, u) & (F_COMMA | F_DOT | F_CLAUSE) || senseOf(u, 'meet')) return false;
    for (let t = u.t0; t < u.t1; t++) if (PHONE_WORDS.has(tokenText(a, t))) return true;
  }
  return false;
}

/** "held a call", "had an hour-long call": a light verb within three words before unit k. */
/** "Monday's call", "yesterday's call", "a call on Thursday", "the call last week": a call with its day. */
export function timedCall(a: Annotation, units: Unit[], k: number): boolean {
  const before = units[k - 1];
  if (before && senseOf(before, 'rel') && !(flagsOf(a, units[k]) & (F_COMMA | F_DOT | F_CLAUSE))) return true;
  const after = units[k + 1];
  return !!after && !(flagsOf(a, after) & (F_COMMA | F_DOT | F_CLAUSE)) && !!readTime(a, units, k + 1);
}

export function heldBefore(a: Annotation, units: Unit[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const w = tokenText(a, units[j].t0);
    if (LIGHT_VERBS.has(w) || w === 'has' || w === 'have') return true;
    if (flagsOf(a, units[j + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) return false;
  }
  return false;
}
