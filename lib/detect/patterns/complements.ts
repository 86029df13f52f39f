/**
 * Tests walkRight asks of the words after a meeting word: "there", a forum's purpose, a list of
 * persons, a name in the nominative, a seat ("the Kremlin") standing for a side, a meeting's
 * properties ("its date"), one's own company ("with his advisers"), "which was held", talks in
 * progress. Each decides whether the walk goes on, takes a party, or stops.
 */
import { normalizeString } from '../normalize';
import { readTime } from '../times';
import { F_CAP, F_CLAUSE, F_COMMA, F_CYR, F_DOT, F_HYPH } from '../tokenize';
import { flagsOf, funcOf, senseOf, tokenText, type Annotation, type Unit } from '../units';
import type { SideCode } from '../vocab';
import { partySide } from './sides';
import { isPartyName } from './words';

/**
 * "there", «там», right after a meeting phrase and before its time: the place said earlier in the
 * sentence ("met at Camp David, the first since the talks there in 1959"). Not "there is", "there
 * were" (an existential), nor a "there" that ends the phrase ("their first visit there"), which
 * adds nothing to mark.
 */
export function thereAt(a: Annotation, units: Unit[], j: number, end: number): boolean {
  const u = units[j];
  if (u.t1 - u.t0 !== 1 || u.senses.some((s) => s.t !== 'func') || !THERE_WORDS.has(tokenText(a, u.t0))) return false;
  const next = units[j + 1];
  if (j + 1 >= end || !next || flagsOf(a, next) & (F_COMMA | F_DOT | F_CLAUSE)) return false;
  const at = funcOf(next) === 'in' || funcOf(next) === 'on' ? j + 2 : j + 1;
  return at < end && !!readTime(a, units, at);
}
const THERE_WORDS = new Set(['there', 'там']);

/** "(to) address the United Nations", "(to) attend the G20 summit": a verb no list knows, then a forum within three words. */
export function forumPurpose(a: Annotation, units: Unit[], j: number, end: number): boolean {
  if (j >= end || units[j].senses.length || flagsOf(a, units[j]) & (F_COMMA | F_DOT | F_CLAUSE | F_CAP)) return false;
  for (let q = j + 1; q < Math.min(end, j + 4); q++) {
    if (flagsOf(a, units[q]) & (F_COMMA | F_DOT | F_CLAUSE)) return false;
    if (senseOf(units[q], 'forum')) return true;
    if (funcOf(units[q]) !== 'det' && !(flagsOf(a, units[q]) & F_CAP)) return false;
  }
  return false;
}

/**
 * Ukrainian outlets write Russian officials' names in lower case, first name and surname alike
 * («кирилом дмитрієвим»): a lower-case Cyrillic word right before a lower-case surname of the
 * Russian side is its first name.
 */
export function lowercaseFirstName(a: Annotation, units: Unit[], j: number): boolean {
  const next = units[j + 1];
  const p = next && senseOf(next, 'person');
  return !!p && p.side === 'ru' && (flagsOf(a, units[j]) & F_CYR) !== 0 && !(flagsOf(a, next) & F_CAP) && !(flagsOf(a, units[j]) & (F_COMMA | F_DOT | F_CLAUSE));
}

/** At units[j] (after a comma): people joined by commas, the last after "and" ("Churchill and Stalin"). */
export function personListAt(a: Annotation, units: Unit[], j: number, end: number): boolean {
  let q = j;
  while (q < end && q < j + 8 && senseOf(units[q], 'person')) {
    const next = units[q + 1];
    if (!next) return false;
    if (funcOf(next) === 'and') return !!units[q + 2] && !!senseOf(units[q + 2], 'person');
    if (!(flagsOf(a, next) & F_COMMA)) return false;
    q++;
  }
  return false;
}

/**
 * A Cyrillic surname in the nominative: a masculine consonant ending (Трамп, Путін, Лавров) or an
 * adjectival -ий/-ой (Зеленський), but not the instrumental -ом/-ем/-им (Трампом, Путіним). Names
 * that do not decline (Рубіо, Шойгу) say nothing and are not counted. Not inside "Путін-Трамп".
 */
export function nominativeName(a: Annotation, units: Unit[], j: number): boolean {
  const u = units[j];
  const p = senseOf(u, 'person');
  if (!p || p.side === 'other' || !(flagsOf(a, u) & F_CYR)) return false;
  const next = units[j + 1];
  if (flagsOf(a, u) & F_HYPH || (next && flagsOf(a, next) & F_HYPH)) return false;
  // «Зустріч Олбрайт з Примаковим», «встреча Кондолизы Райс с Лавровым»: a surname that does not
  // decline (a woman's: Олбрайт, Райс, Клінтон) with "with" and the other party right after it is
  // the noun's own party in the genitive, not a new subject.
  if (next && funcOf(next) === 'with' && units[j + 2] && isPartyName(units[j + 2])) return false;
  const w = tokenText(a, u.t1 - 1);
  if (/(?:ий|ой)$/.test(w)) return true;
  return /[бвгджзклмнпрстфхцчшщ]$/.test(w) && !/(?:ом|ем|им|ям)$/.test(w);
}
/** Seats of government that stand for their side after "with". */
export const SEAT_SIDE: Record<string, SideCode> = { kremlin: 'ru', 'white house': 'us' };
export const MEETING_PROPERTIES = new Set(['date', 'dates', 'venue', 'location', 'timing', 'agenda', 'details', 'format', 'preparations', 'plans']);

