/**
 * Adverbs that say which of several meetings one was («востаннє», «в последний раз», «впервые»),
 * and spans that say how long it had been since the last («за останні роки», «впервые за три
 * года», «за всю историю»). They stand inside a meeting phrase or between it and its verb, and
 * say nothing of its parties, place or date. Folded text: Ukrainian і → и, є → е, ї → и.
 */
import { F_CLAUSE, F_COMMA, F_DOT } from '../tokenize';
import { flagsOf, funcOf, senseOf, tokenText, type Annotation, type Unit } from '../units';

/** One-word adverbs of a later time of the same people: the last, second, third time. */
const LATER_TIME_ADVERBS = new Set(['востанне', 'вдруге', 'удруге', 'втрете', 'утрете']);
/** "For the first time" in one word (folded: «впервые» → 'впервие'). */
export const FIRST_TIME = new Set(['впервие', 'вперше', 'уперше']);
/** «в последний раз», «последний раз», «в останній раз» (й folded or not). */
const LAST_TIME_WORDS = /^(последн|останн)/;

/** The folded word of a one-token unit with no break before it (or null). */
function word(a: Annotation, units: Unit[], i: number, end: number): string | null {
  return i < end && units[i].t1 - units[i].t0 === 1 && !(flagsOf(a, units[i]) & (F_DOT | F_CLAUSE | F_COMMA)) ? tokenText(a, units[i].t0) : null;
}

/** How many units at q say "the last/second time" («востаннє», «в последний раз»), else 0. */
export function laterTimeAdverb(a: Annotation, units: Unit[], q: number, end: number): number {
  const w0 = word(a, units, q, end);
  if (w0 !== null && LATER_TIME_ADVERBS.has(w0)) return 1;
  if (q >= end) return 0;
  const p = funcOf(units[q]) === 'in' ? q + 1 : q;
  const w1 = word(a, units, p, end);
  if (w1 !== null && LAST_TIME_WORDS.test(w1) && word(a, units, p + 1, end) === 'раз') return p + 2 - q;
  return 0;
}

/** How many units at q say which time a meeting was: "the last/second time" or «впервые», «вперше». */
export function whichTimeAdverb(a: Annotation, units: Unit[], q: number, end: number): number {
  const w0 = word(a, units, q, end);
  if (w0 !== null && FIRST_TIME.has(w0)) return 1;
  return laterTimeAdverb(a, units, q, end);
}

/** Nouns that end a span since the last meeting: years, decades, months, history (folded stems: «годы» → 'годи'). */
const SPAN_NOUN = /^(годи|годов|года|лет|роки|рокив|десятилет|десятилит|месяц|мисяц|истори)/;
/** Words inside such a span: "last", "many", "all", "several", "the whole", small numbers (folded: «четыре» → 'четире'). */
const SPAN_WORD = /^(последн\S*|останн\S*|много|многие|багато|несколько|килька|всю|вси|всих|целую|цилу|два|две|три|четире|чотири|пять|п.ять|шесть|шисть|семь|сим|восемь|висим|десять|двадцать|двадцять|тридцать|тридцять|сорок|пятьдесят)$/;

/**
 * «за останні роки», «за последние годы», «за три года», «за всю историю», «за кілька десятиліть»
 * ending at units[e]: where it starts (its «за»), or -1.
 */
export function spanEndingAt(a: Annotation, units: Unit[], e: number, limit: number): number {
  const last = word(a, units, e, units.length);
  if (last === null || !SPAN_NOUN.test(last)) return -1;
  for (let s = e - 1; s >= Math.max(limit, e - 3); s--) {
    const w = tokenText(a, units[s].t0);
    if (units[s].t1 - units[s].t0 === 1 && w === 'за') return s;
    if (flagsOf(a, units[s + 1]) & (F_DOT | F_CLAUSE | F_COMMA)) return -1;
    if (!(SPAN_WORD.test(w) || senseOf(units[s], 'num'))) return -1;
  }
  return -1;
}
