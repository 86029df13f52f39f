/**
 * Meeting descriptions without a fixed name. Each meeting word ("talks", "met", "summit",
 * "встреча"...) anchors a frame, read within its sentence:
 *
 *   [left modifiers] MEETING-WORD [right complements]
 *    Russia-US        talks        in Istanbul
 *    the Putin–Trump  encounter    in Alaska
 *                     meeting      between U.S. and Russian officials in Istanbul
 *                     встреча      Путина и Трампа на Аляске
 *   Putin and Trump   met          in Anchorage            (verbs take their subject too)
 *
 * Left modifiers: sides, names, places, years, adjectives ("bilateral", "high-level"). Right
 * complements: parties after between/with/of (or a Russian genitive), places after in/at/в/на,
 * times (months, years, "earlier this week"); a topic after on/about/по is skipped ("talks on
 * arms control", "about Poland"). A meeting word joined to a frame by for/to/of ("visited Moscow
 * for talks with Lavrov") is the same meeting. The mention span is the frame, not the sentence.
 *
 * Then the frame is classified by who is on which side: both sides inside the frame ('usru'),
 * one inside and the other elsewhere in the clause or sentence ('usru-weak'), a third party as
 * the counterpart ('third': Russia–Ukraine talks, Rubio with Turkish teams), or no sides near
 * ('none': only the document's context can make it a US–Russia meeting). Tense and modality of
 * the clause ("will", "could", "did not") ride along for resolution.
 */
import { normalizeString } from './normalize';
import { bodyAfter, bodyPossessive, forumAhead, privateGroupPhrase, privateGroupSubject } from './nonparties';
import { readTime, type TimeAtom, type TimeRead } from './times';
import { F_CAP, F_CLAUSE, F_COMMA, F_CYR, F_DOT, F_HYPH, F_LINE, F_NUM, F_PARA, F_QUOTE, F_SENT } from './tokenize';
import {
  TENSE_CODE,
  TENSE_NAME,
  flagsOf,
  funcOf,
  isParty,
  isYear,
  numValue,
  senseOf,
  tokenText,
  unitsOf,
  type Annotation,
  type OverlayHit,
  type TenseName,
  type Unit,
} from './units';
import { THIRD_PARTY_SURNAMES, type MeetSense, type SideCode } from './vocab';

export type { TimeAtom } from './times';
export type FrameKind = 'usru' | 'usru-weak' | 'one-side' | 'third' | 'none';

export interface Frame {
  /** Token span of the mention (end exclusive). */
  t0: number;
  t1: number;
  /** Token of the meeting word (or the alias start). */
  anchor: number;
  meet: MeetSense | null;
  pos: 'n' | 'v' | null;
  /** How strongly the meeting word alone says "meeting" (0..1). */
  w: number;
  sides: Set<SideCode>;
  clauseSides: Set<SideCode>;
  sentSides: Set<SideCode>;
  persons: string[];
  sentPersons: string[];
  places: string[];
  /** Places and times elsewhere in the clause ("В июне 2021 года в Женеве состоялся саммит…"). */
  clausePlaces: string[];
  clauseTimes: TimeAtom[];
  /** The clause talks sports ("meet in the final"). */
  sport: boolean;
  /** The meeting word belongs to a multilateral forum ("the G20 summit", "a NATO meeting"). */
  forum: boolean;
  /** A capitalised word after "in/at" that no list knows ("held in Ankara" where Ankara is unknown). */
  unknownPlace: string | null;
  times: TimeAtom[];
  /** Years elsewhere in the sentence (not those after since/after/before: they bound, not date). */
  sentYears: number[];
  /** "the first meeting since 2019": the meeting came after these years. */
  sinceYears: number[];
  /** "the third trip since February": the meeting came in or after this month. */
  sinceMonths?: TimeAtom[];
  ords: number[];
  again: boolean;
  /** Three parties: a three-way word ("trilateral talks") or Russia, the US and Ukraine named together. */
  three?: boolean;
  /** "met many times", «неоднократно встречались»: a practice, not one meeting. */
  habitual?: boolean;
  /** "the previous meeting", "the last round", "earlier talks": one before the meeting the page is about. */
  previous?: boolean;
  /** "spent two hours with Putin": time spent together, read like a presence phrase (every person it names was there). */
  stay?: boolean;
  /** "a dialogue on strategic stability": a process word with nothing of its own; never a mark, only a rival in its clause. */
  process?: boolean;
  /** "spoke", "speaks with": says nothing of phone or in person. */
  speak?: boolean;
  /** A Soviet word in the clause: a meeting before the Soviet Union ended (December 1991). */
  soviet?: boolean;
  /** The year written last before the frame, nearby ("On October 18, 1962, … on October 27"):
   *  a day or month with no year may be in it rather than in the publication's year. */
  narrativeYear?: number;
  tense: TenseName | null;
  kind: FrameKind;
  aliases: OverlayHit[];
  sentence: number;
  /** Token range of the frame's clause: a frame with only clause context yields to another in its clause. */
  clause: [number, number];
}

// ---- parties ------------------------------------------------------------------------------


/**
 * The side a unit stands for as a party. An adjective side followed by a noun we do not know
 * ("Russian toponyms", "Russian oil", "Russian skaters") describes something else, not a party;
 * "Russian officials", "Russian and American envoys", "Russian President" remain parties.
 */
/**
 * A surname that is also a word ('Ford', 'Baker', 'Rice', 'Johnson') is a person of its side when
 * "and"/"with" joins it to a person of the other side: "Ford and Brezhnev", «Брежнева и Форда»,
 * "Baker with Shevardnadze", or a hyphen or dash: "the Johnson-Kosygin talks". Alone it stays a name
 * for resolution only ("a Ford plant").
 */
function pairedWeak(units: Unit[], i: number, a: Annotation): boolean {
  const p = senseOf(units[i], 'person');
  if (!p?.weak || (p.side !== 'us' && p.side !== 'ru')) return false;
  // "the Johnson-Kosygin talks", "Ford–Brezhnev": a pair written with a hyphen or dash.
  for (const d of [-1, 1]) {
    const other = units[i + d];
    if (!other || !(flagsOf(a, units[d < 0 ? i : i + 1]) & F_HYPH)) continue;
    const q = senseOf(other, 'person');
    if (q && !q.weak && q.side !== p.side && (q.side === 'us' || q.side === 'ru')) return true;
  }
  for (const d of [-2, 2]) {
    const link = units[i + d / 2];
    const other = units[i + d];
    if (!link || !other) continue;
    const f = funcOf(link);
    if (f !== 'and' && f !== 'with') continue;
    const q = senseOf(other, 'person');
    if (q && !q.weak && q.side !== p.side && (q.side === 'us' || q.side === 'ru')) return true;
  }
  // The object of the other side's meeting verb: "Brezhnev met (with) Ford", «Брежнєв зустрівся з Фордом»;
  // not a surname a third party bears too ("Lavrov met Johnson" may be Boris).
  if (THIRD_PARTY_SURNAMES.has(p.key)) return false;
  let j = i - 1;
  if (j > 0 && funcOf(units[j]) === 'with') j--;
  if (j > 0 && senseOf(units[j], 'meet')?.pos === 'v') {
    const q = senseOf(units[j - 1], 'person');
    if (q && !q.weak && q.side !== p.side && (q.side === 'us' || q.side === 'ru')) return true;
  }
  return false;
}

/**
 * "The Big Three", "the Big Four": a unit that is both sides at once (listed under each in vocab.ts),
 * as a name of the powers' leaders, not of carmakers or accounting firms: what follows it must be a
 * word the lists know (a meeting word, a role, "at", "in"…) or the end of the clause.
 */
function allianceAt(a: Annotation, units: Unit[], i: number): boolean {
  const u = units[i];
  let us = false;
  let ru = false;
  for (const s of u.senses) {
    if (s.t !== 'side' || s.adj) continue;
    if (s.side === 'us') us = true;
    else if (s.side === 'ru') ru = true;
  }
  if (!us || !ru) return false;
  const next = units[i + 1];
  return !next || next.senses.length > 0 || !!(flagsOf(a, next) & (F_COMMA | F_DOT | F_CLAUSE));
}

function partySide(a: Annotation, units: Unit[], i: number): SideCode | null {
  const u = units[i];
  const p = senseOf(u, 'person');
  if (p) return p.weak && !pairedWeak(units, i, a) ? null : p.side;
  const s = senseOf(u, 'side');
  if (!s) return null;
  if (s.adj || isAmericanAdjective(a, u)) {
    // Find the head noun: skip "and", other sides, modifiers; allow two unknown words before a
    // role ("defense officials", "military officers").
    let j = i + 1;
    while (j < units.length && (funcOf(units[j]) === 'and' || senseOf(units[j], 'side') || senseOf(units[j], 'mod'))) {
      if (flagsOf(a, units[j]) & (F_COMMA | F_DOT | F_CLAUSE)) break;
      j++;
    }
    let unknown = 0;
    while (j < units.length && !units[j].senses.length && !(flagsOf(a, units[j]) & (F_CAP | F_NUM | F_COMMA | F_DOT | F_CLAUSE)) && unknown < 3) {
      unknown++;
      j++;
    }
    if (unknown > 0) {
      const head = units[j];
      const ok = head && unknown <= 2 && senseOf(head, 'role') && !(flagsOf(a, head) & (F_COMMA | F_DOT | F_CLAUSE));
      if (!ok) return null;
    }
  }
  return s.side;
}

/** Countries whose people are the two sides (or Ukraine, which has its own side code). */
const SIDE_COUNTRIES = new Set(['usa', 'russia', 'soviet union', 'ukraine']);

/**
 * A third party no list names: a country ("Indonesia's president", "Brazil's foreign minister")
 * or an unknown capitalised word ("the Paraguayan delegation") right before a role. Whoever meets
 * them, it is not a US–Russia meeting.
 */
function thirdPartyAt(a: Annotation, units: Unit[], j: number): boolean {
  const u = units[j];
  const next = units[j + 1];
  if (!u || !next) return false;
  const roleNext = !!senseOf(next, 'role') || (!!senseOf(next, 'mod') && !!units[j + 2] && !!senseOf(units[j + 2], 'role'));
  // Russian and Ukrainian put the country after the role, in the genitive: «президента Индонезии»,
  // «прем'єр-міністра Індії».
  if (!roleNext) return !!senseOf(u, 'role') && !!(flagsOf(a, next) & F_CYR) && otherCountry(a, next);
  if (senseOf(u, 'place')) return otherCountry(a, u);
  const f = flagsOf(a, u);
  // An agency's Cyrillic abbreviation («РФПИ», «ГРУ», «МЗС») is no country: read in the page's own
  // letters, since token text is folded to lower case.
  return !u.senses.length && !!(f & F_CAP) && !(f & F_SENT) && !(f & F_CYR && /^[А-ЯЁІЇЄҐ]{2,}$/.test(originalToken(a, u.t0)));
}

/** Token t as the page writes it (case kept), where tokenText gives the folded form. */
function originalToken(a: Annotation, t: number): string {
  const { scan } = a;
  return scan.original.slice(scan.norm.starts[scan.toks.start[t]], scan.norm.ends[scan.toks.end[t] - 1]);
}

/** A country that is neither side (nor Ukraine). */
function otherCountry(a: Annotation, u: Unit): boolean {
  const p = senseOf(u, 'place');
  const info = p && a.lex.places.get(p.key);
  return !!p && !!info && info.level === 'country' && !SIDE_COUNTRIES.has(info.country) && !SIDE_COUNTRIES.has(p.key);
}

/**
 * A third country listed with the sides ("from Russia, the United States and Norway"): the group
 * is multinational, so its meeting is not a US–Russia one.
 */
function listedCountry(a: Annotation, units: Unit[], i: number): boolean {
  const p = senseOf(units[i], 'place');
  if (!p) return false;
  const info = a.lex.places.get(p.key);
  if (!info || info.level !== 'country' || SIDE_COUNTRIES.has(info.country) || SIDE_COUNTRIES.has(p.key)) return false;
  const joined = (i > 0 && funcOf(units[i - 1]) === 'and') || !!(flagsOf(a, units[i]) & F_COMMA);
  if (!joined) return false;
  for (let q = Math.max(0, i - 5); q < i; q++) if (senseOf(units[q], 'side')) return true;
  return false;
}

/** "American" (the adjective, folded into the US token) behaves like "Russian": "American astronauts" is no party. */
function isAmericanAdjective(a: Annotation, u: Unit): boolean {
  if (u.t1 - u.t0 !== 1) return false;
  const { norm, toks, original } = a.scan;
  const s = norm.starts[toks.start[u.t0]];
  const e = norm.ends[toks.end[u.t0] - 1];
  const w = original.slice(s, e);
  return w === 'American' || w === 'AMERICAN';
}






// ---- clauses --------------------------------------------------------------------------------

const CLAUSE_WORDS_AFTER_COMMA = new Set(['clause', 'and', 'say']);

/** Does units[i] begin a new clause? */
function startsClause(a: Annotation, units: Unit[], i: number): boolean {
  const u = units[i];
  const f = flagsOf(a, u);
  if (f & F_CLAUSE) return !dashJoined(a, units, i);
  const fn = funcOf(u);
  if (fn === 'clause') return !capacityPhrase(a, units, i, units.length);
  if (f & F_COMMA && fn !== null && CLAUSE_WORDS_AFTER_COMMA.has(fn)) return fn !== 'and' || !serialListAnd(a, units, i);
  return false;
}

/**
 * ", and" before the last of three or more parties ("Stalin, Roosevelt, and Churchill"; "the Soviet
 * Union, the United States, and Britain"): the serial comma closes a list, it opens no clause. Two
 * parties before it, the nearer set off by a comma, and a party after it; articles and titles between.
 * "Witkoff met Putin, and Kushner flew home" has a verb, not a comma, before "Putin": still a clause.
 */
