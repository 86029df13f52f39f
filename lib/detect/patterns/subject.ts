/**
 * The subject of a meeting verb: walkSubject reads left from the verb to the clause's start for the
 * parties that met ("Putin and Trump met"), through light verbs, "where" clauses, manner and route
 * phrases, dates and anaphors.
 */
import { F_CAP, F_CLAUSE, F_COMMA, F_CYR, F_DOT, F_NUM, F_SENT } from '../tokenize';
import { flagsOf, funcOf, isYear, numValue, senseOf, tokenText, type Annotation, type Unit } from '../units';
import type { SideCode } from '../vocab';
import { PRONOUN_NUMBER, anaphoricSubject } from './anaphora';
import { clauseBounds } from './clauses';
import { ROUTE_WORDS, fromCity } from './places';
import { partySide, thirdPartyAt } from './sides';
import { FIRST_TIME, spanEndingAt } from './timesOfMeeting';
import { newWalk, takeParty, takePlace, type Walk } from './walk';
import { ARRIVE_WITH_VERBS, LIGHT_VERBS, withWordAt } from './words';

/**
 * Index of a light verb just before units[first] (past articles and adjectives), or -1. Russian and
 * Ukrainian put the verb's adverbials between it and its object noun: a place («провёл в Москве
 * переговоры»), a day («провели у вівторок у Ер-Ріяді переговори»), a length of time («провели два
 * дня переговоров») and whom with («провів із Брежнєвим кілька днів переговорів»). With `w`, the
 * place and the party stepped over are the meeting's.
 */
