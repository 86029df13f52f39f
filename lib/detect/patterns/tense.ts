/**
 * Tense, modality and negation of a meeting's clause: past, future, planned, conditional
 * ("could meet"), called off, denied or only commented on, said by someone; and habitual practice
 * ("met many times"). The frame's tense and habitual flags come from here; resolution reads them.
 */
import { normalizeString } from '../normalize';
import { F_CAP, F_CLAUSE, F_COMMA, F_DOT, F_SENT } from '../tokenize';
import { TENSE_CODE, TENSE_NAME, flagsOf, funcOf, tokenText, type Annotation, type TenseName, type Unit } from '../units';
import { SET_FOR } from './clauseContext';
import { plannedPassive, reducedPlan } from './plans';
import type { Walk } from './walk';
import { isSpeechVerb } from './words';

/** "May" written with a capital inside a sentence is the month. */
function isMonthMay(a: Annotation, t: number): boolean {
  const f = a.scan.toks.flags[t];
  return (f & F_CAP) !== 0 && (f & F_SENT) === 0 && tokenText(a, t) === 'may';
}

/** Modals right after a meeting phrase: "talks with the US could take place", "a summit will follow". */
const AFTER_MODALS = new Set(['could', 'might', 'may', 'would', 'will', 'shall', 'll', 'может', 'могут', 'могли', 'мог', 'може', 'можуть']);

/** Words after a meeting that say it did not happen ("the summit … was shelved"). */
// (Tokens are normalised: Ukrainian і is и here.)
const CANCEL_BEFORE = /^(cancel|cancels|cancelled|canceled|scrapped|shelved|postponed|scuttled|отменил|отменили|отложил|отложили|скасував|скасувала|скасували|видклав|видклали|видклала)$/;
const CALLED_OFF = new Set(
  (
    'shelved|cancelled|canceled|postponed|scrapped|scuttled|aborted|отменен|отменена|отменили|отложен|отложена|отложили|сорван|сорвана|' +
    'відкладено|відкладений|відкладена|відклали|скасовано|скасований|скасована|скасували|зірвано|зірвався|зірвалася'
  )
    .split('|')
    .map((w) => normalizeString(w)),
);

// Words that make a meeting verb a habit ("met many times", «не раз встречались»), normalised.
const HABITUAL_ONE = new Set(['repeatedly', 'regularly', 'often', 'frequently', 'неоднократно', 'неодноразово', 'регулярно', 'часто']);
const HABITUAL_TWO = new Set(['many times', 'several times', 'numerous times', 'many occasions', 'много раз', 'не раз', 'несколько раз', 'багато разив', 'килька разив']);
/** The first words of HABITUAL_TWO: only after one of them is the pair put together and looked up. */
const HABITUAL_FIRST = new Set([...HABITUAL_TWO].map((p) => p.slice(0, p.indexOf(' '))));

/**
 * A count of three or more before "times" («раз», «разів»): "met a dozen times", «встречались пять
 * раз», «зустрічалися шість разів» tell how often, not which meeting. (Not "twice": "met twice in
 * Vietnam" is as often two meetings the text goes on to tell.) Normalised: і → и.
 */
const COUNT_OF_TIMES = new Set(
  ('three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|' +
    'три|четыре|пять|шесть|семь|восемь|девять|десять|чотири|шисть|сим|висим').split('|'),
);
const TIMES_WORD = new Set(['times', 'раз', 'раза', 'рази', 'разив']);

function countedTimes(a: Annotation, units: Unit[], i: number, ce: number): boolean {
  if (i + 1 >= ce) return false;
  const w = tokenText(a, units[i].t0);
  return (COUNT_OF_TIMES.has(w) || (/^\d{1,2}$/.test(w) && +w >= 3)) && TIMES_WORD.has(tokenText(a, units[i + 1].t0));
}

