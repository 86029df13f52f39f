/**
 * Anaphora: who a pronoun ("he", "they", «он») or a phrase like "the two men" stands for, from the
 * people named just before in this and the previous sentences (PRONOUN_REACH); relative subjects
 * ("who met …"). The walks and frames ask it to add the sides of the people meant.
 */
import { F_CAP, F_CLAUSE, F_COMMA, F_DOT } from '../tokenize';
import { flagsOf, funcOf, senseOf, tokenText, type Annotation, type Unit } from '../units';
import type { SideCode } from '../vocab';
import { sentenceUnits } from './clauses';
import { thirdPartyAt } from './sides';
import type { Antecedent } from './types';
import type { Walk } from './walk';
import { OBJECT_PRONOUN } from './words';

/** Personal pronouns that can stand for the people named just before: 1 one person, 2 several. */
// Token text is folded (Ukrainian і → и), so «він» is read as 'вин'.
export const PRONOUN_NUMBER: Record<string, 1 | 2> = { he: 1, she: 1, they: 2, он: 1, она: 1, они: 2, вин: 1, вона: 1, вони: 2 };

/**
 * Possessive pronouns that can stand before a meeting noun for the people named just before: 1 one
 * person, 2 several ("his summit with Khrushchev", «их встреча», «їхня зустріч»). Folded text: «її»
 * is 'ии', «їхня» 'ихня'. (A Map: a plain object would answer "constructor".)
 */
export const POSSESSIVE_NUMBER = new Map<string, 1 | 2>([
  ['his', 1], ['her', 1], ['their', 2],
  ['его', 1], ['ее', 1], ['их', 2],
  ['його', 1], ['ии', 1],
  // every case of Ukrainian «їхній» (folded)
  ['ихний', 2], ['ихня', 2], ['ихне', 2], ['ихни', 2], ['ихнього', 2], ['ихньои', 2], ['ихньому', 2], ['ихню', 2], ['ихним', 2], ['ихних', 2], ['ихньою', 2],
]);

/** How many sentences back a pronoun's antecedent is looked for (the paragraph's flow, not the page's). */
export const PRONOUN_REACH = 2;

/**
 * The people a pronoun or a phrase like "the Soviet leader" stands for, from the people named last
 * before units[at] in this and the previous sentences of the chunk. One person: the last one named
 * (of `side`, when the phrase names one). Several ("they", "the two men", "the two Americans"): the
 * people of the last sentence naming any (of `side`). Only US or Russian people: anyone else named
 * last (a third country's leader) stops the search, as the pronoun is then about them. Null when no
 * one fits.
 */
export function antecedents(a: Annotation, sentence: number, units: Unit[], at: number, plural: boolean, side: SideCode | null, prior: readonly (readonly Antecedent[])[], exclude: readonly string[] = []): Antecedent[] | null {
  // "He spent two days with Eisenhower": one person is not the one he met, so a name later in the
  // sentence is no antecedent of a singular subject (nor, for an object, the subject: `exclude`).
  const later: string[] = [...exclude];
  if (!plural) for (let i = at + 1; i < units.length; i++) {
    const p = senseOf(units[i], 'person');
    if (p) later.push(p.key);
  }
  const found: Antecedent[] = [];
  const take = (p: Antecedent) => {
    if ((!side || p.side === side) && !later.includes(p.key) && !found.some((f) => f.key === p.key)) found.push(p);
  };
  // "they" is several people: a sentence naming only one of them ("During Trump's first term they
  // met several times") leaves the others to the sentences before it.
  const enough = () => found.length > 0 && (!plural || found.length > 1);
  const pick = () => (!found.length || found.some((f) => f.side !== 'us' && f.side !== 'ru') ? null : found);
  let n = 0;
  for (let s = sentence; s >= 0 && n <= PRONOUN_REACH; s--, n++) {
    const us = s === sentence ? units : sentenceUnits(a, s);
    const end = s === sentence ? at : us.length;
    for (let i = end - 1; i >= 0; i--) {
      const p = senseOf(us[i], 'person');
      if (p && !p.weak) take({ key: p.key, side: p.side });
      else if (!side && thirdPartyAt(a, us, i)) found.push({ key: '', side: 'other' });
      if (!plural && found.length) break;
    }
    if (enough()) return pick();
  }
  // The paragraph before, read in an earlier chunk: its last sentences' people, latest last.
  for (let g = prior.length - 1; g >= 0 && n <= PRONOUN_REACH; g--, n++) {
    for (let i = prior[g].length - 1; i >= 0; i--) {
      take(prior[g][i]);
      if (!plural && found.length) break;
    }
    if (enough()) return pick();
  }
  return pick();
}

