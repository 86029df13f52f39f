/**
 * walkRight: the complements after a meeting word, read left to right: parties after
 * between/with/of (or a Russian genitive), places after in/at/в/на, times, a topic skipped, lists,
 * and a repeated meeting ("and again at Helsinki in 1975", repeatWalk). The longest piece of the
 * grammar; the tests it asks live in complements.ts, plans.ts, lists.ts and the modules below.
 */
import { bodyAfter, forumAhead } from '../nonparties';
import { readTime, type TimeAtom } from '../times';
import { F_CAP, F_CLAUSE, F_COMMA, F_CYR, F_DOT, F_QUOTE } from '../tokenize';
import { flagsOf, funcOf, isParty, numValue, senseOf, tokenText, type Annotation, type Unit } from '../units';
import { anaphoricSubject } from './anaphora';
import { capacityPhrase } from './clauses';
import {
  MEETING_PROPERTIES,
  SEAT_SIDE,
  forumPurpose,
  internalCompany,
  lowercaseFirstName,
  nominativeName,
  ownMeetingAhead,
  personListAt,
  relativeHeld,
  surnameFollows,
  thereAt,
} from './complements';
import { furtherMeetingAhead } from './lists';
import { ctxPlaceLevel, fromCity, placeAhead } from './places';
import { PLAN_PARTICIPLES, plannedPassive, reducedPlan } from './plans';
import { SIDE_COUNTRIES, partySide, thirdPartyAt } from './sides';
import { newWalk, takeParty, takePlace, type Walk } from './walk';
import type { SideCode } from '../vocab';
import { OBJECT_PRONOUN, SAME_PLACE_NOUNS, WITH_WORDS, dashJoined, gapBefore, titleTail, withWordAt } from './words';
import { laterTimeAdverb, whichTimeAdverb } from './timesOfMeeting';
import { sinceMonthTime, sinceTime } from './years';

/** Genitive endings of a Russian or Ukrainian adjective (folded: ї → и), «действующего», «чинного», «нынешних». */
const GENITIVE_ADJECTIVE = /^\p{L}{2,}(ого|его|ых|их|ои|ього)$/u;

/** The head of "on the sidelines of", «на полях»: where leaders meet at someone else's forum. */
export const SIDELINE_HEADS = new Set(['sidelines', 'margins', 'fringes', 'полях']);

/**
 * Walk right over complements: parties, places, times, further meeting words. Stops at a clause
 * break, a verb it does not know, or after a few unknown words.
 */
