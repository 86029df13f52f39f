/**
 * Frames a place carries with no meeting word: a sentence opening with the place and the leaders
 * of both sides as its subject ("At Yalta in February 1945, Roosevelt, Churchill and Stalin …"), a
 * city as the subject of a host's verb ("Reykjavik welcomed Reagan and Gorbachev"), and the host
 * city before a meeting noun ("Geneva hosted talks"), which framesOfSentence asks.
 */
import { makeFrame } from './frame';
import { readTime, type TimeAtom } from '../times';
import { F_CAP, F_CLAUSE, F_COMMA, F_DOT } from '../tokenize';
import { flagsOf, funcOf, senseOf, tokenText, type Annotation, type Unit } from '../units';
import type { SideCode } from '../vocab';
import { sentenceUnits } from './clauses';
import { leadingTime, placeDateFrame } from './headings';
import { otherSidePerson, pairedWeak } from './sides';
import type { Frame } from './types';
import { isSpeechVerb } from './words';

/**
 * A sentence opening with the place of a meeting and the leaders of both sides as its subject, and
 * no meeting word: "At Yalta in February 1945, Roosevelt, Churchill and Stalin redrew the map",
 * "In Vladivostok, Ford and Brezhnev agreed a ceiling". Histories say it this way. The caller
 * resolves it only to a known event at that place with those people, as with chronology entries.
 */
export function frontedPlaceFrame(a: Annotation, sentence: number): Frame | null {
  const units = sentenceUnits(a, sentence);
  if (units.length < 4) return null;
  const times: TimeAtom[] = [];
  // A time may come first: "On Friday in Alaska, Trump and Putin …".
  let o = 0;
  const t0 = leadingTime(a, units);
  if (t0 && units[t0.next] && (funcOf(units[t0.next]) === 'in' || funcOf(units[t0.next]) === 'at')) {
    times.push(...t0.atoms);
    o = t0.next;
  }
  const fn = funcOf(units[o]);
  if ((fn !== 'in' && fn !== 'at') || !units[o + 1]) return null;
  // The city reading of the place («На Мальті» is the island country and the summit's harbour), or a
  // region ("In Alaska, …"), never a country alone.
  const level = (x: { key: string }) => a.lex.places.get(x.key)?.level ?? 'city';
  const placeSenses = units[o + 1].senses.filter((x): x is Extract<typeof x, { t: 'place' }> => x.t === 'place');
  const p = placeSenses.find((x) => level(x) === 'city') ?? placeSenses.find((x) => level(x) === 'region');
  if (!p) return null;
  // The place, then at most a time, then the comma that ends the adverbial.
  let i = o + 2;
  while (i < units.length && !(flagsOf(a, units[i]) & F_COMMA)) {
    if (funcOf(units[i]) === 'in' || funcOf(units[i]) === 'on') {
      i++;
      continue;
    }
    // Russian and Ukrainian set no comma there («На Мальті Буш і Горбачов оголосили…»), nor does
    // English always ("At Reykjavik in 1986 Ronald Reagan and Mikhail Gorbachev came…"): a named
    // person, or a title and its person, starts the subject.
    if (senseOf(units[i], 'person') || (senseOf(units[i], 'role') && i + 1 < units.length && senseOf(units[i + 1], 'person'))) break;
    const t = readTime(a, units, i);
    if (!t) return null;
    times.push(...t.atoms);
    i = t.next;
  }
  if (i >= units.length) return null;
  // The subject: the run of people (with their titles, joined by commas and "and") right after the
  // comma. "In Moscow, Putin told reporters that Trump…" has one side in it, so it is not a meeting.
  const persons: string[] = [];
  const sides = new Set<SideCode>();
  for (let j = i; j < units.length; j++) {
    const u = units[j];
    const per = senseOf(u, 'person');
    if (per) {
      if (!persons.includes(per.key)) persons.push(per.key);
      sides.add(per.side);
      continue;
    }
    const f = funcOf(u);
    if (f === 'and' || f === 'det' || senseOf(u, 'role') || senseOf(u, 'side') || (flagsOf(a, u) & F_CAP && j > i)) continue;
    // One side as the subject, the other as its verb's object a few words on: "In Helsinki in 2018,
    // Trump stood beside Putin".
    if (sides.size === 1 && (sides.has('us') || sides.has('ru'))) {
      for (let k = j; k < Math.min(units.length, j + 5); k++) {
        if (k > j && flagsOf(a, units[k]) & (F_COMMA | F_DOT | F_CLAUSE)) break;
        // Not the one spoken about: "Putin told reporters that Biden …".
        const w = tokenText(a, units[k].t0);
        if (isSpeechVerb(w) || w === 'that' || w === 'что' || w === 'що') break;
        const obj = otherSidePerson(units[k], sides);
        if (obj) {
          persons.push(obj.key);
          sides.add(obj.side);
          break;
        }
      }
    }
    break;
  }
  if (!sides.has('us') || !sides.has('ru')) return null;
  const first = units[0];
  const last = units[i - 1];
  return makeFrame({
    ...placeDateFrame(first.t0, last.t1, [p.key], times, sentence, [first.t0, units[units.length - 1].t1]),
    anchor: units[o + 1].t0,
    meet: 'meeting',
    sides,
    persons,
    kind: 'usru',
  });
}

