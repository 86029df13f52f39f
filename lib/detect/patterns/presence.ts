/**
 * Presence frames: the leaders of both sides as a subject, then where (and when) they were, with
 * no meeting word: captions ("Reagan and Gorbachev in Reykjavik, October 1986") and "Witkoff with
 * Putin in the Kremlin on Tuesday". Titles, fronted adverbials, groups (envoys, delegations) and
 * the last time they were together are read here.
 */
import { makeFrame } from './frame';
import { readTime, type TimeAtom } from '../times';
import { F_CAP, F_CLAUSE, F_COMMA, F_CYR, F_DOT, F_QUOTE } from '../tokenize';
import { flagsOf, funcOf, numValue, senseOf, tokenText, type Annotation, type Unit } from '../units';
import type { SideCode } from '../vocab';
import { NO_PRIOR, anaphoricSubject, antecedents, relativeSubject } from './anaphora';
import { sentenceUnits } from './clauses';
import { leadingTime, placeDateFrame } from './headings';
import { isPlacePreposition, placeWithin } from './places';
import { otherSidePerson, ownerOfGroup, pairedWeak } from './sides';
import type { Frame, SentenceContext } from './types';
import { isSpeechVerb, titleTail, titleWord } from './words';

/**
 * "Between the two rounds, Dmitriev spent Saturday in Miami with Witkoff": a short opening phrase
 * closed by a comma, naming nobody and no place, before the subject. Where the subject starts, or 0.
 */
function frontedAdverbial(a: Annotation, units: Unit[], times: TimeAtom[]): number {
  const named = (q: number) => namedAt(a, units, q);
  for (let c = 0; c < 6 && c + 1 < units.length; c++) {
    const u = units[c];
    if (senseOf(u, 'person') || senseOf(u, 'side') || senseOf(u, 'place')) return 0;
    if (flagsOf(a, u) & (F_CLAUSE | F_DOT | F_QUOTE)) return 0;
    const next = units[c + 1];
    if (flagsOf(a, next) & F_COMMA) {
      if (named(c + 1)) return c + 1;
      // «Ще раніше, 11 лютого, Віткофф був у Москві», "Earlier, on February 11, Witkoff was in
      // Moscow": a time set off by commas of its own may follow, and is the presence's time.
      const tj = funcOf(next) === 'in' || tokenText(a, next.t0) === 'on' ? c + 2 : c + 1;
      const t = readTime(a, units, tj);
      if (t && units[t.next] && flagsOf(a, units[t.next]) & F_COMMA && named(t.next)) {
        times.push(...t.atoms);
        return t.next;
      }
      return 0;
    }
  }
  return 0;
}

/** A subject's name at unit q: a person, or a first name no list knows right before one ("Marco Rubio"). */
function namedAt(a: Annotation, units: Unit[], q: number): boolean {
  const n = units[q];
  return !!n && (!!senseOf(n, 'person') || (!n.senses.length && !!(flagsOf(a, n) & F_CAP) && !!units[q + 1] && !!senseOf(units[q + 1], 'person')));
}

/** A person at unit i, or after at most three words of title ("CIA Director", "Secretary of State"). */
function titledPersonAt(a: Annotation, units: Unit[], i: number): boolean {
  for (let j = i; j < units.length && j <= i + 3; j++) {
    const u = units[j];
    if (senseOf(u, 'person')) return true;
    if (!titleWord(a, u)) return false;
  }
  return false;
}

/** Where a caption says each person stands ("Reagan, left, and Gorbachev"). */
const CAPTION_SIDE = new Set(['left', 'right', 'center', 'centre', 'foreground', 'background']);

/**
 * The leaders of both sides as a subject, then where (and when) they were, with no meeting word.
 * Captions: "Reagan and Gorbachev in Reykjavik, October 1986", "Witkoff with Putin in the Kremlin
 * on Tuesday", «Путин и Трамп на Аляске, 15 августа 2025 года»; nothing but places, dates and names
 * may follow the place there, so "Trump and Putin in their statements said…" is not one. Or any
 * verb of the two between them and the place: "Nixon and Brezhnev toasted the accord in Moscow in
 * May 1972". The caller resolves it only to a known event with those people at that place, as
 * with chronology entries.
 */