export function walkRight(a: Annotation, units: Unit[], k: number, end: number, w: Walk, lang: 'en' | 'ru', isVisit: boolean, sideline: boolean, signing = false, openDash = false): void {
  let j = k + 1;
  // A verb phrase that ends in its preposition ("held talks with", "sat down with") opens with it.
  const lastOfVerb = tokenText(a, units[k].t1 - 1);
  let prep: string | null = WITH_WORDS.has(lastOfVerb) ? 'with' : null; // last preposition seen
  let byAgent = false; // the last preposition was "by": a country after it did the meeting
  let unknown = 0;
  let topicWords = 0;
  let objectWords = 0; // "signed [the INF Treaty] in Washington"
  let steps = 0;
  const nounAnchor = !!senseOf(units[k], 'meet') && senseOf(units[k], 'meet')!.pos === 'n';
  let withParty = false; // a party taken after "with"
  // A party taken after of/with/between ("the leaders of Britain, France and the Soviet Union"):
  // the countries listed after it, up to "and the …", are parties too, not venues.
  let partyList = false;
  let atSideline = sideline; // the frame has reached "on the sidelines of", «на полях»
  let crossComma = -1; // the unit after a date set off by commas ("on Thursday, January 22, at …")
  // "round two", "round 3": a number right after a round is its ordinal.
  const count = j < end && senseOf(units[k], 'meet')?.sense === 'round' && !(flagsOf(a, units[j]) & (F_COMMA | F_DOT | F_CLAUSE)) ? senseOf(units[j], 'num') : undefined;
  if (count && count.n >= 1 && count.n <= 20) {
    w.ords.push(count.n);
    w.last = j;
    j++;
  }
  // "Putin received the two envoys", "would see the two Americans": a numbered "the" phrase right
  // after a verb of meeting or receiving is its object, people named before (objectParties).
  const verb = senseOf(units[k], 'meet');
  if (verb && verb.pos === 'v' && (verb.sense === 'visit' || verb.sense === 'meeting') && j < end && tokenText(a, units[j].t0) === 'the' && !(flagsOf(a, units[j]) & (F_COMMA | F_DOT | F_CLAUSE))) {
    const sub = anaphoricSubject(a, units, j);
    if (sub && sub.count >= 2 && sub.end <= end) {
      w.objAnaphor = { at: j, plural: sub.plural, side: sub.side };
      w.last = sub.end - 1;
      withParty = true;
      j = sub.end;
    }
  }
  while (j < end && steps < 16) {
    const u = units[j];
    const f = flagsOf(a, u);
    const repeat = j > k + 1 ? repeatWalk(a, units, j, end, w, lang, isVisit) : null;
    if (repeat) {
      w.repeat = repeat;
      w.consumedTo = Math.max(w.consumedTo, repeat.last, repeat.consumedTo);
      break;
    }
    // "talks, which took place last week between Lavrov and Rubio", "the meeting that will take
    // place in Moscow": a relative clause that only says the meeting happens continues it.
    const rel = relativeHeld(a, units, j);
    if (rel) {
      j += rel;
      prep = 'held';
      steps++;
      continue;
    }
    // "a summit is being prepared for Budapest", "the round is set for Istanbul", "the meeting is due
    // to take place in Geneva": a passive of planning or holding goes on to say where and when.
    const pass = nounAnchor ? (prep === null ? plannedPassive(a, units, j, end) : 0) || reducedPlan(a, units, j, end) : 0;
    if (pass) {
      j += pass;
      steps++;
      continue;
    }
    // "met as presidents in Madrid": the capacity is skipped, the place after it read. (After a
    // verb only: «Першу зустріч як президент Буш провів…» has the subject after the capacity.)
    const capacity = !nounAnchor && prep === null && j === w.last + 1 ? capacityPhrase(a, units, j, end) : 0;
    if (capacity) {
      j += capacity;
      steps++;
      continue;
    }
    // (`openDash`: the phrase opens after a dash, «а востаннє — у жовтні в Мадриді».)
    if (f & (F_DOT | F_CLAUSE) && !dashJoined(a, units, j) && !(openDash && j === k + 1 && !(f & F_DOT))) break;
    if (f & F_COMMA && j !== crossComma) {
      // "on Thursday, January 22, at the Kremlin": the calendar date set off after a weekday is the
      // same day told again; the walk goes on past it and the comma that closes it.
      const lastTime = w.last === j - 1 ? w.times[w.times.length - 1] : undefined;
      const dated = lastTime?.rel?.weekday !== undefined ? readTime(a, units, j) : null;
      if (dated && dated.atoms.length === 1 && dated.atoms[0].d !== undefined && dated.atoms[0].m !== undefined) {
        w.times.push(...dated.atoms);
        w.last = dated.next - 1;
        j = dated.next;
        crossComma = j;
        steps++;
        continue;
      }
      // Only a broader place crosses a comma: "Ankara, Turkey", "Anchorage, Alaska" — not
      // "in Budapest, White House says". And a list of people closed by "and": «зустрілися
      // Рузвельт, Черчилль і Сталін», "with Roosevelt, Churchill and Stalin".
      const prev = units[w.last];
      const here = senseOf(u, 'place');
      const placeList = here && prev && senseOf(prev, 'place') && ctxPlaceLevel(a, here.key) !== 'city';
      // "The summit, envisioned in Hungary", "a second round, planned for Istanbul": a participle
      // of planning after the comma goes on to say where the meeting was to be.
      const planned = PLAN_PARTICIPLES.has(tokenText(a, u.t0)) && j + 1 < end && !(flagsOf(a, units[j + 1]) & (F_COMMA | F_DOT | F_CLAUSE));
      if (planned) {
        j++;
        steps++;
        continue;
      }
      if (!placeList && !(prev && senseOf(prev, 'person') && personListAt(a, units, j, end))) break;
    }
    if (f & F_QUOTE && steps > 0) break;
    // "the shipboard summit off Malta": off a place is where it was.
    const fn = tokenText(a, u.t0) === 'off' && units[j + 1] && senseOf(units[j + 1], 'place') ? 'at' : funcOf(u);
    // "Lavrov flew to New York for the UN General Assembly", «прилетел в Нью-Йорк на Генассамблею
    // ООН»: a trip whose purpose is a multilateral forum is the forum's, not a visit to the host.
    // (…and "for an emergency session of the UN General Assembly", «на чрезвычайную сессию Генассамблеи ООН».)
    if (isVisit && !nounAnchor && (prep === 'for' || prep === 'on' || prep === 'at' || prep === 'to') && !w.sides.has('us') !== !w.sides.has('ru') && forumAhead(a, units, j, end, (x) => !!senseOf(x, 'forum'))) {
      w.forum = true;
      break;
    }
    // "a summit of the alliance", «саммит альянса»: a body's own meeting, like a named forum's.
    if (!sideline && !w.places.length && !w.sides.size && ((prep === 'of' && bodyAfter(a, u)) || (j === k + 1 && nounAnchor && f & F_CYR && bodyAfter(a, u)))) {
      w.forum = true;
      break;
    }
    // "came to New York to address the United Nations": a trip made to speak at or attend a forum is the forum's too.
    if (isVisit && !nounAnchor && w.places.length && tokenText(a, u.t0) === 'to' && !w.sides.has('us') !== !w.sides.has('ru') && forumPurpose(a, units, j + 1, end)) {
      w.forum = true;
      break;
    }
    if (senseOf(u, 'forum') && (prep === 'of' || prep === 'at' || prep === 'on' || sideline)) {
      // "on the sidelines of the G20 summit" is where two leaders met; "a meeting of NATO" is NATO's.
      // Once the frame has its own parties or place, a forum after it is only the setting; so it is
      // when people named before meet at it ("the two men plan to meet at the G-8 meeting").
      if (!sideline && !w.places.length && !w.sides.size && !(prep === 'at' && !nounAnchor && (w.anaphor || w.pronoun !== undefined))) {
        w.forum = true;
        break;
      }
      j++;
      steps++;
      continue;
    }
    // "for ninety minutes", "for about three hours"
    if (prep === 'for' && (senseOf(u, 'num') || numValue(a, u) !== null || fn === 'duration' || (!u.senses.length && !(flagsOf(a, u) & F_CAP)))) {
      if (fn === 'duration') {
        prep = null;
        w.consumedTo = j; // part of the frame, though not worth marking
      }
      j++;
      steps++;
      continue;
    }
    // «встреча … последний раз проходила 15 августа», «зустріч … вперше відбулася у Женеві»: which
    // time of several it was, before the verb that says where and when it was held.
    const which = nounAnchor && prep === null ? whichTimeAdverb(a, units, j, end) : 0;
    if (which && j + which < end && funcOf(units[j + which]) === 'held' && !(flagsOf(a, units[j + which]) & (F_COMMA | F_DOT | F_CLAUSE))) {
      j += which;
      steps++;
      continue;
    }
    const time = readTime(a, units, j);
    const sinceYear = !!time && sinceTime(a, units, j, time);
    // (Only where meetings are counted from the second on, "the third trip since February": "the
    // first talks since March" is often the page's own meeting, which the month still places.)
    const sinceMonth = w.ords.some((n) => n >= 2) && !!time && !sinceYear && sinceMonthTime(a, units, j, time);
    if (time && (prep === 'after' || sinceYear || sinceMonth)) {
      // "talks since 2022", "the first meeting after 1991": a bound, not the meeting's date.
      if (sinceMonth) (w.since ??= []).push(...time.atoms);
      w.consumedTo = time.next - 1;
      j = time.next;
      prep = null;
      steps++;
      continue;
    }
    if (time && !(senseOf(u, 'place') && prep !== 'on')) {
      w.times.push(...time.atoms);
      w.last = time.next - 1;
      j = time.next;
      prep = null;
      unknown = 0;
      steps++;
      continue;
    }
    if ((prep === 'in' || prep === 'at') && tokenText(a, u.t0) === 'same' && units[j + 1] && j + 1 < end && SAME_PLACE_NOUNS.has(tokenText(a, units[j + 1].t0))) {
      // "opened in the same city on March 12": the place said just before, and the time after it.
      w.samePlace = true;
      w.last = j + 1;
      j += 2;
      prep = null;
      steps++;
      continue;
    }
    if (prep === null && j === w.last + 1 && thereAt(a, units, j, end)) {
      // "talks with Eisenhower there in 1959": the place just named in the sentence, and the
      // time after it is this meeting's.
      w.samePlace = true;
      w.last = j;
      j++;
      steps++;
      continue;
    }
    if (thirdPartyAt(a, units, j)) {
      w.sides.add('other');
      w.last = j + 1;
      j++;
      prep = null;
      unknown = 0;
    } else if (senseOf(u, 'place') && prep === 'on') {
      // "talks with Stalin about Poland", "консультации по Сирии": the topic, not the venue.
      topicWords++;
    } else if (byAgent && senseOf(u, 'place') && ctxPlaceLevel(a, senseOf(u, 'place')!.key) === 'country' && !SIDE_COUNTRIES.has(senseOf(u, 'place')!.key)) {
      // "a visit to Kyiv by Japan's prime minister": the country after "by" is who came.
      w.sides.add('other');
      w.last = j;
      prep = null;
      byAgent = false;
    } else if (prep === 'with' && senseOf(u, 'place') && fromCity(a, units, j)) {
      // «прилетів до Києва з Москви»: Ukrainian «з» with a city in the genitive is "from", not
      // "with" (that is «з Москвою»): where the trip began is neither a party nor the venue.
      prep = null;
    } else if (prep === 'with' && senseOf(u, 'place') && SEAT_SIDE[senseOf(u, 'place')!.key]) {
      // "with his Kremlin counterpart", «зі своїм кремлівським колегою»: the seat stands for its side.
      w.sides.add(SEAT_SIDE[senseOf(u, 'place')!.key]);
      w.last = j;
    } else if (senseOf(u, 'place') && prep === 'after' && funcOf(units[j - 1]) === 'after') {
      // "met again after Hamburg", «встречался и после Гамбурга»: the place stands for a meeting
      // before this one; it bounds it, it is not where it was.
      w.consumedTo = Math.max(w.consumedTo, j);
      prep = null;
    } else if (
      senseOf(u, 'place') &&
      ctxPlaceLevel(a, senseOf(u, 'place')!.key) === 'country' &&
      ((partyList && prep === null && j <= w.last + 3 && (f & F_COMMA || funcOf(units[j - 1]) === 'and' || funcOf(units[j - 1]) === 'det')) || (prep === 'of' && j >= 2 && !!senseOf(units[j - 2], 'role') && listGoesOn(a, units, j + 1)))
    ) {
      // "the leaders of France, Britain and the Soviet Union": a country opening a list after a
      // role's "of", and each next country of the list, is a party, not the venue. (Alone, "the
      // president of Finland" is as often the host: the venue, as before.)
      if (isParty(u)) takeParty(a, units, j, w);
      else w.sides.add(countrySide(a, senseOf(u, 'place')!.key));
      w.last = j;
      partyList = true;
      prep = null;
    } else if (senseOf(u, 'place') && (prep === 'in' || prep === 'at' || prep === 'to' || prep === 'held' || prep === 'from' || !isParty(u) || (isVisit && prep === null))) {
      takePlace(w, u);
      w.last = j;
      prep = null;
      unknown = 0;
    } else if (!u.senses.length && (withWordAt(a, units, j - 1) || senseOf(units[j - 1], 'role')) && titleTail(a, units, j, end) > j + 1) {
      // «з секретарем Ради безпеки РФ Миколою Патрушевим», «с директором Службы внешней разведки
      // Сергеем Нарышкиным»: an institution's name between the role and the person is the title.
      // (Right after "with" itself, not after «участвовал»: "also took part, senior adviser …" is a list.)
      j = titleTail(a, units, j, end) - 1;
    } else if (!u.senses.length && (flagsOf(a, u) & F_CAP || lowercaseFirstName(a, units, j)) && j + 1 < end && senseOf(units[j + 1], 'person')) {
      // A first name the lists do not spell this way, right before a known surname ("Володимиром Путіним"),
      // in lower case too where the outlet writes the surname so («з посланцем путіна кирилом дмитрієвим»).
    } else if (prep === 'with' && internalCompany(a, units, j)) {
      // "a meeting with his advisers at the White House", «совещание со своими помощниками»: a
      // side meeting its own people, not the other side.
      w.internal = true;
      w.last = j;
      break;
    } else if (nounAnchor && prep === null && !withParty && funcOf(units[j - 1]) !== 'and' && nominativeName(a, units, j)) {
      // «Після саміту в Анкориджі Зеленський поїхав…»: a name in the nominative after a meeting
      // noun and its complements starts the next clause's subject; a noun's own parties are
      // in the genitive («саміт Трампа і Путіна») or follow a preposition («з Путіним»). After
      // «Після зустрічі з Путіним» the subject is the one who met him, and stays a party; after
      // "and" («для своей встречи и Хрущёв с Кеннеди») the name is the subject of this very clause.
      w.subjectAt = j;
      break;
    } else if (isParty(u)) {
      takeParty(a, units, j, w);
      if (prep === 'of' || prep === 'with' || prep === 'between') partyList = true;
      if (prep === 'with') {
        withParty = true;
        const side = senseOf(u, 'person')?.side ?? partySide(a, units, j);
        if (side === 'ua' || side === 'other') w.withThird = true;
      }
      if (senseOf(u, 'person') || senseOf(u, 'side')) w.last = j;
      prep = null;
      unknown = 0;
    } else if (senseOf(u, 'meet') && (prep === 'at' || prep === 'in') && (senseOf(units[j - 1], 'forum') || (j + 1 < end && senseOf(units[j + 1], 'forum')))) {
      // «поспілкувалися на саміті АТЕС у Пекіні», "talked at the G20 summit in Osaka": a forum's own
      // meeting is where the two met, and the city after it is theirs too.
      if (j + 1 < end && senseOf(units[j + 1], 'forum')) j++;
      w.consumedTo = j;
      prep = null;
    } else if (senseOf(u, 'meet') && prep === 'on' && senseOf(u, 'meet')!.sense === 'visit' && senseOf(u, 'meet')!.pos === 'n') {
      // "signed on his visit to Moscow", "met her on a trip to Geneva": "on" a visit says when, not
      // what about. The visit is a meeting phrase of its own, with its own place and time.
      break;
    } else if (senseOf(u, 'meet') && prep === 'on') {
      // "talks with Lavrov on a conference about Syria": the topic, not another meeting.
      w.consumedTo = j;
      topicWords++;
    } else if (senseOf(u, 'meet')) {
      // Another meeting word continues the frame only when chained to it: "round of talks",
      // "talks and negotiations", "summit meeting"; "met ... for talks" ends here. A verb of travel
      // after a meeting noun is the sentence's own predicate («Віткофф і Кушнер після зустрічі з Путіним
      // прибули до Києва»): where they went next is not where they met.
      if (nounAnchor && senseOf(u, 'meet')!.pos === 'v' && senseOf(u, 'meet')!.sense === 'visit') break;
      let chained = true;
      for (let q = w.last + 1; q < j; q++) {
        const fq = funcOf(units[q]);
        if (!(fq === 'of' || fq === 'and' || fq === 'det' || senseOf(units[q], 'mod') || (atSideline && !units[q].senses.length))) chained = false;
      }
      if (!chained) break;
      w.last = j;
      prep = null;
      // "met in Rovaniemi on the sidelines of …": what follows is the forum where they met.
      for (let t = u.t0; t < u.t1 && !atSideline; t++) atSideline = SIDELINE_HEADS.has(tokenText(a, t));
    } else if (fn === 'and' && units[j + 1] && funcOf(units[j + 1]) === 'det' && prep !== 'between' && prep !== 'with' && prep !== 'of' && prep !== 'by' && !(partyList && j === w.last + 1 && countryAt(a, units[j - 1]) && countryAt(a, units[j + 2]))) {
      // "… in Saudi Arabia and Alaska, and the Putin–Trump encounter": a new noun phrase begins.
      break;
    } else if (fn === 'and' && furtherMeetingAhead(a, units, j + 1, end)) {
      // "met in Geneva in 1985 and again in Reykjavik": a further meeting of the same people, read
      // as a list item of its own (meetingList).
      break;
    } else if (fn === 'and' && ownMeetingAhead(units, j + 1)) {
      // "the second meeting this month and Pompeo's first visit to Russia": another meeting
      // with a subject of its own begins.
      break;
    } else if (fn === 'between' || fn === 'with' || fn === 'of' || fn === 'by' || fn === 'det' || fn === 'and' || fn === 'held' || fn === 'for') {
      if (fn === 'held' || fn === 'by') {
        prep = 'held';
        byAgent = tokenText(a, u.t0) === 'by';
      } else if (fn !== 'det' && fn !== 'and') {
        prep = fn;
        byAgent = false;
      }
    } else if (fn === 'after' && tokenText(a, u.t0) === 'до' && units[j + 1] && senseOf(units[j + 1], 'place')) {
      // «до Москви», «до Кремля»: before a place, до says where to (a destination), not until when.
      prep = 'to';
    } else if (fn === 'in' || fn === 'at' || fn === 'topic' || (fn === 'to' && isVisit) || fn === 'from' || fn === 'after') {
      prep = fn === 'topic' ? 'on' : fn;
    } else if (prep === 'on' && !u.senses.length && !(flagsOf(a, u) & F_CAP) && topicWords < 3) {
      // "consultations on embassy operations", "talks on arms control": the topic, skipped.
      topicWords++;
    } else if (prep === null && j === w.last + 1 && MEETING_PROPERTIES.has(tokenText(a, u.t0))) {
      // "sets meeting date with Putin in Alaska", "the summit venue in Budapest": a property of the
      // meeting, whose complements follow it.
    } else if (fn === 'again') {
      w.again = true;
    } else if (senseOf(u, 'ord')) {
      w.ords.push(senseOf(u, 'ord')!.n);
    } else if (senseOf(u, 'mod')) {
      // "talks, high-level and direct" – skip adjectives
    } else if (atSideline && prep === null && j <= w.last + 2 && !u.senses.length && !(flagsOf(a, u) & F_CAP)) {
      // «на полях министерской встречи Арктического совета»: an adjective of the forum's own meeting,
      // which names where the two met (the meeting word after it joins the frame).
    } else if (prep === null && j === w.last + 1 && !u.senses.length && !(flagsOf(a, u) & F_CAP) && /^[a-z]{4,}ly$/.test(tokenText(a, u.t0))) {
      // "met briefly", "talked privately": an adverb right after the verb.
    } else if (!u.senses.length && (prep === 'in' || prep === 'at') && flagsOf(a, u) & F_CAP && !(f & F_CYR && lang === 'en')) {
      // "held in Ankara": a capitalised word after in/at that no list knows is probably a place.
      w.unknownPlace = tokenText(a, u.t0);
      w.last = j;
      prep = null;
    } else if (signing && prep === null && objectWords < 4 && (!u.senses.length || fn === 'det' || senseOf(u, 'mod'))) {
      objectWords++;
    } else if (!u.senses.length && flagsOf(a, u) & F_CAP && u.t1 - u.t0 === 1 && tokenText(a, u.t0).length === 1 && surnameFollows(a, units, j - 1)) {
      // A middle initial before a known surname: "Sergei V. Lavrov", «В. В. Путин».
    } else if ((prep === 'with' || (j === k + 1 && senseOf(units[k], 'meet')?.object)) && !u.senses.length && u.t1 - u.t0 === 1 && OBJECT_PRONOUN.has(tokenText(a, u.t0)) && w.objPronoun === undefined) {
      // "a bilateral meeting with him": who he is, is read from the sentences before (objectParties).
      w.objPronoun = j;
      w.last = j;
      withParty = true;
      prep = null;
    } else if (!u.senses.length && unknown < 1 && (prep === 'with' || prep === 'between') && flagsOf(a, u) & F_CAP && w.sides.size === 1 && !surnameFollows(a, units, j)) {
      // "talks with Wang Yi", «переговори з Ван Ї»: a named counterpart no list knows, facing one
      // side, is someone else (a person of either side would be on the lists or in the dataset).
      w.sides.add('other');
      unknown++;
    } else if (!u.senses.length && unknown < 1 && (prep === 'between' || prep === 'with' || prep === 'of')) {
      unknown++;
    } else if (nounAnchor && prep === null && f & F_CYR && !(f & F_CAP) && !u.senses.length && unknown < 1 && GENITIVE_ADJECTIVE.test(tokenText(a, u.t1 - 1)) && j + 1 < end && (senseOf(units[j + 1], 'role') || senseOf(units[j + 1], 'person'))) {
      // «визит действующего президента США Никсона»: an adjective of the genitive party after the noun
      // (by its genitive ending: «Першу зустріч як президент Буш провів» is the subject's capacity).
      unknown++;
    } else if (!u.senses.length && (prep === 'in' || prep === 'at') && placeAhead(units, j, end)) {
      // "в городке Гласборо", "at the resort of Sochi", "in the Finnish capital Helsinki"
      unknown++;
    } else {
      break;
    }
    j++;
    steps++;
  }
  w.consumedTo = Math.max(w.consumedTo, w.last);
}

