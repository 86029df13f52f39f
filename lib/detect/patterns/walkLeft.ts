/**
 * walkLeft: the words before a meeting word that belong to its frame, read right to left: sides,
 * names, places, years, adjectives, "the previous" ("the Putin–Trump encounter", "Russia-US
 * talks"). Stops at a clause boundary or a word that is no modifier.
 */
import { bodyPossessive } from '../nonparties';
import { readTime } from '../times';
import { F_CLAUSE, F_COMMA, F_DOT, F_HYPH } from '../tokenize';
import { flagsOf, funcOf, isYear, numValue, senseOf, tokenText, type Annotation, type Unit } from '../units';
import { ctxPlaceLevel } from './places';
import { lastWord } from './series';
import { spanEndingAt } from './timesOfMeeting';
import { takeParty, takePlace, type Walk } from './walk';
import { POSSESSIVE_NUMBER } from './anaphora';
import { dashJoined, possessive } from './words';

const LEFT_OK_FUNCS = new Set(['and', 'again']);

/** Walk left from the meeting word over modifiers: "the [Putin–Trump] encounter", "[Russia-US] talks". */
export function walkLeft(a: Annotation, units: Unit[], k: number, w: Walk, cueTokens: Set<number>, limit = 0): void {
  let j = k - 1;
  let steps = 0;
  let listAnd = false; // passed "and" between people: "Stalin, Churchill and Roosevelt at the table"
  while (j >= limit && steps < 8) {
    const u = units[j];
    const after = units[j + 1];
    const fAfter = flagsOf(a, after);
    // A comma inside a list of people ending in "and" is no boundary: the list is the frame's parties.
    const inList = listAnd && (fAfter & (F_COMMA | F_DOT | F_CLAUSE)) === F_COMMA && !!senseOf(u, 'person') && !!senseOf(after, 'person');
    if (!inList && fAfter & (F_COMMA | F_DOT | F_CLAUSE) && !dashJoined(a, units, j + 1)) {
      // "Abu Dhabi, round two", "Geneva, second round": a heading that names a round by its place
      // first, set off by a comma, is the round there.
      if ((j === 0 || flagsOf(a, u) & F_CLAUSE) && !(fAfter & (F_DOT | F_CLAUSE)) && senseOf(u, 'place') && senseOf(units[k], 'meet')?.sense === 'round') {
        takePlace(w, u);
        w.first = j;
      }
      break;
    }
    // «перша за останні роки зустріч», «первые за всю историю переговоры»: a span since the last
    // meeting inside the phrase says nothing of it; the words before it are still its own.
    const span = spanEndingAt(a, units, j, limit);
    if (span >= 0) {
      w.first = span;
      j = span - 1;
      steps++;
      continue;
    }
    const fn = funcOf(u);
    if (senseOf(u, 'forum') || bodyPossessive(a, u, possessive(a, u.t1 - 1))) {
      w.forum = true;
      break;
    }
    // "the Kremlin summit", "the Moscow talks", "a White House meeting": a capital or a seat of
    // government right before the meeting word is where it was, not who took part.
    const venue = j === k - 1 && !(fAfter & F_HYPH) && !senseOf(u, 'person') && senseOf(u, 'side') && senseOf(u, 'place') && ctxPlaceLevel(a, senseOf(u, 'place')!.key) === 'city';
    if (!venue && (senseOf(u, 'person') || senseOf(u, 'side'))) {
      takeParty(a, units, j, w);
      w.first = j;
    } else if (senseOf(u, 'place')) {
      takePlace(w, u);
      w.first = j;
    } else if (senseOf(u, 'mod') || senseOf(u, 'ord') || fn === 'again') {
      const o = senseOf(u, 'ord');
      if (o) w.ords.push(o.n);
      if (fn === 'again') w.again = true;
      w.first = j;
    } else if (u.t1 - u.t0 === 1 && lastWord(tokenText(a, u.t0))) {
      // "Trump and Putin's last encounter": the people before the word are still the meeting's
      // (previousBefore and finalBefore read what the word says). The mark takes the word in only
      // with those people; "the last meeting between …" keeps its mark from the noun.
    } else if (fn === 'of' && j > 0 && senseOf(units[j - 1], 'meet')) {
      // "round of [bilateral] consultations"
      w.first = j - 1;
      j--;
      steps++;
    } else if (senseOf(u, 'meet') && (fAfter & F_HYPH || senseOf(u, 'meet')!.sense === 'round')) {
      w.first = j;
    } else if (fn === 'and' && j > 0 && (senseOf(units[j - 1], 'side') || senseOf(units[j - 1], 'person'))) {
      // "U.S. and Russian talks"
      if (senseOf(units[j - 1], 'person') && senseOf(after, 'person')) listAnd = true;
    } else if (u.t1 - u.t0 === 1 && j === w.first - 1 && senseOf(units[k], 'meet')?.pos === 'n' && POSSESSIVE_NUMBER.has(tokenText(a, u.t0))) {
      // "his summit with Khrushchev", «их встреча»: whose meeting it is (framesOfSentence asks who
      // the pronoun stands for); nothing before it is the frame's.
      w.possessive = j;
      break;
    } else if (LEFT_OK_FUNCS.has(fn ?? '') && j > 0 && j === k - 1) {
      // nothing
      break;
    } else if (numValue(a, u) !== null && isYear(numValue(a, u))) {
      w.times.push({ y: numValue(a, u)! });
      w.first = j;
    } else if (senseOf(u, 'month')) {
      w.times.push({ m: senseOf(u, 'month')!.m });
      w.first = j;
    } else if (senseOf(u, 'rel') && possessive(a, u.t1 - 1)) {
      // "Friday's summit", "Tuesday's session", "last week's talks": the day is the meeting's.
      const t = readTime(a, units, j);
      if (!t) break;
      w.times.push(...t.atoms);
      w.first = j;
    } else if (!u.senses.length && (cueTokens.has(u.t0) || (fAfter & F_HYPH && j === w.first - 1))) {
      // a topic word the dataset knows as a cue ("ceasefire talks"), or half of "closed-door"
      w.first = j;
    } else {
      break;
    }
    j--;
    steps++;
  }
}