export function habitualIn(a: Annotation, units: Unit[], cs: number, ce: number): boolean {
  for (let i = cs; i < ce; i++) {
    const w = tokenText(a, units[i].t0);
    if (HABITUAL_ONE.has(w)) return true;
    if (countedTimes(a, units, i, ce)) return true;
    // "have met in the region before": 'before' closing the clause is an adverb (ever), not "before X".
    if (w === 'before' && (i + 1 >= units.length || flagsOf(a, units[i + 1]) & (F_DOT | F_COMMA | F_CLAUSE))) return true;
    if (i + 1 < ce && HABITUAL_FIRST.has(w) && HABITUAL_TWO.has(w + ' ' + tokenText(a, units[i + 1].t0))) return true;
  }
  return false;
}

const STANCE_VERB = /^(?:recogni[sz]e[sd]?|recogni[sz]ing|accept|accepts|accepted|endorse[sd]?|welcome[sd]?|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|condemn(?:s|ed)?|признава\S*|признает|признал\S*|признать|визна\S*)$/;
/** Verbs of being told or knowing of something (folded text), passive participles in Russian and Ukrainian. */
const INFORM_VERB = /^(?:informed|notified|told|briefed|consulted|aware|know|knew|warned|проинформирован\S*|уведомлен\S*|поінформован\S*|повідомлен\S*)$/;
const ATTEND_WORD = /^(?:part|participate|participating|attend|attending|участи[ея]|участь|участвова\S*|участвует|долучит\S*)$/;
const PASSIVE_BE = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'not', 'never', 't']);

/** Is token t a verb of attending ("take part in", "attend") or a passive "was (not) invited to"? */
function attendanceBefore(a: Annotation, t: number): boolean {
  const w = tokenText(a, t);
  if (ATTEND_WORD.test(w)) return true;
  // An active "Putin invited Trump to Moscow" is an invitation, a hypothesis; a passive one is about the guest.
  return (w === 'invited' || /^(?:приглаш|запрош)/.test(w)) && t > 0 && PASSIVE_BE.has(tokenText(a, t - 1));
}

