/**
 * Lists and counts of meetings after a meeting word: "met twice, in Geneva in 1985 and in
 * Reykjavik in 1986", "at least three times", "then again in Helsinki". Each item becomes a frame
 * of its own (listFrames); walkRight asks whether a further meeting follows.
 */
import { makeFrame } from './frame';
import { readTime, type TimeAtom } from '../times';
import { F_CAP, F_CLAUSE, F_COMMA, F_CYR, F_DOT } from '../tokenize';
import { flagsOf, funcOf, senseOf, tokenText, type Annotation, type Unit } from '../units';
import type { Frame } from './types';

/** Adverbs of count between a meeting verb's object and its list: "met Stalin twice, at …". */
// Token text is folded (Ukrainian і → и, Russian ы → и): «двічі», «тричі», «тільки», «дважды», «трижды» are
// read as 'двичи', 'тричи', 'тильки', 'дважди', 'трижди'.
// «лише один раз», «лишь однажды», «кілька разів», «несколько раз», «не раз»: counts said in words.
const LIST_ADVERBS = new Set(['twice', 'once', 'only', 'again', 'thrice', 'дважди', 'трижди', 'двичи', 'тричи', 'лишь', 'лише', 'только', 'тильки', 'раз', 'один', 'однажди', 'несколько', 'килька', 'разив', 'раза']);

/**
 * "at least", «как минимум», «по меньшей мере», «щонайменше», «принаймні» before a count ("met at
 * least twice: in Moscow in 2011 and in Geneva in 2021"): the units it takes (0 if none). Folded text.
 */
const COUNT_HEDGES = [['at', 'least'], ['как', 'минимум'], ['по', 'меньшеи', 'мере'], ['щонайменше'], ['принаимни'], ['як', 'минимум'], ['не', 'менше']];
function countHedge(a: Annotation, units: Unit[], j: number, end: number): number {
  return phraseAt(a, units, j, end, COUNT_HEDGES);
}

/** The units of the first of `phrases` (folded words, one a unit, no break inside) at units[j], or 0. */
function phraseAt(a: Annotation, units: Unit[], j: number, end: number, phrases: string[][]): number {
  for (const h of phrases) {
    if (j + h.length > end) continue;
    let ok = true;
    for (let n = 0; n < h.length && ok; n++) {
      const u = units[j + n];
      ok = u.t1 - u.t0 === 1 && tokenText(a, u.t0) === h[n] && !(n > 0 && flagsOf(a, u) & (F_COMMA | F_DOT | F_CLAUSE));
    }
    if (ok) return h.length;
  }
  return 0;
}

/** Words that say an item of a list is a further meeting: "and again in Reykjavik", "then in Moscow", "most recently in July". */
const NEXT_MARKERS = new Set(['then', 'later', 'again', 'also', 'once', 'more', 'subsequently', 'finally', 'lastly']);

interface ListItem {
  i0: number;
  i1: number;
  /** A place with no "in/at" of its own ("at Tehran, Yalta and Potsdam"). */
  bare?: true;
  /** The item's place; null for a time alone ("most recently in July"). */
  place: string | null;
  times: TimeAtom[];
  /** Said to be another meeting ("again", "then", "a third"), not where the verb's one was. */
  marked: boolean;
  ord?: number;
}

/**
 * The words opening a list item before its "in/at": "again", "then", "most recently", "a third"
 * (an ordinal standing for the meeting noun). Returns the unit after them and what they said.
 */
function itemMarkers(a: Annotation, units: Unit[], j: number, end: number): { j: number; marked: boolean; ord?: number } {
  let marked = false;
  let ord: number | undefined;
  for (let n = 0; n < 3 && j < end; n++) {
    const u = units[j];
    if (n > 0 && flagsOf(a, u) & (F_COMMA | F_DOT | F_CLAUSE)) break;
    const w = tokenText(a, u.t0);
    // "most recently in July" ('recently' alone is a time of its own).
    if ((w === 'most' || w === 'more') && j + 1 < end && tokenText(a, units[j + 1].t0) === 'recently') {
      marked = true;
      j += 2;
    } else if (funcOf(u) === 'again' || (u.t1 - u.t0 === 1 && NEXT_MARKERS.has(w) && !u.senses.some((x) => x.t !== 'func'))) {
      marked = true;
      j++;
    } else if (funcOf(u) === 'det' && j + 1 < end && senseOf(units[j + 1], 'ord') && !(flagsOf(a, units[j + 1]) & (F_COMMA | F_DOT | F_CLAUSE))) {
      // "and a third in Geneva": the ordinal stands for the meeting noun of the frame before.
      ord = senseOf(units[j + 1], 'ord')!.n;
      marked = true;
      j += 2;
    } else if (bareOrdinal(a, units, j, end)) {
      // «второй — в Стамбуле», «третій – у Женеві»: Russian and Ukrainian have no article; the
      // ordinal alone, before its "in", stands for the meeting noun of the frame before.
      ord = senseOf(u, 'ord')!.n;
      marked = true;
      j++;
    } else break;
  }
  return { j, marked, ord };
}

