/**
 * framesOfSentence: every frame of a sentence, one per meeting word, from the walks (left, right,
 * subject), anaphora, lists and repeats, the clause's context, tense and classification. Also the
 * frame of a named alias (aliasFrame). This is where the pieces of the grammar are put together.
 */
import { makeFrame } from './frame';
import { privateGroupPhrase, privateGroupSubject } from '../nonparties';
import { F_CAP, F_CLAUSE, F_COMMA, F_CYR, F_DOT, F_HYPH, F_NUM } from '../tokenize';
import { flagsOf, funcOf, senseOf, tokenText, type Annotation, type OverlayHit, type Unit } from '../units';
import type { SideCode } from '../vocab';
import { NO_PRIOR, anaphorParties, anaphorSide, antecedents, frontedPossessiveParties, objectParties, personalAnaphor, possessiveParties, pronounObject, pronounParties } from './anaphora';
import { heldBefore, phoneAdverbAfter, phoneAfter, timedCall } from './calls';
import { allThree, classify, isNamedParty, sovietIn, trilateralIn } from './classify';
import { antecedentTimes, clauseContext, ownersOf, sportNear } from './clauseContext';
import { clauseBounds, sentenceUnits } from './clauses';
import { inNegotiations, relativeHeld } from './complements';
import { adjunctAt, andBetween, frontedSetting, isContinuation, ownSetting } from './continuation';
import { bracketedTime, entryDate } from './headings';
import { hostCityBefore } from './hostPlace';
import { listFrames, meetingList } from './lists';
import { SENDING, sentEnvoy, toOtherSeat, travellerNamed } from './tripsAhead';
import { SPEAK_VERBS, answerHost, nounAhead, personObject, sidesBefore, speakersBothSides, stayWith, travelVerb, tripOfPerson } from './objects';
import { isPlacePreposition, placeSideOf } from './places';
import { collectSides } from './sentenceSides';
import { FINAL_ORD, finalBefore, hasAgainNear, lastTimeBefore, previousBefore } from './series';
import { SIDE_COUNTRIES } from './sides';
import { lightVerbBefore, mannerVisitStart, pairSubject, subjectBeforeWhere, walkSubject } from './subject';
import { habitualIn, tenseNear } from './tense';
import type { Frame, SentenceContext } from './types';
import { newWalk, type Walk } from './walk';
import { walkLeft } from './walkLeft';
import { SIDELINE_HEADS, walkRight } from './walkRight';
import { yearsAt, yearsOfSentence, type SentenceYears } from './years';
import { traceDrop } from '../trace';

/**
 * All frames of one sentence: one per meeting word (words inside an earlier frame's span are
 * absorbed), plus one per alias occurrence that no meeting-word frame covers.
 */