/** Adverbs that, after "and", begin a later meeting of the same people ("and again", "and then", «а затем», «і знову»). Folded text. */
const REPEAT_ADVERBS = new Set(['again', 'then', 'later', 'снова', 'вновь', 'затем', 'потом', 'позже', 'позднее', 'знову', 'потим', 'згодом']);

/**
 * At units[j], after a meeting phrase that already has a place or a time: "and again at Helsinki in
 * 1975", "and again in August", «а затем 17–18 февраля в Женеве», or a second full date after a full
 * date («2 декабря 2025 года и 22 января 2026 года»). That is another meeting of the same people, and
 * its own place and time are not the first one's. The walk of that second meeting, or null. A verb
 * or a meeting word in it ("and then flew to Kyiv") is a new predicate, not a repeat.
 */
function repeatWalk(a: Annotation, units: Unit[], j: number, end: number, w: Walk, lang: 'en' | 'ru', isVisit: boolean): Walk | null {
  if (!w.times.length && !w.places.length) return null;
  const u = units[j];
  if (u.t1 - u.t0 !== 1 || flagsOf(a, u) & (F_DOT | F_CLAUSE)) return null;
  const word = tokenText(a, u.t0);
  if (funcOf(u) !== 'and' && word !== 'а') return null;
  let q = j + 1;
  let adverbs = 0;
  while (q < end && adverbs < 2 && !(flagsOf(a, units[q]) & (F_DOT | F_CLAUSE | F_COMMA)) && (funcOf(units[q]) === 'again' || (units[q].t1 - units[q].t0 === 1 && REPEAT_ADVERBS.has(tokenText(a, units[q].t0))))) {
    q++;
    adverbs++;
  }
  // «а востаннє — у жовтні в Мадриді», «а в последний раз — в октябре»: a later time of the same
  // people, whose place and time may follow a dash.
  const later = adverbs ? 0 : laterTimeAdverb(a, units, q, end);
  if (later) {
    q += later;
    adverbs++;
  }
  const dash = later > 0 && q < units.length && /^ ?- ?$/.test(gapBefore(a, units[q].t0));
  // That dash ends the clause the walk was given: the item runs on to the next break.
  if (dash && q === end && !(flagsOf(a, units[q]) & F_DOT)) {
    end = q + 1;
    while (end < units.length && !(flagsOf(a, units[end]) & (F_DOT | F_CLAUSE))) end++;
  }
  if (q >= end || flagsOf(a, units[q]) & F_DOT || (flagsOf(a, units[q]) & F_CLAUSE && !dash)) return null;
  const time = readTime(a, units, q);
  const full = (t: TimeAtom): boolean => t.y !== undefined && t.m !== undefined;
  // A bare "and" joins a second full date to a full date ("on 4 and 5 February" is one meeting's
  // days), or a second place with its own time to a meeting that had both («в феврале в Москве и в
  // апреле в Санкт-Петербурге»): a second venue of one meeting would not have a time of its own.
  const dates = !adverbs && word !== 'а' && !!time && time.atoms.some(full) && w.times.some(full);
  const pair = !adverbs && word !== 'а' && !dates && w.times.length > 0 && w.places.length > 0 && (!!time || funcOf(units[q]) === 'in' || funcOf(units[q]) === 'at');
  if (!adverbs) {
    if (!dates && !pair) return null;
  } else {
    const fq = funcOf(units[q]);
    if (!time && !senseOf(units[q], 'place') && fq !== 'in' && fq !== 'at' && fq !== 'topic') return null;
  }
  const r = newWalk(adverbs ? j + 1 : q);
  walkRight(a, units, q - 1, end, r, lang, isVisit, false, false, dash);
  if (!r.times.length && !r.places.length) return null;
  if (pair) {
    if (!r.times.length || !r.places.length) return null;
    // "Moscow in March and Kyiv in April": a leg in Ukraine is a meeting with Ukrainians.
    if (r.places.some((key) => key === 'ukraine' || a.lex.places.get(key)?.country === 'ukraine')) return null;
  }
  for (let i = q; i <= r.last; i++) if (senseOf(units[i], 'meet')) return null;
  // "in June 2020 and again in August": the month without a year is in the first meeting's year (or the next).
  const year = [...w.times].reverse().find((t) => t.y !== undefined && t.m !== undefined);
  if (year) for (const t of r.times) if (t.m !== undefined && t.y === undefined && !t.season && !t.rel) t.y = t.m < year.m! ? year.y! + 1 : year.y;
  return r;
}