/**
 * A Cyrillic ordinal standing alone at units[j] with "in/at" and a place right after it (a dash
 * between them allowed): «второй — в Стамбуле», «третій у Женеві». An ordinal before a noun
 * («второй день в Женеве») is not one.
 */
function bareOrdinal(a: Annotation, units: Unit[], j: number, end: number): boolean {
  const u = units[j];
  if (j + 2 >= end || !senseOf(u, 'ord') || !(flagsOf(a, u) & F_CYR) || u.senses.some((x) => x.t !== 'ord')) return false;
  const p = units[j + 1];
  const fn = funcOf(p);
  return (fn === 'in' || fn === 'at') && !(flagsOf(a, p) & (F_COMMA | F_DOT)) && !!senseOf(units[j + 2], 'place') && !(flagsOf(a, units[j + 2]) & (F_COMMA | F_DOT | F_CLAUSE));
}

/** "and", or Russian and Ukrainian «а» ("and, whereas"), which joins the items of a contrast: «первый — в Эр-Рияде, а второй — в Стамбуле». */
function andAt(a: Annotation, u: Unit): boolean {
  return funcOf(u) === 'and' || (u.t1 - u.t0 === 1 && !!(flagsOf(a, u) & F_CYR) && tokenText(a, u.t0) === 'а');
}

/** A lower-case adverb the lists do not know: "see Putin directly", "met briefly". */
function mannerAdverb(a: Annotation, u: Unit): boolean {
  return !u.senses.length && u.t1 - u.t0 === 1 && !(flagsOf(a, u) & F_CAP) && /^[a-z]{4,}ly$/.test(tokenText(a, u.t0));
}

/** Does a further meeting of the same people start at units[j]: "again in Reykjavik", "a third in Geneva", "then in Moscow"? */
export function furtherMeetingAhead(a: Annotation, units: Unit[], j: number, end: number): boolean {
  const mk = itemMarkers(a, units, j, end);
  if (!mk.marked || mk.j + 1 >= end) return false;
  const fn = funcOf(units[mk.j]);
  return (fn === 'in' || fn === 'at') && !(flagsOf(a, units[mk.j + 1]) & (F_COMMA | F_DOT | F_CLAUSE));
}

/**
 * Places after a meeting verb, past a comma, each with its own time: ", at Tehran in 1943 and at Yalta
 * in February 1945". Every item is "at/in <place> [time]", followed by a comma, "and" or the end of
 * the sentence; anything else (", and in Moscow he saw Putin") means it is no such list.
 * An item may say it is a further meeting of the same people: ", and again in Reykjavik", "and a
 * third in Geneva" (no comma needed then), ", most recently in July" (a time alone).
 */
export function meetingList(a: Annotation, units: Unit[], from: number, end: number): ListItem[] {
  let j = from + countHedge(a, units, from, end);
  for (let n = 0; n < 3 && j < end && !(flagsOf(a, units[j]) & (F_COMMA | F_DOT | F_CLAUSE)) && (LIST_ADVERBS.has(tokenText(a, units[j].t0)) || mannerAdverb(a, units[j])); n++) j++;
  const counted = countPhrase(a, units, j, end);
  if (counted > j) {
    // "met three times: at Tehran, Yalta and Potsdam", "met many more times, in Moscow …": a count
    // announces the list, whose items may say more than a place and a time.
    const items = counted < end && flagsOf(a, units[counted]) & (F_COMMA | F_CLAUSE) ? listAt(a, units, counted, end, true) : [];
    if (items.length >= 2) return items;
  }
  if (j >= end || flagsOf(a, units[j]) & F_DOT) return [];
  const items = listAt(a, units, j, end);
  if (items.length) return items;
  // "met in Kuala Lumpur last July, talking for about 50 minutes, and again in New York": a further
  // meeting may follow a participle's phrase (whose meeting words are this meeting's); a clause
  // break or another party before it ends the search.
  for (let q = j + 1; q < Math.min(end, j + 16); q++) {
    if (flagsOf(a, units[q]) & (F_DOT | F_CLAUSE) || senseOf(units[q], 'person')) break;
    if (flagsOf(a, units[q]) & F_COMMA && funcOf(units[q]) === 'and' && furtherMeetingAhead(a, units, q + 1, end)) return listAt(a, units, q, end);
  }
  return [];
}