export function tenseNear(a: Annotation, units: Unit[], cStart: number, cEnd: number, k: number, w: Walk, verbTense?: 'past' | 'fut'): TenseName | null {
  // Nearest marker before the frame within the clause (6 tokens at most), then inside the frame.
  const tokStart = units[Math.max(cStart, 0)].t0;
  const anchorTok = units[k].t0;
  const frameStart = units[Math.min(w.first, k)].t0;
  let best: TenseName | null = null;
  let modFut = false; // the future comes from a word right before or inside the frame ("the next summit")
  for (let t = frameStart - 1; t >= tokStart && t >= frameStart - 6; t--) {
    if (isMonthMay(a, t)) continue; // "In May 2025 the delegations held talks": the month, not the modal
    // "have not met since their Alaska summit": the meeting after "since" happened; the negation
    // belongs to the verb before it.
    if (BOUND_BEFORE.has(tokenText(a, t))) break;
    // «не бачилися з саміту в Анкориджі», «не виделись с саммита», «с момента встречи»: Russian and
    // Ukrainian "since" is «с»/«з» with the genitive, right before the meeting noun (or before
    // «момента», «часу»): the same bound.
    if (sinceBefore(a, t, frameStart)) break;
    // "would not comment on talks in Davos", «отказался комментировать переговоры»: the meeting is
    // what was (not) talked about; a negation before the verb of commenting is that verb's.
    if (COMMENT_VERB.test(tokenText(a, t))) break;
    // "Ukraine would not take part in the talks", "Europe was not invited to the talks": who
    // attends is denied or wished, not the meeting, which is told as it is.
    if (attendanceBefore(a, t)) break;
    // "does not recognize the Rubio–Lavrov talks", «не визнає домовленостей»: a stance taken toward
    // the meeting is what is denied.
    if (STANCE_VERB.test(tokenText(a, t))) break;
    // "Kyiv was not informed about the talks", "had not been consulted on the meeting", "did not
    // know about the summit": who was (not) told of the meeting is denied, not the meeting.
    if (INFORM_VERB.test(tokenText(a, t))) break;
    const code = a.tenseAt[t];
    if (code) {
      best = TENSE_NAME[code];
      // "Trump said the two leaders would meet in Budapest": 'would' in reported speech is the
      // future as seen then, not a hypothesis.
      if (best === 'hyp' && tokenText(a, t) === 'would' && saidBefore(a, t)) best = 'fut';
      modFut = best === 'fut' && t >= frameStart - 2;
      break;
    }
  }
  // "cancelled the planned summit", «скасував запланований саміт»: the verb calling it off outweighs
  // the plan named next to the noun.
  if (best === 'fut' || best === 'hyp') {
    for (let t = frameStart - 1; t >= tokStart && t >= frameStart - 6; t--) {
      if (CANCEL_BEFORE.test(tokenText(a, t))) {
        best = 'neg';
        break;
      }
    }
  }
  // Modifiers inside the frame ("the proposed meeting", "the cancelled summit", "upcoming talks").
  // An auxiliary inside it, after a subject the frame took in ("the two leaders would meet"), reads
  // as before the frame: reported speech still makes 'would' the future.
  for (let t = units[w.first].t0; t < anchorTok; t++) {
    const code = a.tenseAt[t];
    if (!code) continue;
    const name = code === TENSE_CODE.hyp && tokenText(a, t) === 'would' && saidBefore(a, t) ? 'fut' : TENSE_NAME[code];
    if (code >= 2) best = name;
    modFut = name === 'fut';
  }
  // "Billingslea and Ryabkov held arms control talks": the light verb inside the frame, before its
  // noun, tells the tense, not a verb later in the sentence ("…and agreed to set up groups").
  if (!best) {
    for (let i = w.first; i < k; i++) {
      if (a.tenseAt[units[i].t0] === TENSE_CODE.past && funcOf(units[i]) === 'held') {
        best = 'past';
        break;
      }
    }
  }
  // "the next summit took place a year later in Reykjavik", «наступна зустріч відбулася через рік»:
  // a history's "next" is told in the past by its own verb.
  if (modFut && best === 'fut') {
    for (let i = k + 1; i <= w.last; i++) {
      const code = a.tenseAt[units[i].t0];
      if (code >= TENSE_CODE.fut) break;
      if (code === TENSE_CODE.past && funcOf(units[i]) === 'held') {
        best = 'past';
        break;
      }
    }
  }
  // A verb of taking place inside the frame, after the meeting word, with a tense of its own: "the
  // summit will take place in Budapest", «саммит состоится в Будапеште», «саміт має відбутися…».
  if (!best || best === 'past') {
    for (let i = k + 1; i <= w.last; i++) {
      const code = a.tenseAt[units[i].t0];
      // …or the auxiliary of a passive read into the frame: "the summit will be held in Budapest".
      if (code >= TENSE_CODE.fut && (funcOf(units[i]) === 'held' || plannedPassive(a, units, i, w.last + 1) > 0 || reducedPlan(a, units, i, w.last + 1) > 0)) {
        best = TENSE_NAME[code];
        break;
      }
    }
  }
  // After the frame, in its clause: "the summit … was shelved", "talks … could take place".
  if (!best || best === 'past') {
    const after = units[w.last].t1;
    const lim = Math.min(a.scan.toks.count, after + 4);
    let joined = false;
    for (let t = after; t < lim; t++) {
      if (a.scan.toks.flags[t] & (F_DOT | F_CLAUSE | F_COMMA)) break;
      const word = tokenText(a, t);
      // "was not informed about the talks and would not recognise …": after "and", "but", "or" a
      // modal starts the subject's next predicate, not the meeting's. (A verb calling it off still
      // tells of the meeting: "the summit was planned and then shelved".)
      if (word === 'and' || word === 'but' || word === 'or') joined = true;
      // "The meeting was agreed during Bolton's visit", «Встреча … была согласована накануне»: a
      // meeting agreed, announced or confirmed is still ahead of that, whatever the copula's tense.
      // (Not one with a time of its own: "The summit in Anchorage in August was arranged in about a
      // week" tells how a meeting now past came about.)
      // Nor one set for a time ("was agreed for 11 February", «назначена на 16 июля»): that time dates it.
      if (!joined && !w.times.length && t > after && ARRANGED_AUX.has(tokenText(a, t - 1)) && ARRANGED_PASSIVE.test(word) && !(t + 1 < a.scan.toks.count && SET_FOR.has(tokenText(a, t + 1)))) {
        best = 'fut';
        break;
      }
      if (CALLED_OFF.has(word) || (word === 'called' && t + 1 < lim && tokenText(a, t + 1) === 'off')) {
        best = 'neg';
        break;
      }
      // (Not "may" the month, "from May 16 to May 17": annotate cleared its modal mark.)
      if (t < after + 2 && !joined && AFTER_MODALS.has(word) && !(word === 'may' && !a.tenseAt[t])) {
        best = word === 'will' || word === 'shall' || word === 'll' ? 'fut' : 'hyp';
        break;
      }
    }
  }
  // Still nothing: a future verb later in the clause ("консультации …, по его словам, продолжатся осенью").
  if (!best && !verbTense) {
    const clauseEnd = units[Math.min(cEnd, units.length) - 1].t1;
    for (let t = units[w.last].t1; t < Math.min(clauseEnd, units[w.last].t1 + 8); t++) {
      if (a.tenseAt[t] === TENSE_CODE.fut) {
        best = 'fut';
        break;
      }
    }
  }
  if (!best && verbTense) best = verbTense;
  return best;
}

