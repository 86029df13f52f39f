/**
 * Frames without a meeting word in headings and timelines: a heading that dates the text below
 * it, entries that open with a date ("Feb. 11 — Witkoff meets Putin in Moscow"), a time opening a
 * sentence, and the plain place-and-date frame these (and the place and presence frames) build.
 */
import { makeFrame } from './frame';
import { readTime, type TimeAtom } from '../times';
import { F_CAP, F_CLAUSE, F_COMMA, F_LINE, F_NUM, F_PARA } from '../tokenize';
import { flagsOf, funcOf, isYear, numValue, senseOf, tokenText, type Annotation, type Unit } from '../units';
import type { SideCode } from '../vocab';
import { sentenceUnits } from './clauses';
import { isPlacePreposition } from './places';
import type { Frame } from './types';
import { gapBefore } from './words';
import { seatSide } from './tripsAhead';

/**
 * A date in brackets opening units[j], right after a phrase, as lists of related articles and
 * infoboxes give them ("Moscow Summit (1974)"). Its atoms, or none.
 */
export function bracketedTime(a: Annotation, units: Unit[], j: number): TimeAtom[] {
  if (j >= units.length || !(flagsOf(a, units[j]) & F_CLAUSE) || !gapBefore(a, units[j].t0).trim().endsWith('(')) return [];
  const t = readTime(a, units, j);
  if (!t) return [];
  const close = t.next < units.length ? gapBefore(a, units[t.next].t0) : a.scan.norm.text.slice(a.scan.toks.end[units[t.next - 1].t1 - 1]);
  return close.trimStart().startsWith(')') ? t.atoms : [];
}

/**
 * Chronology headings: a short line, or a list item after a colon or semicolon, of only a place
 * and a date ("Yalta, 1945", "Vladivostok, Soviet Union, Nov. 23-24, 1974", "…: Moscow, May 1972;
 * Washington, June 1973"). Lists of past summits are written this way, with no meeting word. The
 * caller resolves them only to a known event at that city in that year, on a page that is about
 * both sides; anything else (a travel page's "Paris, 2019") is left alone.
 */
export function headingFrames(a: Annotation, sentence: number): Frame[] {
  const units = sentenceUnits(a, sentence);
  // A line of nothing but a place and a date, whatever separates them ("Hamburg — July 7, 2017",
  // "Helsinki, Finland — July 16, 2018", "July 1974 — Moscow"), is one entry. The dateline test
  // below is for a place and date that open a longer sentence.
  const whole = units.length > 1 ? headingOf(a, units, 0, units.length, sentence) : null;
  if (whole) return [whole];
  const entry = dateFirstEntry(a, units, sentence);
  if (entry) return [entry];
  const out: Frame[] = [];
  let from = 0;
  for (let i = 1; i <= units.length; i++) {
    if (i < units.length && !(flagsOf(a, units[i]) & F_CLAUSE)) continue;
    // "…: Riyadh (February 2025), Kuala Lumpur (July 2025) and Manila (July 2026)": a place with its
    // date in brackets is an entry; the brackets are no clause of their own.
    const bracket = i < units.length && i > from ? bracketedTime(a, units, i) : [];
    if (bracket.length) {
      let p = from;
      while (p < i && (funcOf(units[p]) === 'and' || funcOf(units[p]) === 'det')) p++;
      const next = readTime(a, units, i)!.next;
      const f = p < i ? headingOf(a, units, p, next, sentence) : null;
      if (f) out.push(f);
      from = next;
      i = next - 1;
      continue;
    }
    // A place and date opening a longer sentence is a dateline ("PRAGUE, April 8, 2010 — …"):
    // where the reporter wrote from, not a meeting. Followed by a colon it is a chronology's entry
    // ("Yalta, Soviet Union, Feb. 4-11, 1945: Roosevelt, Stalin and Churchill").
    // An entry of a list announced by a colon at the end of the paragraph before ("Reagan and
    // Gorbachev met five times:" / "Geneva, November 1985 — the first meeting, …") is no dateline.
    // So is the next entry, under a paragraph that opened with one ("Reykjavik, Iceland, October 1986 — …").
    const dateline = from === 0 && i < units.length && !gapBefore(a, units[i].t0).includes(':') && !gapBefore(a, units[0].t0).includes(':') && !entryAbove(a, sentence);
    // "After Stalin: Berlin 1954 and Geneva 1955", "2. Moscow 1947 and the end of four-power
    // cooperation": a heading may pair several place-and-year entries, or one with a topic.
    if (!dateline) {
      let p = from;
      for (let j = from; j <= i; j++) {
        // "…: Riyadh (February 2025), Kuala Lumpur (July 2025) and New York (September 2025)": a
        // comma ends an entry once it holds a place and a year ("Vladivostok, Soviet Union, Nov.
        // 23-24, 1974" is one entry: no part before its commas has both).
        const entryEnd = j < i && j > p && flagsOf(a, units[j]) & F_COMMA && !!senseOf(units[j], 'place') && !!headingOf(a, units, p, j, sentence);
        if (j < i && funcOf(units[j]) !== 'and' && !entryEnd) continue;
        const f = headingOf(a, units, p, j, sentence);
        if (f) out.push(f);
        p = entryEnd ? j : j + 1;
      }
    }
    from = i;
  }
  for (const f of placeYearNames(a, units, sentence)) if (!out.some((g) => g.t0 < f.t1 && f.t0 < g.t1)) out.push(f);
  return out;
}