/** The side(s) a pronoun subject stands for (see antecedents): they join the walk's parties. */
export function pronounParties(a: Annotation, sentence: number, units: Unit[], at: number, w: Walk, into: Set<SideCode>, prior: readonly (readonly Antecedent[])[]): void {
  const found = antecedents(a, sentence, units, at, PRONOUN_NUMBER[tokenText(a, units[at].t0)] === 2, null, prior);
  for (const f of found ?? []) {
    w.sides.add(f.side);
    into.add(f.side);
    if (!w.persons.includes(f.key)) w.persons.push(f.key);
  }
}

/**
 * The people a numbered "the" subject stands for (see anaphorBefore) join the walk's parties.
 * When they are more people than its number ("the two presidents" after a sentence that named
 * the envoys as well), only their sides do: which two is not said.
 */
export function anaphorParties(a: Annotation, sentence: number, units: Unit[], an: NonNullable<Walk['anaphor']>, w: Walk, into: Set<SideCode>, prior: readonly (readonly Antecedent[])[]): void {
  const found = antecedents(a, sentence, units, an.at, an.plural, an.side, prior);
  // The mark takes in the subject once it is known who it stands for.
  if (found) w.first = Math.min(w.first, an.at);
  for (const f of found ?? []) {
    w.sides.add(f.side);
    into.add(f.side);
    if (found!.length === an.count && !w.persons.includes(f.key)) w.persons.push(f.key);
  }
}

/**
 * The side a numbered "the" subject before a verb stands for ("the two envoys" sat with Putin): its
 * own side when it names one, else that of the people named before it (not those named after the
 * verb, units[k], who are whom they met). Empty when they are of both sides or of none.
 */
export function anaphorSide(a: Annotation, sentence: number, units: Unit[], k: number, an: NonNullable<Walk['anaphor']>, prior: readonly (readonly Antecedent[])[]): Set<SideCode> {
  if (an.side) return new Set([an.side]);
  const after: string[] = [];
  for (let i = k + 1; i < units.length; i++) {
    const p = senseOf(units[i], 'person');
    if (p) after.push(p.key);
  }
  const found = antecedents(a, sentence, units, an.at, an.plural, null, prior, after);
  const sides = new Set((found ?? []).map((f) => f.side));
  return sides.size === 1 ? sides : new Set();
}

/**
 * "Bessent then held a bilateral meeting with him": the people an object pronoun after "with"
 * stands for (see antecedents), other than the frame's own subject, join the parties.
 */
export function objectParties(a: Annotation, sentence: number, units: Unit[], at: number, w: Walk, into: Set<SideCode>, prior: readonly (readonly Antecedent[])[]): void {
  const found = antecedents(a, sentence, units, at, tokenText(a, units[at].t0) === 'them', null, prior, w.persons);
  for (const f of found ?? []) {
    w.sides.add(f.side);
    into.add(f.side);
    if (!w.persons.includes(f.key)) w.persons.push(f.key);
  }
}

/**
 * "Kennedy … his two-day summit with Khrushchev": the people a possessive pronoun before a meeting
 * noun stands for (see antecedents), other than those the meeting was with, join the parties.
 */