export function framesOfSentence(a: Annotation, sentence: number, ctx: SentenceContext, cueTokens: Set<number>): Frame[] {
  const units = sentenceUnits(a, sentence);
  const frames: Frame[] = [];
  const sentSides = new Set<SideCode>();
  const sentPersons: string[] = [];
  collectSides(a, units, 0, units.length, -1, -1, sentSides, sentPersons);
  const years = yearsOfSentence(a, units);
  let consumed = -1;
  let prev: { frame: Frame; w: Walk; cs: number; ce: number } | null = null;
  let privateUntil = -1;
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    const meet = senseOf(u, 'meet');
    if (!meet || k <= consumed) continue;
    // "call" alone is mostly "a call for …": only "a phone call", "an hour-long call", "a call with".
    // "held a call", "had a call", "hold 'useful' call" are calls too.
    if (meet.sense === 'call' && meet.w < 0.9 && /^calls?$/.test(tokenText(a, u.t0)) && !(k > 0 && senseOf(units[k - 1], 'mod')) && funcOf(units[k + 1] ?? u) !== 'with' && !heldBefore(a, units, k) && !timedCall(a, units, k)) {
      traceDrop(a, u.t0, u.t1, 'frame:call-word');
      continue;
    }
    // A bare «поездка», «поїздка» is a trip of anyone anywhere: only with its traveller of a side
    // right after it and a destination after that («третья поездка Уиткоффа в Россию»).
    if (meet.sense === 'visit' && meet.pos === 'n' && u.t1 - u.t0 === 1 && /^(поездк|поиздк)/.test(tokenText(a, u.t0)) && !tripOfPerson(units, k)) { traceDrop(a, u.t0, u.t1, 'frame:trip-noun-no-traveller'); continue; }
    // «с визитом прибыл»: the manner of the verb of travel right after it, read with that verb.
    if (meet.pos === 'n' && mannerVisitStart(a, units, k) >= 0 && units[k + 1] && senseOf(units[k + 1], 'meet')?.sense === 'visit' && senseOf(units[k + 1], 'meet')?.pos === 'v') { traceDrop(a, u.t0, u.t1, 'frame:manner-visit'); continue; }
    const w = newWalk(k);
    let senders: string[] | null = null;
    let [cs, ce] = clauseBounds(a, units, k);
    if (k < privateUntil) { traceDrop(a, u.t0, u.t1, 'frame:private-group-clause'); continue; }
    // A relative clause that only says the meeting happened belongs to it (walkRight reads it).
    if (meet.pos === 'n' && ce < units.length && relativeHeld(a, units, ce)) ce = clauseBounds(a, units, Math.min(units.length - 1, ce + relativeHeld(a, units, ce)))[1];
    // "visited Moscow in May 2013 for talks with Lavrov", "met for ninety minutes on the sidelines
    // of the G20": a meeting word right after a frame, joined by a preposition, is the same
    // meeting. Its parties, places and times join that frame; the mark stays where it was.
    // A verb of travel right after a meeting noun's phrase is the sentence's predicate, not the same
    // meeting: «Віткофф і Кушнер після зустрічі з Путіним прибули до Києва» (a trip to meet
    // someone, "a trip to Moscow to meet Putin", is joined by its "to").
    const predicate = prev !== null && prev.frame.pos === 'n' && travelVerb(u) && k === Math.max(prev.w.last, prev.w.consumedTo) + 1;
    const cont = prev !== null && prev.cs === cs && !predicate ? isContinuation(units, Math.max(prev.w.last, prev.w.consumedTo), k) : null;
    // "talks with Lavrov and a meeting with Putin" is one trip; "… and the encounter in Alaska" is another meeting.
    let continuation = cont === 'join';
    const leftLimit = continuation && prev ? Math.max(prev.w.last, prev.w.consumedTo) + 1 : 0;
    if (meet.pos === 'v' && !continuation) {
      walkSubject(a, units, k, cs, w);
      if (meet.fronted && !w.places.length) { traceDrop(a, u.t0, u.t1, 'frame:fronted-no-place'); continue; } // «прибули» with no destination before it
      // "saw" needs whom: a named person of the other side, or a pronoun standing for one ("the Bush
      // family welcomed him to Kennebunkport" after a sentence about Putin).
      // "The two envoys sat with Putin": a subject standing for people named before is their side.
      const subject = w.sides.size ? w.sides : w.anaphor ? anaphorSide(a, sentence, units, k, w.anaphor, ctx.prior ?? NO_PRIOR) : sidesBefore(units, cs, k);
      if (meet.object && !personObject(a, units, k, subject) && !pronounObject(a, sentence, units, k, subject, w.persons, ctx.prior ?? NO_PRIOR)) { traceDrop(a, u.t0, u.t1, 'frame:object-missing'); continue; }
      // "spent" needs how long and with whom, and a subject: one side's named person or a pronoun
      // ("the two spent hours with …", a subject the walk did not find, may be anyone: left out).
      if (meet.stay && (stayWith(a, units, k, ce, w.sides) < 0 || (w.sides.size !== 1 && w.pronoun === undefined))) { traceDrop(a, u.t0, u.t1, 'frame:stay-missing'); continue; }
      // "go to", "expected in" (verbs of going beyond the past "flew to", "went to") need their
      // traveller in the clause: "leaders head to Alaska", "the note-taker who was to go to
      // Washington" name no one of a side, and the page's people are not who travelled.
      if (meet.traveller && !w.sides.size && w.pronoun === undefined) { traceDrop(a, u.t0, u.t1, 'frame:traveller-missing'); continue; }
      // "Truman sent Hopkins to Moscow": sending is a trip only of the one sent, a named person of
      // the sender's side, straight before the destination (not "sent a letter to the White House").
      // A meeting noun later in the clause ("sent Hopkins to Moscow for talks with Stalin") names
      // the meeting better, as with a host's verb below.
      if (meet.seat && SENDING.has(tokenText(a, u.t0))) {
        if (!sentEnvoy(a, units, k, w.sides) || nounAhead(units, k + 1, ce)) { traceDrop(a, u.t0, u.t1, 'frame:sent-envoy'); continue; }
        senders = [...w.persons]; // who sent him was not there
      }
      // "Fidan and Rubio discuss talks between Ukraine and Russia", «обсудили переговоры в Стамбуле»:
      // a verb of discussing whose object is a meeting noun talks about that meeting; who discusses
      // it took no part in it. The noun's own frame reads the meeting.
      if (meet.sense === 'discussion' && discussedMeeting(a, units, k + 1, ce)) { traceDrop(a, u.t0, u.t1, 'frame:discussed-meeting'); continue; }
      // "gathered", "convened" need both sides in their own subject (vocab.ts).
      if (meet.together && !(w.sides.has('us') && w.sides.has('ru'))) { traceDrop(a, u.t0, u.t1, 'frame:together-sides'); continue; }
      // "Bush hosted Putin in Kennebunkport for the so-called lobster summit": a meeting noun later
      // in the clause names the meeting better; the host's verb leaves it to that noun.
      if (meet.object && nounAhead(units, k + 1, ce)) { traceDrop(a, u.t0, u.t1, 'frame:object-noun-ahead'); continue; }
      // "American and Russian scientists met in Vienna": a private group's meeting, not the sides'.
      if (privateGroupSubject(a, units, k, cs)) {
        privateUntil = ce; // "… met in Vienna for a conference on fusion": the rest of the clause is theirs too
        traceDrop(a, u.t0, u.t1, 'frame:private-group');
        continue;
      }
      if (!w.sides.size) subjectBeforeWhere(a, units, cs, w);
    } else if (meet.pos !== 'v') {
      walkLeft(a, units, k, w, cueTokens, leftLimit);
      // "Obama and Medvedev held a long meeting", «Лавров и Рубио провели краткую беседу»: a light
      // verb before the noun phrase brings its subject in as the parties.
      // «провів із Брежнєвим переговори»: the people the noun took are whom the subject met with.
      const withFirst = !!(flagsOf(a, units[w.first]) & F_CYR) && w.first > 0 && funcOf(units[w.first - 1]) === 'with' && !!senseOf(units[w.first], 'person');
      const subjectless = !w.sides.size || withFirst;
      const lv = lightVerbBefore(a, units, w.first, Math.max(cs, leftLimit), continuation || !subjectless ? undefined : w);
      // Without a subject found, the mark stays the noun phrase.
      if (lv >= 0 && !continuation && subjectless) {
        walkSubject(a, units, lv, Math.max(cs, consumed + 1), w);
        if (!w.sides.size) subjectBeforeWhere(a, units, cs, w);
      } else if (lv < 0 && !continuation && !w.sides.size) pairSubject(a, units, w, Math.max(cs, leftLimit, consumed + 1));
    }
    const head = tokenText(a, u.t1 - 1);
    const speaking = meet.pos === 'v' && meet.sense === 'discussion' && u.t1 - u.t0 <= 2 && SPEAK_VERBS.has(tokenText(a, u.t0));
    // "met on the sidelines of", and the phrase alone after a copula ("their meeting was on the
    // sidelines of the G20 in Osaka"), whose head is not its last word.
    let sideline = false;
    for (let t = u.t0; t < u.t1 && !sideline; t++) sideline = SIDELINE_HEADS.has(tokenText(a, t));
    // "spent more than two hours with Witkoff": the length of time is stepped over to the "with".
    const stayAt = meet.stay ? stayWith(a, units, k, ce, w.sides) : -1;
    // A trip ahead counts only to the other side's seat (tripsAhead.ts): who goes is read before the destination joins.
    const travellers = meet.seat ? new Set(w.sides) : null;
    walkRight(a, units, stayAt > k ? stayAt - 1 : k, ce, w, ctx.lang, meet.sense === 'visit', sideline, meet.sense === 'signing');
    if (travellers && (!toOtherSeat(travellers, w.places) || !travellerNamed(a, units, w.first, k))) { traceDrop(a, u.t0, u.t1, 'frame:trip-not-to-other-seat'); continue; }
    if (senders) w.persons = w.persons.filter((p) => !senders!.includes(p));
    // "Moscow Summit (1974)", «Московский саммит (1988)»: a date in brackets right after the phrase
    // (it opens a clause of its own, so the walk does not reach it) is the meeting's date.
    if (!w.times.length) w.times.push(...bracketedTime(a, units, w.last + 1));
    // "Geneva hosted talks between …", "Abu Dhabi hosted the first day of consultations between …":
    // the city that hosts the meeting noun's phrase is where it was held.
    if (meet.pos === 'n' && !w.places.length) {
      const host = hostCityBefore(a, units, w.first, cs);
      if (host) w.places.push(host);
    }
    // "He met Putin": the pronoun's people join the parties.
    const pronounSides = new Set<SideCode>();
    if (w.pronoun !== undefined && !(w.sides.has('us') && w.sides.has('ru'))) pronounParties(a, sentence, units, w.pronoun, w, pronounSides, ctx.prior ?? NO_PRIOR);
    // "He spent two days with Eisenhower": the mark takes in the pronoun, as a presence phrase's does.
    if (meet.stay && w.pronoun !== undefined && pronounSides.size) w.first = Math.min(w.first, w.pronoun);
    // ("The two governments also signed an agreement" reports an outcome: a signing is a meeting
    // only when its signers are named.)
    if (w.anaphor && (meet.sense !== 'signing' || personalAnaphor(a, units, w.anaphor.at)) && !(w.sides.has('us') && w.sides.has('ru'))) anaphorParties(a, sentence, units, w.anaphor, w, pronounSides, ctx.prior ?? NO_PRIOR);
    // Only beside a person the phrase names itself ("his summit with Khrushchev"): "their meeting" alone
    // is the page's meeting told again, as "the meeting" is.
    if (w.possessive !== undefined && w.sides.size === 1 && w.persons.length > 0 && (w.sides.has('us') || w.sides.has('ru'))) possessiveParties(a, sentence, units, w.possessive, w, pronounSides, ctx.prior ?? NO_PRIOR);
    // …or the both-sides subject right after the opening phrase it stands in ("After their talks, Ford and Brezhnev signed").
    else if (w.possessive !== undefined && w.sides.size === 0) frontedPossessiveParties(a, units, w.possessive, w, pronounSides);
    if (w.objPronoun !== undefined && !(w.sides.has('us') && w.sides.has('ru'))) objectParties(a, sentence, units, w.objPronoun, w, pronounSides, ctx.prior ?? NO_PRIOR);
    if (w.objAnaphor && !(w.sides.has('us') && w.sides.has('ru'))) {
      const found = antecedents(a, sentence, units, w.objAnaphor.at, w.objAnaphor.plural, w.objAnaphor.side, ctx.prior ?? NO_PRIOR, w.persons);
      for (const f of found ?? []) {
        w.sides.add(f.side);
        pronounSides.add(f.side);
        if (!w.persons.includes(f.key)) w.persons.push(f.key);
      }
      if (!found && w.objAnaphor.side) w.sides.add(w.objAnaphor.side); // "the two Americans": their side at least
    }
    // "Brezhnev returned the visit in 1973": a visit answering the other side's is to that side.
    if (meet.answer) answerHost(a, units, k, w);
    // "A conference of American and Russian scholars": a private group's meeting, not the sides'.
    if (meet.pos === 'n' && !w.persons.length && privateGroupPhrase(a, units, w.first, w.last)) { traceDrop(a, u.t0, u.t1, 'frame:private-group-phrase'); continue; }
    // «нет прогресса в переговорах с Россией», «у переговорах з Москвою»: "in" the negotiations is
    // the process; a meeting held is «на переговорах» (at the talks). With no place or time of its
    // own, such a phrase names no one meeting.
    if (meet.pos === 'n' && inNegotiations(a, units, w.first, k) && !w.places.length && !w.times.length && !w.unknownPlace) { traceDrop(a, u.t0, u.t1, 'frame:in-negotiations'); continue; }
    // "agreed to start a dialogue on strategic stability", «договорились о диалоге по …»: a weak
    // word for a process ("dialogue", "contacts") with nothing of its own (no parties, place or
    // time) names no one meeting, whatever the page is about. It stays a frame, so that a verb of
    // its clause does not stand for a meeting in its place («договорились продолжить контакты»).
    const processOnly = meet.sense === 'discussion' && meet.pos === 'n' && !w.sides.size && !w.persons.length && !w.places.length && !w.times.length && !w.unknownPlace && w.objPronoun === undefined && !w.ords.length;
    // Speaking is a contact only between the two sides named in the phrase itself (or by its pronoun).
    if (speaking && !speakersBothSides(a, units, w.first, k, w.last, pronounSides)) { traceDrop(a, u.t0, u.t1, 'frame:speakers-sides'); continue; }
    if (w.samePlace && prev) for (const x of prev.frame.places) if (!w.places.includes(x)) w.places.push(x);
    consumed = Math.max(consumed, w.consumedTo, w.last);
    if (w.internal) {
      prev = null;
      continue;
    }
    if (cont === 'and' && !w.places.length && !w.times.length && !w.unknownPlace) continuation = true;
    // "met in Auckland in 1999 and held a summit in Moscow that June": after "and", a meeting noun
    // with a place or time other than the first frame's is a second meeting of the same people.
    if (continuation && prev && andBetween(units, Math.max(prev.w.last, prev.w.consumedTo), k) && ownSetting(prev.frame, w)) continuation = false;
    if (continuation && prev && !prev.frame.places.length && !prev.frame.times.length && !prev.frame.unknownPlace && (w.places.length || w.times.length)) {
      // "Russia and Ukraine sat down for ceasefire talks in Istanbul": the noun phrase carries the
      // place and time, so it becomes the mark; the verb's parties join it.
      const f = prev.frame;
      for (const x of f.sides) w.sides.add(x);
      for (const x of f.persons) if (!w.persons.includes(x)) w.persons.push(x);
      w.first = Math.min(w.first, prev.w.first); // the mark runs from the verb's subject
      frames.pop();
      prev = null;
    } else if (continuation && prev) {
      const f = prev.frame;
      for (const x of w.sides) f.sides.add(x);
      for (const x of w.persons) if (!f.persons.includes(x)) f.persons.push(x);
      for (const x of w.places) if (!f.places.includes(x)) f.places.push(x);
      f.times.push(...w.times);
      f.ords.push(...w.ords);
      f.again ||= w.again;
      f.unknownPlace ??= w.unknownPlace;
      prev.w.consumedTo = Math.max(prev.w.consumedTo, w.last, w.consumedTo);
      f.kind = classify(f.sides, f.clauseSides, f.sentSides, placeSideOf(ctx, f.places));
      // "came to Washington for summits in December 1987 and again in June 1990": the joined
      // phrase's later meeting is the first frame's people again.
      if (w.repeat) {
        frames.push(...repeatFrames(units, f, w, years));
        consumed = Math.max(consumed, w.consumedTo);
        prev = null;
        continue;
      }
      // "went to the Kremlin three times to see Putin, most recently in July": further meetings
      // listed after the joined phrase are the first frame's.
      const more = meetingList(a, units, prev.w.consumedTo + 1, units.length);
      if (more.length && more[0].marked) {
        frames.push(...listFrames(units, f, more));
        consumed = Math.max(consumed, more[more.length - 1].i1);
        prev = null;
      }
      continue;
    }
    // A verb with nothing attached ("they met", "the two leaders met") says too little.
    if (meet.pos === 'v' && (w.first === k || w.first === w.anaphor?.at) && w.last === k) { traceDrop(a, u.t0, u.t1, 'frame:bare-verb'); continue; }
    // "the proposals that the Kremlin had received in four documents": an active "received" with no
    // object after it received a thing named before it, not visitors. (The passive, "Witkoff was
    // received in the Kremlin", has its visitor as the subject.)
    if (meet.sense === 'visit' && meet.pos === 'v' && receivedWithoutObject(a, units, k)) { traceDrop(a, u.t0, u.t1, 'frame:received-thing'); continue; }
    // "a 2019 first-round pick", "second-round voting": a round joined to its number by a hyphen and
    // followed by another noun is an adjective of that noun, not a meeting.
    if (meet.sense === 'round' && roundAdjective(a, units, k)) { traceDrop(a, u.t0, u.t1, 'frame:round-adjective'); continue; }
    // A subject starting after the frame with no comma («Після саміту в Анкориджі Зеленський
    // поїхав до Вашингтона») begins the main clause: its people are not the frame's clause.
    let frameSentSides = sentSides;
    if (w.subjectAt !== undefined) {
      ce = Math.min(ce, w.subjectAt);
      frameSentSides = new Set<SideCode>();
      collectSides(a, units, 0, w.subjectAt, -1, -1, frameSentSides);
    }
    // "arrived in Kyiv after their meeting with Putin": a meeting noun after "after", "before",
    // «після», «перед» dates another event of the clause; where the clause says before it that
    // they went is that event's place, not the meeting's (its time is still near the meeting's).
    const adjunct = meet.pos === 'n' ? adjunctAt(a, units, w.first) : -1;
    // «Ніксон після московського саміту прилетів до Києва»: the verb of travel right after the
    // adjunct is the subject's next trip; its destination's side is not the meeting's.
    const next = Math.max(w.last, w.consumedTo) + 1;
    if (adjunct >= 0 && next < ce && travelVerb(units[next])) {
      ce = next;
      frameSentSides = new Set<SideCode>();
      collectSides(a, units, 0, next, -1, -1, frameSentSides);
    }
    const clauseSides = new Set<SideCode>();
    collectSides(a, units, cs, ce, w.first, w.last, clauseSides, undefined, true);
    const cc = clauseContext(a, units, cs, ce, w);
    if (adjunct > cs) cc.places = clauseContext(a, units, adjunct + 1, ce, w).places;
    if (!cc.times.length) cc.times = entryDate(a, units, cs);
    // (Only for a meeting that names its place or people: "…in October 1986, where the two leaders came
    // close before the talks broke down" says no more of a bare "the talks" than the page does.)
    if (!cc.times.length && !w.times.length && (w.places.length || w.persons.length)) cc.times = antecedentTimes(a, units, cs);
    const tense = tenseNear(a, units, cs, ce, k, w, meet.tense);
    // "Witkoff and Kushner arrive in Moscow", a caption's or a headline's present: read as ahead
    // only by its verb (no "will", no "to"), so it may tell what already happened.
    const presentAhead = tense === 'fut' && meet.pos === 'v' && meet.tense === 'fut' && !(flagsOf(a, u) & F_CYR) && PRESENT_VERB.test(tokenText(a, u.t0)) && tenseNear(a, units, cs, ce, k, w) === null;
    let kind = classify(w.sides, clauseSides, frameSentSides, placeSideOf(ctx, w.places));
    // "…Biden and Putin repeated at their meeting in Geneva", «повторили Байден и Путин на своей
    // встрече в Женеве»: a possessive before a US–Russia meeting noun that names nobody stands for
    // the pair of both sides the sentence names, and they are the meeting's people. (Who met is
    // already read from the sentence: this says which of their meetings, not whether it is one.)
    if (meet.pos === 'n' && !w.persons.length && (kind === 'usru' || kind === 'usru-weak')) w.persons.push(...ownersOf(a, units, w.first, sentPersons));
    // "(Trump spoke with Putin) before his meeting with Zelensky": a meeting noun whose "with" names
    // a third party, and neither side of its own, is that party's meeting; the two sides of its
    // clause belong to another verb.
    if (kind === 'usru-weak' && meet.pos === 'n' && w.withThird && !w.sides.has('us') && !w.sides.has('ru')) kind = 'third';
    // "trilateral talks in Abu Dhabi", «трёхсторонние переговоры»: with Russia (or the US) in sight
    // and no named outsider, the third party of a three-way round is the other side.
    const outsider = w.places.some((key) => {
      const info = a.lex.places.get(key);
      return !!info && info.level === 'country' && !SIDE_COUNTRIES.has(info.country) && !SIDE_COUNTRIES.has(key) && !w.unknownPlace && isNamedParty(a, units, w, key);
    });
    const threeWay = trilateralIn(a, units, w.first, Math.min(ce, w.last + 4));
    if (kind !== 'usru' && threeWay && !w.sides.has('other') && !clauseSides.has('other') && !outsider) {
      const seen = new Set([...w.sides, ...clauseSides, ...sentSides]);
      if (seen.has('ru') || seen.has('us') || seen.has('ua') || !seen.size) kind = seen.size ? 'usru' : 'usru-weak';
    }
    // (Optional fields as values, undefined when absent, not spread in: an object literal with
    // spreads is built by the runtime, field by field, and this one is made for every frame.)
    const ys = yearsAt(years, w.first);
    const frame: Frame = makeFrame({
      t0: units[w.first].t0,
      t1: units[w.last].t1,
      anchor: u.t0,
      // "talked with Putin by phone", «розмовляв з Путіним по телефону»: said to be a call after all.
      meet:
        (meet.pos === 'v' && meet.sense === 'meeting' && phoneAfter(a, units, k + 1, Math.min(ce, w.last + 4))) ||
        (meet.pos === 'v' && meet.sense === 'discussion' && phoneAdverbAfter(a, units, k, ce))
          ? 'call'
          : meet.sense,
      pos: meet.pos,
      w: meet.w,
      sides: w.sides,
      clauseSides,
      sentSides,
      persons: w.persons,
      sentPersons,
      places: w.places,
      clausePlaces: cc.places,
      clauseTimes: cc.times,
      sport: sportNear(a, units, cs, ce),
      forum: w.forum,
      unknownPlace: w.unknownPlace,
      times: w.times,
      sinceMonths: w.since,
      sentYears: ys.sentYears,
      sinceYears: ys.sinceYears,
      // "It was the last meeting between Reagan and Gorbachev", "their final summit": the last of
      // their meetings (FINAL_ORD), not the one before the page's own.
      ords: meet.pos === 'n' && finalBefore(a, units, k) ? [...w.ords, FINAL_ORD] : w.ords,
      again: w.again || hasAgainNear(units, k),
      previous: (meet.pos === 'n' && previousBefore(a, units, k) && !finalBefore(a, units, k)) || lastTimeBefore(a, units, w.first),
      speak: speaking ? true : undefined,
      stay: meet.stay ? true : undefined,
      // "US, Russian and Ukrainian negotiators sit down together": the verb's subject is all three.
      three: threeWay || allThree(w.sides) || (meet.pos === 'v' && !w.sides.size && allThree(clauseSides)),
      habitual: habitualIn(a, units, cs, ce),
      soviet: sovietIn(a, units, cs, ce),
      tense,
      presentAhead: presentAhead ? true : undefined,
      kind,
      aliases: [],
      sentence,
      clause: [units[cs].t0, units[ce - 1].t1],
      process: processOnly ? true : undefined,
    });
    // "Roosevelt had met Stalin twice, at Tehran in 1943 and at Yalta in February 1945": each place
    // of the list after the comma is a meeting of its own, with the verb's parties; one place alone
    // ("met only once, in Vienna in 1961") is where the verb's meeting was, and the mark runs on to it.
    // The list is the verb's when nothing else was said after it.
    const list = meetingList(a, units, Math.max(w.last, w.consumedTo) + 1, units.length);
    if (list.length === 1 && !list[0].marked && list[0].place) {
      const [it] = list;
      frame.t1 = units[it.i1].t1;
      if (!frame.places.includes(it.place!)) frame.places.push(it.place!);
      frame.times.push(...it.times);
      consumed = Math.max(consumed, it.i1);
    } else if (list.length) {
      // The verb's own place ("met in Geneva, in Reykjavik and in Washington") is the first meeting;
      // after "again" or "a third", the frame is one whatever it named ("met in 1985 and again in 1986").
      if (frame.places.length || list[0].marked) frames.push(frame);
      frames.push(...listFrames(units, frame, list));
      consumed = Math.max(consumed, list[list.length - 1].i1);
      prev = null;
      continue;
    }
    // «В Абу-Дабі у січні делегації вперше сіли за один стіл», "In Vienna in June 1961 Kennedy and
    // Khrushchev met": a place or time fronted before the verb's subject says where and when its
    // meeting was; the mark takes it in when the verb named no place of its own.
    if (meet.pos === 'v' && !w.places.length && !w.unknownPlace && w.first > cs && frontedSetting(a, units, cs, w.first)) frame.t0 = units[cs].t0;
    frames.push(frame);
    prev = { frame, w, cs, ce };
    frames.push(...repeatFrames(units, frame, w, years));
  }
  return frames;
}