/**
 * A city and a year written as one name inside a sentence ("after Helsinki 2018", "the lessons of
 * Reykjavik 1986", «после Хельсинки 2018»): how writers name a summit by where and when it was. Like
 * a chronology entry, the caller resolves it only to a known event at that city in that year, on a
 * page about both sides. Not after a place preposition ("in Moscow 2018" is a stay), and not before
 * a capitalised word, which makes it the name of something else ("Sochi 2014 Olympics").
 */
function placeYearNames(a: Annotation, units: Unit[], sentence: number): Frame[] {
  const out: Frame[] = [];
  for (let k = 0; k + 1 < units.length; k++) {
    const u = units[k];
    const p = senseOf(u, 'place');
    if (!p || !(flagsOf(a, u) & F_CAP) || (a.lex.places.get(p.key)?.level ?? 'city') !== 'city') continue;
    const y = units[k + 1];
    // "Yalta (1945)", "Vienna (1961)": the year in brackets right after the city, the brackets closed after it.
    const bracketed = gapBefore(a, y.t0) === ' (' && a.scan.norm.text.startsWith(')', a.scan.toks.end[y.t1 - 1]);
    if (!isYear(numValue(a, y)) || (!bracketed && (flagsOf(a, y) & (F_CLAUSE | F_COMMA) || gapBefore(a, y.t0) !== ' '))) continue;
    if (k > 0 && (isPlacePreposition(a, units[k - 1]) || tokenText(a, units[k - 1].t0) === 'to' || tokenText(a, units[k - 1].t0) === 'from')) continue;
    const next = units[k + 2];
    if (next && !(flagsOf(a, next) & (F_CLAUSE | F_COMMA)) && flagsOf(a, next) & (F_CAP | F_NUM)) continue;
    const t = readTime(a, units, k + 1);
    if (!t || t.next !== k + 2) continue;
    out.push(placeDateFrame(u.t0, y.t1, [p.key], t.atoms, sentence, [u.t0, y.t1]));
  }
  return out;
}

/** The time opening a line and set off by a dash or a colon ("Feb. 18 —", «18 февраля:»): a timeline's entry date. */
function entryLead(a: Annotation, units: Unit[]): ReturnType<typeof readTime> {
  if (units.length < 2 || !(flagsOf(a, units[0]) & (F_LINE | F_PARA))) return null;
  const t = leadingTime(a, units);
  if (!t) return null;
  // The last day of a range ("Jan. 23–24", «23–24 января» reads its month after it) belongs to the date.
  let next = t.next;
  if (next < units.length && numValue(a, units[next]) !== null && /^\s*[–-]\s*$/.test(gapBefore(a, units[next].t0))) next++;
  return next < units.length && next <= 6 && /[:—–-]/.test(gapBefore(a, units[next].t0)) ? { ...t, next } : null;
}