/** A host's verbs, after a place as their subject (folded text). */
const HOST_VERBS = new Set(['hosted', 'welcomed', 'received', 'host', 'принимала', 'принимал', 'приймала', 'приймав']);
/** "played host to", "plays host to" (folded text). */
const PLAY_HOST = new Set(['played', 'plays', 'play', 'playing']);
/** A host's verb after "to" or "will" only: "Geneva to host talks". */
const HOST_AHEAD = new Set(['host']);

/** Words of a meeting noun's phrase before the noun itself: "the first day of", "a second round of". */
const HOSTED_LEAD = new Set(['day', 'days', 'round', 'session', 'part', 'stage', 'of']);

/**
 * The city before a host's verb whose object is the meeting noun's phrase starting at units[first]
 * ("Geneva hosted talks", "Abu Dhabi has hosted the first day of talks"), in its clause: its key, or null.
 */
export function hostCityBefore(a: Annotation, units: Unit[], first: number, clauseStart: number): string | null {
  let v = first - 1;
  while (v > clauseStart && v > first - 6 && (funcOf(units[v]) === 'det' || senseOf(units[v], 'ord') || senseOf(units[v], 'mod') || (units[v].t1 - units[v].t0 === 1 && HOSTED_LEAD.has(tokenText(a, units[v].t0))))) v--;
  if (v <= clauseStart - 1 || v < 1 || !HOST_VERBS.has(tokenText(a, units[v].t0)) || flagsOf(a, units[v]) & (F_COMMA | F_DOT | F_CLAUSE)) return null;
  let o = v - 1;
  if (o > 0 && (tokenText(a, units[o].t0) === 'has' || tokenText(a, units[o].t0) === 'had')) o--;
  // "Geneva to host talks", "Abu Dhabi will host the next round": a host ahead.
  else if (o > 0 && HOST_AHEAD.has(tokenText(a, units[v].t0)) && (tokenText(a, units[o].t0) === 'to' || tokenText(a, units[o].t0) === 'will')) o--;
  if (o < clauseStart) return null;
  const p = units[o].senses.find((x): x is Extract<typeof x, { t: 'place' }> => x.t === 'place' && (a.lex.places.get(x.key)?.level ?? 'city') === 'city');
  return p ? p.key : null;
}

/**
 * A city as the subject of a host's verb, the leaders of both sides as its object: "Geneva hosted
 * Joe Biden and Vladimir Putin in June 2021", "Reykjavik welcomed Reagan and Gorbachev"; or a city
 * of one side's country hosting the other side's person or role ("Kennebunkport hosted Putin in
 * 2007", "Crawford hosted the Russian president"), a visit to that side. As with
 * frontedPlaceFrame, the caller resolves it only to a known event at that place with those people.
 */
