/**
 * Classifying a frame by who is on which side ('usru', 'usru-weak', 'one-side', 'third', 'none'),
 * and the clause tests that go with it: three parties ("trilateral", the US, Russia and Ukraine
 * together), a Soviet word (a meeting before 1992), a country among the frame's words as a party.
 */
import { F_HYPH } from '../tokenize';
import { flagsOf, senseOf, tokenText, type Annotation, type Unit } from '../units';
import type { SideCode } from '../vocab';
import type { FrameKind } from './types';
import type { Walk } from './walk';

export function classify(sides: Set<SideCode>, clauseSides: Set<SideCode>, sentSides: Set<SideCode>, placeSide: SideCode | null): FrameKind {
  const third = (s: Set<SideCode>) => s.has('ua') || s.has('other');
  const us = sides.has('us');
  const ru = sides.has('ru');
  if (us && ru) return 'usru';
  if ((us || ru) && third(sides)) return 'third';
  if (third(sides)) return clauseSides.has(us ? 'ru' : 'us') && (clauseSides.has('us') && clauseSides.has('ru')) ? 'usru-weak' : 'third';
  if (!us && !ru && !third(sides) && (clauseSides.has('us') !== clauseSides.has('ru')) && !third(clauseSides)) {
    // Only one side in the clause and none in the frame: "Kosygin and Johnson held a meeting in Glassboro".
    return sentSides.has('us') && sentSides.has('ru') ? 'usru-weak' : 'one-side';
  }
  if (us || ru) {
    const other: SideCode = us ? 'ru' : 'us';
    if (placeSide === other) return 'usru';
    if (clauseSides.has(other) && !third(clauseSides)) return 'usru';
    if (clauseSides.has(other)) return 'usru-weak';
    if (sentSides.has(other) && !third(clauseSides)) return 'usru-weak';
    return 'one-side';
  }
  // Both sides in the clause with a third party among them ("researchers from Russia, the United
  // States and Norway met"): a multinational group, not a US–Russia meeting.
  if (clauseSides.has('us') && clauseSides.has('ru')) return 'usru-weak';
  if (third(clauseSides) && (clauseSides.has('ru') || clauseSides.has('us'))) return 'third';
  // Only others in the clause, one of them neither Ukraine nor the two sides ("Ukraine and Turkey
  // will hold talks in Istanbul"): theirs, not ours. Ukraine alone is as often the topic.
  if (clauseSides.has('other') && clauseSides.has('ua')) return 'third';
  if (sentSides.has('us') && sentSides.has('ru') && !third(sentSides)) return 'usru-weak';
  if (third(sentSides) && (sentSides.has('ru') || sentSides.has('us')) && !(sentSides.has('ru') && sentSides.has('us'))) return 'third';
  if (sentSides.has('us') && sentSides.has('ru')) return 'usru-weak';
  return 'none';
}

/** A country among the frame's words before the meeting word ("Турция-Россия-Украина"): a party, not the venue. */
export function isNamedParty(a: Annotation, units: Unit[], w: Walk, key: string): boolean {
  for (let i = w.first; i <= w.last && i < units.length; i++) {
    const p = senseOf(units[i], 'place');
    if (p && p.key === key) return i < units.length - 1 && (flagsOf(a, units[i + 1]) & F_HYPH) !== 0;
  }
  return false;
}

const SOVIET = /^(soviet|ussr|советск|ссср|радянськ|срср|politburo|политбюро|политбюро)/;
/** Words before "Soviet" that make it the time before or after the meeting: "since the Soviet collapse", "former Soviet". */
// Normalised: Ukrainian і is folded to и (після → писля).
const SOVIET_BEFORE = /^(since|after|post|former|end|collapse|fall|breakup|после|бивш\S*|распада|конца|колишн\S*|писля|розпаду|кинця)$/;
const SOVIET_AFTER = /^(collapse|breakup|fall|dissolution|распад|развал|розпад)/;

/**
 * A Soviet word in the clause ("the Soviet leader", «советско-американский саммит»): the meeting
 * took place before the Soviet Union ended. Not "since the Soviet collapse", "former Soviet".
 */
export function sovietIn(a: Annotation, units: Unit[], cs: number, ce: number): boolean {
  const from = units[cs].t0;
  const to = units[ce - 1].t1;
  for (let t = from; t < to; t++) {
    if (!SOVIET.test(tokenText(a, t))) continue;
    let after = false;
    for (let q = Math.max(from, t - 3); q < t; q++) if (SOVIET_BEFORE.test(tokenText(a, q))) after = true;
    if (t + 1 < to && SOVIET_AFTER.test(tokenText(a, t + 1))) after = true;
    if (!after) return true;
  }
  return false;
}

// "three-way" and "three-party" arrive as two tokens: see THREE_WHAT.
const TRILATERAL = /^(trilateral|tripartite|трехсторон|тристорон)/;

/** A three-way modifier in units[from..to): the frame and a few words after it ("trilateral talks", «переговоры … в трехстороннем формате»). */
export function trilateralIn(a: Annotation, units: Unit[], from: number, k: number): boolean {
  for (let i = from; i < k; i++)
    for (let t = units[i].t0; t < units[i].t1; t++) {
      const w = tokenText(a, t);
      if (TRILATERAL.test(w)) return true;
      // The tokenizer splits "three-way" and "three-party" at the hyphen.
      if (w === 'three' && t + 1 < a.scan.toks.count && THREE_WHAT.has(tokenText(a, t + 1))) return true;
    }
  return false;
}
const THREE_WHAT = new Set(['way', 'party', 'sided', 'nation']);

export function allThree(sides: Set<SideCode>): boolean {
  return sides.has('us') && sides.has('ru') && sides.has('ua');
}
