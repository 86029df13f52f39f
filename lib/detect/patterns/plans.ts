/**
 * A meeting said to be planned: "is scheduled to be held", "the planned summit", "a meeting set
 * for June". Both the right walk (to read past the phrase) and the tense reading (a plan is not
 * past) ask these.
 */
import { normalizeString } from '../normalize';
import { F_CLAUSE, F_COMMA, F_DOT } from '../tokenize';
import { flagsOf, funcOf, tokenText, type Annotation, type Unit } from '../units';

/** Auxiliaries and adverbs of a passive: "is being", "would be", "has now been", "is tentatively". */
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'being', 'been', 'will', 'would', 'could', 'might', 'may', 'has', 'have', 'had', 'now', 'still', 'tentatively', 'provisionally', 'reportedly', 'already', 'also']);
/** Participles that say a meeting is arranged or held ("planned for", "set for", "held in"). */
const PASSIVE_PLAN = new Set(['planned', 'scheduled', 'set', 'slated', 'prepared', 'expected', 'due', 'penciled', 'pencilled', 'mooted', 'envisaged', 'envisioned', 'proposed', 'arranged', 'organised', 'organized', 'held', 'hosted', 'convened']);

/**
 * At units[j], right after a meeting noun's phrase: a passive of planning or holding ("is being
 * prepared", "will be held", "is due to take place"), with at least one auxiliary. How many units
 * it takes, or 0.
 */
export function plannedPassive(a: Annotation, units: Unit[], j: number, end: number): number {
  let q = j;
  let aux = 0;
  while (q < end && q < j + 4 && !(flagsOf(a, units[q]) & (F_COMMA | F_DOT | F_CLAUSE))) {
    const u = units[q];
    if (funcOf(u) === 'copula' || (u.t1 - u.t0 === 1 && PASSIVE_AUX.has(tokenText(a, u.t0)))) {
      aux++;
      q++;
      continue;
    }
    break;
  }
  if (!aux || q >= end || flagsOf(a, units[q]) & (F_COMMA | F_DOT | F_CLAUSE)) return 0;
  const u = units[q];
  if (!(funcOf(u) === 'held' || (u.t1 - u.t0 === 1 && PASSIVE_PLAN.has(tokenText(a, u.t0))))) return 0;
  q++;
  // "due to take place", "expected to be held"
  if (q + 1 < end && funcOf(units[q]) === 'to' && funcOf(units[q + 1]) === 'held') q += 2;
  return q - j;
}

/** Participles of arranging that may follow a meeting noun with no auxiliary: "a round planned for March". */
const REDUCED_PLAN = new Set(['planned', 'scheduled', 'slated', 'set', 'proposed', 'mooted', 'envisaged', 'pencilled', 'penciled', 'arranged']);

/**
 * At units[j], right after a meeting noun's phrase: a participle of arranging and its "for" ("a
 * round planned for early March", "a meeting between the two ministers scheduled for October"),
 * which goes on to say when or where. How many units it takes (the participle), or 0.
 */
export function reducedPlan(a: Annotation, units: Unit[], j: number, end: number): number {
  const u = units[j];
  const next = units[j + 1];
  if (!next || j + 1 >= end || u.t1 - u.t0 !== 1 || !REDUCED_PLAN.has(tokenText(a, u.t0))) return 0;
  if ((flagsOf(a, u) | flagsOf(a, next)) & (F_COMMA | F_DOT | F_CLAUSE)) return 0;
  return funcOf(next) === 'for' || tokenText(a, next.t0) === 'for' ? 1 : 0;
}
/** Participles that say where a meeting was meant to be: "the summit, planned for Budapest". */
// Folded as token text is («запланированный» → 'запланированний').
export const PLAN_PARTICIPLES = new Set(['planned', 'proposed', 'envisioned', 'envisaged', 'scheduled', 'slated', 'mooted', 'pencilled', 'penciled', 'запланированный', 'запланированная', 'запланированные', 'запланований', 'запланована', 'заплановани', 'намеченный', 'намеченная'].map(normalizeString));
