/**
 * The object of a meeting verb and the people around it: a named person of the side the subject
 * lacks ("Trump greeted Putin"; not "sees Putin as a partner", nor "saw Putin on television"), time
 * spent with someone ("spent two hours with Putin"), people named before the verb, speakers of both
 * sides, a return visit's host, a verb of travel and a person's trip («поездка Уиткоффа в Россию»).
 */
import { F_CLAUSE, F_COMMA, F_DOT } from '../tokenize';
import { flagsOf, funcOf, senseOf, tokenText, type Annotation, type Unit } from '../units';
import type { SideCode } from '../vocab';
import { otherSidePerson, partySide } from './sides';
import { seatSide } from './tripsAhead';
import type { Walk } from './walk';
import { titleWord, withWordAt } from './words';

/**
 * A return visit's host: the counterpart of its one side, whose country is where it went
 * ("Brezhnev returned the visit in 1973": the United States; "Nixon returned the visit in 1974":
 * the Soviet Union, or Russia after 1991, so only with a year said). Not a visit answering someone
 * else's ("returned the visit of Tito").
 */
export function answerHost(a: Annotation, units: Unit[], k: number, w: Walk): void {
  if (w.sides.size !== 1 || w.places.length || w.unknownPlace) return;
  if (units[k + 1] && (funcOf(units[k + 1]) === 'of' || tokenText(a, units[k + 1].t0) === 'of')) return;
  if (w.sides.has('ru')) {
    w.sides.add('us');
    w.places.push('usa');
  } else if (w.sides.has('us')) {
    w.sides.add('ru');
    const y = w.times.find((t) => t.y !== undefined)?.y;
    if (y !== undefined) w.places.push(y < 1992 ? 'soviet union' : 'russia');
  }
}
/** A verb of travel ("flew", «прилетів», «приехал»). */
export function travelVerb(u: Unit): boolean {
  const m = senseOf(u, 'meet');
  return !!m && m.pos === 'v' && m.sense === 'visit';
}

/** Verbs of speaking (vocab.ts): a meeting word only with both sides in the phrase. */
export const SPEAK_VERBS = new Set(['spoke', 'speak', 'speaks', 'speaking']);

/**
 * Do the subject and the object of a verb of speaking ("Trump and Putin spoke", "Rubio spoke with
 * Lavrov") hold both sides? Not a side named in its topic ("spoke about the talks with Moscow").
 */
export function speakersBothSides(a: Annotation, units: Unit[], first: number, k: number, last: number, subject: Set<SideCode>): boolean {
  const sides = new Set<SideCode>(subject);
  for (let i = first; i <= last; i++) {
    const fn = funcOf(units[i]);
    if (i > k && (fn === 'topic' || fn === 'for' || fn === 'after' || senseOf(units[i], 'meet'))) break;
    const side = partySide(a, units, i);
    if (side) sides.add(side);
  }
  return sides.has('us') && sides.has('ru');
}

/** Words after a seen person that make "see" an opinion or a sighting: "sees Putin as a partner". */
const SEEN_AS = new Set(['as', 'fit', 'that', 'was', 'is']);
/** Verbs of seeing, whose object may be followed by an opinion or a sighting. */
const SEEING = new Set(['see', 'sees', 'saw', 'seen', 'seeing']);
/** "saw Putin on television": a screen, not a meeting. */
const SCREEN = new Set(['television', 'tv', 'screen', 'video', 'camera', 'stage']);

/**
 * The object of a verb of seeing (unit k) is a named person of the side its subject lacks, with
 * only a title or the side's adjective between: "Witkoff saw Russian President Vladimir Putin".
 */