/**
 * "… at Vladivostok in November 1974 and again at Helsinki in 1975": the later meeting is a frame
 * of its own with the same people; without a place of its own it was where the first was.
 */
function repeatFrames(units: Unit[], frame: Frame, w: Walk, years: SentenceYears): Frame[] {
  const out: Frame[] = [];
  for (let r = w.repeat; r; r = r.repeat) {
    out.push(makeFrame({
      ...frame,
      t0: units[r.first].t0,
      t1: units[r.last].t1,
      anchor: units[r.first].t0,
      sides: new Set(frame.sides),
      persons: [...frame.persons],
      places: r.places.length || r.unknownPlace ? r.places : [...frame.places],
      unknownPlace: r.places.length || r.unknownPlace ? r.unknownPlace : frame.unknownPlace,
      times: r.times,
      ...yearsAt(years, r.first),
      clausePlaces: [],
      clauseTimes: [],
      ords: r.ords,
      again: true,
      aliases: [],
    }));
  }
  return out;
}

/** A frame for an alias occurrence no meeting-word frame covers ("Elbe Day", "the Kitchen Debate"). */
/** English verbs of travel and meeting in the simple present ("arrive in", "flies to", "meets"). */
const PRESENT_VERB = /^(arrive|arrives|fly|flies|go|goes|head|heads|return|returns|leave|leaves|travel|travels|land|lands|meet|meets|visit|visits)$/;