export function possessiveParties(a: Annotation, sentence: number, units: Unit[], at: number, w: Walk, into: Set<SideCode>, prior: readonly (readonly Antecedent[])[]): void {
  const found = antecedents(a, sentence, units, at, POSSESSIVE_NUMBER.get(tokenText(a, units[at].t0)) === 2, null, prior, w.persons);
  for (const f of found ?? []) {
    w.sides.add(f.side);
    into.add(f.side);
    if (!w.persons.includes(f.key)) w.persons.push(f.key);
  }
}

/**
 * "After their talks, Ford and Brezhnev signed a communique": a plural possessive in a phrase opening
 * the sentence stands for the subject named right after the phrase's comma, when that subject names
 * people of both sides (and no one else); they join the walk's parties.
 */
export function frontedPossessiveParties(a: Annotation, units: Unit[], at: number, w: Walk, into: Set<SideCode>): void {
  if (POSSESSIVE_NUMBER.get(tokenText(a, units[at].t0)) !== 2 || w.first > 2) return;
  // The comma closing the opening phrase, a few words after the frame at most.
  let c = w.last + 1;
  for (; c < units.length && c <= w.last + 4; c++) {
    const f = flagsOf(a, units[c]);
    if (f & (F_DOT | F_CLAUSE)) return;
    if (f & F_COMMA) break;
  }
  if (c >= units.length || !(flagsOf(a, units[c]) & F_COMMA)) return;
  const persons: string[] = [];
  const sides = new Set<SideCode>();
  for (let j = c; j < units.length && j < c + 12; j++) {
    const u = units[j];
    if (j > c && flagsOf(a, u) & (F_DOT | F_CLAUSE)) break;
    const per = senseOf(u, 'person');
    if (per) {
      // (A surname that is also a word, "Ford", "Baker", names the person after a title: "President Ford".)
      if (per.weak && !(j > c && senseOf(units[j - 1], 'role'))) return;
      if (!persons.includes(per.key)) persons.push(per.key);
      sides.add(per.side);
      continue;
    }
    if (funcOf(u) === 'and' || senseOf(u, 'role') || senseOf(u, 'side')?.adj) continue;
    // The words of a title the vocabulary does not hold ("General Secretary", "Leonid I.").
    if (!u.senses.length && flagsOf(a, u) & F_CAP && !funcOf(u)) continue;
    break;
  }
  if (!sides.has('us') || !sides.has('ru') || sides.size !== 2) return;
  for (const p of persons) if (!w.persons.includes(p)) w.persons.push(p);
  for (const sd of sides) {
    w.sides.add(sd);
    into.add(sd);
  }
  // The mark takes in the pronoun: "their bilateral talks".
  w.first = Math.min(w.first, at);
}

export const NO_PRIOR: readonly Antecedent[][] = [];

/** Nouns for people that a numbered phrase may end in: "the two men". */
const PEOPLE_NOUNS = new Set(['men', 'women']);

/**
 * A subject standing for people named before, at units[s0]: a personal pronoun ("He spent two days
 * with Eisenhower at Camp David", "They spent five hours in the Kremlin"), or "the" with a side
 * and a role ("the Soviet leader", "the US envoys"), a number and a role or a side ("the two
 * leaders", "the two Americans", "the two men"). A role alone ("the president") may be anyone's and
 * is not read. Where the subject ends, whether it is several people, and the side it names.
 */