/**
 * A timeline written date first, one entry a line: "Feb. 18 — Riyadh: Rubio and Lavrov lead the
 * delegations", «24 января — Абу-Даби: первый трёхсторонний раунд». The date and the place right
 * after it are the entry, like a chronology heading, though the year is the heading's above
 * ("2025") rather than the entry's own. Only where the line before or after opens the same way, so
 * that one dated line (a live blog's "Feb. 18 — Paris: markets open higher") is no timeline.
 */
function dateFirstEntry(a: Annotation, units: Unit[], sentence: number): Frame | null {
  const lead = entryLead(a, units);
  if (!lead) return null;
  const places: string[] = [];
  let city = false;
  let j = lead.next;
  for (; j < units.length; j++) {
    const p = senseOf(units[j], 'place');
    if (!p) break;
    if (!places.includes(p.key)) places.push(p.key);
    if ((a.lex.places.get(p.key)?.level ?? 'city') !== 'country') city = true;
  }
  const placeFirst = city && (j === units.length || !!(flagsOf(a, units[j]) & (F_CLAUSE | F_COMMA)) || /[:,(]/.test(gapBefore(a, units[j].t0)));
  const people = placeFirst ? null : entryPeople(a, units, lead.next);
  if (!placeFirst && !people) return null;
  if (!entryBeside(a, sentence, -1) && !entryBeside(a, sentence, 1)) return null;
  const clause: [number, number] = [units[0].t0, units[units.length - 1].t1];
  if (!people) return placeDateFrame(units[0].t0, units[j - 1].t1, places, lead.atoms, sentence, clause);
  const f = placeDateFrame(units[0].t0, units[people.last].t1, people.places, lead.atoms, sentence, clause);
  f.persons = people.persons;
  f.sides = people.sides;
  return f;
}

/** Whether the line before (dir -1) or after (1) is a date-first entry too, past a year heading ("2026") between them. */
function entryBeside(a: Annotation, sentence: number, dir: -1 | 1): boolean {
  for (let s = sentence + dir, n = 0; s >= 0 && s < a.sentStart.length - 1 && n < 2; s += dir, n++) {
    const units = sentenceUnits(a, s);
    if (entryLead(a, units)) return true;
    const t = units.length ? readTime(a, units, 0) : null;
    if (!t || t.next !== units.length) return false;
  }
  return false;
}

/** The date-first entry of a sentence that names no place (headingFrames reads those that do). */
export function dateFirstEntries(a: Annotation, sentence: number): Frame[] {
  const f = dateFirstEntry(a, sentenceUnits(a, sentence), sentence);
  return f ? [f] : [];
}

/**
 * The people of a date-first entry, and where they were: "Witkoff and Kushner with Putin", "Witkoff–
 * Putin, Kremlin", "Dmitriev in Washington". Named people of both sides, or one side's named person
 * in a city of the other side's country (a visit); nothing else may come between them and the place.
 */
function entryPeople(a: Annotation, units: Unit[], from: number): { persons: string[]; sides: Set<SideCode>; places: string[]; last: number } | null {
  const persons: string[] = [];
  const sides = new Set<SideCode>();
  const places: string[] = [];
  let last = -1;
  let i = from;
  for (; i < units.length && i < from + 8; i++) {
    const u = units[i];
    const per = senseOf(u, 'person');
    if (per) {
      if (per.weak) return null;
      if (!persons.includes(per.key)) persons.push(per.key);
      sides.add(per.side);
      last = i;
      continue;
    }
    const f = funcOf(u);
    if (f === 'and' || f === 'with' || senseOf(u, 'role') || senseOf(u, 'side')?.adj) continue;
    break;
  }
  if (!persons.length || sides.has('ua') || sides.has('other')) return null;
  // Then the place, after "in"/"at" or a comma ("…, Kremlin"), and nothing else.
  if (i < units.length && (isPlacePreposition(a, units[i]) || flagsOf(a, units[i]) & F_COMMA)) {
    const k = isPlacePreposition(a, units[i]) ? (funcOf(units[i + 1] ?? units[i]) === 'det' ? i + 2 : i + 1) : i;
    const p = units[k] && senseOf(units[k], 'place');
    if (p && (a.lex.places.get(p.key)?.level ?? 'city') !== 'country') {
      places.push(p.key);
      last = k;
    }
  }
  if (sides.has('us') && sides.has('ru')) return { persons, sides, places, last };
  // One side's person in the other's country: "Dmitriev in Washington".
  const host = places.length ? a.lex.places.get(places[0])?.country : undefined;
  const visited = host === 'usa' ? 'us' : host === 'russia' || host === 'soviet union' ? 'ru' : null;
  if (visited && sides.size === 1 && !sides.has(visited) && (sides.has('us') || sides.has('ru'))) {
    sides.add(visited);
    return { persons, sides, places, last };
  }
  return null;
}

/**
 * Whether the paragraph before the sentence's own opens with a place and a date set off like a
 * chronology entry ("Geneva, November 1985 — the first meeting, …"): a list of such entries, one
 * a paragraph, whose next entry is no dateline either. Looks back over a few sentences at most.
 */
function entryAbove(a: Annotation, sentence: number): boolean {
  const own = sentenceUnits(a, sentence);
  if (!own.length || !(flagsOf(a, own[0]) & (F_LINE | F_PARA))) return false;
  for (let s = sentence - 1; s >= 0 && s >= sentence - 4; s--) {
    const units = sentenceUnits(a, s);
    if (!units.length) continue;
    if (s > 0 && !(flagsOf(a, units[0]) & (F_LINE | F_PARA))) continue;
    let i = 1;
    while (i < units.length && !(flagsOf(a, units[i]) & F_CLAUSE)) i++;
    return i < units.length && headingOf(a, units, 0, i, s) !== null;
  }
  return false;
}

/** A time opening the sentence: "On Friday", "In October 1986", "Last week" (the lexicon may read
 *  "on Friday" as one unit, or leave the preposition apart). */
export function leadingTime(a: Annotation, units: Unit[]): ReturnType<typeof readTime> {
  const t = readTime(a, units, 0);
  if (t) return t;
  // "Last February …": the lexicon leaves 'last' apart as a tense word, before its month.
  const w = tokenText(a, units[0].t0);
  return funcOf(units[0]) === 'in' || w === 'on' || w === 'last' || w === 'early' || w === 'late' ? readTime(a, units, 1) : null;
}

/**
 * The date of a timeline's entry: a sentence that opens with a time and nothing else, set off by a
 * dash or a colon ("Feb. 11 — Witkoff meets Putin in Moscow", «11 февраля: Уиткофф прилетел в
 * Москву»), dates the clause right after it, which the dash makes a clause of its own. Timelines and
 * live blogs are written this way; their year is the one told before (a year heading).
 */
export function entryDate(a: Annotation, units: Unit[], cs: number): TimeAtom[] {
  if (cs < 1 || cs > 8) return [];
  const t = leadingTime(a, units);
  if (!t || t.next !== cs || !/[:—–-]/.test(gapBefore(a, units[cs].t0))) return [];
  return t.atoms;
}

function headingOf(a: Annotation, all: Unit[], from: number, to: number, sentence: number): Frame | null {
  const units = all.slice(from, to);
  if (!units.length || units.length > 12) return null;
  const places: string[] = [];
  const times: TimeAtom[] = [];
  let city = false;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const p = senseOf(u, 'place');
    if (p) {
      if (!places.includes(p.key)) places.push(p.key);
      if ((a.lex.places.get(p.key)?.level ?? 'city') === 'city') city = true;
      continue;
    }
    const t = readTime(a, units, i);
    if (t) {
      times.push(...t.atoms);
      i = t.next - 1;
      continue;
    }
    // Day ranges ("4-11") and articles between the parts are fine; other words are not.
    if (numValue(a, u) !== null || funcOf(u) === 'det') continue;
    return null;
  }
  if (!city || !times.some((t) => t.y !== undefined)) return null;
  const first = units[0];
  const last = units[units.length - 1];
  // Chronologies list summits this way; a summit word weighs summits over envoys' trips there.
  return placeDateFrame(first.t0, last.t1, places, times, sentence, [first.t0, last.t1]);
}