export function presenceFrame(a: Annotation, sentence: number, ctx: SentenceContext): Frame | null {
  const units = sentenceUnits(a, sentence);
  if (units.length < 4) return null;
  const times: TimeAtom[] = [];
  // A subordinate opening before the subject ("When Nixon landed in Moscow in May 1972, …"), or a
  // time ("On Tuesday, Witkoff and Kushner spent five hours in the Kremlin", "In October 1986
  // Reagan and Gorbachev …").
  let s0 = 0;
  const f0 = funcOf(units[0]);
  // The subject may carry its title: "Since CIA Director Bill Burns went to Moscow in November 2021".
  if ((f0 === 'clause' || f0 === 'after') && titledPersonAt(a, units, 1)) s0 = 1;
  else {
    const t = leadingTime(a, units);
    // "Last February Marco Rubio and Sergei Lavrov led …": a first name no list knows may come first.
    // A title may too, after a dash in a dated list: «25 августа — директор ЦРУ Джон Рэтклифф провёл в Москве…».
    if (t && (namedAt(a, units, t.next) || titledPersonAt(a, units, t.next))) {
      times.push(...t.atoms);
      s0 = t.next;
    } else s0 = frontedAdverbial(a, units, times) || lastTimeOpener(a, units);
  }
  const whole = presenceFrom(a, sentence, ctx, units, s0, times);
  if (whole) return whole;
  // The same inside a clause that a subordinating word opens later in the sentence: "…the first by
  // a CIA director since Bill Burns went to Moscow in November 2021".
  // Or after a colon, semicolon or dash: "Today's main event comes late: Trump's envoys are due at
  // the Kremlin this evening" (not after a meeting phrase that it only describes: «Ялтинська
  // конференція: Рузвельт, Сталін і Черчилль у Лівадійському палаці …»).
  let meetBefore = false;
  for (let m = 2; m + 3 < units.length; m++) {
    if (senseOf(units[m - 1], 'meet')) meetBefore = true;
    const f = funcOf(units[m]);
    if ((f === 'clause' || f === 'after') && titledPersonAt(a, units, m + 1)) {
      const inner = presenceFrom(a, sentence, ctx, units, m + 1, []);
      if (inner) return inner;
    } else if (flagsOf(a, units[m]) & F_CLAUSE && !meetBefore) {
      // …with a time of its own before the subject: «Що було у вересні: 5 вересня Віткофф і Кушнер
      // три години говорили з Путіним у Кремлі».
      const t = readTime(a, units, m);
      const lead = t && (namedAt(a, units, t.next) || titledPersonAt(a, units, t.next)) ? t : null;
      const inner = presenceFrom(a, sentence, ctx, units, lead ? lead.next : m, lead ? [...lead.atoms] : []);
      if (inner) return inner;
    } else if (f === 'clause' && relativeSubject(a, units, m)) {
      const inner = presenceFrom(a, sentence, ctx, units, m, []);
      if (inner) return inner;
    }
  }
  // Inside a sentence, a pair of both sides' people set straight in a place and a time, with no
  // verb of their own: "It was nothing like Kennedy and Khrushchev in Vienna in June 1961", «как
  // Байден и Путин в Женеве в июне 2021 года». Both the place and a time must follow.
  for (let m = 1; m + 4 < units.length; m++) {
    if (!bothSidesPair(units, m) || !isPlacePreposition(a, units[m + 3])) continue;
    const inner = presenceFrom(a, sentence, ctx, units, m, []);
    if (inner && inner.times.length && inner.places.length) return inner;
  }
  return null;
}

/** Two named people of the two sides joined by "and" at units[m..m+2] ("Kennedy and Khrushchev"). */
function bothSidesPair(units: Unit[], m: number): boolean {
  const p = senseOf(units[m], 'person');
  const q = senseOf(units[m + 2], 'person');
  if (!p || !q || p.weak || q.weak || funcOf(units[m + 1]) !== 'and') return false;
  return (p.side === 'us' && q.side === 'ru') || (p.side === 'ru' && q.side === 'us');
}

/** «В последний раз», «в прошлый раз», «минулого разу», «востаннє» as folded text: "the last time". */
const LAST_TIME = new Set(['в последний раз', 'последний раз', 'в прошлий раз', 'прошлий раз', 'минулого разу', 'останнього разу', 'у минулий раз', 'в минулий раз', 'востанне']);

/**
 * «В последний раз Уиткофф и Кушнер были в Москве 5 сентября», «Минулого разу Віткофф був у
 * Кремлі в січні»: an opening "last time" with no comma, before a named subject. Where the
 * subject starts, or 0.
 */