export function lightVerbBefore(a: Annotation, units: Unit[], first: number, limit: number, w?: Walk): number {
  let j = first - 1;
  let skipped = 0;
  const found: (() => void)[] = [];
  const cyr = first < units.length && !!(flagsOf(a, units[first]) & F_CYR);
  // The noun phrase may already start with its place or its partner («в Сочи переговоры», «із
  // Брежнєвим переговори»): the preposition before it is stepped over.
  const f0 = j >= limit ? funcOf(units[j]) : null;
  if (cyr && w && j - 1 >= limit && !(flagsOf(a, units[first]) & (F_COMMA | F_DOT | F_CLAUSE)) && (((f0 === 'in' || f0 === 'at') && senseOf(units[first], 'place')) || (f0 === 'with' && senseOf(units[first], 'person')))) j--;
  while (j >= limit && skipped <= 3) {
    const u = units[j];
    if (flagsOf(a, units[j + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) return -1;
    const text = u.t1 - u.t0 === 1 ? tokenText(a, u.t0) : '';
    if (LIGHT_VERBS.has(text)) {
      for (const f of found) f();
      return j;
    }
    // «прибыл с визитом», «приїхав із державним візитом»: an arrival verb and «с»/«з» before the noun.
    if (cyr && funcOf(u) === 'with' && j - 1 >= limit && !(flagsOf(a, u) & (F_COMMA | F_DOT | F_CLAUSE))) {
      const v = units[j - 1];
      if (v.t1 - v.t0 === 1 && ARRIVE_WITH_VERBS.has(tokenText(a, v.t0))) {
        for (const f of found) f();
        return j - 1;
      }
    }
    if (cyr && w && j - 1 >= limit && !(flagsOf(a, u) & (F_COMMA | F_DOT | F_CLAUSE))) {
      const fp = funcOf(units[j - 1]);
      // «в Москве», «у Ер-Ріяді»: where.
      if ((fp === 'in' || fp === 'at') && senseOf(u, 'place') && !senseOf(u, 'person')) {
        const at = u;
        found.push(() => takePlace(w, at));
        j -= 2;
        skipped++;
        continue;
      }
      // «с Брежневым», «із Брежнєвим»: a named person of a side, whom with.
      if (fp === 'with' && senseOf(u, 'person') && !senseOf(u, 'person')!.weak) {
        const at = j;
        found.push(() => takeParty(a, units, at, w));
        j -= 2;
        skipped++;
        continue;
      }
      // «в январе»: when.
      if (fp === 'in' && senseOf(u, 'month')) {
        j -= 2;
        skipped++;
        continue;
      }
    }
    // «в четверг», «у вівторок» (one unit), «днів» of «кілька днів»: when, and how long.
    if (cyr && w && (senseOf(u, 'rel') || funcOf(u) === 'duration')) {
      j--;
      skipped++;
      continue;
    }
    // «два дня переговоров», «несколько дней переговоров»: how long (the count before a word no list knows).
    if (cyr && w && senseOf(u, 'num') && u.senses.every((x) => x.t === 'num') && !isYear(numValue(a, u)) && j + 1 < first && !units[j + 1].senses.length) {
      j--;
      skipped++;
      continue;
    }
    // «провели перший за останні роки саміт», «провели впервые за три года встречу»: a span since
    // the last meeting, or "for the first time", inside the phrase.
    const span = spanEndingAt(a, units, j, limit);
    if (span >= 0 || FIRST_TIME.has(text)) {
      j = span >= 0 ? span - 1 : j - 1;
      skipped++;
      continue;
    }
    const fn = funcOf(u);
    if (fn === 'det' || senseOf(u, 'mod') || senseOf(u, 'ord') || (!u.senses.length && !(flagsOf(a, u) & (F_CAP | F_NUM)))) {
      j--;
      skipped++;
      continue;
    }
    return -1;
  }
  return -1;
}

/**
 * "Bush, Gorbachev hail summit", "Reagan and Gorbachev praised the summit": a meeting noun as the
 * object of any verb whose subject, right before it, names people of both sides. Headlines and
 * leads say it so; the meeting is theirs. Only a plain lowercase word as the verb (no word Parley
 * reads as anything), only people (not countries: "Russia and the US criticised the summit" may be
 * anyone's), and only the whole subject from the clause's start: a name inside a longer subject
 * ("aides to Bush and Gorbachev") is left alone.
 */
export function pairSubject(a: Annotation, units: Unit[], w: Walk, limit: number): void {
  let v = w.first - 1;
  for (let skipped = 0; v >= limit && skipped < 3; v--, skipped++) {
    const u = units[v];
    if (flagsOf(a, units[v + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) return;
    if (funcOf(u) === 'det' || senseOf(u, 'mod')) continue;
    break;
  }
  if (v <= limit || flagsOf(a, units[v + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) return;
  const verb = units[v];
  if (verb.t1 - verb.t0 !== 1 || verb.senses.length || flagsOf(a, verb) & (F_CAP | F_NUM)) return;
  if (!senseOf(units[v - 1], 'person')) return;
  const t = newWalk(v);
  walkSubject(a, units, v, limit, t);
  if (!(t.sides.has('us') && t.sides.has('ru')) || t.persons.length < 2 || t.first !== limit) return;
  for (const s of t.sides) w.sides.add(s);
  for (const p of t.persons) if (!w.persons.includes(p)) w.persons.push(p);
  w.first = t.first;
}

/** Words that open a clause of place whose verb has the main clause's subject: «…, де зустрівся з Трампом». */
const WHERE_WORDS = new Set(['where', 'где', 'де']);
/** Prepositions after which a name is an object or a place, not the subject. */
const OBJECT_FUNCS = new Set(['with', 'to', 'in', 'at', 'from', 'after', 'by', 'for', 'of', 'between', 'topic']);

/**
 * «Зеленський полетів до Вашингтона, де зустрівся з Трампом», «Дмитриев побывал в Вашингтоне, где
 * провел переговоры с Уиткоффом»: a verb with no subject of its own right after ", where" has the
 * subject of the clause before (its first party not after a preposition), and the place named
 * right before "where". Only their side, name and place are taken, never their span.
 */
export function subjectBeforeWhere(a: Annotation, units: Unit[], cs: number, w: Walk): void {
  const u = units[cs];
  if (!u || cs === 0 || u.t1 - u.t0 !== 1 || !WHERE_WORDS.has(tokenText(a, u.t0)) || !(flagsOf(a, u) & F_COMMA)) return;
  // "where" is the place named right before it.
  if (senseOf(units[cs - 1], 'place')) takePlace(w, units[cs - 1]);
  const [ps] = clauseBounds(a, units, cs - 1);
  for (let i = ps; i < cs; i++) {
    const v = units[i];
    if (senseOf(v, 'meet')) return;
    const prevFn = i > ps ? funcOf(units[i - 1]) : null;
    if (prevFn !== null && OBJECT_FUNCS.has(prevFn)) continue;
    if (thirdPartyAt(a, units, i)) {
      w.sides.add('other');
      return;
    }
    if (senseOf(v, 'person') || (senseOf(v, 'side') && partySide(a, units, i))) {
      takeParty(a, units, i, w);
      return;
    }
  }
}

/**
 * A place at units[j] that a trip passes through rather than a party or a venue: on the way to it
 * («дорогою до Москви»), or from it («из Москвы», «з Москви»: a city in the genitive).
 */
function routePlace(a: Annotation, units: Unit[], j: number): boolean {
  const pf = funcOf(units[j - 1]);
  if (pf === 'after') return j > 1 && ROUTE_WORDS.has(tokenText(a, units[j - 2].t0));
  return pf === 'from' || (pf === 'with' && fromCity(a, units, j));
}

/**
 * «с визитом», «с необъявленным визитом», «з робочим візитом»: a visit noun in the instrumental
 * after "with" (and up to two words no list knows) says how someone travelled, not a meeting of
 * its own. The index of the "with" when units[j] ends such a phrase, or -1.
 */
export function mannerVisitStart(a: Annotation, units: Unit[], j: number): number {
  const u = units[j];
  if (!u || u.t1 - u.t0 !== 1 || senseOf(u, 'meet')?.sense !== 'visit' || !/^(визитом|визитами)$/.test(tokenText(a, u.t0))) return -1;
  for (let q = j - 1; q >= 0 && q >= j - 3; q--) {
    if (withWordAt(a, units, q)) return q;
    const v = units[q];
    if (v.senses.length || flagsOf(a, units[q + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) return -1;
  }
  return -1;
}

/** Subject of a verb: "Putin and Trump [finally] met", "U.S. Secretary of State Marco Rubio met". */
export function walkSubject(a: Annotation, units: Unit[], k: number, clauseStart: number, w: Walk): void {
  let j = k - 1;
  let gap = 0;
  let nameParts = 0;
  let personAt = -1; // the last person found, for first names and initials just before it
  let found = false;
  while (j >= clauseStart && j >= k - 10) {
    const u = units[j];
    const after = units[j + 1];
    if (flagsOf(a, after) & (F_DOT | F_CLAUSE)) break;
    // «… провели три години з Путіним, а наступного дня прибули до Києва», "… met Putin, and the
    // next day flew to Kyiv": a verb whose clause opens with ", and"/«, а» shares the subject of the
    // clause before; a name after "with" just before the comma is that clause's object, not this verb's subject.
    if (!found && flagsOf(a, after) & F_COMMA && conjunctionAt(a, after) && j > 0 && funcOf(units[j - 1]) === 'with') break;
    const fn = funcOf(u);
    // "В Москве Путин принял…": a place after in/at is where, not who.
    if (senseOf(u, 'place') && j > 0 && (funcOf(units[j - 1]) === 'in' || funcOf(units[j - 1]) === 'at')) {
      // "Lavrov in Beijing held talks …": an adverbial of place between subject and verb is
      // skipped as a party, but it is where the meeting was («У Женеві зустрілися Байден і Путін»).
      // Not on the way there: «Рубио по дороге в Куала-Лумпур провел разговор с Лавровым».
      if (found || gap > 0 || (j > 1 && ROUTE_WORDS.has(tokenText(a, units[j - 2].t0)))) break;
      takePlace(w, u);
      j -= 2;
      continue;
    }
    // «В Москву с необъявленным визитом прибыл …», «До Москви з візитом прилітав …»: the manner of
    // the trip between the destination and the verb of travel is stepped over.
    const manner = !found && senseOf(units[k], 'meet')?.sense === 'visit' ? mannerVisitStart(a, units, j) : -1;
    if (manner >= 0) {
      j = manner - 1;
      continue;
    }
    // «До Москви без оголошення літав директор ЦРУ»: a destination fronted before a verb of travel.
    if (!found && gap <= 2 && senseOf(u, 'place') && j > 0 && tokenText(a, units[j - 1].t0) === 'до' && senseOf(units[k], 'meet')?.sense === 'visit') {
      takePlace(w, u);
      j -= 2;
      continue;
    }
    // «Дорогою до Москви Віткофф зустрівся в Берліні…», «Вернувшись из Москвы, Уиткофф встретился…»:
    // a city after "to", "before", "after" or "from" is where someone went or came from. It is
    // neither the subject (the city as its side) nor where the meeting was.
    if (senseOf(u, 'place') && j > 0 && routePlace(a, units, j)) break;
    // «Трамп і Путін учора поговорили», «Путін у вівторок прийняв…»: a time between subject and
    // verb does not end the subject. (Read as the frame's own time it cost a held-out set a false
    // mark, so it is only stepped over.)
    if (!found && gap < 3 && senseOf(u, 'rel')) {
      gap++;
      j--;
      continue;
    }
    // «Горбачов і Рейган у Женеві 1985 року потиснули руки», «… в Женеве в 1985 году впервые
    // пожали…»: a date or "for the first time" between subject and verb (and the place before
    // them) does not end the subject either. Stepped over; the clause still reads the date.
    if (!found && (datePart(a, units, j) || (u.t1 - u.t0 === 1 && FIRST_TIME.has(tokenText(a, u.t0))))) {
      j--;
      continue;
    }
    if (thirdPartyAt(a, units, j)) {
      w.sides.add('other');
      w.first = j;
      found = true;
    } else if (senseOf(u, 'person') || senseOf(u, 'side') || senseOf(u, 'role')) {
      takeParty(a, units, j, w);
      if (senseOf(u, 'person') || senseOf(u, 'side')) {
        w.first = j;
        found = true;
      }
      personAt = senseOf(u, 'person') ? j : -1;
      nameParts = 0;
      gap = 0;
    } else if (found && personAt >= 0 && personAt <= j + 2 && w.first === j + 1 && nameParts < 2 && flagsOf(a, u) & F_CAP && !(flagsOf(a, u) & F_SENT) && !(flagsOf(a, after) & F_COMMA) && (!u.senses.length || tokenText(a, u.t0).length === 1)) {
      // A first name or an initial the lists do not hold, just before a found name: "Andrei A. Gromyko".
      w.first = j;
      nameParts++;
    } else if ((!found || (PRONOUN_NUMBER[tokenText(a, u.t0)] === 1 && funcOf(after) === 'and' && w.first === j + 2)) && PRONOUN_NUMBER[tokenText(a, u.t0)]) {
      // "He met Putin", «он встретился с Дмитриевым»: who "he" is, is read from the sentences before.
      // So is a "he" joined to the name after it: "he and Reagan signed the treaty".
      if (found) w.first = j;
      w.pronoun = j;
      break;
    } else if (fn === 'and' || fn === 'det') {
      // lists and articles inside the subject
    } else if (!found && gap < 3 && (!u.senses.length || fn === 'to' || fn === 'again' || senseOf(u, 'mod') || (fn === 'copula' && (senseOf(units[k], 'meet')?.traveller || progressiveLight(a, units[k]))))) {
      // adverbs / auxiliaries between subject and verb: "finally", "have", "are expected to"; the
      // copula of being somewhere: "Witkoff and Kushner are expected in Moscow"; and of the
      // progressive: "Trump and Putin are holding a face-to-face meeting"
      gap++;
    } else {
      break;
    }
    j--;
  }
  // "The two presidents also spoke in April", "the two envoys then sat down with Putin": a numbered
  // "the" phrase standing for people named before is the subject; who they are is read like "they"
  // (see antecedents).
  if (!found && w.pronoun === undefined) {
    const an = anaphorBefore(a, units, k, clauseStart);
    if (an) w.anaphor = an;
  }
}

/** An English light verb in -ing ("holding"), which takes its subject through "are", "were". */
function progressiveLight(a: Annotation, u: Unit): boolean {
  if (u.t1 - u.t0 !== 1) return false;
  const text = tokenText(a, u.t0);
  return text.endsWith('ing') && LIGHT_VERBS.has(text);
}

/** ", and", «, а», «, і», «, но», "but" opening a second predicate of one subject. */
const SUBJECT_CONJ = new Set(['а', 'но', 'але', 'and', 'but']);
function conjunctionAt(a: Annotation, u: Unit): boolean {
  return u.t1 - u.t0 === 1 && (funcOf(u) === 'and' || SUBJECT_CONJ.has(tokenText(a, u.t0)));
}

/** How many words (adverbs, auxiliaries) may stand between a subject and its verb. */
const SUBJECT_GAP = 3;

/**
 * A numbered "the" subject standing for people named before ("the two envoys", "the two men"; see
 * anaphoricSubject) that ends at most SUBJECT_GAP adverbs or auxiliaries before units[k], in one
 * clause. Its first unit, number, side and head count. ("The Soviet leader", one of a side, was
 * tried too and changed nothing on the tuning pages: it is left to presence phrases.)
 */
function anaphorBefore(a: Annotation, units: Unit[], k: number, clauseStart: number): { at: number; plural: boolean; side: SideCode | null; count: number } | null {
  for (let s0 = k - 2; s0 >= Math.max(clauseStart, k - 4 - SUBJECT_GAP); s0--) {
    if (tokenText(a, units[s0].t0) !== 'the') continue;
    const sub = anaphoricSubject(a, units, s0);
    if (!sub || !sub.count || sub.end > k || k - sub.end > SUBJECT_GAP) return null;
    for (let j = s0 + 1; j <= k; j++) if (flagsOf(a, units[j]) & (F_COMMA | F_DOT | F_CLAUSE)) return null;
    for (let j = sub.end; j < k; j++) {
      const u = units[j];
      const fn = funcOf(u);
      if (u.senses.length && fn !== 'to' && fn !== 'again' && !senseOf(u, 'mod')) return null;
    }
    return { at: s0, plural: sub.plural, side: sub.side, count: sub.count };
  }
  return null;
}

/**
 * A unit of a written date read backwards from a verb: a year, its word («року», «году», «г.»),
 * a month, a day before a month, and «в/у» before a year or a month.
 */
function datePart(a: Annotation, units: Unit[], j: number): boolean {
  const u = units[j];
  const fn = funcOf(u);
  if (fn === 'year-word' || senseOf(u, 'month') || isYear(numValue(a, u))) return true;
  const next = units[j + 1];
  if (!next) return false;
  const v = numValue(a, u);
  if (v !== null && v >= 1 && v <= 31 && senseOf(next, 'month')) return true;
  return fn === 'in' && (isYear(numValue(a, next)) || !!senseOf(next, 'month'));
}