/** A country (or a side) that may close a list of parties: "… and the Soviet Union". */
function listedCountry(a: Annotation, u: Unit | undefined): boolean {
  if (!u) return false;
  if (senseOf(u, 'side')) return true;
  const p = senseOf(u, 'place');
  return !!p && ctxPlaceLevel(a, p.key) === 'country';
}

/** The side a country stands for as a party: the two sides, Ukraine, or someone else. */
function countrySide(a: Annotation, key: string): SideCode {
  const c = a.lex.places.get(key)?.country ?? key;
  return c === 'usa' ? 'us' : c === 'russia' || c === 'soviet union' ? 'ru' : c === 'ukraine' ? 'ua' : 'other';
}

/** A country's name (not a person, not an institution): "Britain", "the Soviet Union". */
function countryAt(a: Annotation, u: Unit | undefined): boolean {
  const p = u && senseOf(u, 'place');
  return !!p && ctxPlaceLevel(a, p.key) === 'country';
}

/** Does a list go on at units[j]: a comma, or "and", before a further country or side? */
function listGoesOn(a: Annotation, units: Unit[], j: number): boolean {
  const u = units[j];
  if (!u) return false;
  if (flagsOf(a, u) & F_COMMA) return listedCountry(a, u);
  if (funcOf(u) !== 'and') return false;
  return listedCountry(a, units[j + 1]) || (funcOf(units[j + 1] ?? u) === 'det' && listedCountry(a, units[j + 2]));
}