/**
 * A frame with no meeting word of its own, only a place and a time (chronology entries, fronted
 * place phrases): a past summit, no parties yet; callers set what they know beyond that.
 */
export function placeDateFrame(t0: number, t1: number, places: string[], times: TimeAtom[], sentence: number, clause: [number, number]): Frame {
  return makeFrame({
    t0,
    t1,
    anchor: t0,
    meet: 'summit',
    pos: 'n',
    w: 0.5,
    sides: new Set(),
    clauseSides: new Set(),
    sentSides: new Set(),
    persons: [],
    sentPersons: [],
    places,
    clausePlaces: [],
    clauseTimes: [],
    sport: false,
    forum: false,
    unknownPlace: null,
    times,
    sentYears: [],
    sinceYears: [],
    ords: [],
    again: false,
    tense: 'past',
    kind: 'usru-weak',
    aliases: [],
    sentence,
    clause,
  });
}

/**
 * A place and its date said together inside a sentence with no meeting word: "the table from
 * Governors Island in December 1988", "Camp David in 1959", «Женева, июнь 2021 года», «сентябрь 1999
 * года, Окленд». Writers who have named the two sides name their meetings this way, by where and
 * when. Like a chronology entry, the caller resolves it only to a known event at that place at that
 * time, on a page about both sides. The date must carry its year.
 */