export function aliasFrame(a: Annotation, hit: OverlayHit, ctx: SentenceContext): Frame {
  const sentence = a.sentOf[hit.t0];
  const units = sentenceUnits(a, sentence);
  const sentSides = new Set<SideCode>();
  const sentPersons: string[] = [];
  collectSides(a, units, 0, units.length, -1, -1, sentSides, sentPersons);
  const years = yearsOfSentence(a, units);
  let k = 0;
  while (k < units.length && units[k].t1 <= hit.t0) k++;
  const [cs, ce] = clauseBounds(a, units, Math.min(k, units.length - 1));
  const clauseSides = new Set<SideCode>();
  collectSides(a, units, cs, ce, -1, -1, clauseSides);
  const w = newWalk(k);
  const tense = units.length ? tenseNear(a, units, cs, ce, Math.min(k, units.length - 1), w) : null;
  // "On Friday the trilateral working group meets in Abu Dhabi": a name shared by several rounds,
  // or one the page's main meeting competes with, is dated and placed by its clause as a meeting word is.
  let last = k;
  while (last + 1 < units.length && units[last + 1].t0 < hit.t1) last++;
  const cw = newWalk(k);
  cw.last = last;
  const cc = units.length && k < units.length ? clauseContext(a, units, cs, ce, cw) : null;
  void ctx;
  return makeFrame({
    t0: hit.t0,
    t1: hit.t1,
    anchor: hit.t0,
    meet: null,
    pos: null,
    w: 1,
    sides: new Set(),
    clauseSides,
    sentSides,
    persons: [],
    sentPersons,
    places: [],
    clausePlaces: cc ? cc.places : [],
    clauseTimes: cc ? cc.times : [],
    sport: false,
    forum: false,
    unknownPlace: null,
    times: [],
    ...yearsAt(years, k),
    ords: [],
    again: false,
    tense,
    kind: classify(new Set(), clauseSides, sentSides, null),
    aliases: [hit],
    sentence,
    clause: units.length ? [units[cs].t0, units[ce - 1].t1] : [hit.t0, hit.t1],
  });
}