export function hostPlaceFrame(a: Annotation, sentence: number): Frame | null {
  const units = sentenceUnits(a, sentence);
  for (let o = 0; o + 2 < units.length; o++) {
    const p = units[o].senses.find((x): x is Extract<typeof x, { t: 'place' }> => x.t === 'place' && (a.lex.places.get(x.key)?.level ?? 'city') === 'city');
    if (!p) continue;
    let v = o + 1;
    if (tokenText(a, units[v].t0) === 'has' || tokenText(a, units[v].t0) === 'had') v++; // "Geneva has hosted"
    // "Jackson Hole played host last week to Baker and Shevardnadze": the idiom's object follows "to",
    // after at most a time.
    const early: TimeAtom[] = [];
    if (PLAY_HOST.has(tokenText(a, units[v].t0)) && units[v + 1] && tokenText(a, units[v + 1].t0) === 'host') {
      let q = v + 2;
      const t = units[q] && tokenText(a, units[q].t0) !== 'to' ? readTime(a, units, q) : null;
      if (t) {
        early.push(...t.atoms);
        q = t.next;
      }
      if (!units[q] || tokenText(a, units[q].t0) !== 'to') continue;
      v = q;
    } else if (!HOST_VERBS.has(tokenText(a, units[v].t0))) continue;
    const persons: string[] = [];
    const sides = new Set<SideCode>();
    let last = v;
    for (let j = v + 1; j < units.length; j++) {
      const u = units[j];
      const per = senseOf(u, 'person');
      if (per) {
        if (per.weak && !pairedWeak(units, j, a)) return null;
        if (!persons.includes(per.key)) persons.push(per.key);
        sides.add(per.side);
        last = j;
        continue;
      }
      const f = funcOf(u);
      // "Crawford hosted the Russian president": a side's role, unnamed, is that side's person.
      const sd = senseOf(u, 'side');
      if (sd?.adj && units[j + 1] && senseOf(units[j + 1], 'role')) {
        sides.add(sd.side);
        last = j + 1;
        j++;
        continue;
      }
      if (f === 'and' || f === 'det' || senseOf(u, 'role') || sd?.adj || flagsOf(a, u) & F_CAP) continue;
      break;
    }
    // "Crawford hosted Vladimir Putin": one side's person, hosted by a city of the other side's
    // country, is a visit to that side.
    const country = a.lex.places.get(p.key)?.country;
    const host: SideCode | null = country === 'usa' ? 'us' : country === 'russia' || country === 'soviet union' ? 'ru' : null;
    if (sides.size === 1 && host && !sides.has(host) && (sides.has('us') || sides.has('ru'))) sides.add(host);
    if (!sides.has('us') || !sides.has('ru') || sides.size > 2) return null;
    const times: TimeAtom[] = [...early];
    // "In November 2001 Crawford hosted Putin": a time opening the sentence right before the city.
    const lead = o > 0 ? leadingTime(a, units) : null;
    if (lead && lead.next === o) times.push(...lead.atoms);
    // "…for two days in November 2001": a length of stay may come before the time.
    let at = last + 1;
    if (units[at] && funcOf(units[at]) === 'for' && units[at + 2] && funcOf(units[at + 2]) === 'duration') at += 3;
    const t = units[at] && funcOf(units[at]) === 'in' ? readTime(a, units, at + 1) : readTime(a, units, at);
    if (t) {
      times.push(...t.atoms);
      last = t.next - 1;
    }
    return makeFrame({
      ...placeDateFrame(units[o].t0, units[last].t1, [p.key], times, sentence, [units[0].t0, units[units.length - 1].t1]),
      anchor: units[o].t0,
      meet: 'meeting',
      sides,
      persons,
      kind: 'usru',
    });
  }
  return null;
}
