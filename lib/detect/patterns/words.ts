/**
 * Small word tests the walks, clauses and frames all ask: the text between two tokens, a dash
 * joining two names, a possessive, a verb of speech, "with", a title after a name, light verbs.
 * They read one token or a few and know nothing of frames, so they sit at the bottom.
 */
import { normalizeString } from '../normalize';
import { F_CAP, F_CLAUSE, F_COMMA, F_DOT, F_QUOTE } from '../tokenize';
import { flagsOf, funcOf, senseOf, tokenText, type Annotation, type Unit } from '../units';

/** Does token t stand for a possessive in the original text ("Friday's", "Friday’s")? Normalising drops the 's. */
export function possessive(a: Annotation, t: number): boolean {
  const { norm, toks, original } = a.scan;
  const end = norm.ends[toks.end[t] - 1];
  return /^['’ʼ]s\b/i.test(original.slice(end, end + 3));
}

/** English object pronouns that may stand after "with" for people named before. */
export const OBJECT_PRONOUN = new Set(['him', 'her', 'them']);

export const WITH_WORDS = new Set(['with', 'с', 'со', 'з', 'із', 'зи']);

/** The preposition "with" itself at unit i (with, с, з, із folded to 'из', зі to 'зи'), not a verb read as "with". */
export function withWordAt(a: Annotation, units: Unit[], i: number): boolean {
  const u = units[i];
  return !!u && u.t1 - u.t0 === 1 && funcOf(u) === 'with' && tokenText(a, u.t0).length <= 4;
}

/** How far a title may run between its role and the name ("head of the Russian Direct Investment Fund Kirill"). */
const TITLE_REACH = 6;

/**
 * A title that names an institution between a role (or "with") and a person: «з секретарем Ради
 * безпеки РФ Миколою Патрушевим», «Директор Центрального розвідувального управління США Вільям
 * Бернс», "with the head of the Russian Direct Investment Fund Kirill Dmitriev". From unit j, words
 * no list knows, places and sides (the institution's country, in the genitive), roles, modifiers
 * and "of"/«по» up to a named person, with no punctuation on the way: the person's index, or -1.
 */
export function titleTail(a: Annotation, units: Unit[], j: number, end: number): number {
  for (let q = j; q < end && q <= j + TITLE_REACH; q++) {
    const u = units[q];
    if (q > j && flagsOf(a, u) & (F_COMMA | F_DOT | F_CLAUSE | F_QUOTE)) return -1;
    if (senseOf(u, 'person')) return q > j ? q : -1;
    if (!u.senses.length) continue;
    const fn = funcOf(u);
    if (senseOf(u, 'meet') || senseOf(u, 'rel') || senseOf(u, 'num')) return -1;
    if (senseOf(u, 'role') || senseOf(u, 'side') || senseOf(u, 'place') || senseOf(u, 'mod') || fn === 'of' || fn === 'topic' || fn === 'det') continue;
    return -1;
  }
  return -1;
}

/**
 * «саміт Росія – США», "the Russia – US talks": two parties joined by a spaced dash. A spaced dash
 * ends a clause anywhere else; between two sides or two people it stands for "and".
 */
export function dashJoined(a: Annotation, units: Unit[], j: number): boolean {
  const u = units[j];
  const prev = units[j - 1];
  if (!u || !prev || !(isPartyName(u) && isPartyName(prev))) return false;
  return /^ ?- ?$/.test(gapBefore(a, u.t0));
}

/** A side or a person, as a party's name (not a role). */
export function isPartyName(u: Unit): boolean {
  return !!(senseOf(u, 'side') || senseOf(u, 'person'));
}

/** Verbs that only carry a meeting noun: "held talks", "had a meeting", «провели переговоры». */
export const LIGHT_VERBS = new Set(
  (
    'held|hold|holds|holding|had|conducted|convened|' +
    'провели|провел|провела|проведут|провести|проводят|проводили|проводит|провів|проведуть|мали|мають'
  )
    .split('|')
    // compared with normalised tokens, where Ukrainian і ї є ґ are folded
    .map((w) => normalizeString(w)),
);

/**
 * Verbs of arriving or staying that take a visit noun through «с»/«з» («прибыл с визитом в
 * Москву», «приїхав із державним візитом до Вашингтона», «находится с визитом»): with the
 * preposition they are a light verb, and their subject is the visitor.
 */
export const ARRIVE_WITH_VERBS = new Set(
  (
    'прибыл|прибыла|прибыли|прибудет|прибудут|приехал|приехала|приехали|приедет|приедут|прилетел|прилетела|прилетели|прилетит|прилетят|' +
    'находится|находился|находилась|находятся|находились|пребывает|пребывал|пребывали|отправился|отправилась|отправились|отправится|отправятся|' +
    'прибув|прибула|прибули|прибуде|прибудуть|приїхав|приїхала|приїхали|приїде|приїдуть|прилетів|прилетіла|прилетіли|прилетить|прилетять|' +
    'перебуває|перебував|перебувала|перебували|перебувають|вирушив|вирушила|вирушили|вирушить|вирушать'
  )
    .split('|')
    .map((w) => normalizeString(w)),
);

const SPEECH_EN = new Set(['said', 'says', 'say', 'confirmed', 'confirms', 'told', 'tells', 'announced', 'announces', 'stated', 'added', 'insisted', 'denied', 'denies', 'claimed', 'claims', 'reported', 'signaled', 'signalled', 'indicated', 'suggested']);
const SPEECH_CYR = /^(заяв|сообщ|подтверд|отмет|рассказ|поясн|добав|уточн|сказа|повидом|пидтверд|зазнач|розпов|наголос|подчеркн|анонс)/;

/** Whether a (normalised) word reports speech: said, confirmed, заявил, повідомив. */
export function isSpeechVerb(w: string): boolean {
  return SPEECH_EN.has(w) || SPEECH_CYR.test(w);
}

/** Nouns for a place in "in the same city". */
export const SAME_PLACE_NOUNS = new Set(['city', 'place', 'venue', 'capital', 'town', 'hall', 'room', 'building', 'palace', 'resort', 'spot']);

/** A word that may stand in a title before a name: a role, a side's adjective, "the", a capitalised word ("CIA Director", "Russian President"). */
export function titleWord(a: Annotation, u: Unit): boolean {
  return !!senseOf(u, 'role') || !!senseOf(u, 'side')?.adj || funcOf(u) === 'det' || !!(flagsOf(a, u) & F_CAP);
}

/** The normalised text between token t and the one before it. */
export function gapBefore(a: Annotation, t: number): string {
  const toks = a.scan.toks;
  return t > 0 ? a.scan.norm.text.slice(toks.end[t - 1], toks.start[t]) : '';
}