function serialListAnd(a: Annotation, units: Unit[], i: number): boolean {
  const party = (u: Unit | undefined) => !!u && !!(senseOf(u, 'person') || senseOf(u, 'side'));
  const filler = (u: Unit) => funcOf(u) === 'det' || (!!senseOf(u, 'role') && !party(u));
  let q = i + 1;
  while (q < units.length && q < i + 4 && filler(units[q])) q++;
  if (!party(units[q])) return false;
  // the item before the comma, and its start (set off by a comma of its own)
  let j = i - 1;
  if (!party(units[j])) return false;
  while (j > 0 && j > i - 4 && !(flagsOf(a, units[j]) & F_COMMA) && (filler(units[j - 1]) || party(units[j - 1]))) j--;
  if (!(flagsOf(a, units[j]) & F_COMMA) || flagsOf(a, units[j]) & (F_DOT | F_CLAUSE)) return false;
  return party(units[j - 1]);
}

/** Clause around units[i], at most CLAUSE_REACH units each way (a page without punctuation has no clauses). */
const CLAUSE_REACH = 40;

function clauseBounds(a: Annotation, units: Unit[], i: number): [number, number] {
  let s = i;
  while (s > 0 && s > i - CLAUSE_REACH && !startsClause(a, units, s)) s--;
  let e = i + 1;
  while (e < units.length && e < i + CLAUSE_REACH && !startsClause(a, units, e)) e++;
  return [s, e];
}

// ---- frames ---------------------------------------------------------------------------------

/** Units of a sentence, cut once per annotation (frames, alias frames and back-references share them). */
export function sentenceUnits(a: Annotation, sentence: number): Unit[] {
  let u = a.unitCache.get(sentence);
  if (!u) {
    u = unitsOf(a, a.sentStart[sentence], a.sentStart[sentence + 1]);
    a.unitCache.set(sentence, u);
  }
  return u;
}

interface Walk {
  sides: Set<SideCode>;
  persons: string[];
  places: string[];
  unknownPlace: string | null;
  times: TimeAtom[];
  ords: number[];
  again: boolean;
  forum: boolean;
  /** "with his advisers": the meeting is within one side, never marked. */
  internal?: boolean;
  /** "in the same city": the place of the meeting named before it in the sentence. */
  samePlace?: boolean;
  /** Unit where the next clause's subject starts, unmarked by a comma (see nominativeName). */
  subjectAt?: number;
  /** "a meeting with Zelensky": the party named after "with" is neither side. */
  withThird?: boolean;
  /** Unit index of a personal pronoun standing as the verb's subject ("he met Putin"). */
  pronoun?: number;
  /** Unit index of a personal pronoun after "with" ("held a meeting with him"). */
  objPronoun?: number;
  /** "received the two envoys": a numbered "the" phrase as the verb's object, standing for people named before. */
  objAnaphor?: { at: number; plural: boolean; side: SideCode | null };
  /** A "the" phrase standing for people named before as the verb's subject ("the two envoys sat down with Putin"). */
  anaphor?: { at: number; plural: boolean; side: SideCode | null; count: number };
  /**
   * "met Brezhnev at Vladivostok in November 1974 and again at Helsinki in 1975": the later meeting
   * of the same people after "and again", «а затем», with a place or time of its own (repeatWalk).
   */
  repeat?: Walk;
  /** "…since February", «с февраля»: months that bound the meeting, not its date. */
  since?: TimeAtom[];
  /** Unit index range included in the mention. */
  first: number;
  last: number;
  /** Unit indices consumed as part of the frame (so no other frame anchors on them). */
  consumedTo: number;
}

function newWalk(i: number): Walk {
  return { sides: new Set(), persons: [], places: [], unknownPlace: null, times: [], ords: [], again: false, forum: false, first: i, last: i, consumedTo: i };
}

function takeParty(a: Annotation, units: Unit[], i: number, w: Walk): void {
  const u = units[i];
  const p = senseOf(u, 'person');
  if (p) {
    if (!p.weak || pairedWeak(units, i, a)) w.sides.add(p.side);
    // "Putin's envoys", «посланцями Путіна», «делегация Трампа»: whose people they are, not who was there.
    if (!p.weak && ownerOfGroup(a, units, i)) return;
    if (!w.persons.includes(p.key)) w.persons.push(p.key);
    return;
  }
  if (allianceAt(a, units, i)) {
    w.sides.add('us').add('ru');
    return;
  }
  const side = partySide(a, units, i);
  if (side) w.sides.add(side);
}

function takePlace(w: Walk, u: Unit): void {
  const p = senseOf(u, 'place');
  if (p && !w.places.includes(p.key)) w.places.push(p.key);
}

const LEFT_OK_FUNCS = new Set(['and', 'again']);