/** Words that make the people after "with" a side's own: "his", «своими», «своїми». */
const OWN_WORDS = /^(his|her|their|its|own|свои\p{L}*|своим\p{L}*|своей|своего|свое\p{L}*|его|ее|их|ии|йог\p{L}*|ихни\p{L}*)$/u;
/** The other side's opposite number: never one's own people. */
const COUNTERPART = /^(counterparts?|коллег\p{L}*|колег\p{L}*|визави|партнер\p{L}*|партнёр\p{L}*)$/u;
/** A side's own circle, whoever's it is: advisers, aides, staff, cabinet. */
const OWN_CIRCLE = /^(advis[eo]rs?|aides?|staff|cabinet|советник\p{L}*|помощник\p{L}*|радник\p{L}*|помичник\p{L}*)$/u;

/** At unit i: a person, then only ordinals or modifiers, then a meeting word ("Pompeo's first visit"). */
export function ownMeetingAhead(units: Unit[], i: number): boolean {
  if (!units[i] || !senseOf(units[i], 'person')) return false;
  for (let q = i + 1; q < units.length && q <= i + 3; q++) {
    if (senseOf(units[q], 'meet')) return true;
    if (!senseOf(units[q], 'ord') && !senseOf(units[q], 'mod')) return false;
  }
  return false;
}

/**
 * A known person's surname within the next few capitalised words: "Eduard A. Shevardnadze",
 * "Andrei Andreyevich Gromyko" (a first name, initials or a patronymic the lists do not hold).
 */
export function surnameFollows(a: Annotation, units: Unit[], j: number): boolean {
  for (let q = j + 1; q < units.length && q <= j + 3; q++) {
    if (senseOf(units[q], 'person')) return true;
    if (units[q].senses.length || !(flagsOf(a, units[q]) & F_CAP)) return false;
  }
  return false;
}

/** At unit j after "with": a role with no side of its own that is someone's own people. */
export function internalCompany(a: Annotation, units: Unit[], j: number): boolean {
  const u = units[j];
  if (!senseOf(u, 'role') || senseOf(u, 'side') || senseOf(u, 'person')) return false;
  const word = tokenText(a, u.t1 - 1);
  if (OWN_CIRCLE.test(word)) return true;
  // "his counterpart", «своим коллегой» is the other side, however it is written.
  if (COUNTERPART.test(word)) return false;
  const prev = units[j - 1];
  return !!prev && OWN_WORDS.test(tokenText(a, prev.t0)) && !partySide(a, units, j);
}

/** Relative pronouns that may open a "which took place …" clause. */
// Folded as page text is (ы → и, і → и): «которые» is 'которие' by the time it is read.
const RELATIVE_WORDS = new Set(['which', 'that', 'где', 'що', 'які', 'яка', 'який', 'которые', 'которая', 'который', 'которой', 'которых', 'де'].map(normalizeString));

/** The locative plural of talks, negotiations or consultations (folded text). */
const TALKS_LOCATIVE = /^(переговорах|перемовинах|консультациях)$/;

/** «в переговорах», «у перемовинах»: "in" right before the talks noun at units[k] (its modifiers between). */
export function inNegotiations(a: Annotation, units: Unit[], first: number, k: number): boolean {
  const u = units[k];
  if (u.t1 - u.t0 !== 1 || !TALKS_LOCATIVE.test(tokenText(a, u.t0)) || first < 1) return false;
  const before = units[first - 1];
  return before.t1 - before.t0 === 1 && (tokenText(a, before.t0) === 'в' || tokenText(a, before.t0) === 'у' || tokenText(a, before.t0) === 'во');
}

/**
 * Russian participles of taking place, set off by a comma after the meeting noun: «встреча,
 * состоявшаяся в Женеве», «переговоры, прошедшие в Эр-Рияде», «саммит, проходивший в Хельсинки»
 * (folded text: ё is е). In every gender, number and case.
 */
const HELD_PARTICIPLE = /^(?:состоявш(?:ийся|аяся|ееся|иеся|егося|ейся|ихся|емуся|емся|уюся|имися|имся)|(?:прошедш|проходивш)(?:ий|ая|ее|ие|его|ей|их|ему|ем|ую|ими|им))$/;

/** Units to skip when units[j] opens a relative clause whose verb only says the meeting happened, else 0. */
export function relativeHeld(a: Annotation, units: Unit[], j: number): number {
  const u = units[j];
  // «встреча, состоявшаяся в Женеве»: a participle after a comma says the same as «которая состоялась».
  if (u && u.t1 - u.t0 === 1 && flagsOf(a, u) & F_COMMA && HELD_PARTICIPLE.test(tokenText(a, u.t0))) return 1;
  if (!u || u.t1 - u.t0 !== 1 || !RELATIVE_WORDS.has(tokenText(a, u.t0))) return 0;
  for (let q = j + 1; q < Math.min(units.length, j + 3); q++) {
    if (funcOf(units[q]) === 'held') return q - j + 1;
    if (flagsOf(a, units[q]) & (F_COMMA | F_DOT | F_CLAUSE)) return 0;
  }
  return 0;
}