export function anaphoricSubject(a: Annotation, units: Unit[], s0: number): { end: number; plural: boolean; side: SideCode | null; count: number } | null {
  const u = units[s0];
  if (!u) return null;
  const pn = PRONOUN_NUMBER[tokenText(a, u.t0)];
  if (pn) return { end: s0 + 1, plural: pn === 2, side: null, count: 0 };
  if (funcOf(u) !== 'det' || tokenText(a, u.t0) !== 'the') return null;
  let i = s0 + 1;
  let count = 0;
  const n = units[i] && !(flagsOf(a, units[i]) & F_CAP) ? senseOf(units[i], 'num') : undefined;
  if (n && n.n >= 2 && n.n <= 4) {
    count = n.n;
    i++;
  }
  let side: SideCode | null = null;
  const sd = units[i] && senseOf(units[i], 'side');
  if (sd && !senseOf(units[i], 'person') && (sd.side === 'us' || sd.side === 'ru')) {
    side = sd.side;
    i++;
  }
  const head = units[i];
  let plural = count >= 2;
  if (head && senseOf(head, 'role') && !senseOf(head, 'side') && (side || count)) {
    // "the US envoys": a plural role.
    plural ||= tokenText(a, head.t1 - 1).endsWith('s');
    i++;
  } else if (head && PEOPLE_NOUNS.has(tokenText(a, head.t0)) && count && !side) {
    i++;
  } else if (!(side && count && !sd?.adj)) {
    // "the two Americans" ends in the side itself.
    return null;
  }
  // A name after the phrase is its own ("the Russian president Vladimir Putin").
  if (units[i] && (senseOf(units[i], 'person') || flagsOf(a, units[i]) & F_CAP)) return null;
  return { end: i, plural, side, count };
}

/**
 * Heads of a "the two …" phrase that are people, not bodies: "the two men signed the treaty", "the
 * two leaders signed it" tell a signing in person, where "the two governments signed an agreement"
 * reports an outcome.
 */
const PERSONAL_HEADS = new Set(['men', 'women', 'leaders', 'presidents', 'ministers', 'statesmen']);

/** Is the anaphoric subject at s0 ("the two men") people rather than governments or sides? */
export function personalAnaphor(a: Annotation, units: Unit[], s0: number): boolean {
  const sub = anaphoricSubject(a, units, s0);
  return !!sub && sub.end > s0 && PERSONAL_HEADS.has(tokenText(a, units[sub.end - 1].t1 - 1));
}

/**
 * The object of a host's or a seeing verb as a pronoun ("welcomed him", "saw them"), standing for
 * people of the side the subject lacks (antecedents, other than the subject's own people).
 */
export function pronounObject(a: Annotation, sentence: number, units: Unit[], k: number, subject: Set<SideCode>, own: string[], prior: readonly (readonly Antecedent[])[]): boolean {
  const u = units[k + 1];
  if (!u || subject.size !== 1 || u.t1 - u.t0 !== 1 || u.senses.length || !OBJECT_PRONOUN.has(tokenText(a, u.t0))) return false;
  const found = antecedents(a, sentence, units, k + 1, tokenText(a, u.t0) === 'them', null, prior, own);
  return !!found && found.some((f) => (f.side === 'us' || f.side === 'ru') && !subject.has(f.side));
}

/** Relative pronouns in the nominative, as token text folds them (ы and і read as и): которые, который, которая, які, який, яка. */
const RELATIVE_WHO = /^(who|которие|которий|которая|яки|який|яка)$/;

/**
 * «…через Уиткоффа и Кушнера, которые в начале сентября были в Кремле»: a relative pronoun after a
 * comma, right after named people of the sides (joined by "and"), stands for them. Their list, or null.
 */
export function relativeSubject(a: Annotation, units: Unit[], s0: number): Antecedent[] | null {
  const u = units[s0];
  if (!u || s0 < 1 || u.t1 - u.t0 !== 1 || !(flagsOf(a, u) & F_COMMA) || !RELATIVE_WHO.test(tokenText(a, u.t0))) return null;
  const out: Antecedent[] = [];
  for (let j = s0 - 1; j >= 0 && j >= s0 - 8; j--) {
    const p = senseOf(units[j], 'person');
    const firstName = !units[j].senses.length && flagsOf(a, units[j]) & F_CAP && senseOf(units[j + 1], 'person');
    if (p && !p.weak && (p.side === 'us' || p.side === 'ru')) out.unshift({ key: p.key, side: p.side });
    else if (!((funcOf(units[j]) === 'and' || firstName) && out.length)) break;
    if (j < s0 - 1 && flagsOf(a, units[j + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) break;
  }
  return out.length ? out : null;
}
