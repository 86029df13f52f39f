/**
 * The clause around a frame: places and times elsewhere in it ("В июне 2021 года в Женеве состоялся
 * саммит…"), sport that makes "meet" a match, and whose "their meeting" it is (ownersOf).
 */
import { F_COMMA } from '../tokenize';
import { readTime, type TimeAtom } from '../times';
import { flagsOf, funcOf, senseOf, tokenText, type Annotation, type Unit } from '../units';
import { ROUTE_WORDS } from './places';
import type { Walk } from './walk';
import { sinceMonthTime, sinceTime } from './years';

/** Verbs of arranging a meeting, as a passive or a past (folded: ё → е, і → и). */
const ARRANGED = /^(agreed|announced|confirmed|arranged|negotiated|согласован[аои]?|согласовали|объявлен[аои]?|объявили|анонсирован[аои]?|анонсировали|подтвержден[аои]?|подтвердили|погоджен[аои]?|погодили|оголошен[аои]?|оголосили|анонсован[аои]?|анонсували|пидтверджен[аои]?|пидтвердили)$/;
/** Words that set the time of the meeting itself after a verb of arranging: "agreed for 16 July", «назначена на 16 июля». */
export const SET_FOR = new Set(['for', 'на']);

/** How many units after a frame a time counted from the meeting before may still date the frame's meeting. */
const COUNTED_REACH = 6;

/** Places (after a preposition) and times in the clause outside the frame. */
export function clauseContext(a: Annotation, units: Unit[], cs: number, ce: number, w: Walk): { places: string[]; times: TimeAtom[] } {
  const places: string[] = [];
  const times: TimeAtom[] = [];
  // Another meeting word in the clause owns what follows it ("after the summit talks …, Clinton
  // said enlargement will proceed at the Madrid summit in July"): read only up to it.
  let from = cs;
  let to = ce;
  for (let i = w.first - 1; i >= cs; i--) if (senseOf(units[i], 'meet')) {
    from = i + 1;
    break;
  }
  for (let i = w.last + 1; i < ce; i++) if (senseOf(units[i], 'meet')) {
    to = i;
    break;
  }
  // "The meeting was agreed on 27 June, during Bolton's visit", «встреча была согласована накануне,
  // 27 июня»: after a verb of arranging, a time dates the arranging, not the meeting ("was set for
  // 16 July", «назначена на 16 июля» still date it).
  let arranged = false;
  for (let i = from; i < to; i++) {
    if (i >= w.first && i <= w.last) continue;
    const u = units[i];
    const p = senseOf(u, 'place');
    const fn = i > 0 ? funcOf(units[i - 1]) : null;
    if (i > w.last && u.t1 - u.t0 === 1 && ARRANGED.test(tokenText(a, u.t0))) arranged = true;
    // (not on the way there: «по дороге в Куала-Лумпур», «дорогою до Женеви»)
    if (p && (fn === 'in' || fn === 'at' || fn === 'topic') && !places.includes(p.key) && !(i > 1 && ROUTE_WORDS.has(tokenText(a, units[i - 2].t0)))) places.push(p.key);
    const t = readTime(a, units, i);
    if (t) {
      // "Ford met Brezhnev, and the two established a relationship that culminated the following year
      // in Helsinki": a time counted from the meeting before, well after the frame, dates what
      // followed this frame's meeting, not the meeting itself. (Just after it, "the second summit
      // took place a year later", it is the frame's own.)
      const counted = i > w.last + COUNTED_REACH && t.atoms.every((x) => !!x.afterPrev);
      const arranging = arranged && !(i > 0 && SET_FOR.has(tokenText(a, units[i - 1].t1 - 1)));
      if (fn !== 'after' && !counted && !arranging && !sinceTime(a, units, i, t) && !sinceMonthTime(a, units, i, t)) times.push(...t.atoms); // "since 2022" bounds, it does not date
      i = t.next - 1;
    }
  }
  return { places, times };
}

/** Relative "when" and "where" («когда», «коли», «где», «де»). */
const WHEN_WORDS = new Set(['when', 'where', 'когда', 'коли', 'где', 'де']);
/** How far before the comma the time a "when" clause is said of may start. */
const ANTECEDENT_REACH = 5;

/**
 * "…last met in August, when a three-hour session in the Kremlin led to…", "report by July, when
 * Obama will visit Moscow", «в июне, когда в Женеве встретились…», "went to the assembly in
 * September 2015, where the two held a meeting": a clause opened by a relative "when" or "where"
 * after a comma is said of the time (or of the place at the time) that ends right before the comma.
 * Its atoms, or none.
 */
export function antecedentTimes(a: Annotation, units: Unit[], cs: number): TimeAtom[] {
  const u = units[cs];
  if (!u || cs < 1 || u.t1 - u.t0 !== 1 || !(flagsOf(a, u) & F_COMMA) || !WHEN_WORDS.has(tokenText(a, u.t0))) return [];
  for (let j = Math.max(0, cs - ANTECEDENT_REACH); j < cs; j++) {
    const t = readTime(a, units, j);
    if (!t) continue;
    if (t.next === cs && !sinceTime(a, units, j, t) && !sinceMonthTime(a, units, j, t) && !(j > 0 && funcOf(units[j - 1]) === 'after')) return t.atoms;
    j = t.next - 1;
  }
  return [];
}

export function sportNear(a: Annotation, units: Unit[], cs: number, ce: number): boolean {
  for (let t = units[cs].t0; t < units[ce - 1].t1; t++) if (a.sport[t]) return true;
  return false;
}

/** Possessives of a pair that point back at the subject: "their", «своей», «своїй» (folded: ї, є → и, е). */
const PAIR_OWN_WORDS = new Set(['their', 'своей', 'своем', 'свою', 'своих', 'своим', 'свои', 'своеи', 'своий', 'своему']);

/**
 * The people a possessive right before a meeting noun (unit `first` or the one before it) stands
 * for: the sentence's US and Russian people, when they are one or two of each side; else none.
 */
export function ownersOf(a: Annotation, units: Unit[], first: number, sentPersons: readonly string[]): string[] {
  const own = (i: number) => i >= 0 && units[i].t1 - units[i].t0 === 1 && PAIR_OWN_WORDS.has(tokenText(a, units[i].t0));
  if (!own(first) && !own(first - 1)) return [];
  const pair = sentPersons.filter((p) => a.lex.personSide.get(p) === 'us' || a.lex.personSide.get(p) === 'ru');
  const us = pair.filter((p) => a.lex.personSide.get(p) === 'us').length;
  return us >= 1 && us <= 2 && pair.length - us >= 1 && pair.length - us <= 2 ? pair : [];
}