export function placeDateInline(a: Annotation, sentence: number): Frame[] {
  const units = sentenceUnits(a, sentence);
  const out: Frame[] = [];
  // At a side's seat (Moscow, the Kremlin, Washington) a date may fall on anything else that happened
  // there ("a car bomb in Moscow in April 2025"): the sentence must name a US or Russian person, and
  // only a meeting they were at is meant. Elsewhere the resolver weighs the meetings held there then.
  const persons: string[] = [];
  for (const u of units) {
    const per = senseOf(u, 'person');
    if (per && !per.weak && (per.side === 'us' || per.side === 'ru') && !persons.includes(per.key)) persons.push(per.key);
  }
  const busy = (key: string) => seatSide(key) !== undefined;
  const cityAt = (k: number) => {
    const u = units[k];
    const p = u && senseOf(u, 'place');
    if (!p || !(flagsOf(a, u) & F_CAP) || (a.lex.places.get(p.key)?.level ?? 'city') === 'country') return null;
    if (!persons.length && busy(p.key)) return null;
    return p.key;
  };
  const dated = (atoms: TimeAtom[]) => atoms.length > 0 && atoms.every((t) => t.y !== undefined && !t.rel);
  for (let k = 0; k < units.length; k++) {
    const key = cityAt(k);
    if (!key) continue;
    // The place first: "Governors Island in December 1988", «Женева, июнь 2021 года». Not opening
    // the sentence: there it is a dateline ("PRAGUE, April 8, 2010 — …") or a heading, which
    // headingFrames reads.
    let j = k === 0 ? -1 : k + 1;
    const gap = j > 0 && j < units.length ? gapBefore(a, units[j].t0) : '';
    if (j < 0) {
      // (the date-first reading below)
    } else if (j < units.length && (funcOf(units[j]) === 'in' || tokenText(a, units[j].t0) === 'on') && gap === ' ') j++;
    else if (!/^, ?$/.test(gap)) j = -1;
    const t = j > 0 ? readTime(a, units, j) : null;
    if (t && dated(t.atoms)) {
      out.push(asPlaceDate(placeDateFrame(units[k].t0, units[t.next - 1].t1, [key], t.atoms, sentence, [units[k].t0, units[t.next - 1].t1]), persons));
      k = t.next - 1;
      continue;
    }
    // The date first: «сентябрь 1999 года, Окленд». (Only after a comma: the common case, a place
    // with none before it, costs no reading of times.)
    if (k === 0 || !/^, ?$/.test(gapBefore(a, units[k].t0))) continue;
    for (let i = Math.max(0, k - 6); i < k; i++) {
      const r = readTime(a, units, i);
      if (!r || r.next !== k || !dated(r.atoms)) continue;
      out.push(asPlaceDate(placeDateFrame(units[i].t0, units[k].t1, [key], r.atoms, sentence, [units[i].t0, units[k].t1]), persons));
      break;
    }
  }
  return out;
}

/** Marks a frame as a place and date (Frame.placeDate); the sentence's people are its own, so the resolver takes only a meeting every one of them was at. */
function asPlaceDate(f: Frame, persons: string[]): Frame {
  f.placeDate = true;
  f.persons = persons.slice();
  f.sentPersons = persons.slice();
  return f;
}