function lastTimeOpener(a: Annotation, units: Unit[]): number {
  let text = '';
  for (let i = 0; i < 3 && i < units.length; i++) {
    const u = units[i];
    for (let t = u.t0; t < u.t1; t++) text += (text ? ' ' : '') + tokenText(a, t);
    if (LAST_TIME.has(text)) return titledPersonAt(a, units, i + 1) ? i + 1 : 0;
  }
  return 0;
}

/** Days and weeks as a length of stay (folded: «дні» is 'дни', «днів» 'днив', «тижні» 'тижни'). */
const STAY_WORDS = new Set(['days', 'weeks', 'дня', 'дней', 'дни', 'днив', 'суток', 'доби', 'недели', 'недель', 'тижни', 'тижнив', 'тиждень']);

/** Hours as a length of time spent somewhere (folded: «години» is 'години', «годин» 'годин'): "spent five hours in the Kremlin". */
const HOUR_WORDS = new Set(['hours', 'часа', 'часов', 'часы', 'годин', 'години', 'годину']);

/** Is unit u the one word of `words` ("days", «години»)? */
const oneWordOf = (a: Annotation, u: Unit, words: ReadonlySet<string>): boolean => u.t1 - u.t0 === 1 && words.has(tokenText(a, u.t0));

/** A side's negotiating people as a group: "envoys", "delegation", «делегация», «переговірники». */
const GROUP_ROLE = /^(envoys?|delegations?|delegates|negotiators?|emissar(y|ies)|diplomats|officials|team|делегация|делегации|переговорщики|посланники|переговирники|переговорники|посланци)$/u; // folded: і → и

function groupRole(a: Annotation, u: Unit): boolean {
  return !!senseOf(u, 'role') && GROUP_ROLE.test(tokenText(a, u.t1 - 1));
}

