/**
 * Sentence units and clause bounds: each sentence cut into units once per annotation, and where a
 * clause starts (a clause mark, a clause word, a comma before "and"/"say", not a serial list's
 * ", and" nor a capacity phrase "as his envoy"). Frames read their context within these bounds.
 */
import { F_CAP, F_CLAUSE, F_COMMA, F_DOT } from '../tokenize';
import { flagsOf, funcOf, senseOf, tokenText, unitsOf, type Annotation, type Unit } from '../units';
import { dashJoined } from './words';

const CLAUSE_WORDS_AFTER_COMMA = new Set(['clause', 'and', 'say']);

/** Does units[i] begin a new clause? */
function startsClause(a: Annotation, units: Unit[], i: number): boolean {
  const u = units[i];
  const f = flagsOf(a, u);
  if (f & F_CLAUSE) return !dashJoined(a, units, i);
  const fn = funcOf(u);
  if (fn === 'clause') return !capacityPhrase(a, units, i, units.length);
  if (f & F_COMMA && fn !== null && CLAUSE_WORDS_AFTER_COMMA.has(fn)) return fn !== 'and' || !serialListAnd(a, units, i);
  return false;
}

/**
 * ", and" before the last of three or more parties ("Stalin, Roosevelt, and Churchill"; "the Soviet
 * Union, the United States, and Britain"): the serial comma closes a list, it opens no clause. Two
 * parties before it, the nearer set off by a comma, and a party after it; articles and titles between.
 * "Witkoff met Putin, and Kushner flew home" has a verb, not a comma, before "Putin": still a clause.
 */
function serialListAnd(a: Annotation, units: Unit[], i: number): boolean {
  const party = (u: Unit | undefined) => !!u && !!(senseOf(u, 'person') || senseOf(u, 'side'));
  const filler = (u: Unit) => funcOf(u) === 'det' || (!!senseOf(u, 'role') && !party(u));
  let q = i + 1;
  while (q < units.length && q < i + 4 && filler(units[q])) q++;
  if (!party(units[q])) return false;
  // the item before the comma, and its start (set off by a comma of its own)
  let j = i - 1;
  if (!party(units[j])) return false;
  while (j > 0 && j > i - 4 && !(flagsOf(a, units[j]) & F_COMMA) && (filler(units[j - 1]) || party(units[j - 1]))) j--;
  if (!(flagsOf(a, units[j]) & F_COMMA) || flagsOf(a, units[j]) & (F_DOT | F_CLAUSE)) return false;
  return party(units[j - 1]);
}

/** Clause around units[i], at most CLAUSE_REACH units each way (a page without punctuation has no clauses). */
const CLAUSE_REACH = 40;

export function clauseBounds(a: Annotation, units: Unit[], i: number): [number, number] {
  let s = i;
  while (s > 0 && s > i - CLAUSE_REACH && !startsClause(a, units, s)) s--;
  let e = i + 1;
  while (e < units.length && e < i + CLAUSE_REACH && !startsClause(a, units, e)) e++;
  return [s, e];
}

/** Units of a sentence, cut once per annotation (frames, alias frames and back-references share them). */
export function sentenceUnits(a: Annotation, sentence: number): Unit[] {
  let u = a.unitCache.get(sentence);
  if (!u) {
    u = unitsOf(a, a.sentStart[sentence], a.sentStart[sentence + 1]);
    a.unitCache.set(sentence, u);
  }
  return u;
}

/** "as", «как», «як» (Ukrainian і folded: «як» stays «як»). */
const AS_WORDS = new Set(['as', 'как', 'як']);

/**
 * At units[j]: the capacity the two met in, "as" and a role ("met as presidents for the first
 * time", «встретились как лидеры двух сверхдержав в Мадриде», «зустрілися як президенти»). It
 * neither opens a clause («как» is a clause word) nor ends the meeting's complements: what follows
 * it (the place, the time) is still the meeting's. How many units it takes, or 0. Only words no list
 * knows, sides, numbers and "of"/"and" may follow the role (the two superpowers, США і Росії).
 */
export function capacityPhrase(a: Annotation, units: Unit[], j: number, end: number): number {
  const u = units[j];
  if (!u || u.t1 - u.t0 !== 1 || !AS_WORDS.has(tokenText(a, u.t0))) return 0;
  let q = j + 1;
  while (q < end && q < j + 3 && (funcOf(units[q]) === 'det' || senseOf(units[q], 'mod') || senseOf(units[q], 'ord') || senseOf(units[q], 'side'))) q++;
  if (q >= end || !senseOf(units[q], 'role') || flagsOf(a, units[q]) & (F_COMMA | F_DOT | F_CLAUSE)) return 0;
  q++;
  for (let tail = 0; q < end && tail < 3; q++, tail++) {
    const v = units[q];
    if (flagsOf(a, v) & (F_COMMA | F_DOT | F_CLAUSE)) break;
    const fn = funcOf(v);
    const plain = !v.senses.length && !(flagsOf(a, v) & F_CAP);
    if (!(plain || senseOf(v, 'side') || senseOf(v, 'num') || fn === 'of' || fn === 'and' || fn === 'det')) break;
  }
  return q - j;
}