/** Walk left from the meeting word over modifiers: "the [Putin–Trump] encounter", "[Russia-US] talks". */
function walkLeft(a: Annotation, units: Unit[], k: number, w: Walk, cueTokens: Set<number>, limit = 0): void {
  let j = k - 1;
  let steps = 0;
  while (j >= limit && steps < 8) {
    const u = units[j];
    const after = units[j + 1];
    const fAfter = flagsOf(a, after);
    if (fAfter & (F_COMMA | F_DOT | F_CLAUSE) && !dashJoined(a, units, j + 1)) {
      // "Abu Dhabi, round two", "Geneva, second round": a heading that names a round by its place
      // first, set off by a comma, is the round there.
      if ((j === 0 || flagsOf(a, u) & F_CLAUSE) && !(fAfter & (F_DOT | F_CLAUSE)) && senseOf(u, 'place') && senseOf(units[k], 'meet')?.sense === 'round') {
        takePlace(w, u);
        w.first = j;
      }
      break;
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

/** Does token t stand for a possessive in the original text ("Friday's", "Friday’s")? Normalising drops the 's. */
function possessive(a: Annotation, t: number): boolean {
  const { norm, toks, original } = a.scan;
  const end = norm.ends[toks.end[t] - 1];
  return /^['’ʼ]s\b/i.test(original.slice(end, end + 3));
}

/** The head of "on the sidelines of", «на полях»: where leaders meet at someone else's forum. */
const SIDELINE_HEADS = new Set(['sidelines', 'margins', 'fringes', 'полях']);

/**
 * Walk right over complements: parties, places, times, further meeting words. Stops at a clause
 * break, a verb it does not know, or after a few unknown words.
 */
function walkRight(a: Annotation, units: Unit[], k: number, end: number, w: Walk, lang: 'en' | 'ru', isVisit: boolean, sideline: boolean, signing = false): void {
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
  let atSideline = sideline; // the frame has reached "on the sidelines of", «на полях»
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
    if (f & (F_DOT | F_CLAUSE) && !dashJoined(a, units, j)) break;
    if (f & F_COMMA) {
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
      // Once the frame has its own parties or place, a forum after it is only the setting.
      if (!sideline && !w.places.length && !w.sides.size) {
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
    } else if (fn === 'and' && units[j + 1] && funcOf(units[j + 1]) === 'det' && prep !== 'between' && prep !== 'with' && prep !== 'of' && prep !== 'by') {
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

/**
 * "there", «там», right after a meeting phrase and before its time: the place said earlier in the
 * sentence ("met at Camp David, the first since the talks there in 1959"). Not "there is", "there
 * were" (an existential), nor a "there" that ends the phrase ("their first visit there"), which
 * adds nothing to mark.
 */
function thereAt(a: Annotation, units: Unit[], j: number, end: number): boolean {
  const u = units[j];
  if (u.t1 - u.t0 !== 1 || u.senses.some((s) => s.t !== 'func') || !THERE_WORDS.has(tokenText(a, u.t0))) return false;
  const next = units[j + 1];
  if (j + 1 >= end || !next || flagsOf(a, next) & (F_COMMA | F_DOT | F_CLAUSE)) return false;
  const at = funcOf(next) === 'in' || funcOf(next) === 'on' ? j + 2 : j + 1;
  return at < end && !!readTime(a, units, at);
}
const THERE_WORDS = new Set(['there', 'там']);

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
  if (q >= end || flagsOf(a, units[q]) & (F_DOT | F_CLAUSE)) return null;
  const time = readTime(a, units, q);
  const full = (t: TimeAtom): boolean => t.y !== undefined && t.m !== undefined;
  if (!adverbs) {
    // A bare "and" joins a second full date to a full date; "on 4 and 5 February" is one meeting's days.
    if (word === 'а' || !time || !time.atoms.some(full) || !w.times.some(full)) return null;
  } else {
    const fq = funcOf(units[q]);
    if (!time && !senseOf(units[q], 'place') && fq !== 'in' && fq !== 'at' && fq !== 'topic') return null;
  }
  const r = newWalk(adverbs ? j + 1 : q);
  walkRight(a, units, q - 1, end, r, lang, isVisit, false);
  if (!r.times.length && !r.places.length) return null;
  for (let i = q; i <= r.last; i++) if (senseOf(units[i], 'meet')) return null;
  // "in June 2020 and again in August": the month without a year is in the first meeting's year (or the next).
  const year = [...w.times].reverse().find((t) => t.y !== undefined && t.m !== undefined);
  if (year) for (const t of r.times) if (t.m !== undefined && t.y === undefined && !t.season && !t.rel) t.y = t.m < year.m! ? year.y! + 1 : year.y;
  return r;
}

/** "(to) address the United Nations", "(to) attend the G20 summit": a verb no list knows, then a forum within three words. */
function forumPurpose(a: Annotation, units: Unit[], j: number, end: number): boolean {
  if (j >= end || units[j].senses.length || flagsOf(a, units[j]) & (F_COMMA | F_DOT | F_CLAUSE | F_CAP)) return false;
  for (let q = j + 1; q < Math.min(end, j + 4); q++) {
    if (flagsOf(a, units[q]) & (F_COMMA | F_DOT | F_CLAUSE)) return false;
    if (senseOf(units[q], 'forum')) return true;
    if (funcOf(units[q]) !== 'det' && !(flagsOf(a, units[q]) & F_CAP)) return false;
  }
  return false;
}

/** English object pronouns that may stand after "with" for people named before. */
const OBJECT_PRONOUN = new Set(['him', 'her', 'them']);

/** "as", «как», «як» (Ukrainian і folded: «як» stays «як»). */
const AS_WORDS = new Set(['as', 'как', 'як']);

/**
 * At units[j]: the capacity the two met in, "as" and a role ("met as presidents for the first
 * time", «встретились как лидеры двух сверхдержав в Мадриде», «зустрілися як президенти»). It
 * neither opens a clause («как» is a clause word) nor ends the meeting's complements: what follows
 * it (the place, the time) is still the meeting's. How many units it takes, or 0. Only words no list
 * knows, sides, numbers and "of"/"and" may follow the role (the two superpowers, США і Росії).
 */
function capacityPhrase(a: Annotation, units: Unit[], j: number, end: number): number {
  const u = units[j];
  if (!u || u.t1 - u.t0 !== 1 || !AS_WORDS.has(tokenText(a, u.t0))) return 0;
  let q = j + 1;
  while (q < end && q < j + 3 && (funcOf(units[q]) === 'det' || senseOf(units[q], 'mod') || senseOf(units[q], 'ord') || senseOf(units[q], 'side'))) q++;
  if (q >= end || !senseOf(units[q], 'role') || flagsOf(a, units[q]) & (F_COMMA | F_DOT | F_CLAUSE)) return 0;
  q++;
  for (let tail = 0; q < end && tail < 3; q++, tail++) {
    const v = units[q];
    if (flagsOf(a, v) & (F_COMMA | F_DOT | F_CLAUSE)) break;
    const fn = funcOf(v);
    const plain = !v.senses.length && !(flagsOf(a, v) & F_CAP);
    if (!(plain || senseOf(v, 'side') || senseOf(v, 'num') || fn === 'of' || fn === 'and' || fn === 'det')) break;
  }
  return q - j;
}

const WITH_WORDS = new Set(['with', 'с', 'со', 'з', 'із', 'зи']);

/** Auxiliaries and adverbs of a passive: "is being", "would be", "has now been", "is tentatively". */
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'being', 'been', 'will', 'would', 'could', 'might', 'may', 'has', 'have', 'had', 'now', 'still', 'tentatively', 'provisionally', 'reportedly', 'already', 'also']);
/** Participles that say a meeting is arranged or held ("planned for", "set for", "held in"). */
const PASSIVE_PLAN = new Set(['planned', 'scheduled', 'set', 'slated', 'prepared', 'expected', 'due', 'penciled', 'pencilled', 'mooted', 'envisaged', 'envisioned', 'proposed', 'arranged', 'organised', 'organized', 'held', 'hosted', 'convened']);

/**
 * At units[j], right after a meeting noun's phrase: a passive of planning or holding ("is being
 * prepared", "will be held", "is due to take place"), with at least one auxiliary. How many units
 * it takes, or 0.
 */
function plannedPassive(a: Annotation, units: Unit[], j: number, end: number): number {
  let q = j;
  let aux = 0;
  while (q < end && q < j + 4 && !(flagsOf(a, units[q]) & (F_COMMA | F_DOT | F_CLAUSE))) {
    const u = units[q];
    if (funcOf(u) === 'copula' || (u.t1 - u.t0 === 1 && PASSIVE_AUX.has(tokenText(a, u.t0)))) {
      aux++;
      q++;
      continue;
    }
    break;
  }
  if (!aux || q >= end || flagsOf(a, units[q]) & (F_COMMA | F_DOT | F_CLAUSE)) return 0;
  const u = units[q];
  if (!(funcOf(u) === 'held' || (u.t1 - u.t0 === 1 && PASSIVE_PLAN.has(tokenText(a, u.t0))))) return 0;
  q++;
  // "due to take place", "expected to be held"
  if (q + 1 < end && funcOf(units[q]) === 'to' && funcOf(units[q + 1]) === 'held') q += 2;
  return q - j;
}

/** Participles of arranging that may follow a meeting noun with no auxiliary: "a round planned for March". */
const REDUCED_PLAN = new Set(['planned', 'scheduled', 'slated', 'set', 'proposed', 'mooted', 'envisaged', 'pencilled', 'penciled', 'arranged']);

/**
 * At units[j], right after a meeting noun's phrase: a participle of arranging and its "for" ("a
 * round planned for early March", "a meeting between the two ministers scheduled for October"),
 * which goes on to say when or where. How many units it takes (the participle), or 0.
 */
function reducedPlan(a: Annotation, units: Unit[], j: number, end: number): number {
  const u = units[j];
  const next = units[j + 1];
  if (!next || j + 1 >= end || u.t1 - u.t0 !== 1 || !REDUCED_PLAN.has(tokenText(a, u.t0))) return 0;
  if ((flagsOf(a, u) | flagsOf(a, next)) & (F_COMMA | F_DOT | F_CLAUSE)) return 0;
  return funcOf(next) === 'for' || tokenText(a, next.t0) === 'for' ? 1 : 0;
}

/** The preposition "with" itself at unit i (with, с, з, із folded to 'из', зі to 'зи'), not a verb read as "with". */
function withWordAt(a: Annotation, units: Unit[], i: number): boolean {
  const u = units[i];
  return !!u && u.t1 - u.t0 === 1 && funcOf(u) === 'with' && tokenText(a, u.t0).length <= 4;
}

/** How far a title may run between its role and the name ("head of the Russian Direct Investment Fund Kirill"). */
const TITLE_REACH = 6;

/**
 * A title that names an institution between a role (or "with") and a person: «з секретарем Ради
 * безпеки РФ Миколою Патрушевим», «Директор Центрального розвідувального управління США Вільям
 * Бернс», "with the head of the Russian Direct Investment Fund Kirill Dmitriev". From unit j, words
 * no list knows, places and sides (the institution's country, in the genitive), roles, modifiers
 * and "of"/«по» up to a named person, with no punctuation on the way: the person's index, or -1.
 */
function titleTail(a: Annotation, units: Unit[], j: number, end: number): number {
  for (let q = j; q < end && q <= j + TITLE_REACH; q++) {
    const u = units[q];
    if (q > j && flagsOf(a, u) & (F_COMMA | F_DOT | F_CLAUSE | F_QUOTE)) return -1;
    if (senseOf(u, 'person')) return q > j ? q : -1;
    if (!u.senses.length) continue;
    const fn = funcOf(u);
    if (senseOf(u, 'meet') || senseOf(u, 'rel') || senseOf(u, 'num')) return -1;
    if (senseOf(u, 'role') || senseOf(u, 'side') || senseOf(u, 'place') || senseOf(u, 'mod') || fn === 'of' || fn === 'topic' || fn === 'det') continue;
    return -1;
  }
  return -1;
}

/**
 * Ukrainian outlets write Russian officials' names in lower case, first name and surname alike
 * («кирилом дмитрієвим»): a lower-case Cyrillic word right before a lower-case surname of the
 * Russian side is its first name.
 */
function lowercaseFirstName(a: Annotation, units: Unit[], j: number): boolean {
  const next = units[j + 1];
  const p = next && senseOf(next, 'person');
  return !!p && p.side === 'ru' && (flagsOf(a, units[j]) & F_CYR) !== 0 && !(flagsOf(a, next) & F_CAP) && !(flagsOf(a, units[j]) & (F_COMMA | F_DOT | F_CLAUSE));
}

/**
 * «саміт Росія – США», "the Russia – US talks": two parties joined by a spaced dash. A spaced dash
 * ends a clause anywhere else; between two sides or two people it stands for "and".
 */
function dashJoined(a: Annotation, units: Unit[], j: number): boolean {
  const u = units[j];
  const prev = units[j - 1];
  if (!u || !prev || !(isPartyName(u) && isPartyName(prev))) return false;
  return /^ ?- ?$/.test(gapBefore(a, u.t0));
}

/** A side or a person, as a party's name (not a role). */
function isPartyName(u: Unit): boolean {
  return !!(senseOf(u, 'side') || senseOf(u, 'person'));
}

/** At units[j] (after a comma): people joined by commas, the last after "and" ("Churchill and Stalin"). */
function personListAt(a: Annotation, units: Unit[], j: number, end: number): boolean {
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
function nominativeName(a: Annotation, units: Unit[], j: number): boolean {
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
const SEAT_SIDE: Record<string, SideCode> = { kremlin: 'ru', 'white house': 'us' };
const MEETING_PROPERTIES = new Set(['date', 'dates', 'venue', 'location', 'timing', 'agenda', 'details', 'format', 'preparations', 'plans']);

/** Words that make the people after "with" a side's own: "his", «своими», «своїми». */
const OWN_WORDS = /^(his|her|their|its|own|свои\p{L}*|своим\p{L}*|своей|своего|свое\p{L}*|его|ее|их|ии|йог\p{L}*|ихни\p{L}*)$/u;
/** The other side's opposite number: never one's own people. */
const COUNTERPART = /^(counterparts?|коллег\p{L}*|колег\p{L}*|визави|партнер\p{L}*|партнёр\p{L}*)$/u;
/** A side's own circle, whoever's it is: advisers, aides, staff, cabinet. */
const OWN_CIRCLE = /^(advis[eo]rs?|aides?|staff|cabinet|советник\p{L}*|помощник\p{L}*|радник\p{L}*|помичник\p{L}*)$/u;

/** At unit i: a person, then only ordinals or modifiers, then a meeting word ("Pompeo's first visit"). */
function ownMeetingAhead(units: Unit[], i: number): boolean {
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
function surnameFollows(a: Annotation, units: Unit[], j: number): boolean {
  for (let q = j + 1; q < units.length && q <= j + 3; q++) {
    if (senseOf(units[q], 'person')) return true;
    if (units[q].senses.length || !(flagsOf(a, units[q]) & F_CAP)) return false;
  }
  return false;
}

/** At unit j after "with": a role with no side of its own that is someone's own people. */
function internalCompany(a: Annotation, units: Unit[], j: number): boolean {
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
function inNegotiations(a: Annotation, units: Unit[], first: number, k: number): boolean {
  const u = units[k];
  if (u.t1 - u.t0 !== 1 || !TALKS_LOCATIVE.test(tokenText(a, u.t0)) || first < 1) return false;
  const before = units[first - 1];
  return before.t1 - before.t0 === 1 && (tokenText(a, before.t0) === 'в' || tokenText(a, before.t0) === 'у' || tokenText(a, before.t0) === 'во');
}

/** Units to skip when units[j] opens a relative clause whose verb only says the meeting happened, else 0. */
function relativeHeld(a: Annotation, units: Unit[], j: number): number {
  const u = units[j];
  if (!u || u.t1 - u.t0 !== 1 || !RELATIVE_WORDS.has(tokenText(a, u.t0))) return 0;
  for (let q = j + 1; q < Math.min(units.length, j + 3); q++) {
    if (funcOf(units[q]) === 'held') return q - j + 1;
    if (flagsOf(a, units[q]) & (F_COMMA | F_DOT | F_CLAUSE)) return 0;
  }
  return 0;
}

function ctxPlaceLevel(a: Annotation, key: string): string {
  return a.lex.places.get(key)?.level ?? 'city';
}

/** A place within the next three units, past descriptive words only. */
function placeAhead(units: Unit[], j: number, end: number): boolean {
  for (let q = j + 1; q < Math.min(end, j + 4); q++) {
    const u = units[q];
    if (senseOf(u, 'place')) return true;
    const f = funcOf(u);
    if (u.senses.length && f !== 'det' && f !== 'of' && !senseOf(u, 'side')) return false;
  }
  return false;
}

/** Verbs that only carry a meeting noun: "held talks", "had a meeting", «провели переговоры». */
const LIGHT_VERBS = new Set(
  (
    'held|hold|holds|holding|had|conducted|convened|' +
    'провели|провел|провела|проведут|провести|проводят|проводили|проводит|провів|проведуть|мали|мають'
  )
    .split('|')
    // compared with normalised tokens, where Ukrainian і ї є ґ are folded
    .map((w) => normalizeString(w)),
);

/** Index of a light verb just before units[first] (past articles and adjectives), or -1. */
function lightVerbBefore(a: Annotation, units: Unit[], first: number, limit: number): number {
  let j = first - 1;
  let skipped = 0;
  while (j >= limit && skipped <= 3) {
    const u = units[j];
    if (flagsOf(a, units[j + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) return -1;
    const text = u.t1 - u.t0 === 1 ? tokenText(a, u.t0) : '';
    if (LIGHT_VERBS.has(text)) return j;
    const fn = funcOf(u);
    if (fn === 'det' || senseOf(u, 'mod') || (!u.senses.length && !(flagsOf(a, u) & (F_CAP | F_NUM)))) {
      j--;
      skipped++;
      continue;
    }
    return -1;
  }
  return -1;
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
function subjectBeforeWhere(a: Annotation, units: Unit[], cs: number, w: Walk): void {
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

/** «по пути в», «по дороге в», «на шляху до», «дорогою до»: on the way to (folded: «шляху», «дорогою»). */
const ROUTE_WORDS = new Set(['пути', 'дороге', 'шляху', 'дорогою', 'дороги']);

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
function mannerVisitStart(a: Annotation, units: Unit[], j: number): number {
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
function walkSubject(a: Annotation, units: Unit[], k: number, clauseStart: number, w: Walk): void {
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
    } else if (!found && gap < 3 && (!u.senses.length || fn === 'to' || fn === 'again' || senseOf(u, 'mod') || (fn === 'copula' && senseOf(units[k], 'meet')?.traveller))) {
      // adverbs / auxiliaries between subject and verb: "finally", "have", "are expected to"; and
      // the copula of being somewhere: "Witkoff and Kushner are expected in Moscow"
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

/** "For the first time" in one word, as an adverb before the verb (folded: «впервые» → 'впервие', «вперше» → 'вперше'). */
const FIRST_TIME = new Set(['впервие', 'вперше', 'уперше']);

/** Personal pronouns that can stand for the people named just before: 1 one person, 2 several. */
// Token text is folded (Ukrainian і → и), so «він» is read as 'вин'.
const PRONOUN_NUMBER: Record<string, 1 | 2> = { he: 1, she: 1, they: 2, он: 1, она: 1, они: 2, вин: 1, вона: 1, вони: 2 };

/** How many sentences back a pronoun's antecedent is looked for (the paragraph's flow, not the page's). */
export const PRONOUN_REACH = 2;

/** A person (or a third party, key '') named before a pronoun or a phrase standing for them. */
export interface Antecedent {
  key: string;
  side: SideCode;
}

/**
 * The people a pronoun or a phrase like "the Soviet leader" stands for, from the people named last
 * before units[at] in this and the previous sentences of the chunk. One person: the last one named
 * (of `side`, when the phrase names one). Several ("they", "the two men", "the two Americans"): the
 * people of the last sentence naming any (of `side`). Only US or Russian people: anyone else named
 * last (a third country's leader) stops the search, as the pronoun is then about them. Null when no
 * one fits.
 */
function antecedents(a: Annotation, sentence: number, units: Unit[], at: number, plural: boolean, side: SideCode | null, prior: readonly (readonly Antecedent[])[], exclude: readonly string[] = []): Antecedent[] | null {
  // "He spent two days with Eisenhower": one person is not the one he met, so a name later in the
  // sentence is no antecedent of a singular subject (nor, for an object, the subject: `exclude`).
  const later: string[] = [...exclude];
  if (!plural) for (let i = at + 1; i < units.length; i++) {
    const p = senseOf(units[i], 'person');
    if (p) later.push(p.key);
  }
  const found: Antecedent[] = [];
  const take = (p: Antecedent) => {
    if ((!side || p.side === side) && !later.includes(p.key) && !found.some((f) => f.key === p.key)) found.push(p);
  };
  // "they" is several people: a sentence naming only one of them ("During Trump's first term they
  // met several times") leaves the others to the sentences before it.
  const enough = () => found.length > 0 && (!plural || found.length > 1);
  const pick = () => (!found.length || found.some((f) => f.side !== 'us' && f.side !== 'ru') ? null : found);
  let n = 0;
  for (let s = sentence; s >= 0 && n <= PRONOUN_REACH; s--, n++) {
    const us = s === sentence ? units : sentenceUnits(a, s);
    const end = s === sentence ? at : us.length;
    for (let i = end - 1; i >= 0; i--) {
      const p = senseOf(us[i], 'person');
      if (p && !p.weak) take({ key: p.key, side: p.side });
      else if (!side && thirdPartyAt(a, us, i)) found.push({ key: '', side: 'other' });
      if (!plural && found.length) break;
    }
    if (enough()) return pick();
  }
  // The paragraph before, read in an earlier chunk: its last sentences' people, latest last.
  for (let g = prior.length - 1; g >= 0 && n <= PRONOUN_REACH; g--, n++) {
    for (let i = prior[g].length - 1; i >= 0; i--) {
      take(prior[g][i]);
      if (!plural && found.length) break;
    }
    if (enough()) return pick();
  }
  return pick();
}

/** The side(s) a pronoun subject stands for (see antecedents): they join the walk's parties. */
function pronounParties(a: Annotation, sentence: number, units: Unit[], at: number, w: Walk, into: Set<SideCode>, prior: readonly (readonly Antecedent[])[]): void {
  const found = antecedents(a, sentence, units, at, PRONOUN_NUMBER[tokenText(a, units[at].t0)] === 2, null, prior);
  for (const f of found ?? []) {
    w.sides.add(f.side);
    into.add(f.side);
    if (!w.persons.includes(f.key)) w.persons.push(f.key);
  }
}

/**
 * The people a numbered "the" subject stands for (see anaphorBefore) join the walk's parties.
 * When they are more people than its number ("the two presidents" after a sentence that named
 * the envoys as well), only their sides do: which two is not said.
 */
function anaphorParties(a: Annotation, sentence: number, units: Unit[], an: NonNullable<Walk['anaphor']>, w: Walk, into: Set<SideCode>, prior: readonly (readonly Antecedent[])[]): void {
  const found = antecedents(a, sentence, units, an.at, an.plural, an.side, prior);
  // The mark takes in the subject once it is known who it stands for.
  if (found) w.first = Math.min(w.first, an.at);
  for (const f of found ?? []) {
    w.sides.add(f.side);
    into.add(f.side);
    if (found!.length === an.count && !w.persons.includes(f.key)) w.persons.push(f.key);
  }
}

/**
 * "Bessent then held a bilateral meeting with him": the people an object pronoun after "with"
 * stands for (see antecedents), other than the frame's own subject, join the parties.
 */
function objectParties(a: Annotation, sentence: number, units: Unit[], at: number, w: Walk, into: Set<SideCode>, prior: readonly (readonly Antecedent[])[]): void {
  const found = antecedents(a, sentence, units, at, tokenText(a, units[at].t0) === 'them', null, prior, w.persons);
  for (const f of found ?? []) {
    w.sides.add(f.side);
    into.add(f.side);
    if (!w.persons.includes(f.key)) w.persons.push(f.key);
  }
}

const NO_PRIOR: readonly Antecedent[][] = [];

/** A place among units [from, to). */
function placeWithin(units: Unit[], from: number, to: number): boolean {
  for (let j = from; j < to && j < units.length; j++) if (senseOf(units[j], 'place')) return true;
  return false;
}

/** Nouns for people that a numbered phrase may end in: "the two men". */
const PEOPLE_NOUNS = new Set(['men', 'women']);

/**
 * A subject standing for people named before, at units[s0]: a personal pronoun ("He spent two days
 * with Eisenhower at Camp David", "They spent five hours in the Kremlin"), or "the" with a side
 * and a role ("the Soviet leader", "the US envoys"), a number and a role or a side ("the two
 * leaders", "the two Americans", "the two men"). A role alone ("the president") may be anyone's and
 * is not read. Where the subject ends, whether it is several people, and the side it names.
 */
function anaphoricSubject(a: Annotation, units: Unit[], s0: number): { end: number; plural: boolean; side: SideCode | null; count: number } | null {
  const u = units[s0];
  if (!u) return null;
  const pn = PRONOUN_NUMBER[tokenText(a, u.t0)];
  if (pn) return { end: s0 + 1, plural: pn === 2, side: null, count: 0 };
  if (funcOf(u) !== 'det' || tokenText(a, u.t0) !== 'the') return null;
  let i = s0 + 1;
  let count = 0;
  const n = units[i] && !(flagsOf(a, units[i]) & F_CAP) ? senseOf(units[i], 'num') : undefined;
  if (n && n.n >= 2 && n.n <= 4) {
    count = n.n;
    i++;
  }
  let side: SideCode | null = null;
  const sd = units[i] && senseOf(units[i], 'side');
  if (sd && !senseOf(units[i], 'person') && (sd.side === 'us' || sd.side === 'ru')) {
    side = sd.side;
    i++;
  }
  const head = units[i];
  let plural = count >= 2;
  if (head && senseOf(head, 'role') && !senseOf(head, 'side') && (side || count)) {
    // "the US envoys": a plural role.
    plural ||= tokenText(a, head.t1 - 1).endsWith('s');
    i++;
  } else if (head && PEOPLE_NOUNS.has(tokenText(a, head.t0)) && count && !side) {
    i++;
  } else if (!(side && count && !sd?.adj)) {
    // "the two Americans" ends in the side itself.
    return null;
  }
  // A name after the phrase is its own ("the Russian president Vladimir Putin").
  if (units[i] && (senseOf(units[i], 'person') || flagsOf(a, units[i]) & F_CAP)) return null;
  return { end: i, plural, side, count };
}

function collectSides(a: Annotation, units: Unit[], from: number, to: number, skipFrom: number, skipTo: number, into: Set<SideCode>, persons?: string[], skipSpeakers = false): void {
  for (let i = from; i < to; i++) {
    if (i >= skipFrom && i <= skipTo) continue;
    // A unit that is no person, side, role or place ("the", "talks", "in") is no party of any
    // kind: every check below would say no. Nor is a word no list knows, unless a role may follow
    // it ("the Paraguayan delegation").
    const u = units[i];
    if (u.senses.length ? !mayBeParty(u) : !units[i + 1]?.senses.length) continue;
    // "The Kremlin confirmed that the meeting in Moscow…", "Washington says…": a government
    // quoted about the meeting is the source, not one side of it.
    if (skipSpeakers && !senseOf(units[i], 'person') && i + 1 < to && isSpeechVerb(tokenText(a, units[i + 1].t0))) continue;
    const p = senseOf(units[i], 'person');
    if (p && persons && !persons.includes(p.key)) persons.push(p.key);
    if (thirdPartyAt(a, units, i) || listedCountry(a, units, i)) {
      into.add('other');
      continue;
    }
    if (allianceAt(a, units, i)) {
      into.add('us').add('ru');
      continue;
    }
    const side = partySide(a, units, i);
    if (side && !(senseOf(units[i], 'place') && fromCity(a, units, i)) && !leftOutAt(a, units, i)) into.add(side);
  }
}

// A party the sentence leaves out of the meeting is not one of its sides: "Ukraine was not invited
// to the talks in Saudi Arabia", "neither Kyiv nor Brussels will take part", "talks without Ukraine",
// «переговоры без участия Украины», «Україну не запросили». Coverage of US–Russia rounds says this
// constantly, and counting the excluded country as a party turned those rounds into related ones.
const LEFT_OUT_BEFORE = new Set(['without', 'excluding', 'без']);
const LEFT_OUT_AFTER =
  /^(?:(?:was|were|is|are|has|have|had|will|would|did|does|do|could|can|been|be|being|also|even|still|yet)\s+)*(?:(?:not|never|t)\s+(?:(?:been|be|being|even|yet|directly)\s+)*(?:invited|included|present|represented|consulted|informed|involved|part|participating|participate|take part|taking part|attend|attending|at the table|in the room)|excluded|sidelined|left out|shut out|absent|kept out|frozen out|cut out)\b/;
const LEFT_OUT_CYR = /^не\s+(?:был[аио]?\s+|буде\s+|будет\s+|було\s+|були\s+|бул[аио]\s+)?(?:приглас|приглаш|запрош|запрос|допущ|допуск|участв|брал|брал[аи]|бере|будет участ|прим[еу]т участ|визьме участь|братиме участь|долуч|присутств|представлен)/;

const LEFT_IN = /^(?:(?:was|were|is|are|has|have|had|will|would|did|does|do|could|can|been|be|being)\s+)*(?:invited|included|present|represented|consulted|informed|involved|part of|take part|taking part|attend|attending|at the table|in the room|приглаш|запрош|участв|присутств|представлен)/;

// (Sets, not regexes: asked at every word around every party of every sentence.)
const LEFT_OUT_STEP = new Set(['the', 'participation', 'of', 'участия', 'участи', 'представителей', 'представникив']);
const LEFT_OUT_JOIN = new Set(['nor', 'or', 'and', 'и', 'ни', 'та']);
// What the words after the party must start with for LEFT_OUT_AFTER or LEFT_OUT_CYR (and LEFT_IN)
// to match them, tried on the first word alone: most parties are followed by none of these, and
// then the words are not joined and matched at all.
const LEFT_OUT_START = /^(?:was|were|is|are|ha[sdv]|will|would|d[io]|could|can|be|also|even|still|yet|not|never|t$|excluded|sidelined|left|shut|absent|kept|frozen|cut|не$)/;
const LEFT_IN_START = /^(?:was|were|is|are|ha[sdv]|will|would|d[io]|could|can|be|invited|included|present|represented|consulted|informed|involved|part|tak|attend|at$|in$|приглаш|запрош|участв|присутств|представлен)/;

function leftOutAt(a: Annotation, units: Unit[], i: number): boolean {
  const u = units[i];
  // "without Ukraine", «без участия Украины» / «без участі України» (a participation noun between).
  for (let t = u.t0 - 1; t >= Math.max(0, u.t0 - 3); t--) {
    const w = tokenText(a, t);
    if (LEFT_OUT_BEFORE.has(w)) return true;
    if (!LEFT_OUT_STEP.has(w)) break;
  }
  // The words after the party, past "nor <party>" / "or <party>" ("neither Kyiv nor Brussels was invited").
  const n = a.scan.toks.count;
  // "Neither Ukraine nor Europe was invited": the denial comes first.
  const neither = u.t0 > 0 && (tokenText(a, u.t0 - 1) === 'neither' || tokenText(a, u.t0 - 1) === 'ни');
  let t = u.t1;
  while (t < n && LEFT_OUT_JOIN.has(tokenText(a, t))) {
    let j = i + 1;
    while (j < units.length && units[j].t0 <= t) j++;
    if (j >= units.length || !mayBeParty(units[j])) break;
    t = units[j].t1;
    i = j;
  }
  // (Flags mark the punctuation before a token: the clause ends there.)
  const stop = F_COMMA | F_DOT | F_CLAUSE | F_SENT;
  const first = t < n && !(a.scan.toks.flags[t] & stop) ? tokenText(a, t) : null;
  if (first !== null && (LEFT_OUT_START.test(first) || (neither && LEFT_IN_START.test(first)))) {
    const words: string[] = [];
    for (let k = t; k < Math.min(n, t + 7); k++) {
      if (a.scan.toks.flags[k] & stop) break;
      words.push(tokenText(a, k));
    }
    const after = words.join(' ');
    if (LEFT_OUT_AFTER.test(after) || LEFT_OUT_CYR.test(after)) return true;
    if (neither && LEFT_IN.test(after)) return true;
  }
  // «Украину не пригласили», but also «на переговоры не пригласили Украину»: the denial just before
  // (the verb the last word before the party, «не» the one before it).
  if (u.t0 < 2 || tokenText(a, u.t0 - 2) !== 'не') return false;
  const before: string[] = [];
  for (let k = Math.max(0, u.t0 - 4); k < u.t0; k++) before.push(tokenText(a, k));
  return /(?:^|\s)не\s+(?:приглас|запрос|запрош|допуст)\S*\s*$/.test(before.join(' '));
}

/** Whether a unit has a sense that can make it a party: a person, a side, a role or a place. */
function mayBeParty(u: Unit): boolean {
  for (const s of u.senses) if (s.t === 'person' || s.t === 'side' || s.t === 'role' || s.t === 'place') return true;
  return false;
}

const SPEECH_EN = new Set(['said', 'says', 'say', 'confirmed', 'confirms', 'told', 'tells', 'announced', 'announces', 'stated', 'added', 'insisted', 'denied', 'denies', 'claimed', 'claims', 'reported', 'signaled', 'signalled', 'indicated', 'suggested']);
const SPEECH_CYR = /^(заяв|сообщ|подтверд|отмет|рассказ|поясн|добав|уточн|сказа|повидом|пидтверд|зазнач|розпов|наголос|подчеркн|анонс)/;

/** Whether a (normalised) word reports speech: said, confirmed, заявил, повідомив. */
function isSpeechVerb(w: string): boolean {
  return SPEECH_EN.has(w) || SPEECH_CYR.test(w);
}

/** Verbs of arranging a meeting, as a passive or a past (folded: ё → е, і → и). */
const ARRANGED = /^(agreed|announced|confirmed|arranged|negotiated|согласован[аои]?|согласовали|объявлен[аои]?|объявили|анонсирован[аои]?|анонсировали|подтвержден[аои]?|подтвердили|погоджен[аои]?|погодили|оголошен[аои]?|оголосили|анонсован[аои]?|анонсували|пидтверджен[аои]?|пидтвердили)$/;
/** Words that set the time of the meeting itself after a verb of arranging: "agreed for 16 July", «назначена на 16 июля». */
const SET_FOR = new Set(['for', 'на']);

/** How many units after a frame a time counted from the meeting before may still date the frame's meeting. */
const COUNTED_REACH = 6;

/** Places (after a preposition) and times in the clause outside the frame. */
function clauseContext(a: Annotation, units: Unit[], cs: number, ce: number, w: Walk): { places: string[]; times: TimeAtom[] } {
  const places: string[] = [];
  const times: TimeAtom[] = [];
  // Another meeting word in the clause owns what follows it ("after the summit talks …, Clinton
  // said enlargement will proceed at the Madrid summit in July"): read only up to it.
  let from = cs;
  let to = ce;
  for (let i = w.first - 1; i >= cs; i--) if (senseOf(units[i], 'meet')) {
    from = i + 1;
    break;
  }
  for (let i = w.last + 1; i < ce; i++) if (senseOf(units[i], 'meet')) {
    to = i;
    break;
  }
  // "The meeting was agreed on 27 June, during Bolton's visit", «встреча была согласована накануне,
  // 27 июня»: after a verb of arranging, a time dates the arranging, not the meeting ("was set for
  // 16 July", «назначена на 16 июля» still date it).
  let arranged = false;
  for (let i = from; i < to; i++) {
    if (i >= w.first && i <= w.last) continue;
    const u = units[i];
    const p = senseOf(u, 'place');
    const fn = i > 0 ? funcOf(units[i - 1]) : null;
    if (i > w.last && u.t1 - u.t0 === 1 && ARRANGED.test(tokenText(a, u.t0))) arranged = true;
    // (not on the way there: «по дороге в Куала-Лумпур», «дорогою до Женеви»)
    if (p && (fn === 'in' || fn === 'at' || fn === 'topic') && !places.includes(p.key) && !(i > 1 && ROUTE_WORDS.has(tokenText(a, units[i - 2].t0)))) places.push(p.key);
    const t = readTime(a, units, i);
    if (t) {
      // "Ford met Brezhnev, and the two established a relationship that culminated the following year
      // in Helsinki": a time counted from the meeting before, well after the frame, dates what
      // followed this frame's meeting, not the meeting itself. (Just after it, "the second summit
      // took place a year later", it is the frame's own.)
      const counted = i > w.last + COUNTED_REACH && t.atoms.every((x) => !!x.afterPrev);
      const arranging = arranged && !(i > 0 && SET_FOR.has(tokenText(a, units[i - 1].t1 - 1)));
      if (fn !== 'after' && !counted && !arranging && !sinceTime(a, units, i, t) && !sinceMonthTime(a, units, i, t)) times.push(...t.atoms); // "since 2022" bounds, it does not date
      i = t.next - 1;
    }
  }
  return { places, times };
}

function sportNear(a: Annotation, units: Unit[], cs: number, ce: number): boolean {
  for (let t = units[cs].t0; t < units[ce - 1].t1; t++) if (a.sport[t]) return true;
  return false;
}

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

function habitualIn(a: Annotation, units: Unit[], cs: number, ce: number): boolean {
  for (let i = cs; i < ce; i++) {
    const w = tokenText(a, units[i].t0);
    if (HABITUAL_ONE.has(w)) return true;
    // "have met in the region before": 'before' closing the clause is an adverb (ever), not "before X".
    if (w === 'before' && (i + 1 >= units.length || flagsOf(a, units[i + 1]) & (F_DOT | F_COMMA | F_CLAUSE))) return true;
    if (i + 1 < ce && HABITUAL_FIRST.has(w) && HABITUAL_TWO.has(w + ' ' + tokenText(a, units[i + 1].t0))) return true;
  }
  return false;
}

const STANCE_VERB = /^(?:recogni[sz]e[sd]?|recogni[sz]ing|accept|accepts|accepted|endorse[sd]?|welcome[sd]?|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|condemn(?:s|ed)?|признава\S*|признает|признал\S*|признать|визна\S*)$/;
const ATTEND_WORD = /^(?:part|participate|participating|attend|attending|участи[ея]|участь|участвова\S*|участвует|долучит\S*)$/;
const PASSIVE_BE = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'not', 'never', 't']);

/** Is token t a verb of attending ("take part in", "attend") or a passive "was (not) invited to"? */
function attendanceBefore(a: Annotation, t: number): boolean {
  const w = tokenText(a, t);
  if (ATTEND_WORD.test(w)) return true;
  // An active "Putin invited Trump to Moscow" is an invitation, a hypothesis; a passive one is about the guest.
  return (w === 'invited' || /^(?:приглаш|запрош)/.test(w)) && t > 0 && PASSIVE_BE.has(tokenText(a, t - 1));
}

function tenseNear(a: Annotation, units: Unit[], cStart: number, cEnd: number, k: number, w: Walk, verbTense?: 'past' | 'fut'): TenseName | null {
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
    // "would not comment on talks in Davos", «отказался комментировать переговоры»: the meeting is
    // what was (not) talked about; a negation before the verb of commenting is that verb's.
    if (COMMENT_VERB.test(tokenText(a, t))) break;
    // "Ukraine would not take part in the talks", "Europe was not invited to the talks": who
    // attends is denied or wished, not the meeting, which is told as it is.
    if (attendanceBefore(a, t)) break;
    // "does not recognize the Rubio–Lavrov talks", «не визнає домовленостей»: a stance taken toward
    // the meeting is what is denied.
    if (STANCE_VERB.test(tokenText(a, t))) break;
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
    for (let t = after; t < lim; t++) {
      if (a.scan.toks.flags[t] & (F_DOT | F_CLAUSE | F_COMMA)) break;
      const word = tokenText(a, t);
      if (CALLED_OFF.has(word) || (word === 'called' && t + 1 < lim && tokenText(a, t + 1) === 'off')) {
        best = 'neg';
        break;
      }
      if (t < after + 2 && AFTER_MODALS.has(word)) {
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

/** A verb of saying shortly before token t in its sentence ("said … that the two leaders would"). */
function saidBefore(a: Annotation, t: number): boolean {
  const flags = a.scan.toks.flags;
  for (let q = t - 1; q >= Math.max(0, t - 14); q--) {
    if (isSpeechVerb(tokenText(a, q)) || tokenText(a, q) === 'agreed') return true;
    if (flags[q] & F_SENT) break;
  }
  return false;
}

function classify(sides: Set<SideCode>, clauseSides: Set<SideCode>, sentSides: Set<SideCode>, placeSide: SideCode | null): FrameKind {
  const third = (s: Set<SideCode>) => s.has('ua') || s.has('other');
  const us = sides.has('us');
  const ru = sides.has('ru');
  if (us && ru) return 'usru';
  if ((us || ru) && third(sides)) return 'third';
  if (third(sides)) return clauseSides.has(us ? 'ru' : 'us') && (clauseSides.has('us') && clauseSides.has('ru')) ? 'usru-weak' : 'third';
  if (!us && !ru && !third(sides) && (clauseSides.has('us') !== clauseSides.has('ru')) && !third(clauseSides)) {
    // Only one side in the clause and none in the frame: "Kosygin and Johnson held a meeting in Glassboro".
    return sentSides.has('us') && sentSides.has('ru') ? 'usru-weak' : 'one-side';
  }
  if (us || ru) {
    const other: SideCode = us ? 'ru' : 'us';
    if (placeSide === other) return 'usru';
    if (clauseSides.has(other) && !third(clauseSides)) return 'usru';
    if (clauseSides.has(other)) return 'usru-weak';
    if (sentSides.has(other) && !third(clauseSides)) return 'usru-weak';
    return 'one-side';
  }
  // Both sides in the clause with a third party among them ("researchers from Russia, the United
  // States and Norway met"): a multinational group, not a US–Russia meeting.
  if (clauseSides.has('us') && clauseSides.has('ru')) return 'usru-weak';
  if (third(clauseSides) && (clauseSides.has('ru') || clauseSides.has('us'))) return 'third';
  // Only others in the clause, one of them neither Ukraine nor the two sides ("Ukraine and Turkey
  // will hold talks in Istanbul"): theirs, not ours. Ukraine alone is as often the topic.
  if (clauseSides.has('other') && clauseSides.has('ua')) return 'third';
  if (sentSides.has('us') && sentSides.has('ru') && !third(sentSides)) return 'usru-weak';
  if (third(sentSides) && (sentSides.has('ru') || sentSides.has('us')) && !(sentSides.has('ru') && sentSides.has('us'))) return 'third';
  if (sentSides.has('us') && sentSides.has('ru')) return 'usru-weak';
  return 'none';
}

export interface SentenceContext {
  /** Country keys of places in the frame → side ('russia' → ru, 'usa' → us). */
  placeSide(key: string): SideCode | null;
  lang: 'en' | 'ru';
  /** People of the last sentences of the chunks before (one list per sentence, latest last): who "he" may be at a chunk's start. */
  prior?: readonly (readonly Antecedent[])[];
}

/** Words after which a year is a lower bound ("since 2019"), not the meeting's date. */
// Token text is normalised: Ukrainian «від», «після» are read as 'вид', 'писля'; «з 2021 року» is since 2021.
const SINCE_WORDS = new Set(['since', 'after', 'following', 'после', 'с', 'вид', 'з', 'писля']);
/** The Ukrainian and Russian "with" (and Ukrainian «від», folded 'вид') that mean "since" before a year. */
const SINCE_WITH = new Set(['с', 'з', 'со', 'вид']);
/** Participles that say where a meeting was meant to be: "the summit, planned for Budapest". */
// Folded as token text is («запланированный» → 'запланированний').
const PLAN_PARTICIPLES = new Set(['planned', 'proposed', 'envisioned', 'envisaged', 'scheduled', 'slated', 'mooted', 'pencilled', 'penciled', 'запланированный', 'запланированная', 'запланированные', 'запланований', 'запланована', 'заплановани', 'намеченный', 'намеченная'].map(normalizeString));

/** Verbs of commenting on something (folded text: Ukrainian і is и). */
const COMMENT_VERB = /^(?:comment|comments|commenting|commented|elaborate|speculate|disclose|(?:про)?комментир|(?:про)?коментув|раскрива|розкрива)/;
/** Words that open a phrase about an earlier meeting, cutting it off from the clause's verb. */
const BOUND_BEFORE = new Set(['since', 'after', 'following', 'после', 'писля']);

/** «по», «до» right after a time: it starts a span («с 1985 по 1987 год»), it is no "since". */
function spanAfter(a: Annotation, units: Unit[], j: number): boolean {
  const w = units[j] ? tokenText(a, units[j].t0) : '';
  return w === 'по' || w === 'до';
}

/**
 * «з 2021 року», «від 2021 року», «с июня 2021 года»: "with" or «від» before a time with a year
 * (units[j] starts it) is "since" in Ukrainian and Russian, unless «по/до» makes it a span's start
 * («с 15 по 17 августа»). A bound, not the meeting's date.
 */
function sinceTime(a: Annotation, units: Unit[], j: number, time: TimeRead): boolean {
  return j > 0 && SINCE_WITH.has(tokenText(a, units[j - 1].t0)) && time.atoms.every((t) => t.y !== undefined) && !spanAfter(a, units, time.next);
}

/**
 * "Witkoff's third trip to Russia since February", «третья поездка с февраля»: a month (no day)
 * after "since" / «с» / «з» bounds the meetings counted, as a year there does (sinceTime).
 */
function sinceMonthTime(a: Annotation, units: Unit[], j: number, time: TimeRead): boolean {
  if (j === 0) return false;
  const w = tokenText(a, units[j - 1].t0);
  return (SINCE_WITH.has(w) || w === 'since') && time.atoms.every((t) => t.m !== undefined && t.d === undefined && !t.season && !t.rel) && !spanAfter(a, units, time.next);
}

/** Possessives of a pair that point back at the subject: "their", «своей», «своїй» (folded: ї, є → и, е). */
const PAIR_OWN_WORDS = new Set(['their', 'своей', 'своем', 'свою', 'своих', 'своим', 'свои', 'своеи', 'своий', 'своему']);

/**
 * The people a possessive right before a meeting noun (unit `first` or the one before it) stands
 * for: the sentence's US and Russian people, when they are one or two of each side; else none.
 */
function ownersOf(a: Annotation, units: Unit[], first: number, sentPersons: readonly string[]): string[] {
  const own = (i: number) => i >= 0 && units[i].t1 - units[i].t0 === 1 && PAIR_OWN_WORDS.has(tokenText(a, units[i].t0));
  if (!own(first) && !own(first - 1)) return [];
  const pair = sentPersons.filter((p) => a.lex.personSide.get(p) === 'us' || a.lex.personSide.get(p) === 'ru');
  const us = pair.filter((p) => a.lex.personSide.get(p) === 'us').length;
  return us >= 1 && us <= 2 && pair.length - us >= 1 && pair.length - us <= 2 ? pair : [];
}

/**
 * Years of a sentence: those that date something, and those that only bound it ("since 2019",
 * "before 1991", "после 2022 года", «з 2021 року», «с июня 2021 года»); the bounding ones never
 * count as the meeting's year.
 */
interface SentenceYears {
  sentYears: number[];
  sinceYears: number[];
  /**
   * "…since January 2022, when Lavrov and Blinken met in Geneva": the unit where a when-clause right
   * after a bounding time begins. The bound dates that clause's own meeting, so frames from there on
   * read those years as their time, not as a bound (see yearsAt).
   */
  whenFrom: number;
  /** Years bound only by a since-clause ("since his talks with Eisenhower in 1959"), with the unit of its "since". */
  clauseBound: { from: number; y: number }[];
}

/** Words that open a clause about the time just named. */
const WHEN_WORDS = new Set(['when', 'когда', 'коли']);

/** The years of the sentence as a frame beginning at unit `at` reads them. */
function yearsAt(ys: SentenceYears, at: number): { sentYears: number[]; sinceYears: number[] } {
  if (at >= ys.whenFrom) return { sentYears: [...ys.sentYears, ...ys.sinceYears], sinceYears: [] };
  // A meeting inside the since-clause ("the first since Khrushchev's talks with Eisenhower in
  // 1959") is the bound itself: the clause's years date it.
  const own = ys.clauseBound.filter((b) => b.from < at).map((b) => b.y);
  if (!own.length) return { sentYears: ys.sentYears, sinceYears: ys.sinceYears };
  return { sentYears: [...ys.sentYears, ...own], sinceYears: ys.sinceYears.filter((y) => !own.includes(y)) };
}

function yearsOfSentence(a: Annotation, units: Unit[]): SentenceYears {
  const sentYears: number[] = [];
  const sinceYears: number[] = [];
  let whenFrom = Infinity;
  const clauseBound: { from: number; y: number }[] = [];
  // "the first since his forces invaded Ukraine in 2022": a year inside a since-clause dates
  // what the meeting came after, so it bounds like "since 2022".
  let sinceClause = -1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (tokenText(a, u.t0) === 'since' && !isYear(numValue(a, units[i + 1] ?? u))) sinceClause = i;
    const v = numValue(a, u);
    if (isYear(v)) {
      // «с/з» before the year, or before its month and day: "since".
      let k = i - 1;
      if (k >= 0 && senseOf(units[k], 'month')) k--;
      if (k >= 0 && k < i - 1 && numValue(a, units[k]) !== null) k--;
      const before = i > 0 ? units[i - 1] : null;
      const nextUnit = units[i + 1] && funcOf(units[i + 1]) === 'year-word' ? i + 2 : i + 1;
      const n0 = sinceYears.length;
      if (k >= 0 && SINCE_WITH.has(tokenText(a, units[k].t0)) && !spanAfter(a, units, nextUnit)) sinceYears.push(v);
      else if (before && funcOf(before) === 'after') {
        if (SINCE_WORDS.has(tokenText(a, before.t0))) sinceYears.push(v);
      } else if (sinceClause >= 0 && i - sinceClause <= 12) {
        sinceYears.push(v);
        clauseBound.push({ from: sinceClause, y: v });
      }
      else sentYears.push(v);
      const w = units[nextUnit];
      if (sinceYears.length > n0 && w && flagsOf(a, w) & F_COMMA && WHEN_WORDS.has(tokenText(a, w.t0))) whenFrom = Math.min(whenFrom, nextUnit);
    }
    // A comma before a place or its date stays inside the clause ("since they met in Osaka, Japan, in 2019").
    const f = flagsOf(a, u);
    if (f & (F_DOT | F_CLAUSE) || (f & F_COMMA && !senseOf(u, 'place') && funcOf(u) !== 'in' && !isYear(v))) sinceClause = -1;
  }
  return { sentYears, sinceYears, whenFrom, clauseBound };
}

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
    if (meet.sense === 'call' && meet.w < 0.9 && /^calls?$/.test(tokenText(a, u.t0)) && !(k > 0 && senseOf(units[k - 1], 'mod')) && funcOf(units[k + 1] ?? u) !== 'with' && !heldBefore(a, units, k) && !timedCall(a, units, k))
      continue;
    // A bare «поездка», «поїздка» is a trip of anyone anywhere: only with its traveller of a side
    // right after it and a destination after that («третья поездка Уиткоффа в Россию»).
    if (meet.sense === 'visit' && meet.pos === 'n' && u.t1 - u.t0 === 1 && /^(поездк|поиздк)/.test(tokenText(a, u.t0)) && !tripOfPerson(units, k)) continue;
    // «с визитом прибыл»: the manner of the verb of travel right after it, read with that verb.
    if (meet.pos === 'n' && mannerVisitStart(a, units, k) >= 0 && units[k + 1] && senseOf(units[k + 1], 'meet')?.sense === 'visit' && senseOf(units[k + 1], 'meet')?.pos === 'v') continue;
    const w = newWalk(k);
    let [cs, ce] = clauseBounds(a, units, k);
    if (k < privateUntil) continue;
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
      if (meet.fronted && !w.places.length) continue; // «прибули» with no destination before it
      // "saw" needs whom: a named person of the other side, or a pronoun standing for one ("the Bush
      // family welcomed him to Kennebunkport" after a sentence about Putin).
      if (meet.object && !personObject(a, units, k, w.sides.size ? w.sides : sidesBefore(units, cs, k)) && !pronounObject(a, sentence, units, k, w.sides.size ? w.sides : sidesBefore(units, cs, k), w.persons, ctx.prior ?? NO_PRIOR)) continue;
      // "spent" needs how long and with whom, and a subject: one side's named person or a pronoun
      // ("the two spent hours with …", a subject the walk did not find, may be anyone: left out).
      if (meet.stay && (stayWith(a, units, k, ce, w.sides) < 0 || (w.sides.size !== 1 && w.pronoun === undefined))) continue;
      // "go to", "expected in" (verbs of going beyond the past "flew to", "went to") need their
      // traveller in the clause: "leaders head to Alaska", "the note-taker who was to go to
      // Washington" name no one of a side, and the page's people are not who travelled.
      if (meet.traveller && !w.sides.size && w.pronoun === undefined) continue;
      // "Bush hosted Putin in Kennebunkport for the so-called lobster summit": a meeting noun later
      // in the clause names the meeting better; the host's verb leaves it to that noun.
      if (meet.object && nounAhead(units, k + 1, ce)) continue;
      // "American and Russian scientists met in Vienna": a private group's meeting, not the sides'.
      if (privateGroupSubject(a, units, k, cs)) {
        privateUntil = ce; // "… met in Vienna for a conference on fusion": the rest of the clause is theirs too
        continue;
      }
      if (!w.sides.size) subjectBeforeWhere(a, units, cs, w);
    } else if (meet.pos !== 'v') {
      walkLeft(a, units, k, w, cueTokens, leftLimit);
      // "Obama and Medvedev held a long meeting", «Лавров и Рубио провели краткую беседу»: a light
      // verb before the noun phrase brings its subject in as the parties.
      const lv = lightVerbBefore(a, units, w.first, Math.max(cs, leftLimit));
      // Without a subject found, the mark stays the noun phrase.
      if (lv >= 0 && !continuation && !w.sides.size) {
        walkSubject(a, units, lv, Math.max(cs, consumed + 1), w);
        if (!w.sides.size) subjectBeforeWhere(a, units, cs, w);
      }
    }
    const head = tokenText(a, u.t1 - 1);
    const speaking = meet.pos === 'v' && meet.sense === 'discussion' && u.t1 - u.t0 <= 2 && SPEAK_VERBS.has(tokenText(a, u.t0));
    // "met on the sidelines of", and the phrase alone after a copula ("their meeting was on the
    // sidelines of the G20 in Osaka"), whose head is not its last word.
    let sideline = false;
    for (let t = u.t0; t < u.t1 && !sideline; t++) sideline = SIDELINE_HEADS.has(tokenText(a, t));
    // "spent more than two hours with Witkoff": the length of time is stepped over to the "with".
    const stayAt = meet.stay ? stayWith(a, units, k, ce, w.sides) : -1;
    walkRight(a, units, stayAt > k ? stayAt - 1 : k, ce, w, ctx.lang, meet.sense === 'visit', sideline, meet.sense === 'signing');
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
    if (meet.pos === 'n' && !w.persons.length && privateGroupPhrase(a, units, w.first, w.last)) continue;
    // «нет прогресса в переговорах с Россией», «у переговорах з Москвою»: "in" the negotiations is
    // the process; a meeting held is «на переговорах» (at the talks). With no place or time of its
    // own, such a phrase names no one meeting.
    if (meet.pos === 'n' && inNegotiations(a, units, w.first, k) && !w.places.length && !w.times.length && !w.unknownPlace) continue;
    // "agreed to start a dialogue on strategic stability", «договорились о диалоге по …»: a weak
    // word for a process ("dialogue", "contacts") with nothing of its own (no parties, place or
    // time) names no one meeting, whatever the page is about. It stays a frame, so that a verb of
    // its clause does not stand for a meeting in its place («договорились продолжить контакты»).
    const processOnly = meet.sense === 'discussion' && meet.pos === 'n' && !w.sides.size && !w.persons.length && !w.places.length && !w.times.length && !w.unknownPlace && w.objPronoun === undefined && !w.ords.length;
    // Speaking is a contact only between the two sides named in the phrase itself (or by its pronoun).
    if (speaking && !speakersBothSides(a, units, w.first, k, w.last, pronounSides)) continue;
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
    if (meet.pos === 'v' && (w.first === k || w.first === w.anaphor?.at) && w.last === k) continue;
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
    const tense = tenseNear(a, units, cs, ce, k, w, meet.tense);
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
    const frame: Frame = {
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
      ...(w.since ? { sinceMonths: w.since } : {}),
      ...yearsAt(years, w.first),
      // "It was the last meeting between Reagan and Gorbachev", "their final summit": the last of
      // their meetings (FINAL_ORD), not the one before the page's own.
      ords: meet.pos === 'n' && finalBefore(a, units, k) ? [...w.ords, FINAL_ORD] : w.ords,
      again: w.again || hasAgainNear(units, k),
      previous: (meet.pos === 'n' && previousBefore(a, units, k) && !finalBefore(a, units, k)) || lastTimeBefore(a, units, w.first),
      ...(speaking ? { speak: true } : {}),
      ...(meet.stay ? { stay: true } : {}),
      // "US, Russian and Ukrainian negotiators sit down together": the verb's subject is all three.
      three: threeWay || allThree(w.sides) || (meet.pos === 'v' && !w.sides.size && allThree(clauseSides)),
      habitual: habitualIn(a, units, cs, ce),
      soviet: sovietIn(a, units, cs, ce),
      tense,
      kind,
      aliases: [],
      sentence,
      clause: [units[cs].t0, units[ce - 1].t1],
      ...(processOnly ? { process: true } : {}),
    };
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
 * Heads of a "the two …" phrase that are people, not bodies: "the two men signed the treaty", "the
 * two leaders signed it" tell a signing in person, where "the two governments signed an agreement"
 * reports an outcome.
 */
const PERSONAL_HEADS = new Set(['men', 'women', 'leaders', 'presidents', 'ministers', 'statesmen']);

/** Is the anaphoric subject at s0 ("the two men") people rather than governments or sides? */
function personalAnaphor(a: Annotation, units: Unit[], s0: number): boolean {
  const sub = anaphoricSubject(a, units, s0);
  return !!sub && sub.end > s0 && PERSONAL_HEADS.has(tokenText(a, units[sub.end - 1].t1 - 1));
}

/**
 * A return visit's host: the counterpart of its one side, whose country is where it went
 * ("Brezhnev returned the visit in 1973": the United States; "Nixon returned the visit in 1974":
 * the Soviet Union, or Russia after 1991, so only with a year said). Not a visit answering someone
 * else's ("returned the visit of Tito").
 */
function answerHost(a: Annotation, units: Unit[], k: number, w: Walk): void {
  if (w.sides.size !== 1 || w.places.length || w.unknownPlace) return;
  if (units[k + 1] && (funcOf(units[k + 1]) === 'of' || tokenText(a, units[k + 1].t0) === 'of')) return;
  if (w.sides.has('ru')) {
    w.sides.add('us');
    w.places.push('usa');
  } else if (w.sides.has('us')) {
    w.sides.add('ru');
    const y = w.times.find((t) => t.y !== undefined)?.y;
    if (y !== undefined) w.places.push(y < 1992 ? 'soviet union' : 'russia');
  }
}

/**
 * Is units [from, to) nothing but a place and times opened by "in/at" («В Абу-Дабі у січні 2026
 * року», "At Camp David in September 1959,")? At least one place; only a comma before the subject.
 */
function frontedSetting(a: Annotation, units: Unit[], from: number, to: number): boolean {
  if (to - from > 10 || !isPlacePreposition(a, units[from])) return false;
  let place = false;
  for (let j = from; j < to; j++) {
    const u = units[j];
    if (j > from && flagsOf(a, u) & (F_DOT | F_CLAUSE | F_COMMA)) return false; // (a comma before the subject is outside)
    const t = readTime(a, units, j);
    if (t && t.next > j) {
      j = t.next - 1;
      continue;
    }
    if (senseOf(u, 'place')) {
      place = true;
      continue;
    }
    const f = funcOf(u);
    if (isPlacePreposition(a, u) || f === 'and' || f === 'det' || f === 'year-word') continue;
    return false;
  }
  return place;
}

/**
 * "… at Vladivostok in November 1974 and again at Helsinki in 1975": the later meeting is a frame
 * of its own with the same people; without a place of its own it was where the first was.
 */
function repeatFrames(units: Unit[], frame: Frame, w: Walk, years: SentenceYears): Frame[] {
  const out: Frame[] = [];
  for (let r = w.repeat; r; r = r.repeat) {
    out.push({
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
    });
  }
  return out;
}

/**
 * Where the temporal preposition stands whose object is the noun phrase starting at units[first]
 * ("after their meeting", «після зустрічі», «перед переговорами»), or -1. Determiners and
 * possessives may stand between.
 */
function adjunctAt(a: Annotation, units: Unit[], first: number): number {
  let i = first - 1;
  while (i >= 0 && (funcOf(units[i]) === 'det' || POSSESSIVES.has(tokenText(a, units[i].t0)))) i--;
  if (i < 0 || funcOf(units[i]) !== 'after') return -1;
  // "since" bounds a period; «до» may be "to" as well as "before".
  const word = tokenText(a, units[i].t0);
  return word !== 'since' && word !== 'до' ? i : -1;
}
/**
 * A city in the genitive right after Ukrainian «з» / «зі» / «із» or Russian «из» («з Москви», «из
 * Москвы», «з Вашингтона»): "from" it.
 * The instrumental («з Москвою», «з Вашингтоном») is "with". Folded text: «Москви» is 'москви'.
 */
function fromCity(a: Annotation, units: Unit[], j: number): boolean {
  const u = units[j];
  if (j === 0 || !(flagsOf(a, u) & F_CYR) || ctxPlaceLevel(a, senseOf(u, 'place')!.key) !== 'city') return false;
  const p = tokenText(a, units[j - 1].t1 - 1);
  // 'из' is Russian «из» (from) and Ukrainian «із» folded: before a genitive both say "from".
  if (p !== 'з' && p !== 'зи' && p !== 'из') return false;
  const w = tokenText(a, u.t1 - 1);
  return w.length > 3 && /[аяи]$/.test(w);
}
/** A verb of travel ("flew", «прилетів», «приехал»). */
function travelVerb(u: Unit): boolean {
  const m = senseOf(u, 'meet');
  return !!m && m.pos === 'v' && m.sense === 'visit';
}
/** Possessives as the folded token text spells them (Ukrainian є, ї read as е, и). */
const POSSESSIVES = new Set(['their', 'his', 'her', 'its', 'our', 'своей', 'их', 'его', 'ее', 'своеи', 'ихньои', 'його', 'ии']);

/** Words that say a conversation was on the telephone ("by phone", «по телефону», «телефоном»). */
const PHONE_WORDS = new Set(['phone', 'telephone', 'телефону', 'телефоном', 'телефонному']);

function phoneAfter(a: Annotation, units: Unit[], from: number, to: number): boolean {
  for (let i = from; i <= to && i < units.length; i++) {
    for (let t = units[i].t0; t < units[i].t1; t++) if (PHONE_WORDS.has(tokenText(a, t))) return true;
  }
  return false;
}

/**
 * "discussed Ukraine by phone", «обсудили по телефону», «обговорили телефоном»: the phone said within
 * a few words after a verb of discussing, in its clause, makes the discussion a call. A meeting noun
 * first ends the search: "discussed the summit", and "discuss Ukraine in phone call", whose call
 * noun is read as it was (a headline's call the dataset does not hold stays one we don't know).
 */
function phoneAdverbAfter(a: Annotation, units: Unit[], k: number, end: number): boolean {
  for (let i = k + 1; i < end && i <= k + 5; i++) {
    const u = units[i];
    if (flagsOf(a, u) & (F_COMMA | F_DOT | F_CLAUSE) || senseOf(u, 'meet')) return false;
    for (let t = u.t0; t < u.t1; t++) if (PHONE_WORDS.has(tokenText(a, t))) return true;
  }
  return false;
}

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
  for (const h of COUNT_HEDGES) {
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
    } else break;
  }
  return { j, marked, ord };
}

/** A lower-case adverb the lists do not know: "see Putin directly", "met briefly". */
function mannerAdverb(a: Annotation, u: Unit): boolean {
  return !u.senses.length && u.t1 - u.t0 === 1 && !(flagsOf(a, u) & F_CAP) && /^[a-z]{4,}ly$/.test(tokenText(a, u.t0));
}

/** Does a further meeting of the same people start at units[j]: "again in Reykjavik", "a third in Geneva", "then in Moscow"? */
function furtherMeetingAhead(a: Annotation, units: Unit[], j: number, end: number): boolean {
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
function meetingList(a: Annotation, units: Unit[], from: number, end: number): ListItem[] {
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
  const items: ListItem[] = [];
  // A further meeting ("and again in Helsinki") stands whatever follows it (", and how Yeltsin …").
  const fail = () => (items.length && items[items.length - 1].marked ? items : []);
  while (j < end) {
    if (items.length) {
      // Between items: a comma, "and", or both.
      const sep = !!(flagsOf(a, units[j]) & F_COMMA);
      if (funcOf(units[j]) === 'and') j++;
      else if (!sep) return fail();
      if (j >= end) return fail();
    } else if (funcOf(units[j]) === 'and') {
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
      const tj = j < end && funcOf(units[j]) === 'in' && !(flagsOf(a, units[j]) & (F_COMMA | F_DOT | F_CLAUSE)) ? j + 1 : j;
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

/** May a bare place be the next item: the list so far is "at/in <place>" items, the first with its preposition. */
function itemBareAllowed(items: ListItem[]): boolean {
  return items.length > 0 && items.every((it) => !!it.place && !it.times.length);
}

/** The frames of a list's items: the same people as the frame the list follows, at each item's place and time. */
function listFrames(units: Unit[], frame: Frame, list: ListItem[]): Frame[] {
  return list.map((it) => {
    // "went to the Kremlin three times, most recently in July": a time alone is at the frame's
    // place when the frame gave no time of its own (it counted visits there).
    const places = it.place ? [it.place] : frame.times.length ? [] : [...frame.places];
    return { ...frame, t0: units[it.i0].t0, t1: units[it.i1].t1, anchor: units[it.i0].t0, sides: new Set(frame.sides), persons: [...frame.persons], places, times: it.times, clausePlaces: [], clauseTimes: [], ords: it.ord ? [it.ord] : [], again: it.marked, habitual: false, aliases: [], clause: [units[it.i0].t0, units[it.i1].t1] };
  });
}

/** A country among the frame's words before the meeting word ("Турция-Россия-Украина"): a party, not the venue. */
function isNamedParty(a: Annotation, units: Unit[], w: Walk, key: string): boolean {
  for (let i = w.first; i <= w.last && i < units.length; i++) {
    const p = senseOf(units[i], 'place');
    if (p && p.key === key) return i < units.length - 1 && (flagsOf(a, units[i + 1]) & F_HYPH) !== 0;
  }
  return false;
}

const SOVIET = /^(soviet|ussr|советск|ссср|радянськ|срср|politburo|политбюро|политбюро)/;
/** Words before "Soviet" that make it the time before or after the meeting: "since the Soviet collapse", "former Soviet". */
// Normalised: Ukrainian і is folded to и (після → писля).
const SOVIET_BEFORE = /^(since|after|post|former|end|collapse|fall|breakup|после|бивш\S*|распада|конца|колишн\S*|писля|розпаду|кинця)$/;
const SOVIET_AFTER = /^(collapse|breakup|fall|dissolution|распад|развал|розпад)/;

/**
 * A Soviet word in the clause ("the Soviet leader", «советско-американский саммит»): the meeting
 * took place before the Soviet Union ended. Not "since the Soviet collapse", "former Soviet".
 */
function sovietIn(a: Annotation, units: Unit[], cs: number, ce: number): boolean {
  const from = units[cs].t0;
  const to = units[ce - 1].t1;
  for (let t = from; t < to; t++) {
    if (!SOVIET.test(tokenText(a, t))) continue;
    let after = false;
    for (let q = Math.max(from, t - 3); q < t; q++) if (SOVIET_BEFORE.test(tokenText(a, q))) after = true;
    if (t + 1 < to && SOVIET_AFTER.test(tokenText(a, t + 1))) after = true;
    if (!after) return true;
  }
  return false;
}

// "three-way" and "three-party" arrive as two tokens: see THREE_WHAT.
const TRILATERAL = /^(trilateral|tripartite|трехсторон|тристорон)/;

/** A three-way modifier in units[from..to): the frame and a few words after it ("trilateral talks", «переговоры … в трехстороннем формате»). */
function trilateralIn(a: Annotation, units: Unit[], from: number, k: number): boolean {
  for (let i = from; i < k; i++)
    for (let t = units[i].t0; t < units[i].t1; t++) {
      const w = tokenText(a, t);
      if (TRILATERAL.test(w)) return true;
      // The tokenizer splits "three-way" and "three-party" at the hyphen.
      if (w === 'three' && t + 1 < a.scan.toks.count && THREE_WHAT.has(tokenText(a, t + 1))) return true;
    }
  return false;
}
const THREE_WHAT = new Set(['way', 'party', 'sided', 'nation']);

function allThree(sides: Set<SideCode>): boolean {
  return sides.has('us') && sides.has('ru') && sides.has('ua');
}

function placeSideOf(ctx: SentenceContext, places: string[]): SideCode | null {
  let side: SideCode | null = null;
  for (const p of places) side = ctx.placeSide(p) ?? side;
  return side;
}

/** Is the meeting word at k joined to the frame ending at `last` only by "for", "to", "and", an article? */
function isContinuation(units: Unit[], last: number, k: number): 'join' | 'and' | null {
  if (k - last > 5) return null;
  let unknown = 0;
  let joined = k === last + 1;
  let and = false;
  for (let q = last + 1; q < k; q++) {
    const f = funcOf(units[q]);
    if (f === 'for' || f === 'to' || f === 'held' || f === 'of' || f === 'at') joined = true; // "meet Lavrov at ASEAN talks in Manila"
    else if (f === 'and') {
      and = true;
      continue;
    }
    else if (f === 'det' || f === 'again' || senseOf(units[q], 'mod') || senseOf(units[q], 'ord')) continue;
    else if (!units[q].senses.length && unknown++ === 0) continue; // "for ceasefire talks"
    else return null;
  }
  return joined ? 'join' : and ? 'and' : null;
}

/** Is there an "and" between the frame ending at `last` and the meeting word at k? */
function andBetween(units: Unit[], last: number, k: number): boolean {
  for (let q = last + 1; q < k; q++) if (funcOf(units[q]) === 'and') return true;
  return false;
}

/** Does the walk name a place or time of its own, when the frame before already had one that differs? */
function ownSetting(before: Frame, w: Walk): boolean {
  if (!before.places.length && !before.times.length) return false;
  const newPlace = w.places.some((p) => !before.places.includes(p));
  const newTime = w.times.length > 0 && before.times.length > 0;
  return newPlace || newTime;
}

/** Nouns for a place in "in the same city". */
const SAME_PLACE_NOUNS = new Set(['city', 'place', 'venue', 'capital', 'town', 'hall', 'room', 'building', 'palace', 'resort', 'spot']);

/** Verbs of speaking (vocab.ts): a meeting word only with both sides in the phrase. */
const SPEAK_VERBS = new Set(['spoke', 'speak', 'speaks', 'speaking']);

/**
 * Do the subject and the object of a verb of speaking ("Trump and Putin spoke", "Rubio spoke with
 * Lavrov") hold both sides? Not a side named in its topic ("spoke about the talks with Moscow").
 */
function speakersBothSides(a: Annotation, units: Unit[], first: number, k: number, last: number, subject: Set<SideCode>): boolean {
  const sides = new Set<SideCode>(subject);
  for (let i = first; i <= last; i++) {
    const fn = funcOf(units[i]);
    if (i > k && (fn === 'topic' || fn === 'for' || fn === 'after' || senseOf(units[i], 'meet'))) break;
    const side = partySide(a, units, i);
    if (side) sides.add(side);
  }
  return sides.has('us') && sides.has('ru');
}

/** Words before a meeting noun that point back past the page's own meeting. */
const PREVIOUS = new Set(['previous', 'prior', 'preceding', 'earlier', 'last', 'past']);
/**
 * The same in Russian and Ukrainian, any case (normalised): «предыдущий саммит», «прошлая
 * встреча», «прежние переговоры», «попередній раунд», «минулі переговори». The adjective's
 * endings only: «прошли переговоры» is "the talks took place".
 */
const PREVIOUS_CYR = /^(предидущ|прежн|попередн|прошл(ий|ая|ое|ие|ого|ой|ом|ому|ую|их|им|ими)$|минул(ий|а|е|и|ого|ои|ому|у|их|им|ими)$)/;

/** Words for "latest" beside PREVIOUS: "their final summit", "the most recent meeting", «последняя», «остання». */
const LATEST = new Set(['final', 'latest', 'recent', 'most']);
const LATEST_CYR = /^(последн|крайн|останн)/;

/** A word for "last", "previous" or "latest" that walkLeft steps over ("Trump and Putin's last encounter"). */
function lastWord(w: string): boolean {
  return PREVIOUS.has(w) || LATEST.has(w) || PREVIOUS_CYR.test(w) || LATEST_CYR.test(w);
}

/**
 * "The previous meeting in Abu Dhabi", "the last round of talks", "earlier talks": a word of this
 * kind among the article and modifiers right before the meeting noun ("last week's talks" is a
 * time, read as one unit, not this).
 */
function previousBefore(a: Annotation, units: Unit[], k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - 3); i--) {
    const u = units[i];
    if (u.t1 - u.t0 === 1 && (PREVIOUS.has(tokenText(a, u.t0)) || PREVIOUS_CYR.test(tokenText(a, u.t0)))) return true;
    if (flagsOf(a, units[i + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) return false;
    if (!(senseOf(u, 'mod') || senseOf(u, 'ord') || funcOf(u) === 'det' || senseOf(u, 'side'))) return false;
  }
  return false;
}

/** The ordinal of the last meeting of a series of the same people ("their final summit"). */
export const FINAL_ORD = -1;

/**
 * "Their final meeting", "the final summit", and after a copula "was the last meeting", "would be
 * their last summit": right before the meeting noun (over modifiers and a side), the last of the
 * people's meetings. A bare "the last meeting" more often means the one before this one.
 */
function finalBefore(a: Annotation, units: Unit[], k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - 3); i--) {
    const u = units[i];
    const w = u.t1 - u.t0 === 1 ? tokenText(a, u.t0) : '';
    if (w === 'final') return true;
    if (w === 'last') {
      const d = units[i - 1];
      const c = units[i - 2];
      return !!d && !!c && funcOf(d) === 'det' && funcOf(c) === 'copula' && !(flagsOf(a, d) & (F_COMMA | F_DOT | F_CLAUSE)) && !(flagsOf(a, u) & (F_COMMA | F_DOT | F_CLAUSE));
    }
    if (flagsOf(a, units[i + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) return false;
    if (!(senseOf(u, 'mod') || funcOf(u) === 'det' || senseOf(u, 'side'))) return false;
  }
  return false;
}

/** "The last time Trump and Putin held a summit", "the previous time they met": right before the subject. */
function lastTimeBefore(a: Annotation, units: Unit[], first: number): boolean {
  const u = units[first - 1];
  const v = units[first - 2];
  if (!u || !v || u.t1 - u.t0 !== 1 || v.t1 - v.t0 !== 1 || tokenText(a, u.t0) !== 'time') return false;
  return PREVIOUS.has(tokenText(a, v.t0)) && !(flagsOf(a, u) & (F_COMMA | F_DOT | F_CLAUSE)) && !(flagsOf(a, units[first]) & (F_COMMA | F_DOT | F_CLAUSE));
}

function hasAgainNear(units: Unit[], k: number): boolean {
  for (let i = Math.max(0, k - 3); i < Math.min(units.length, k + 4); i++) if (funcOf(units[i]) === 'again') return true;
  return false;
}

/**
 * A date in brackets opening units[j], right after a phrase, as lists of related articles and
 * infoboxes give them ("Moscow Summit (1974)"). Its atoms, or none.
 */
function bracketedTime(a: Annotation, units: Unit[], j: number): TimeAtom[] {
  if (j >= units.length || !(flagsOf(a, units[j]) & F_CLAUSE) || !gapBefore(a, units[j].t0).trim().endsWith('(')) return [];
  const t = readTime(a, units, j);
  if (!t) return [];
  const close = t.next < units.length ? gapBefore(a, units[t.next].t0) : a.scan.norm.text.slice(a.scan.toks.end[units[t.next - 1].t1 - 1]);
  return close.trimStart().startsWith(')') ? t.atoms : [];
}

/** A frame for an alias occurrence no meeting-word frame covers ("Elbe Day", "the Kitchen Debate"). */
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
  void ctx;
  return {
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
    clausePlaces: [],
    clauseTimes: [],
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
  };
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
  return {
    ...placeDateFrame(first.t0, last.t1, [p.key], times, sentence, [first.t0, units[units.length - 1].t1]),
    anchor: units[o + 1].t0,
    meet: 'meeting',
    sides,
    persons,
    kind: 'usru',
  };
}

/** A host's verbs, after a place as their subject (folded text). */
const HOST_VERBS = new Set(['hosted', 'welcomed', 'received', 'принимала', 'принимал', 'приймала', 'приймав']);

/** Words of a meeting noun's phrase before the noun itself: "the first day of", "a second round of". */
const HOSTED_LEAD = new Set(['day', 'days', 'round', 'session', 'part', 'stage', 'of']);

/**
 * The city before a host's verb whose object is the meeting noun's phrase starting at units[first]
 * ("Geneva hosted talks", "Abu Dhabi has hosted the first day of talks"), in its clause: its key, or null.
 */
function hostCityBefore(a: Annotation, units: Unit[], first: number, clauseStart: number): string | null {
  let v = first - 1;
  while (v > clauseStart && v > first - 6 && (funcOf(units[v]) === 'det' || senseOf(units[v], 'ord') || senseOf(units[v], 'mod') || (units[v].t1 - units[v].t0 === 1 && HOSTED_LEAD.has(tokenText(a, units[v].t0))))) v--;
  if (v <= clauseStart - 1 || v < 1 || !HOST_VERBS.has(tokenText(a, units[v].t0)) || flagsOf(a, units[v]) & (F_COMMA | F_DOT | F_CLAUSE)) return null;
  let o = v - 1;
  if (o > 0 && (tokenText(a, units[o].t0) === 'has' || tokenText(a, units[o].t0) === 'had')) o--;
  if (o < clauseStart) return null;
  const p = units[o].senses.find((x): x is Extract<typeof x, { t: 'place' }> => x.t === 'place' && (a.lex.places.get(x.key)?.level ?? 'city') === 'city');
  return p ? p.key : null;
}

/**
 * A city as the subject of a host's verb, the leaders of both sides as its object: "Geneva hosted
 * Joe Biden and Vladimir Putin in June 2021", "Reykjavik welcomed Reagan and Gorbachev". As with
 * frontedPlaceFrame, the caller resolves it only to a known event at that place with those people.
 */
export function hostPlaceFrame(a: Annotation, sentence: number): Frame | null {
  const units = sentenceUnits(a, sentence);
  for (let o = 0; o + 3 < units.length; o++) {
    const p = units[o].senses.find((x): x is Extract<typeof x, { t: 'place' }> => x.t === 'place' && (a.lex.places.get(x.key)?.level ?? 'city') === 'city');
    if (!p) continue;
    let v = o + 1;
    if (tokenText(a, units[v].t0) === 'has' || tokenText(a, units[v].t0) === 'had') v++; // "Geneva has hosted"
    if (!HOST_VERBS.has(tokenText(a, units[v].t0))) continue;
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
      if (f === 'and' || f === 'det' || senseOf(u, 'role') || senseOf(u, 'side')?.adj || flagsOf(a, u) & F_CAP) continue;
      break;
    }
    if (!sides.has('us') || !sides.has('ru') || sides.size > 2) return null;
    const times: TimeAtom[] = [];
    const t = units[last + 1] && funcOf(units[last + 1]) === 'in' ? readTime(a, units, last + 2) : readTime(a, units, last + 1);
    if (t) {
      times.push(...t.atoms);
      last = t.next - 1;
    }
    return {
      ...placeDateFrame(units[o].t0, units[last].t1, [p.key], times, sentence, [units[0].t0, units[units.length - 1].t1]),
      anchor: units[o].t0,
      meet: 'meeting',
      sides,
      persons,
      kind: 'usru',
    };
  }
  return null;
}

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

/** Words after a seen person that make "see" an opinion or a sighting: "sees Putin as a partner". */
const SEEN_AS = new Set(['as', 'fit', 'that', 'was', 'is']);
/** "saw Putin on television": a screen, not a meeting. */
const SCREEN = new Set(['television', 'tv', 'screen', 'video', 'camera', 'stage']);

/**
 * The object of a verb of seeing (unit k) is a named person of the side its subject lacks, with
 * only a title or the side's adjective between: "Witkoff saw Russian President Vladimir Putin".
 */
function personObject(a: Annotation, units: Unit[], k: number, subject: Set<SideCode>): boolean {
  for (let j = k + 1; j < units.length && j <= k + 4; j++) {
    const u = units[j];
    const p = otherSidePerson(u, subject);
    if (p) {
      if (subject.size !== 1) return false;
      // Normalising drops the possessive's "'s": look at the original text after the name.
      const after = a.scan.original.charCodeAt(a.scan.norm.ends[a.scan.toks.end[u.t1 - 1] - 1]);
      if (after === 0x27 || after === 0x2019) return false; // "saw Putin's speech"
      const next = units[j + 1];
      if (!next) return true;
      const w = tokenText(a, next.t0);
      return !SEEN_AS.has(w) && !(w === 'on' && units[j + 2] && SCREEN.has(tokenText(a, units[j + 2].t0)));
    }
    if (!titleWord(a, u)) return false;
  }
  return false;
}

/** Words for a length of time spent with someone, beyond DURATION's: "the weekend", "a long evening". */
const STAY_SPANS = new Set(['weekend', 'evening', 'afternoon', 'morning', 'night', 'hours', 'days']);

/**
 * "spent [more than] two hours with Witkoff", "spends two days with Eisenhower": after a verb of
 * spending (units[k]), a length of time within five words, then "with" and a named person of a side
 * the subject is not (of either side when the subject is not known: "he spends …").
 */
function stayWith(a: Annotation, units: Unit[], k: number, end: number, subject: Set<SideCode>): number {
  let span = false;
  for (let j = k + 1; j < Math.min(end, k + 7); j++) {
    const u = units[j];
    if (flagsOf(a, u) & (F_COMMA | F_DOT | F_CLAUSE)) return -1;
    if (funcOf(u) === 'duration' || STAY_SPANS.has(tokenText(a, u.t1 - 1))) span = true;
    else if (withWordAt(a, units, j)) {
      if (!span || j + 1 >= end || flagsOf(a, units[j + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) return -1;
      return otherSidePerson(units[j + 1], subject) ? j : -1;
    } else if (senseOf(u, 'person') || senseOf(u, 'side') || senseOf(u, 'place') || senseOf(u, 'meet')) return -1;
  }
  return -1;
}

/**
 * The object of a host's or a seeing verb as a pronoun ("welcomed him", "saw them"), standing for
 * people of the side the subject lacks (antecedents, other than the subject's own people).
 */
function pronounObject(a: Annotation, sentence: number, units: Unit[], k: number, subject: Set<SideCode>, own: string[], prior: readonly (readonly Antecedent[])[]): boolean {
  const u = units[k + 1];
  if (!u || subject.size !== 1 || u.t1 - u.t0 !== 1 || u.senses.length || !OBJECT_PRONOUN.has(tokenText(a, u.t0))) return false;
  const found = antecedents(a, sentence, units, k + 1, tokenText(a, u.t0) === 'them', null, prior, own);
  return !!found && found.some((f) => (f.side === 'us' || f.side === 'ru') && !subject.has(f.side));
}

/** Sides of the people named in units [from, to): "Witkoff is also expected to see …" (no subject walk reaches him). */
function sidesBefore(units: Unit[], from: number, to: number): Set<SideCode> {
  const out = new Set<SideCode>();
  for (let j = from; j < to; j++) {
    const p = senseOf(units[j], 'person');
    if (p && !p.weak && (p.side === 'us' || p.side === 'ru')) out.add(p.side);
  }
  return out;
}

/** A strong meeting noun (summit, talks, meeting) among units [from, to). */
function nounAhead(units: Unit[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const m = senseOf(units[j], 'meet');
    if (m && m.pos === 'n' && m.w >= 0.9) return true;
  }
  return false;
}

/** A subject's name at unit q: a person, or a first name no list knows right before one ("Marco Rubio"). */
function namedAt(a: Annotation, units: Unit[], q: number): boolean {
  const n = units[q];
  return !!n && (!!senseOf(n, 'person') || (!n.senses.length && !!(flagsOf(a, n) & F_CAP) && !!units[q + 1] && !!senseOf(units[q + 1], 'person')));
}

/** A word that may stand in a title before a name: a role, a side's adjective, "the", a capitalised word ("CIA Director", "Russian President"). */
function titleWord(a: Annotation, u: Unit): boolean {
  return !!senseOf(u, 'role') || !!senseOf(u, 'side')?.adj || funcOf(u) === 'det' || !!(flagsOf(a, u) & F_CAP);
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

/** A time opening the sentence: "On Friday", "In October 1986", "Last week" (the lexicon may read
 *  "on Friday" as one unit, or leave the preposition apart). */
function leadingTime(a: Annotation, units: Unit[]): ReturnType<typeof readTime> {
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
function entryDate(a: Annotation, units: Unit[], cs: number): TimeAtom[] {
  if (cs < 1 || cs > 8) return [];
  const t = leadingTime(a, units);
  if (!t || t.next !== cs || !/[:—–-]/.test(gapBefore(a, units[cs].t0))) return [];
  return t.atoms;
}

/** A named (not weak) person of the side the subject lacks: the verb's object ("Trump greeted Putin"). */
function otherSidePerson(u: Unit, sides: Set<SideCode>): { key: string; side: SideCode } | null {
  const p = senseOf(u, 'person');
  return p && !p.weak && (p.side === 'us' || p.side === 'ru') && !sides.has(p.side) ? p : null;
}

/** Where a caption says each person stands ("Reagan, left, and Gorbachev"). */
const CAPTION_SIDE = new Set(['left', 'right', 'center', 'centre', 'foreground', 'background']);

/** "in", "at", "aboard", "off" (Malta), "на", "у": where a caption puts its people. */
function isPlacePreposition(a: Annotation, u: Unit): boolean {
  const f = funcOf(u);
  if (f === 'in' || f === 'at') return true;
  const w = tokenText(a, u.t0);
  return w === 'aboard' || w === 'off' || w === 'inside'; // 'near', 'outside' are 'at' already
}

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
  return null;
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

/** «поездка Уиткоффа в Россию», «поїздка Бернса до Москви»: a person of a side, "to"/"in", a place. */
function tripOfPerson(units: Unit[], k: number): boolean {
  const p = units[k + 1] && senseOf(units[k + 1], 'person');
  if (!p || p.weak || (p.side !== 'us' && p.side !== 'ru')) return false;
  const f = units[k + 2] && funcOf(units[k + 2]);
  return (f === 'in' || f === 'to' || f === 'after') && !!units[k + 3] && !!senseOf(units[k + 3], 'place');
}

/** Relative pronouns in the nominative, as token text folds them (ы and і read as и): которые, который, которая, які, який, яка. */
const RELATIVE_WHO = /^(who|которие|которий|которая|яки|який|яка)$/;

/**
 * «…через Уиткоффа и Кушнера, которые в начале сентября были в Кремле»: a relative pronoun after a
 * comma, right after named people of the sides (joined by "and"), stands for them. Their list, or null.
 */
function relativeSubject(a: Annotation, units: Unit[], s0: number): Antecedent[] | null {
  const u = units[s0];
  if (!u || s0 < 1 || u.t1 - u.t0 !== 1 || !(flagsOf(a, u) & F_COMMA) || !RELATIVE_WHO.test(tokenText(a, u.t0))) return null;
  const out: Antecedent[] = [];
  for (let j = s0 - 1; j >= 0 && j >= s0 - 8; j--) {
    const p = senseOf(units[j], 'person');
    const firstName = !units[j].senses.length && flagsOf(a, units[j]) & F_CAP && senseOf(units[j + 1], 'person');
    if (p && !p.weak && (p.side === 'us' || p.side === 'ru')) out.unshift({ key: p.key, side: p.side });
    else if (!((funcOf(units[j]) === 'and' || firstName) && out.length)) break;
    if (j < s0 - 1 && flagsOf(a, units[j + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) break;
  }
  return out.length ? out : null;
}

/** Days and weeks as a length of stay (folded: «дні» is 'дни', «днів» 'днив', «тижні» 'тижни'). */
const STAY_WORDS = new Set(['days', 'weeks', 'дня', 'дней', 'дни', 'днив', 'суток', 'доби', 'недели', 'недель', 'тижни', 'тижнив', 'тиждень']);

/** A side's negotiating people as a group: "envoys", "delegation", «делегация», «переговірники». */
const GROUP_ROLE = /^(envoys?|delegations?|delegates|negotiators?|emissar(y|ies)|diplomats|officials|team|делегация|делегации|переговорщики|посланники|переговирники|переговорники|посланци)$/u; // folded: і → и

/** Words for a leader's people (folded stems): envoys, a delegation, a team, negotiators, aides. */
const OWNED_GROUP = /^(envoys?|emissar(y|ies)|delegations?|delegates|negotiators?|aides|team|representatives?|посланник|посланц|спецпосланник|спецпосланц|эмиссар|емисар|делегац|команд|переговорщик|переговирник|представител|спецпредставител)/u;

/**
 * Is the person at units[i] the owner of the group of people beside it: "Putin's envoys" (the
 * person, then the group word) or «посланцями Путіна», «делегация Трампа» (the group word, then the
 * person in the genitive)? The owner's side is at the table; the owner is not.
 */
function ownerOfGroup(a: Annotation, units: Unit[], i: number): boolean {
  const next = units[i + 1];
  // (Normalising drops the English possessive: "Putin's envoys" reads 'putin envoys'.)
  if (next && /^\s+$/.test(gapBefore(a, next.t0)) && OWNED_GROUP.test(tokenText(a, next.t0))) return true;
  const prev = units[i - 1];
  return !!prev && /[а-яіїєґ]/u.test(tokenText(a, prev.t1 - 1)) && OWNED_GROUP.test(tokenText(a, prev.t1 - 1)) && !senseOf(prev, 'person');
}

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
  if (!caption) {
    for (; at < units.length && at < i + 9; at++) {
      const u = units[at];
      if (at > i && flagsOf(a, u) & (F_CLAUSE | F_COMMA)) return null;
      if (u.t1 - u.t0 === 1 && STAY_WORDS.has(tokenText(a, u.t0))) stay = true;
      const obj = at > i && sides.size === 1 ? otherSidePerson(u, sides) : null;
      if (obj) {
        persons.push(obj.key);
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
        persons.push(obj.key);
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
      for (let j = last + 1; j < units.length && !other; j++) other = otherSidePerson(units[j], sides);
      if (!other) return null;
      persons.push(other.key);
      sides.add(other.side);
    } else {
    // Outside a caption, one side's verb at the other's seat needs its own time: "Witkoff spent five
    // hours in the Kremlin on Tuesday", not "Lavrov told reporters in New York".
    if (!caption && !times.length && !stay) return null;
    // Said of someone named before ("He arrived in Washington in the spring of 1962"), a year or a
    // season says too little: postings and careers are told that way. A month or a day pins a trip.
    if (ana && !stay && !times.some((t) => t.m !== undefined || t.d !== undefined || t.rel !== undefined)) return null;
    sides.add(seat);
    }
  }
  const first = units[s0];
  return {
    ...placeDateFrame(first.t0, units[last].t1, places, times, sentence, [first.t0, units[units.length - 1].t1]),
    anchor: units[at].t0,
    meet: 'meeting',
    sides,
    persons,
    kind: 'usru',
  };
}

/** "held a call", "had an hour-long call": a light verb within three words before unit k. */
/** "Monday's call", "yesterday's call", "a call on Thursday", "the call last week": a call with its day. */
function timedCall(a: Annotation, units: Unit[], k: number): boolean {
  const before = units[k - 1];
  if (before && senseOf(before, 'rel') && !(flagsOf(a, units[k]) & (F_COMMA | F_DOT | F_CLAUSE))) return true;
  const after = units[k + 1];
  return !!after && !(flagsOf(a, after) & (F_COMMA | F_DOT | F_CLAUSE)) && !!readTime(a, units, k + 1);
}

function heldBefore(a: Annotation, units: Unit[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const w = tokenText(a, units[j].t0);
    if (LIGHT_VERBS.has(w) || w === 'has' || w === 'have') return true;
    if (flagsOf(a, units[j + 1]) & (F_COMMA | F_DOT | F_CLAUSE)) return false;
  }
  return false;
}

/** The normalised text between token t and the one before it. */
function gapBefore(a: Annotation, t: number): string {
  const toks = a.scan.toks;
  return t > 0 ? a.scan.norm.text.slice(toks.end[t - 1], toks.start[t]) : '';
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
function placeDateFrame(t0: number, t1: number, places: string[], times: TimeAtom[], sentence: number, clause: [number, number]): Frame {
  return {
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
  };
}