/** presenceFrame's reading from the subject at units[s0], with any times read before it. */
function presenceFrom(a: Annotation, sentence: number, ctx: SentenceContext, units: Unit[], s0: number, times: TimeAtom[]): Frame | null {
  const persons: string[] = [];
  const sides = new Set<SideCode>();
  let group = false; // "The US envoys", "Trump's envoys", "the American delegation": a side's people, unnamed
  let i = s0;
  // "He spent two days with Eisenhower at Camp David", "The two Americans were in the Kremlin until
  // midnight": a subject standing for people named just before is them.
  const sub = anaphoricSubject(a, units, s0);
  let ana = false;
  const rel = relativeSubject(a, units, s0);
  if (rel) {
    // "…through Witkoff and Kushner, who were in the Kremlin in early September": the people right
    // before the relative pronoun are its subject, in whatever case they stand.
    for (const p of rel) {
      if (!persons.includes(p.key)) persons.push(p.key);
      sides.add(p.side);
    }
    i = s0 + 1;
    ana = true;
  } else if (sub) {
    // Only worth finding who they are when a place follows within the verb phrase's reach.
    if (!placeWithin(units, sub.end, sub.end + 11)) return null;
    const found = antecedents(a, sentence, units, s0, sub.plural, sub.side, ctx.prior ?? NO_PRIOR);
    if (found) {
      for (const f of found) {
        if (!persons.includes(f.key)) persons.push(f.key);
        sides.add(f.side);
      }
      i = sub.end;
      ana = true;
    } else if (!sub.side) return null; // "he" with no one named before
    // "The US envoys arrived …" with none of them named before: a side's group, read below.
  }
  for (; i < units.length; i++) {
    const u = units[i];
    const per = senseOf(u, 'person');
    // "Trump's envoys arrived …", "Trump envoy Steve Witkoff arrived …": the person before a role
    // owns it and is not there himself.
    if (per && !per.weak && i + 1 < units.length && senseOf(units[i + 1], 'role')) {
      const named = i + 2 < units.length && !!senseOf(units[i + 2], 'person');
      if (named || groupRole(a, units[i + 1])) {
        sides.add(per.side);
        group = !named;
        i++;
        continue;
      }
    }
    // «Спецпосланник Путина Кирилл Дмитриев прилетел…», "Envoys for President Trump arrived …":
    // whose people they are (see ownerOfGroup).
    if (per && !per.weak && ownerOfGroup(a, units, i)) {
      sides.add(per.side);
      if (!(i + 1 < units.length && senseOf(units[i + 1], 'person'))) group = true;
      continue;
    }
    if (per) {
      if (per.weak && !pairedWeak(units, i, a)) return null;
      if (!persons.includes(per.key)) persons.push(per.key);
      sides.add(per.side);
      continue;
    }
    const f = funcOf(u);
    if (f === 'and' || f === 'with' || f === 'det' || senseOf(u, 'role')) continue;
    // «Директор Центрального розвідувального управління США Вільям Бернс перебував у Москві»: the
    // institution in a role's title, up to the person.
    if (i > s0 && senseOf(units[i - 1], 'role')) {
      const q = titleTail(a, units, i, units.length);
      if (q > i) {
        i = q - 1;
        continue;
      }
    }
    // A caption's "President Reagan, left, and General Secretary Gorbachev …".
    if (CAPTION_SIDE.has(tokenText(a, u.t0)) && i > s0 && flagsOf(a, u) & F_COMMA) continue;
    const sd = senseOf(u, 'side');
    if (sd && i + 1 < units.length && groupRole(a, units[i + 1])) {
      sides.add(sd.side);
      group = true;
      i++;
      continue;
    }
    if (sd?.adj) continue; // "Russian President Vladimir Putin"
    if (flagsOf(a, u) & F_CAP && !senseOf(u, 'place') && i + 1 < units.length && senseOf(units[i + 1], 'person')) continue; // a first name no list knows
    break;
  }
  // Others at the table ("Roosevelt, Churchill and Stalin at Yalta") only beside both sides.
  if (sides.has('ua') || sides.has('other')) {
    if (!sides.has('us') || !sides.has('ru')) return null;
    sides.delete('ua');
    sides.delete('other');
  }
  if ((!persons.length && !group) || sides.size === 0) return null;
  if (i === s0 || i >= units.length - 1) return null;
  // A caption names its people ("Reagan and Gorbachev in Reykjavik"); "He in Moscow" is no sentence.
  // So does a Russian or Ukrainian headline's part after a short head and a colon, as telegram
  // digests write them: «Итоги дня: Уиткофф и Кушнер в Кремле, …». (English heads were left out:
  // with them a held-out set lost a mention.)
  const headed = s0 > 0 && s0 <= 3 && !times.length && !!(flagsOf(a, units[s0]) & F_CLAUSE) && !!(flagsOf(a, units[s0]) & F_CYR);
  const caption = (!s0 || headed) && !ana && isPlacePreposition(a, units[i]);
  // A verb phrase of the two: up to eight words, within the clause, naming nobody else but the
  // other side's person as its object ("Trump greeted Putin on the tarmac in Anchorage").
  let at = i;
  // "spent three days in Moscow", «провела три дні в Москві»: a stay of days (not "five hours in
  // the Kremlin", which any of several visits may have been).
  let stay = false;
  // "…spent five hours in the Kremlin", «провели в Кремле более трех часов»: time spent there, told
  // by its length; any of several visits, but a visit (resolution weighs which).
  let hours = false;
  if (!caption) {
    for (; at < units.length && at < i + 9; at++) {
      const u = units[at];
      if (at > i && flagsOf(a, u) & (F_CLAUSE | F_COMMA)) return null;
      if (oneWordOf(a, u, STAY_WORDS)) stay = true;
      if (oneWordOf(a, u, HOUR_WORDS)) hours = true;
      const obj = at > i && sides.size === 1 ? otherSidePerson(u, sides) : null;
      if (obj) {
        // "…met Putin's aide in Riyadh": the owner's side, not the owner (ownerOfGroup).
        if (!ownerOfGroup(a, units, at)) persons.push(obj.key);
        sides.add(obj.side);
        continue;
      }
      if (senseOf(u, 'person') || senseOf(u, 'side')) return null;
      // Speaking somewhere is no visit: "Lavrov on Tuesday told reporters in New York".
      if (u.t1 - u.t0 === 1 && isSpeechVerb(tokenText(a, u.t0))) return null;
      // A time inside the verb phrase, as Russian and Ukrainian put it between subject and verb:
      // «Віткофф і Кушнер вночі провели у Кремлі чотири години», «Уиткофф во вторник провел в Кремле…».
      const t = at > i || !isPlacePreposition(a, u) ? readTime(a, units, at) : null;
      if (t && t.next > at) {
        times.push(...t.atoms);
        at = t.next - 1;
        continue;
      }
      if ((isPlacePreposition(a, u) || tokenText(a, u.t0) === 'to') && at + 1 < units.length) {
        const next = funcOf(units[at + 1]) === 'det' && at + 2 < units.length ? units[at + 2] : units[at + 1]; // "in the Kremlin"
        if (senseOf(next, 'place')) break;
      }
    }
    if (at >= units.length || at >= i + 9) return null;
  }
  const places: string[] = [];
  const titlePlaces: string[] = [];
  let last = at;
  for (let j = at + 1; j < units.length; j++) {
    const u = units[j];
    if (j > at + 1 && flagsOf(a, u) & F_CLAUSE) break; // "Trump and Putin in Alaska: what to expect"
    const p = senseOf(u, 'place');
    if (p) {
      // "at the US ambassador's residence in Vienna": a country before a role is the role's title,
      // not where the two were.
      // (Alone, it is all the place said: kept, below.)
      const title = j + 1 < units.length && !!senseOf(units[j + 1], 'role') && !(flagsOf(a, units[j + 1]) & (F_COMMA | F_DOT | F_CLAUSE));
      if (title) titlePlaces.push(p.key);
      else if (!places.includes(p.key)) places.push(p.key);
      last = j;
      continue;
    }
    const t = readTime(a, units, j);
    if (t) {
      times.push(...t.atoms);
      last = t.next - 1;
      j = t.next - 1;
      continue;
    }
    // After a comma only more places and dates belong to it ("in Geneva, November 1985"), not the
    // next clause ("…on Tuesday, the Kremlin said").
    if (j > at + 1 && flagsOf(a, u) & F_COMMA) break;
    const f = funcOf(u);
    // "Dmitriev spent the weekend in Miami with Witkoff", «…провів вихідні в Маямі з Віткоффом»:
    // the other side's person after "with" was there too.
    if (f === 'with' && places.length && sides.size === 1) {
      const obj = units[j + 1] && otherSidePerson(units[j + 1], sides);
      if (obj) {
        if (!ownerOfGroup(a, units, j + 1)) persons.push(obj.key);
        sides.add(obj.side);
        last = j + 1;
        j++;
        continue;
      }
    }
    if (isPlacePreposition(a, u) || f === 'det' || f === 'year-word' || numValue(a, u) !== null || tokenText(a, u.t0) === 'on') continue;
    if (f === null && flagsOf(a, u) & F_CAP) continue; // a venue no list knows ("Hofdi House")
    // A venue described before its city: "at the US ambassador's residence in Vienna".
    if (caption && !places.length && j < at + 6) continue;
    if (caption) return null;
    break;
  }
  if (!places.length) places.push(...titlePlaces);
  if (!places.length) return null;
  // One side named, at the other's seat ("Witkoff with aides in the Kremlin", "Nixon in Moscow, May
  // 1972"): a visit to the other side.
  if (sides.size === 1) {
    const seat = places.map((k) => ctx.placeSide(k)).find((x) => x && !sides.has(x));
    if (!seat) {
      // A trip to a third place, with the other side's leader named later in the sentence and a year
      // of its own: "Kennedy went to Vienna in 1961 expecting to take the measure of Khrushchev".
      if (caption || ana || !times.some((t) => t.y !== undefined)) return null;
      let other: { key: string; side: SideCode } | null = null;
      for (let j = last + 1; j < units.length && !other; j++) other = ownerOfGroup(a, units, j) ? null : otherSidePerson(units[j], sides);
      if (!other) return null;
      persons.push(other.key);
      sides.add(other.side);
    } else {
    // Outside a caption, one side's verb at the other's seat needs its own time or a length of time
    // spent there: "Witkoff spent five hours in the Kremlin (on Tuesday)", not "Lavrov told
    // reporters in New York". The hours may follow the place: «провели в Кремле более трех часов».
    for (let j = last + 1; !hours && j < units.length && j <= last + 4 && !(flagsOf(a, units[j]) & (F_CLAUSE | F_COMMA | F_DOT)); j++) hours = oneWordOf(a, units[j], HOUR_WORDS);
    if (!caption && !times.length && !stay && !hours) return null;
    // Said of someone named before ("He arrived in Washington in the spring of 1962"), a year or a
    // season says too little: postings and careers are told that way. A month or a day pins a trip.
    if (ana && !stay && !times.some((t) => t.m !== undefined || t.d !== undefined || t.rel !== undefined)) return null;
    sides.add(seat);
    }
  }
  const first = units[s0];
  return makeFrame({
    ...placeDateFrame(first.t0, units[last].t1, places, times, sentence, [first.t0, units[units.length - 1].t1]),
    anchor: units[at].t0,
    meet: 'meeting',
    sides,
    persons,
    kind: 'usru',
  });
}