export function personObject(a: Annotation, units: Unit[], k: number, subject: Set<SideCode>): boolean {
  for (let j = k + 1; j < units.length && j <= k + 4; j++) {
    const u = units[j];
    const p = otherSidePerson(u, subject);
    if (p) {
      if (subject.size !== 1) return false;
      // Normalising drops the possessive's "'s": look at the original text after the name.
      const after = a.scan.original.charCodeAt(a.scan.norm.ends[a.scan.toks.end[u.t1 - 1] - 1]);
      if (after === 0x27 || after === 0x2019) return false; // "saw Putin's speech"
      const next = units[j + 1];
      if (!next) return true;
      // (Only seeing may be an opinion: "the last time Witkoff sat with Putin was in January".)
      if (!SEEING.has(tokenText(a, units[k].t0))) return true;
      const w = tokenText(a, next.t0);
      return !SEEN_AS.has(w) && !(w === 'on' && units[j + 2] && SCREEN.has(tokenText(a, units[j + 2].t0)));
    }
    if (!titleWord(a, u)) return false;
  }
  return false;
}

/** Words for a length of time spent with someone, beyond DURATION's: "the weekend", "a long evening". */
const STAY_SPANS = new Set(['weekend', 'evening', 'afternoon', 'morning', 'night', 'hours', 'days', 'day']);

/**
 * "spent [more than] two hours with Witkoff", "spends two days with Eisenhower": after a verb of
 * spending (units[k]), a length of time within five words, then "with" and a named person of a side
 * the subject is not (of either side when the subject is not known: "he spends …"); or "in" the
 * other side's seat (its index then is the preposition's).
 */
export function stayWith(a: Annotation, units: Unit[], k: number, end: number, subject: Set<SideCode>): number {
  let span = false;
  for (let j = k + 1; j < Math.min(end, k + 7); j++) {
    const u = units[j];
    if (flagsOf(a, u) & (F_COMMA | F_DOT | F_CLAUSE)) return -1;
    if (funcOf(u) === 'duration' || STAY_SPANS.has(tokenText(a, u.t1 - 1))) span = true;
    else if (withWordAt(a, units, j)) {
      if (!span || j + 1 >= end || flagsOf(a, units[j + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) return -1;
      return otherSidePerson(units[j + 1], subject) ? j : -1;
    } else if (senseOf(u, 'place')) {
      // "the director of the CIA spent a long day in Moscow": time one side's person or office spent
      // at the other side's seat is a visit to it (not "in Geneva": anyone may be there).
      const seat = seatSide(senseOf(u, 'place')!.key);
      const prep = j > k + 1 ? units[j - 1] : null;
      const at = prep && prep.t1 - prep.t0 === 1 && STAY_AT.has(tokenText(a, prep.t0));
      return span && at && subject.size === 1 && seat !== undefined && !subject.has(seat) ? j - 1 : -1;
    } else if (senseOf(u, 'person') || senseOf(u, 'side') || senseOf(u, 'meet')) return -1;
  }
  return -1;
}

const STAY_AT = new Set(['in', 'at', 'inside']);

/** Sides of the people named in units [from, to): "Witkoff is also expected to see …" (no subject walk reaches him). */
export function sidesBefore(units: Unit[], from: number, to: number): Set<SideCode> {
  const out = new Set<SideCode>();
  for (let j = from; j < to; j++) {
    const p = senseOf(units[j], 'person');
    if (p && !p.weak && (p.side === 'us' || p.side === 'ru')) out.add(p.side);
  }
  return out;
}

/** A strong meeting noun (summit, talks, meeting) among units [from, to). */
export function nounAhead(units: Unit[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const m = senseOf(units[j], 'meet');
    if (m && m.pos === 'n' && m.w >= 0.9) return true;
  }
  return false;
}

/** «поездка Уиткоффа в Россию», «поїздка Бернса до Москви»: a person of a side, "to"/"in", a place. */
export function tripOfPerson(units: Unit[], k: number): boolean {
  const p = units[k + 1] && senseOf(units[k + 1], 'person');
  if (!p || p.weak || (p.side !== 'us' && p.side !== 'ru')) return false;
  const f = units[k + 2] && funcOf(units[k + 2]);
  return (f === 'in' || f === 'to' || f === 'after') && !!units[k + 3] && !!senseOf(units[k + 3], 'place');
}