/** "including", «в том числе», «у тому числі», «зокрема», «в частности» (folded text) before a list's items. */
const INCLUDING_LEADS = [['including'], ['в', 'том', 'числе'], ['у', 'тому', 'числи'], ['в', 'тому', 'числи'], ['зокрема'], ['в', 'частности']];
function includingLead(a: Annotation, units: Unit[], j: number, end: number): number {
  return phraseAt(a, units, j, end, INCLUDING_LEADS);
}

/** Words that count meetings before "times": "many (more) times", "several times". */
const COUNT_WORDS = new Set(['many', 'several', 'numerous', 'few']);

/**
 * A count of meetings at units[j] ("three times", "many more times", "several times", "twice more"),
 * with no break inside it: the unit after it, or j when there is none.
 */
function countPhrase(a: Annotation, units: Unit[], j: number, end: number): number {
  if (j >= end || flagsOf(a, units[j]) & (F_COMMA | F_DOT | F_CLAUSE)) return j;
  const w = tokenText(a, units[j].t0);
  let q = j;
  if ((w === 'twice' || w === 'thrice') && units[j].t1 - units[j].t0 === 1) q = j + 1;
  else if (senseOf(units[j], 'num') || COUNT_WORDS.has(w)) {
    q = j + 1;
    if (q < end && tokenText(a, units[q].t0) === 'more' && !(flagsOf(a, units[q]) & (F_COMMA | F_DOT | F_CLAUSE))) q++;
    if (q >= end || tokenText(a, units[q].t0) !== 'times' || flagsOf(a, units[q]) & (F_COMMA | F_DOT | F_CLAUSE)) return j;
    return q + 1;
  } else return j;
  if (q < end && tokenText(a, units[q].t0) === 'more' && !(flagsOf(a, units[q]) & (F_COMMA | F_DOT | F_CLAUSE))) q++;
  return q;
}

/** How far into a counted list's item its "in/at <place>" may stand ("for the last time as presidents at Sochi"). */
const ITEM_LEAD = 6;

/**
 * The list of meetingList starting at units[j]. `counted`: a count announced it ("met three times:"),
 * so an item may lead up to its place with a few words ("at the Bush family home in
 * Kennebunkport", "for the last time as presidents at Sochi"), carry on past its time up to the
 * next comma ("in Moscow the next May to sign a treaty"), name its place bare after an item that
 * said "at" ("at Tehran, Yalta and Potsdam"), and be followed by its place's region and its year
 * set off by commas ("in Kennebunkport, Maine, in 2007").
 */