/**
 * Whether the object right after a verb of discussing (past an article, a possessive or modifiers)
 * is a meeting noun: "discuss talks between …", "discussed the upcoming summit", «обсудили
 * переговоры». Not "discussed Ukraine at the talks": the object there is a topic.
 */
function discussedMeeting(a: Annotation, units: Unit[], from: number, to: number): boolean {
  for (let j = from; j < to && j < from + 3; j++) {
    const u = units[j];
    if (j > from && flagsOf(a, u) & (F_COMMA | F_DOT | F_CLAUSE)) return false;
    const m = senseOf(u, 'meet');
    if (m) return m.pos === 'n' && m.w >= 0.9;
    if (funcOf(u) === 'det' || senseOf(u, 'mod')) continue;
    return false;
  }
  return false;
}

/** Auxiliaries before a passive "received" ("was received", "were received", "being received"). */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** An English active "received" followed by a preposition or the clause's end: what it received was a thing. */
function receivedWithoutObject(a: Annotation, units: Unit[], k: number): boolean {
  const u = units[k];
  if (u.t1 - u.t0 !== 1 || tokenText(a, u.t0) !== 'received') return false;
  if (k > 0 && BE_FORMS.has(tokenText(a, units[k - 1].t1 - 1))) return false;
  const next = units[k + 1];
  if (!next || flagsOf(a, next) & (F_COMMA | F_DOT | F_CLAUSE)) return true;
  return isPlacePreposition(a, next) || PREPOSITIONS_AFTER.has(tokenText(a, next.t0));
}
const PREPOSITIONS_AFTER = new Set(['in', 'at', 'on', 'from', 'by', 'during', 'ahead', 'before', 'after', 'last', 'this', 'earlier', 'yesterday', 'today']);

/** "first-round pick": a hyphen-joined round with a plain word (not a meeting word) right after it. */
function roundAdjective(a: Annotation, units: Unit[], k: number): boolean {
  const u = units[k];
  if (!(flagsOf(a, u) & F_HYPH) || flagsOf(a, u) & F_CYR) return false;
  const next = units[k + 1];
  if (!next || flagsOf(a, next) & (F_COMMA | F_DOT | F_CLAUSE | F_HYPH | F_CAP | F_NUM)) return false;
  return !next.senses.length && !funcOf(next);
}
