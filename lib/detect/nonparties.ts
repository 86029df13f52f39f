/**
 * People who are not a government's party to a meeting, whichever country they come from: "American
 * and Russian scientists met in Vienna", "researchers from Russia, the United States and Norway met
 * in Tromsø", «российские и американские историки встретились». Such a group meeting is a
 * conference, an expedition or a match, not a US–Russia meeting, even at a summit city.
 *
 * Words are written as the normaliser leaves them (lower case; ё → е, ы → и, і/ї → и).
 */
import { normalizeString } from './normalize';
import { funcOf, senseOf, tokenText, type Annotation, type Unit } from './units';
import { F_CLAUSE, F_DOT } from './tokenize';

const PRIVATE_GROUP = new Set(
  (
    'scientists|researchers|scholars|academics|students|athletes|sportsmen|artists|musicians|writers|poets|astronauts|cosmonauts|' +
    'doctors|physicians|activists|veterans|historians|teachers|schoolchildren|pupils|engineers|clergy|priests|chess players|' +
    'climbers|explorers|filmmakers|actors|dancers|tourists|fans|archaeologists|physicists|biologists|mathematicians|economists|' +
    // Russian (учёные → ученые → учение, normalised)
    'учение|учених|исследователи|исследователей|студенти|студентов|спортсмени|спортсменов|космонавти|астронавти|ветерани|историки|' +
    'школьники|музиканти|художники|писатели|врачи|физики|археологи|экономисти|туристи|' +
    // Ukrainian
    'вчени|науковци|дослидники|дослидникив|студентив|спортсменив|школяри|музиканти|письменники|ликари|физики|экономисти'
  )
    .split('|')
    .map((w) => normalizeString(w)), // э → е as well
);

/** Is the unit one word of a private group ("scientists", «учёные», «науковці»)? */
function privateGroup(a: Annotation, u: Unit): boolean {
  return u.t1 - u.t0 === 1 && PRIVATE_GROUP.has(tokenText(a, u.t0));
}

/**
 * Is the subject of the meeting verb at units[k] a private group? Read leftwards through its clause
 * (its sides, lists and "from"), stopping at a named person or a role: "Putin met scientists" has
 * its subject in Putin, and "officials and scientists met" has officials among it.
 */
export function privateGroupSubject(a: Annotation, units: Unit[], k: number, clauseStart: number): boolean {
  for (let j = k - 1; j >= Math.max(clauseStart, k - 10); j--) {
    const u = units[j];
    if (a.scan.toks.flags[units[j + 1].t0] & (F_DOT | F_CLAUSE)) return false;
    if (senseOf(u, 'person') || senseOf(u, 'role') || senseOf(u, 'meet')) return false;
    if (privateGroup(a, u)) return !hasRoleBefore(units, j, clauseStart);
    if (funcOf(u) === 'with') return false;
  }
  return false;
}

/** "Officials and scientists": a role earlier in the same subject keeps it a party. */
function hasRoleBefore(units: Unit[], j: number, clauseStart: number): boolean {
  for (let q = j - 1; q >= Math.max(clauseStart, j - 4); q--) if (senseOf(units[q], 'role') || senseOf(units[q], 'person')) return true;
  return false;
}

/**
 * Does a meeting noun's phrase, units[from..to], name a private group as its parties ("a meeting
 * of American and Russian scholars", «встреча российских и американских учёных»)?
 */
export function privateGroupPhrase(a: Annotation, units: Unit[], from: number, to: number): boolean {
  let group = false;
  for (let j = from; j <= to && j < units.length; j++) {
    if (senseOf(units[j], 'person') || senseOf(units[j], 'role')) return false;
    if (privateGroup(a, units[j])) group = true;
  }
  return group;
}

/**
 * A body that holds meetings of its own: "the alliance's Madrid summit", "a summit of the bloc",
 * «саммит альянса». Like a named forum (NATO, the G20), its summit is the body's, not the sides'.
 */
const BODY_NOUNS = new Set(
  (
    'alliance|bloc|union|organization|organisation|council|commonwealth|league|coalition|community|club|association|' +
    'альянса|блока|союза|содружества|альянсу|блоку|союзу|спильноти'
  ).split('|'),
);

/** Is units[j] such a body, written as a possessive before the meeting word ("the alliance's summit")? */
export function bodyPossessive(a: Annotation, u: Unit, possessive: boolean): boolean {
  return possessive && u.t1 - u.t0 === 1 && !u.senses.length && BODY_NOUNS.has(tokenText(a, u.t0));
}

/** Is units[j] such a body after "of" or in the genitive right after the meeting word ("a summit of the alliance", «саммит альянса»)? */
export function bodyAfter(a: Annotation, u: Unit): boolean {
  return u.t1 - u.t0 === 1 && !u.senses.length && BODY_NOUNS.has(tokenText(a, u.t0));
}

/**
 * Does a multilateral forum follow within a few words from units[j], past articles, adjectives and
 * its own sitting ("an emergency session of the UN General Assembly", «чрезвычайную сессию
 * Генеральной Ассамблеи ООН»)? `isForum` and `skippable` are the caller's readers of a unit.
 */
export function forumAhead(a: Annotation, units: Unit[], j: number, end: number, isForum: (u: Unit) => boolean): boolean {
  for (let q = j; q < Math.min(end, j + 5); q++) {
    const u = units[q];
    if (isForum(u)) return true;
    if (a.scan.toks.flags[u.t0] & (F_DOT | F_CLAUSE)) return false;
    const skippable = !u.senses.length || funcOf(u) === 'det' || funcOf(u) === 'of' || !!senseOf(u, 'mod') || senseOf(u, 'meet')?.pos === 'n';
    if (!skippable || senseOf(u, 'person') || senseOf(u, 'place')) return false;
  }
  return false;
}