function listAt(a: Annotation, units: Unit[], j: number, end: number, counted = false): ListItem[] {
  // The list may follow a comma, a colon or a dash: «зустрічалися лише один раз — у Женеві в 2021 році».
  // Without one, only "and" with a word saying another meeting follows ("… in 1985 and again in 1986").
  if (!(flagsOf(a, units[j]) & (F_COMMA | F_CLAUSE))) {
    if (funcOf(units[j]) !== 'and' || j + 1 >= end || flagsOf(a, units[j + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) return [];
    if (!itemMarkers(a, units, j + 1, end).marked) return [];
  }
  // ", including in April in St Petersburg and …", «, в том числе в апреле …», «, зокрема …»: the
  // items are some of the meetings the verb counted.
  if (flagsOf(a, units[j]) & F_COMMA) {
    const lead = includingLead(a, units, j, end);
    if (lead && j + lead < end && !(flagsOf(a, units[j + lead]) & (F_COMMA | F_DOT | F_CLAUSE))) j += lead;
  }
  const items: ListItem[] = [];
  // A further meeting ("and again in Helsinki") stands whatever follows it (", and how Yeltsin …"),
  // and so does a list of places with their times closed by "and" («в апреле в Санкт-Петербурге и
  // 6 августа в Москве, после чего …»): what follows its comma is something else.
  let closedAt = -1; // the item that "and" opened
  const fail = () => (items.length && (items[items.length - 1].marked || (closedAt === items.length - 1 && items.length >= 2 && items.every((it) => it.place && it.times.length))) ? items : []);
  while (j < end) {
    if (items.length) {
      // Between items: a comma, "and", or both.
      const sep = !!(flagsOf(a, units[j]) & F_COMMA);
      if (andAt(a, units[j])) {
        j++;
        closedAt = items.length;
      } else if (!sep) return fail();
      if (j >= end) return fail();
    } else if (andAt(a, units[j])) {
      // ", and again in Reykjavik": 'and' may open the first item only when a marker follows.
      if (!itemMarkers(a, units, j + 1, end).marked) return fail();
      j++;
    }
    const i0 = j;
    const mk = itemMarkers(a, units, j, end);
    j = mk.j;
    if (j >= end || (j + 1 >= end && !counted)) return fail();
    const prev = items[items.length - 1];
    if (counted && prev?.place) {
      // ", Maine, in 2007" after "in Kennebunkport": the region and the year of the item before.
      const lone = senseOf(units[j], 'place') || (!units[j].senses.length && flagsOf(a, units[j]) & F_CAP);
      if (lone && (j + 1 >= end || flagsOf(a, units[j + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) && !(senseOf(units[j], 'place') && prev.place && itemBareAllowed(items))) {
        j++;
        if (j >= end || flagsOf(a, units[j]) & (F_DOT | F_CLAUSE)) break;
        continue;
      }
      if (funcOf(units[j]) === 'in' && !prev.times.length && !(flagsOf(a, units[j + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) && !senseOf(units[j + 1], 'place')) {
        const time = readTime(a, units, j + 1);
        if (time && (time.next >= end || flagsOf(a, units[time.next]) & (F_COMMA | F_DOT | F_CLAUSE))) {
          prev.times = time.atoms;
          prev.i1 = time.next - 1;
          j = time.next;
          if (j >= end || flagsOf(a, units[j]) & (F_DOT | F_CLAUSE)) break;
          continue;
        }
      }
    }
    // "at Tehran, Yalta and Potsdam": the first item's "at" serves the bare places after it.
    const bare = counted && itemBareAllowed(items) && !!senseOf(units[j], 'place') && !funcOf(units[j]);
    if (bare) j--;
    else if (counted) {
      // "for the last time as presidents at Sochi": a few words lead up to the item's "in/at <place>".
      let q = j;
      while (q < Math.min(end - 1, j + ITEM_LEAD) && !(q > j && flagsOf(a, units[q]) & (F_COMMA | F_DOT | F_CLAUSE)) && !((funcOf(units[q]) === 'in' || funcOf(units[q]) === 'at') && senseOf(units[q + 1], 'place'))) {
        if (senseOf(units[q], 'meet') || senseOf(units[q], 'side')) break;
        q++;
      }
      if (q < end - 1 && (funcOf(units[q]) === 'in' || funcOf(units[q]) === 'at') && senseOf(units[q + 1], 'place') && !(q > j && flagsOf(a, units[q]) & (F_COMMA | F_DOT | F_CLAUSE))) j = q;
    }
    // «в апреле в Санкт-Петербурге», «6 августа в Москве»: the time may come before the place.
    const tf = bare ? null : timeFirstItem(a, units, j, end);
    if (tf) {
      items.push({ i0, i1: tf.next - 1, place: tf.place, times: tf.times, marked: mk.marked, ...(mk.ord ? { ord: mk.ord } : {}) });
      j = tf.next;
      if (j >= end || flagsOf(a, units[j]) & (F_DOT | F_CLAUSE)) break;
      if (!(flagsOf(a, units[j]) & F_COMMA) && funcOf(units[j]) !== 'and') return fail();
      continue;
    }
    const fn = bare ? 'at' : funcOf(units[j]);
    if ((fn !== 'in' && fn !== 'at') || j + 1 >= end) return fail();
    const place = senseOf(units[j + 1], 'place');
    if (place && !bare && flagsOf(a, units[j + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) return fail();
    // "… for another meeting with Putin, and then in Kyiv": the next leg of a trip to Ukraine is a
    // meeting with Ukrainians, not another of the same two sides.
    if (place && mk.marked && (place.key === 'ukraine' || a.lex.places.get(place.key)?.country === 'ukraine')) return fail();
    let times: TimeAtom[] = [];
    if (place) {
      j += 2;
      const tj = j < end && (funcOf(units[j]) === 'in' || funcOf(units[j]) === 'at') && !(flagsOf(a, units[j]) & (F_COMMA | F_DOT | F_CLAUSE)) ? j + 1 : j;
      const time = tj < end && !(flagsOf(a, units[tj]) & (F_COMMA | F_DOT | F_CLAUSE)) ? readTime(a, units, tj) : null;
      if (time && !senseOf(units[tj], 'place')) {
        times = time.atoms;
        j = time.next;
      }
    } else {
      // A time alone is a further meeting only when a marker says so: "and again in July".
      if (!mk.marked || flagsOf(a, units[j + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) return fail();
      const time = readTime(a, units, j + 1);
      if (!time) return fail();
      times = time.atoms;
      j = time.next;
    }
    items.push({ i0, i1: j - 1, place: place ? place.key : null, times, marked: mk.marked, ...(mk.ord ? { ord: mk.ord } : {}), ...(bare ? { bare: true } : {}) });
    // "in Moscow the next May to sign a treaty on warhead cuts": a counted item runs on to the next comma.
    if (counted && place) {
      while (j < end && !(flagsOf(a, units[j]) & (F_COMMA | F_DOT | F_CLAUSE)) && funcOf(units[j]) !== 'and') {
        if (senseOf(units[j], 'side') || senseOf(units[j], 'person')) return fail(); // someone else's part
        j++;
      }
    }
    if (j >= end || flagsOf(a, units[j]) & (F_DOT | F_CLAUSE)) break;
    // "and again in Reykjavik the next October", "… in New York during the General Assembly": what
    // follows a further meeting's place says more about it, and ends the list.
    if (mk.marked && !(flagsOf(a, units[j]) & F_COMMA) && funcOf(units[j]) !== 'and') break;
    if (!(flagsOf(a, units[j]) & F_COMMA) && funcOf(units[j]) !== 'and') return fail();
  }
  return items;
}

/**
 * A list item that says its time before its place: «в апреле в Санкт-Петербурге», «6 августа в
 * Москве», "in April in St Petersburg". The place must close the item (a break, "and" or the end).
 */
function timeFirstItem(a: Annotation, units: Unit[], j: number, end: number): { next: number; times: TimeAtom[]; place: string } | null {
  const tj = funcOf(units[j]) === 'in' && j + 1 < end && !(flagsOf(a, units[j + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) ? j + 1 : j;
  if (senseOf(units[tj], 'place')) return null;
  const time = readTime(a, units, tj);
  if (!time || time.next + 1 >= end) return null;
  const p = time.next;
  const fp = funcOf(units[p]);
  if ((fp !== 'in' && fp !== 'at') || flagsOf(a, units[p]) & (F_COMMA | F_DOT | F_CLAUSE) || flagsOf(a, units[p + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) return null;
  const place = senseOf(units[p + 1], 'place');
  if (!place) return null;
  const next = p + 2;
  if (next < end && !(flagsOf(a, units[next]) & (F_COMMA | F_DOT | F_CLAUSE)) && funcOf(units[next]) !== 'and') return null;
  return { next, times: time.atoms, place: place.key };
}

/** May a bare place be the next item: the list so far is "at/in <place>" items, the first with its preposition. */
function itemBareAllowed(items: ListItem[]): boolean {
  return items.length > 0 && items.every((it) => !!it.place && !it.times.length);
}

/** The frames of a list's items: the same people as the frame the list follows, at each item's place and time. */
export function listFrames(units: Unit[], frame: Frame, list: ListItem[]): Frame[] {
  return list.map((it) => {
    // "went to the Kremlin three times, most recently in July": a time alone is at the frame's
    // place when the frame gave no time of its own (it counted visits there).
    const places = it.place ? [it.place] : frame.times.length ? [] : [...frame.places];
    // "During the Second World War they met three times: at Tehran, Yalta and Potsdam": an item
    // with no time of its own is told in the time its clause gives, as the frame was.
    const clauseTimes = it.times.length || frame.times.length ? [] : frame.clauseTimes;
    return makeFrame({ ...frame, t0: units[it.i0].t0, t1: units[it.i1].t1, anchor: units[it.i0].t0, sides: new Set(frame.sides), persons: [...frame.persons], places, times: it.times, clausePlaces: [], clauseTimes, ords: it.ord ? [it.ord] : [], again: it.marked, habitual: false, aliases: [], clause: [units[it.i0].t0, units[it.i1].t1] });
  });
}