/** Passive participles of arranging a meeting (folded as token text is: ё → е, і → и, ы → и). */
const ARRANGED_PASSIVE = /^(agreed|announced|confirmed|arranged|scheduled|согласован[аои]?|объявлен[аои]?|анонсирован[аои]?|подтвержден[аои]?|назначен[аои]?|погоджен[аои]?|оголошен[аои]?|анонсован[аои]?|пидтверджен[аои]?|призначен[аои]?)$/;
/** The copula of such a passive: "was agreed", «была согласована», «була погоджена». */
const ARRANGED_AUX = new Set(['was', 'were', 'been', 'is', 'are', 'была', 'был', 'были', 'было', 'будет', 'була', 'був', 'були', 'було', 'буде'].map(normalizeString));

/** A verb of saying shortly before token t in its sentence ("said … that the two leaders would"). */
function saidBefore(a: Annotation, t: number): boolean {
  const flags = a.scan.toks.flags;
  for (let q = t - 1; q >= Math.max(0, t - 14); q--) {
    if (isSpeechVerb(tokenText(a, q)) || tokenText(a, q) === 'agreed') return true;
    if (flags[q] & F_SENT) break;
  }
  return false;
}

/** Verbs of commenting on something (folded text: Ukrainian і is и). */
const COMMENT_VERB = /^(?:comment|comments|commenting|commented|elaborate|speculate|disclose|(?:про)?комментир|(?:про)?коментув|раскрива|розкрива)/;
/** Russian and Ukrainian prepositions that say "since" with the genitive (folded: «із» is 'из'). */
const SINCE_CYR = new Set(['с', 'со', 'з', 'из', 'зи']);
/** Nouns between such a preposition and the meeting: «с момента», «з моменту», «з часу», «со времени». */
const SINCE_NOUN = new Set(['момента', 'моменту', 'часу', 'времени']);

/**
 * Is token t a Cyrillic "since" bounding the frame that starts at token start? Only right before the
 * frame (or before «момента»/«часу» right before it): elsewhere «с», «з» are "with" and "from".
 */
function sinceBefore(a: Annotation, t: number, start: number): boolean {
  if (!SINCE_CYR.has(tokenText(a, t))) return false;
  return t === start - 1 || (t === start - 2 && SINCE_NOUN.has(tokenText(a, t + 1)));
}

/** Words that open a phrase about an earlier meeting, cutting it off from the clause's verb. */
const BOUND_BEFORE = new Set(['since', 'after', 'following', 'после', 'писля']);
