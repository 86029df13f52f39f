/**
 * The walk: what a walk from a meeting word gathers (sides, people, places, times, ordinals, its
 * span, an anaphor, a repeat), and the two ways it takes a party or a place. The left, right and
 * subject walks all fill one.
 */
import type { TimeAtom } from '../times';
import { senseOf, type Annotation, type Unit } from '../units';
import type { SideCode } from '../vocab';
import { allianceAt, ownerOfGroup, pairedWeak, partySide } from './sides';

export interface Walk {
  sides: Set<SideCode>;
  persons: string[];
  places: string[];
  unknownPlace: string | null;
  times: TimeAtom[];
  ords: number[];
  again: boolean;
  forum: boolean;
  /** "with his advisers": the meeting is within one side, never marked. */
  internal?: boolean;
  /** "in the same city": the place of the meeting named before it in the sentence. */
  samePlace?: boolean;
  /** Unit where the next clause's subject starts, unmarked by a comma (see nominativeName). */
  subjectAt?: number;
  /** "a meeting with Zelensky": the party named after "with" is neither side. */
  withThird?: boolean;
  /** Unit index of a personal pronoun standing as the verb's subject ("he met Putin"). */
  pronoun?: number;
  /** Unit index of a personal pronoun after "with" ("held a meeting with him"). */
  objPronoun?: number;
  /** Unit index of a possessive pronoun before a meeting noun ("his summit with Khrushchev", «їхня зустріч»). */
  possessive?: number;
  /** "received the two envoys": a numbered "the" phrase as the verb's object, standing for people named before. */
  objAnaphor?: { at: number; plural: boolean; side: SideCode | null };
  /** A "the" phrase standing for people named before as the verb's subject ("the two envoys sat down with Putin"). */
  anaphor?: { at: number; plural: boolean; side: SideCode | null; count: number };
  /**
   * "met Brezhnev at Vladivostok in November 1974 and again at Helsinki in 1975": the later meeting
   * of the same people after "and again", «а затем», with a place or time of its own (repeatWalk).
   */
  repeat?: Walk;
  /** "…since February", «с февраля»: months that bound the meeting, not its date. */
  since?: TimeAtom[];
  /** Unit index range included in the mention. */
  first: number;
  last: number;
  /** Unit indices consumed as part of the frame (so no other frame anchors on them). */
  consumedTo: number;
}

/**
 * A new walk with every field created, the optional ones undefined, in one order: walks then share
 * one object shape. Fields added later, in whatever order the walks set them, gave walks dozens of
 * shapes, and every read of a walk in framesOfSentence was a slow megamorphic load. Never add a
 * field to a walk that is not created here.
 */
export function newWalk(i: number): Walk {
  return {
    sides: new Set(),
    persons: [],
    places: [],
    unknownPlace: null,
    times: [],
    ords: [],
    again: false,
    forum: false,
    internal: undefined,
    samePlace: undefined,
    subjectAt: undefined,
    withThird: undefined,
    pronoun: undefined,
    objPronoun: undefined,
    possessive: undefined,
    objAnaphor: undefined,
    anaphor: undefined,
    repeat: undefined,
    since: undefined,
    first: i,
    last: i,
    consumedTo: i,
  };
}

export function takeParty(a: Annotation, units: Unit[], i: number, w: Walk): void {
  const u = units[i];
  const p = senseOf(u, 'person');
  if (p) {
    if (!p.weak || pairedWeak(units, i, a)) w.sides.add(p.side);
    // "Putin's envoys", «посланцями Путіна», «делегация Трампа»: whose people they are, not who was there.
    if (!p.weak && ownerOfGroup(a, units, i)) return;
    if (!w.persons.includes(p.key)) w.persons.push(p.key);
    return;
  }
  if (allianceAt(a, units, i)) {
    w.sides.add('us').add('ru');
    return;
  }
  const side = partySide(a, units, i);
  if (side) w.sides.add(side);
}

export function takePlace(w: Walk, u: Unit): void {
  const p = senseOf(u, 'place');
  if (p && !w.places.includes(p.key)) w.places.push(p.key);
}
