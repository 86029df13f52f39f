/**
 * detect(): one chunk of text → mentions, in five steps.
 *
 *   1. scan      normalise, tokenise, match every phrase (matcher.ts) — one pass
 *   2. context   sides, years, people and cues of this chunk go into the document state first,
 *                so a meeting early in the chunk can lean on a year written later in it
 *   3. frames    each sentence with a meeting word or an alias is read by the patterns
 *   4. resolve   each frame → event / related / unknown / dropped (resolve.ts); confident ones
 *                become the document's meetings
 *   5. backrefs  place-as-event phrases pointing at those meetings (backref.ts)
 *
 * Offsets are mapped back to the original text at the very end, so mentions cut the caller's
 * string exactly.
 */
import { findBackrefs, meetingAt } from './backref';
import { placeSideOf, topicCountryTalks, yearSpanPractice } from './outsideMeetings';
import { MASK, type Lexicon } from './lexicon';
import { scanText, type CompiledMatcher } from './matcher';
import { PRONOUN_REACH, aliasFrame, framesOfSentence, makeFrame, dateFirstEntries, frontedPlaceFrame, headingFrames, hostPlaceFrame, placeDateInline, presenceFrame, sentenceUnits, type Antecedent, type Frame, type SentenceContext } from './patterns';
import { datedDoneBy, namedPairHypothesis, openingOutsideNews, resolveFrame, type ResolveInput, type Resolution } from './resolve';
import { runToEnd, type Steps } from './steps';
import { SECTION_CHARS, addMeeting, createDocumentState, isDocumentState, restoreMeetings, snapshotMeetings, type DocMeeting, type DocumentState } from './state';
import { F_CAP, F_CLAUSE, F_COMMA, F_CYR, F_DOT, F_LINE, F_NUM, F_PARA, F_SENT } from './tokenize';
import type { DocumentInfo, Mention } from './types';
import type { SideCode } from './vocab';
import { annotate, liveSenses, tokenText, type Annotation, type OverlayHit } from './units';
import { readTime, type TimeAtom } from './times';
import { dayNumber, yearOfDay, type DayRange } from './dates';
import { dropTrace, traceDrop } from './trace';

/**
 * The people named in the last sentences of the chunks read so far (see SentenceContext.prior): a
 * pronoun opening the next chunk ("He spent two days with Eisenhower…") stands for them.
 */
const PRIOR_PEOPLE = new WeakMap<DocumentState, Antecedent[][]>();

/** The people of the chunk's last sentences that name any (one list per sentence, latest last). */
function lastPeople(a: Annotation, named: { key: string; side: SideCode; t: number }[]): Antecedent[][] {
  const groups: Antecedent[][] = [];
  let sent = -1;
  for (let i = named.length - 1; i >= 0; i--) {
    const s = a.sentOf[named[i].t];
    if (s !== sent) {
      if (groups.length > PRONOUN_REACH) break;
      groups.unshift([]);
      sent = s;
    }
    groups[0].unshift({ key: named[i].key, side: named[i].side });
  }
  return groups;
}

/** Read a chunk's sides, years, people and cues into the document state. `years`: yearTokens(a). Returns the people named, in order. */
function readContext(a: Annotation, st: DocumentState, years: [number, number][]): { key: string; side: SideCode; t: number }[] {
  const { lex } = a;
  const { toks } = a.scan;
  const n = toks.count;
  const named: { key: string; side: SideCode; t: number }[] = [];
  let t = 0;
  while (t < n) {
    const pid = a.segPid[t];
    if (pid >= 0 && lex.mask[pid] & (MASK.side | MASK.person)) {
      const end = a.segEnd[t];
      for (const s of liveSenses(a, pid, t, end)) {
        if (s.t === 'side') st.sides[s.side]++;
        else if (s.t === 'person') {
          if (!s.weak) {
            st.sides[s.side]++;
            named.push({ key: s.key, side: s.side, t });
          }
          st.people.set(s.key, (st.people.get(s.key) ?? 0) + 1);
        }
      }
      t = end;
      continue;
    }
    t++;
  }
  for (const [, y] of years) st.years.set(y, (st.years.get(y) ?? 0) + 1);
  // "met again", "another round": later rounds of a series are the likelier referent.
  const d = a.scan.hits.data;
  for (let i = 0; i < a.scan.hits.count; i++) {
    const pid = d[i * 3];
    if (!(lex.mask[pid] & MASK.meet)) continue;
    const t = d[i * 3 + 1];
    for (let u = Math.max(0, t - 3); u < Math.min(n, t + 4); u++) {
      const q = a.segPid[u];
      if (q >= 0 && lex.seg[q].some((s) => s.t === 'func' && s.f === 'again')) {
        st.again++;
        break;
      }
    }
  }
  for (const c of a.cues) {
    if (c.sense.t !== 'cue') continue;
    let set = st.cues.get(c.sense.ev);
    if (!set) st.cues.set(c.sense.ev, (set = new Set()));
    set.add(c.pid);
  }
  st.chars += a.scan.original.length;
  return named;
}

function sentenceContext(a: Annotation, prior: Antecedent[][]): SentenceContext {
  let cyr = 0;
  const { flags, count } = a.scan.toks;
  const step = Math.max(1, Math.floor(count / 400));
  let seen = 0;
  for (let t = 0; t < count; t += step) {
    seen++;
    if (flags[t] & F_CYR) cyr++;
  }
  const lex = a.lex;
  return {
    lang: seen && cyr / seen > 0.3 ? 'ru' : 'en',
    prior,
    placeSide: (key: string) => placeSideOf(lex, key),
  };
}

/** Is an alias only "place + meeting word" (e.g. "Jackson Hole meeting")? Such aliases need US–Russia context. */
function genericAlias(a: Annotation, hit: OverlayHit): boolean {
  let words = 0;
  for (let t = hit.t0; t < hit.t1; t++) {
    const pid = a.segPid[t];
    const m = pid >= 0 ? a.lex.mask[pid] : 0;
    if (m & MASK.person) return false;
    if (a.scan.toks.flags[t] & F_NUM) return false;
    if (!(m & (MASK.place | MASK.meet | MASK.func))) words++;
  }
  return words === 0;
}

/** No capital (beyond a sentence start) and no digit in the matched text: ordinary words. */
function plainWords(a: Annotation, hit: OverlayHit): boolean {
  const flags = a.scan.toks.flags;
  for (let t = hit.t0; t < hit.t1; t++) {
    if (flags[t] & F_NUM) return false;
    if (flags[t] & F_CAP && !(flags[t] & F_SENT)) return false;
  }
  return true;
}

/**
 * Does an alias name a document rather than a meeting ("the Moscow Treaty", «Договор о СНП»,
 * "Helsinki Accords", «Будапештський меморандум»)? Its signing ("INF Treaty signing", «подписание
 * Договора по ПРО») names the meeting.
 */
const DOCUMENT_WORD = /^(treaty|treaties|accord|accords|agreement|agreements|memorandum|protocol|договор\p{L}*|соглашени\p{L}*|договоренност\p{L}*|договорённост\p{L}*|угод\p{L}*|домовленост\p{L}*|меморандум\p{L}*|протокол\p{L}*)$/u;
const SIGNING_WORD = /^(signing|signed|подписани\p{L}*|подписал\p{L}*|пидписанн\p{L}*|пидписал\p{L}*|ratification|ратификац\p{L}*)$/u;
function documentAlias(a: Annotation, hit: OverlayHit): boolean {
  let doc = false;
  for (let t = hit.t0; t < hit.t1; t++) {
    const w = tokenText(a, t);
    if (SIGNING_WORD.test(w)) return false;
    if (DOCUMENT_WORD.test(w)) doc = true;
  }
  return doc;
}

/** Is the sentence a question opening with when, where or how often (English, Russian, Ukrainian)? */
const ASK_WORDS = new Set(['when', 'where', 'how', 'когда', 'где', 'коли', 'де', 'как', 'як', 'сколько', 'скильки']);
/** Is it a yes/no question ("Will Trump and Putin meet?", "Could the two sit down this year?")? */
const ASK_WHETHER = new Set(['will', 'would', 'could', 'can', 'should', 'shall', 'might', 'may', 'do', 'does', 'did']);
function askedWhen(a: Annotation, sentence: number, words = ASK_WORDS): boolean {
  const t0 = a.sentStart[sentence];
  const t1 = (a.sentStart[sentence + 1] ?? a.scan.toks.count) - 1;
  if (t1 < t0 || !words.has(tokenText(a, t0))) return false;
  const after = a.scan.norm.text.slice(a.scan.toks.end[t1], a.scan.toks.end[t1] + 3);
  return after.trimStart().startsWith('?');
}

interface Pending {
  t0: number;
  t1: number;
  res: Resolution;
  via: Mention['via'];
  places: string[];
  tense?: Mention['tense'];
  also?: string[];
}

const TENSE_WORD = { past: 'past', fut: 'future', hyp: 'hypothetical', neg: 'negated' } as const;

/**
 * "Quiet meetings in Saudi Arabia and Alaska", "met in Helsinki and Anchorage": places of the
 * phrase that the resolved event does not have, each read on its own, may name other known
 * meetings. Those become the mention's `also` (one card per meeting). Only a known meeting at
 * that place alone counts, never the first one again.
 */
function otherMeetings(
  matcher: CompiledMatcher,
  st: DocumentState,
  f: Frame,
  res: Resolution,
  ctx: { sentCues: Map<number, Set<number>>; aliasText: (pid: number) => string },
): string[] {
  if (f.places.length < 2 || res.eventIdx === null) return [];
  const lex = matcher.lexicon;
  const own = lex.events[res.eventIdx].places;
  const out: string[] = [];
  for (const k of f.places) {
    const parent = lex.places.get(k)?.parent;
    if (own.has(k) || (parent && own.has(parent))) continue;
    const alone: Frame = makeFrame({ ...f, places: [k], aliases: [] });
    const r = resolveFrame(matcher, st, { frame: alone, sentCues: ctx.sentCues, aliasText: ctx.aliasText, plural: false });
    if (r.status !== 'known' || r.eventIdx === null || r.eventIdx === res.eventIdx) continue;
    const id = lex.events[r.eventIdx].ev.id;
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

function cityLevelKeys(lex: Lexicon, eventIdx: number | null, framePlaces: string[], unknownPlace: string | null): string[] {
  const keys: string[] = [];
  for (const k of framePlaces) if ((lex.places.get(k)?.level ?? 'city') !== 'country') keys.push(k);
  if (unknownPlace) keys.push('\u0000' + unknownPlace.toLowerCase());
  if (eventIdx !== null) {
    for (const [k, lv] of lex.events[eventIdx].places) if (lv !== 'country' && !keys.includes(k)) keys.push(k);
  }
  return keys;
}

/** Whether original[start, end) opens a round bracket it does not close. */
function unclosedBracket(text: string, start: number, end: number): boolean {
  let open = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) open++;
    else if (c === 41 && open > 0) open--;
  }
  return open > 0;
}

function toMention(a: Annotation, m: CompiledMatcher, p: Pending): Mention {
  const { norm, toks, original } = a.scan;
  const start = norm.starts[toks.start[p.t0]];
  let end = norm.ends[toks.end[p.t1 - 1] - 1];
  // "Yalta (1945)": a bracket the mark opened is closed in it, not left hanging.
  if (original.charCodeAt(end) === 41 /* ) */ && unclosedBracket(original, start, end)) end++;
  const eventId = p.res.eventIdx === null ? null : m.events[p.res.eventIdx].id;
  return {
    start,
    end,
    quote: original.slice(start, end),
    status: p.res.status!,
    eventId,
    confidence: p.res.confidence,
    reasons: p.res.reasons,
    candidates: p.res.candidates.filter((c) => c.eventId !== eventId).slice(0, 5),
    via: p.via,
    ...(p.tense ? { tense: p.tense } : {}),
    ...(p.also ? { also: p.also } : {}),
    ...(p.res.explain ? { explain: p.res.explain } : {}),
  };
}

function remember(st: DocumentState, a: Annotation, base: number, p: Pending, frame: Frame | null): DocMeeting | null {
  const lex = a.lex;
  const r = p.res;
  if (!r.status || r.confidence < 0.45) return null;
  const dm: DocMeeting = {
    eventIdx: r.eventIdx,
    eventId: r.eventIdx === null ? null : lex.events[r.eventIdx].ev.id,
    status: r.status,
    confidence: r.confidence,
    placeKeys: cityLevelKeys(lex, r.eventIdx, p.places, frame?.unknownPlace ?? null),
    seriesId: r.eventIdx === null ? undefined : lex.events[r.eventIdx].ev.seriesId,
    candidates: r.candidates,
    at: base + a.scan.norm.ends[a.scan.toks.end[p.t1 - 1] - 1],
    ...(r.eventIdx !== null && lex.events[r.eventIdx].range ? { range: lex.events[r.eventIdx].range! } : {}),
    ...(p.tense ? { tense: p.tense } : {}),
    ...(r.dated ? { dated: true } : {}),
    ...(r.ownDate ? { ownDate: true } : {}),
    ...(st.inTitle ? { title: true } : {}),
  };
  addMeeting(st, dm);
  return dm;
}

/**
 * Attach each alias occurrence to the frame it overlaps ("the Geneva summit" inside the frame of
 * "summit"), widening the frame to cover it; an alias no frame covers gets a frame of its own.
 */
function attachAliases(a: Annotation, frames: Frame[], ctx: SentenceContext): void {
  const frameAt = new Int32Array(a.scan.toks.count).fill(-1);
  for (let i = 0; i < frames.length; i++) for (let t = frames[i].t0; t < frames[i].t1; t++) frameAt[t] = i;
  const aliasFrames = new Map<string, Frame>();
  for (const h of a.aliases) {
    let fi = -1;
    for (let t = h.t0; t < h.t1 && fi < 0; t++) fi = frameAt[t];
    const f = fi >= 0 ? frames[fi] : undefined;
    if (f) {
      f.aliases.push(h);
      if (h.t0 < f.t0) f.t0 = h.t0;
      if (h.t1 > f.t1) f.t1 = h.t1;
      // A name only one US–Russia meeting has ("Alaska Summit: Putin's question on Ukraine's
      // war") is that meeting; a third country elsewhere in the clause is its topic, not a party.
      if (f.kind === 'third' && h.sense.t === 'alias' && !h.sense.shared && !a.lex.events[h.sense.ev].related && !f.sides.has('ua') && !f.sides.has('other')) {
        f.kind = 'usru-weak';
      }
    } else {
      const key = `${h.t0}:${h.t1}`;
      const g = aliasFrames.get(key);
      if (g) g.aliases.push(h);
      else {
        const nf = aliasFrame(a, h, ctx);
        aliasFrames.set(key, nf);
        frames.push(nf);
      }
    }
  }
  // A name every owner of which is a US–Russia meeting ("the Helsinki summit of March 1997") says
  // as much as a name only one has: NATO or Iran elsewhere in the sentence is a topic, not a party.
  for (const f of frames) {
    if (f.kind !== 'third' || !f.aliases.length || f.sides.has('ua') || f.sides.has('other')) continue;
    if (f.aliases.every((h) => h.sense.t === 'alias' && h.sense.shared && !a.lex.events[h.sense.ev].related)) f.kind = 'usru-weak';
  }
}

/** The conjunction that joins two verbs of one subject. */
const AND_WORD = /^(and|и|і|й|та)$/u;

/**
 * A presence phrase ("Witkoff and Kushner spent five hours in the Kremlin on Tuesday") in a sentence
 * that also has a meeting noun. Followed in its clause by the sentence's only meeting noun ("… for
 * talks with Putin"), the two are one mention: the noun's frame takes the people, places and times
 * and starts where the presence phrase does. A noun in another clause ("…, their first visit there
 * as envoys") is a mention of its own, and the presence phrase stays one too. True when `h` is to be
 * kept as a frame of its own.
 */
function joinPresence(a: Annotation, frames: Frame[], h: Frame): boolean {
  const mine = frames.filter((g) => g.sentence === h.sentence);
  // A token's flags say what stands between it and the token before.
  const breakBetween = (t0: number, t1: number) => {
    for (let t = t0; t < t1; t++) if (a.scan.toks.flags[t] & (F_COMMA | F_CLAUSE | F_DOT)) return true;
    return false;
  };
  // A frame of another clause: wholly after the phrase past a break, or wholly before it.
  const apart = (g: Frame) => (g.t0 >= h.t1 && breakBetween(h.t1, g.t0 + 1)) || (g.t1 <= h.t0 && breakBetween(g.t1, h.t0 + 1));
  // No frame of the sentence's meeting word made it ("The results were signed when Nixon went to
  // Moscow in May 1972": a signing verb with no sides of its own), or all are in other clauses.
  if (mine.every(apart)) return true;
  if (mine.length !== 1) return false;
  const g = mine[0];
  // Within a few words, with no comma or clause break between: a noun ("… in the Kremlin for talks
  // with Putin"), or a second verb of the same subject ("Pompeo went to Sochi in May 2019 and met
  // Lavrov"), which only 'and' may join.
  const andVerb = g.pos === 'v' && g.t0 === h.t1 + 1 && AND_WORD.test(tokenText(a, h.t1));
  if ((g.pos !== 'n' && !andVerb) || g.t0 < h.t1 || g.t0 - h.t1 > 6 || g.aliases.length || breakBetween(h.t1, g.t0 + 1)) return false;
  g.t0 = h.t0;
  for (const p of h.persons) if (!g.persons.includes(p)) g.persons.push(p);
  for (const k of h.places) if (!g.places.includes(k)) g.places.push(k);
  g.times = [...h.times, ...g.times];
  for (const sd of h.sides) g.sides.add(sd);
  if (g.sides.has('us') && g.sides.has('ru')) g.kind = 'usru';
  return false;
}

/** Four-digit years (1940–2040) of the chunk, by token. */
function yearTokens(a: Annotation): [number, number][] {
  const out: [number, number][] = [];
  const { toks } = a.scan;
  for (let t = 0; t < toks.count; t++) {
    if (!(toks.flags[t] & F_NUM) || toks.end[t] - toks.start[t] !== 4) continue;
    const y = +tokenText(a, t);
    if (y >= 1940 && y <= 2040) out.push([t, y]);
  }
  return out;
}

/** Sentence openings that date what the sentence tells by the time the one before wrote (folded: і → и). */
const THEN_OPENERS: readonly (readonly string[])[] = [['тогда'], ['тоди'], ['at', 'the', 'time'], ['at', 'that', 'time'], ['в', 'тот', 'раз'], ['того', 'разу']];

/**
 * "Last time the envoys were in Moscow on September 5. Then the talks in the Kremlin lasted three
 * hours": a sentence opening with «тогда», «тоді», "at the time" tells of the time the sentence
 * before wrote. For a frame with no date of its own in its clause, that sentence's last date or year.
 */
function thenTimes(a: Annotation, f: Frame): TimeAtom[] {
  const s = f.sentence;
  // A bare "the talks" goes on about the meeting told before as it is (see lastTold in resolve.ts):
  // only a frame that says something of its own (a place, a person) is dated this way.
  // (A time counted from the page or the meeting before, "late that night", is no date of its own.)
  if (s === 0 || f.times.some(ownDate) || f.clauseTimes.some(ownDate) || (!f.places.length && !f.persons.length)) return [];
  const t0 = a.sentStart[s];
  const end = a.sentStart[s + 1];
  const opener = THEN_OPENERS.find((ws) => ws.every((w, i) => t0 + i < end && tokenText(a, t0 + i) === w));
  // Only in the clause the word opens: "…, and the next day the three-way round began" is counted
  // from that time, not dated by it.
  if (!opener || f.clause[0] > t0 + opener.length) return [];
  const units = sentenceUnits(a, s - 1);
  let last: TimeAtom[] = [];
  for (let i = 0; i < units.length; i++) {
    const t = readTime(a, units, i);
    if (!t) continue;
    if (t.atoms.some((x) => x.m !== undefined || x.y !== undefined)) last = t.atoms;
    i = t.next - 1;
  }
  return last;
}

/** A time written out (a year, a month, a season), not counted from the page or from the meeting before. */
const ownDate = (t: TimeAtom): boolean => !t.afterPrev && !t.rel;

/** How far back (in tokens, a paragraph or two) a written year still sets the scene. */
const NARRATIVE_REACH = 250;

/** Words before a year that make it a bound, not the time told: "since 2022", «с 2022 года», «з 2022 року». */
const SINCE_BEFORE_YEAR = new Set(['since', 'с', 'з', 'від', 'вид', 'until', 'till', 'до']);

/**
 * The years that set the scene for what follows: each written year but a bound ("since 2022"),
 * and whether it is a heading of its own (a line "2025", «2025 год»): a timeline's year heading
 * dates every entry under it, however long the list, until the next year.
 */
function narrativeYears(a: Annotation, years: [number, number][]): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  for (const [t, y] of years) {
    if (t > 0 && SINCE_BEFORE_YEAR.has(tokenText(a, t - 1))) continue;
    const s = a.sentOf[t];
    const len = (a.sentStart[s + 1] ?? a.scan.toks.count) - a.sentStart[s];
    out.push([t, y, a.sentStart[s] === t && len <= 2]);
  }
  return out;
}

function narrativeYearAt(years: [number, number, boolean][], t0: number): number | undefined {
  let y: number | undefined;
  for (const [t, v, heading] of years) {
    if (t >= t0) break;
    if (heading || t0 - t <= NARRATIVE_REACH) y = v;
  }
  return y;
}

/** "the two presidents", "both leaders", «оба лидера», «обидва президенти»: a pair of the page's own people. */
const PAIR_WORD = /^(two|both|два|оба|двое|обидва|двоє)$/u;
const PAIR_NOUN = /^(presidents|leaders|men|президента|президенти|лидера|лидери)$/u; // folded: ы, і → и

/**
 * Is a verb frame's subject, just before its verb, such a pair ("since the two presidents met in
 * Alaska"), and are the last sides named before it (in its sentence or the three before) the US
 * and Russia? After "as Moscow courted Beijing", "the two leaders" are Russia's and China's.
 * (When people were named before, the patterns already read the pair as them: see anaphorBefore.
 * This covers pages that named only the countries.)
 */
function pairOfTheTwoSides(a: Annotation, f: Frame): boolean {
  if (f.pos !== 'v') return false;
  let pair = false;
  for (let t = f.anchor - 1; t >= Math.max(1, f.anchor - 3) && !pair; t--) {
    if (PAIR_NOUN.test(tokenText(a, t))) pair = PAIR_WORD.test(tokenText(a, t - 1));
  }
  if (!pair) return false;
  const seen = new Set<string>();
  for (let s = f.sentence; s >= Math.max(0, f.sentence - 3); s--) {
    const units = sentenceUnits(a, s);
    for (let k = units.length - 1; k >= 0; k--) {
      if (s === f.sentence && units[k].t0 >= f.t0) continue;
      for (const x of units[k].senses) {
        const side = x.t === 'side' || (x.t === 'person' && !x.weak) ? x.side : null;
        if (!side) continue;
        if (side !== 'us' && side !== 'ru') return false;
        seen.add(side);
      }
      if (seen.size === 2) return true;
    }
  }
  return false;
}

/** The page already reported a US–Russia meeting (known or not). */
function pageHasMeeting(st: DocumentState): boolean {
  return st.meetings.some((m) => m.status === 'known' || m.status === 'unknown');
}

/**
 * A page whose counterpart of the US is a third country, with Russia only in passing ("US and China
 * open a fourth round of trade talks…", where Russian oil comes up once): its "both sides" and its
 * place-named rounds are the US and that country's.
 */
function thirdCountryPage(st: DocumentState): boolean {
  return st.sides.other >= 4 && st.sides.other > 2 * st.sides.ru;
}

/** A known US–Russia meeting the page placed (earlier) at one of the frame's own places. */
function pageMeetingAt(a: Annotation, st: DocumentState, f: Frame, base: number): boolean {
  const at = base + a.scan.norm.starts[a.scan.toks.start[f.t0]];
  return f.places.some((k) => {
    const dm = meetingAt(st, a.lex, k, at);
    return !!dm && dm.status === 'known' && dm.eventIdx !== null && !a.lex.events[dm.eventIdx].related;
  });
}

/**
 * A verb of discussing ("discussed", «обсудили», «обговорили»; not "spoke", which may be a
 * call of its own) with no place, time, name or ordinal in its clause: it says what a meeting was
 * about, not which.
 */
const onlyWhatWasDiscussed = (f: Frame): boolean =>
  f.pos === 'v' && f.meet === 'discussion' && !f.speak && !f.places.length && !f.unknownPlace && !f.times.length && !f.clausePlaces.length && !f.clauseTimes.length && !f.aliases.length && !f.ords.length;

/** Has the page's text (not its title) already named this known meeting before `at`? */
function toldInText(st: DocumentState, eventIdx: number, at: number): boolean {
  return st.meetings.some((m) => !m.title && m.status === 'known' && m.eventIdx === eventIdx && m.at <= at);
}

/** A country that in a clause around a bare meeting word is its topic, not its venue: the war the talks are about. */
const TOPIC_COUNTRIES = new Set(['ukraine']);

/** Years before the publication from which the meeting told last sets the scene of what follows. */
const TOLD_YEARS_BACK = 2;

/**
 * "Roosevelt, Churchill and Stalin met at Yalta. The Big Three met again in Potsdam that summer",
 * on a page of 2025 that writes no year: a month or a season with no year of its own, where the
 * text wrote none before it, is also read in the year of the known meeting it told last (the
 * scene of its story), when that was years before the page. (A second reading beside the
 * publication year's: see narrativeReading in resolve.ts.)
 */
function toldYear(st: DocumentState, f: Frame, at: number): number | undefined {
  if (!st.published || ![...f.times, ...f.clauseTimes].some((t) => t.y === undefined && (t.m !== undefined || t.season) && !t.rel && !t.afterPrev)) return undefined;
  for (let i = st.meetings.length - 1; i >= 0; i--) {
    const m = st.meetings[i];
    if (m.at > at || m.title || m.status !== 'known' || !m.range) continue;
    const y = yearOfDay(m.range.from);
    return y < yearOfDay(st.published.from) - TOLD_YEARS_BACK ? y : undefined;
  }
  return undefined;
}

/** A meeting word with nothing of its own: no alias, place, time, ordinal or side ("the talks"). */
const bareFrame = (f: Frame): boolean => !f.aliases.length && !f.places.length && !f.unknownPlace && !f.times.length && !f.ords.length && !f.sides.size;

/**
 * Does another frame share frames[i]'s clause? Frames are sorted, so only neighbours can.
 * `namedOnly`: only a rival with something of its own counts (see bareFrame).
 */
function rivalInClause(frames: Frame[], i: number, namedOnly = false): boolean {
  const f = frames[i];
  for (let j = Math.max(0, i - 4); j < Math.min(frames.length, i + 5); j++) {
    const g = frames[j];
    if (namedOnly && bareFrame(g)) continue;
    // A place and date with no meeting word leave the clause to its meeting phrase.
    if (g.placeDate) continue;
    if (j !== i && g.clause[0] < f.clause[1] && f.clause[0] < g.clause[1]) return true;
  }
  return false;
}

/**
 * Is frames[i] worth resolving? The name of the rule that says it is not (null when none does): the rules that keep ordinary words ("the talks", "a session",
 * "signed a decree") and other people's meetings (sports, the G20 itself) from being marked.
 * May narrow the frame to related events only (f.kind = 'third').
 */
/** Plural meeting nouns: on their own they name a practice ("Soviet-American summits"). */
// (Not «встречи»/«зустрічі»: the same form is a singular genitive, «для своей встречи».) Token
// text is normalised: «саммиты», «саміти» are read as 'саммити', 'самити'; the genitive plurals
// («п'ять самітів», «пять встреч») are plural only.
const PLURAL_MEETINGS = new Set([
  'summits', 'meetings', 'sessions', 'rounds', 'encounters', 'visits', 'summitry', 'calls', 'conversations',
  'саммити', 'самити', 'саммитов', 'самитив', 'встреч', 'зустричей', 'визитов', 'визитив',
]);

/** Is the frame's meeting word a plural noun ("summits", «зустрічей»)? "Phone calls" is read at its second word. */
const pluralNoun = (a: Annotation, f: Frame): boolean => {
  if (f.pos !== 'n') return false;
  const w = tokenText(a, f.anchor);
  const head = PHONE_FIRST.has(w) && f.anchor + 1 < a.scan.toks.count ? tokenText(a, f.anchor + 1) : w;
  return PLURAL_MEETINGS.has(head);
};
const PHONE_FIRST = new Set(['phone', 'telephone']);

/** Counts before a plural meeting noun ("eleven meetings", "several summits", «пять встреч», «кілька зустрічей»), folded. */
const COUNT_WORD = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens?|several|many|numerous|multiple|countless|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|несколько|много|множество|дви|чотири|шисть|симь|висим|килька|багато)$/;

/** Whether a count stands among the few words before the frame's plural meeting noun. */
function countedBefore(a: Annotation, f: Frame): boolean {
  for (let t = f.anchor - 1; t >= 0 && t >= f.anchor - 4; t--) {
    const w = tokenText(a, t);
    if (COUNT_WORD.test(w)) return true;
    if (/^\d{1,3}$/.test(w) && +w > 1) return true;
    if (a.scan.toks.flags[t] & (F_DOT | F_COMMA)) return false;
  }
  return false;
}

/** Words opening a span of time: "between … and …", "from … to …", «между … и …», «з … до …». */
const SPAN_OPEN = new Set(['between', 'from', 'между', 'миж', 'от', 'с', 'з', 'вид']);

/** Whether the frame's two or more times are the ends of a span ("between February 2025 and September 2026"). */
function timeSpanIn(a: Annotation, f: Frame): boolean {
  if (f.times.length < 2) return false;
  for (let t = f.anchor + 1; t < f.t1; t++) if (SPAN_OPEN.has(tokenText(a, t))) return true;
  return false;
}

/** "other", «другие», «інші» (normalised: 'инши') right before a plural meeting noun. */
const OTHER_WORD = /^(other|другие|других|иные|иных|инши|инших)$/;

/** Words after a meeting word that bring in its parties or topic. */
const COMPLEMENT_WORDS = new Set(['of', 'on', 'about', 'over', 'for', 'with', 'between', 'among', 'о', 'об', 'по', 'между', 'с', 'со']);

/** Verbs of agreeing (not signing): «договорились», «домовилися», "agreed". */
const AGREED = /^(договорил|домовил|agreed|struck|reached|hammered)/;


/** Does the frame's sentence name someone (or something) of the side the frame lacks? */
function otherSideNamed(a: Annotation, f: Frame): boolean {
  for (const p of f.sentPersons) {
    const s = a.lex.personSide.get(p);
    if ((s === 'us' || s === 'ru') && !f.sides.has(s)) return true;
  }
  return (f.sentSides.has('us') && !f.sides.has('us')) || (f.sentSides.has('ru') && !f.sides.has('ru'));
}

/**
 * Under a chronology entry ("4. Paris — Nov. 11, 2018"), a meeting noun with nothing of its own that
 * ends its sentence as the setting of what was done ("… and spoke briefly at a lunch", "talked
 * informally at the leaders' dinner") is the entry's meeting, when the sentence names no other
 * party and the noun is neither planned, called off, plural nor an earlier one. (As a subject, "The
 * talks covered Iran", "A full meeting did not happen", it may be any talks; the page's labels
 * agree.)
 */
const SETTING_DET = /^(a|an|the|their)$/;
function sectionOwn(a: Annotation, st: DocumentState, f: Frame): boolean {
  if (!st.section || f.pos !== 'n' || f.kind !== 'usru-weak' || f.forum || f.sport || f.previous || f.habitual) return false;
  if (f.tense === 'fut' || f.tense === 'hyp' || f.tense === 'neg') return false;
  if (f.sentSides.has('ua') || f.sentSides.has('other') || pluralNoun(a, f)) return false;
  const end = a.sentStart[f.sentence + 1] ?? a.scan.toks.count;
  let p = f.t0 - 1;
  if (p > 0 && SETTING_DET.test(tokenText(a, p))) p--;
  return p >= 0 && tokenText(a, p) === 'at' && f.t1 === end;
}

/**
 * A place or a day in the frame's clause that no other meeting phrase there claims ("trilateral
 * negotiations between … concluded in Abu Dhabi on Saturday"): the setting of this frame's meeting.
 */
function ownClauseSetting(frames: Frame[], fi: number): boolean {
  const f = frames[fi];
  const setting = f.clausePlaces.some((k) => !TOPIC_COUNTRIES.has(k)) || f.clauseTimes.some((t) => !t.afterPrev && !t.rel);
  return setting && !rivalInClause(frames, fi);
}

function rejectedBy(a: Annotation, st: DocumentState, frames: Frame[], fi: number): string | null {
  const f = frames[fi];
  const lex = a.lex;
  const usruDoc = st.sides.us > 0 && st.sides.ru > 0;
  const thirdDoc = st.sides.us + st.sides.ru > 0 && st.sides.ua + st.sides.other > 0;
  // A bare meeting word ("the negotiations", "this session") says nothing about which meeting,
  // unless its clause has a place or a time and no other meeting phrase to claim them
  // ("hosted Lavrov in Washington on Friday for so-called two-plus-two talks").
  if (f.process) return 'process';
  const bare = bareFrame(f);
  if (bare) {
    // ("That evening, at the leaders' dinner": a day counted from another meeting places nothing by itself.
    // Ukraine elsewhere in the clause is the talks' topic, "the meeting aims to end the war in
    // Ukraine", «встреча … по Украине», not where they were.)
    const clauseContext = f.clausePlaces.some((k) => !TOPIC_COUNTRIES.has(k)) || f.clauseTimes.some((t) => !t.afterPrev || t.afterPrev[1] - t.afterPrev[0] > 3);
    if (!(clauseContext || sectionOwn(a, st, f)) || rivalInClause(frames, fi)) return 'bare-noun';
  }
  // "X and Y signed …" stands in for a meeting only when nothing else in its clause names one. A
  // bare "talks" there ("the talks went on until Nixon and Brezhnev signed the results in Moscow in
  // May 1972") names none, when the signing has a place or a time of its own: then the bare noun
  // yields to the signing, not the signing to it. ("Putin and Trump agreed to continue contacts"
  // has neither.)
  if (f.meet === 'signing' && (f.kind !== 'usru' || rivalInClause(frames, fi, f.places.length > 0 || f.times.length > 0 || !!f.unknownPlace))) return 'signing-rival';
  // "Russia and the US agreed to…" reports an outcome; only people, a place or a time make it a meeting
  // ("agreed in Riyadh on Tuesday"). Signing a named treaty stays a mention on its own.
  if (f.meet === 'signing' && AGREED.test(tokenText(a, f.anchor)) && !f.persons.length && !f.places.length && !f.unknownPlace && !f.times.length && !f.aliases.length) return 'agreed-outcome';
  // A verb with only its subject ("Russia and Ukraine sat down") is shown only when both US and
  // Russia are that subject.
  if (f.pos === 'v' && f.kind !== 'usru' && !f.places.length && !f.times.length && !f.unknownPlace && !f.aliases.length && f.t1 <= f.anchor + 2) return 'verb-subject-only';
  // (Sport makes "meet" a match, never a summit: "kept up a football theme at the summit in Helsinki with Trump".)
  if (((f.sport && f.meet !== 'summit') || f.forum) && !f.aliases.length) return 'sport-forum';
  const placed = f.places.length > 0 || !!f.unknownPlace;
  // "When did the leaders of the US and Russia last meet?", «Коли востаннє зустрічалися лідери США
  // і Росії?»: a question about some meeting, with no place, time or name of its own, names none.
  if (!placed && !f.times.length && !f.aliases.length && !f.persons.length && askedWhen(a, f.sentence)) return 'asked-when';
  // "Will Trump and Putin meet?": whether some meeting will happen, with no place or time, is none yet.
  if (!placed && !f.times.length && !f.aliases.length && askedWhen(a, f.sentence, ASK_WHETHER)) return 'asked-whether';
  // A plural meeting noun naming no one and nowhere ("a long history of such meetings", «таких
  // зустрічей», "summits between Washington and Moscow") is a practice, whatever time the page
  // around it lends. ("discreet sessions in February and April" has times of its own.)
  if (pluralNoun(a, f) && !f.persons.length && !placed && !f.aliases.length && !f.ords.length && (f.t1 <= f.anchor + 1 || !f.times.length)) return 'plural-practice';
  // "Eleven meetings between February 2025 and September 2026", "several summits", "visits by
  // American envoys to Russia": a plural meeting word counted, over a span of time, or placed only in
  // a country, with nobody named, tells how often the sides met, not one meeting.
  if (pluralNoun(a, f) && !f.persons.length && !f.unknownPlace && !f.aliases.length && !f.ords.length) {
    const countryOnly = f.places.every((k) => lex.places.get(k)?.level === 'country');
    if (countryOnly && (countedBefore(a, f) || timeSpanIn(a, f) || (f.places.length && !f.times.length))) return 'plural-counted';
  }
  // "Other meetings in the French capital", «другие встречи в Женеве»: meetings set apart from the
  // one in view, none of them named, whatever place they share.
  if (pluralNoun(a, f) && !f.aliases.length && !f.times.length && f.anchor > 0 && OTHER_WORD.test(tokenText(a, f.anchor - 1))) return 'other-meetings';
  // "contacts", "dialogue" name a process, not a meeting, unless a place or a time pins one down;
  // so do "negotiations" ("progress in the arms negotiations", "without any negotiations taking place"),
  // and an English "session" is one sitting of a meeting ("walked over to Stalin after a session").
  // (Not «заседание»: Russian puts its place and time before the noun, in the clause.)
  const sitting = f.meet === 'session' && /^sessions?$/.test(tokenText(a, f.anchor));
  if ((f.meet === 'discussion' || f.meet === 'negotiation' || sitting) && f.pos === 'n' && !placed && !f.times.length && !f.aliases.length && !f.persons.length && !(f.meet === 'negotiation' && f.sides.size && ownClauseSetting(frames, fi))) return 'process-noun';
  // A visit goes somewhere: "the visit of Putin" with no destination and only one side is no mention.
  if (f.meet === 'visit' && !placed && !f.aliases.length && f.kind !== 'usru') return 'visit-nowhere';
  // "Kennedy went to Vienna in 1961 hoping to hear the opera": one side's trip to a third place, with
  // no one of the other side in its sentence, is a journey, not a meeting.
  if (f.meet === 'visit' && f.pos === 'v' && f.kind === 'one-side' && !f.aliases.length && !otherSideNamed(a, f) && f.places.every((k) => !placeSideOf(lex, k))) return 'one-side-trip';
  // "The two presidents met between 2017 and 2019": a span of years, not one meeting.
  if (yearSpanPractice(a, f)) return 'year-span';
  // "The Iran nuclear talks": a third country's topic, not a venue of ours.
  if (topicCountryTalks(a, f)) return 'topic-country';
  if (f.aliases.length && f.meet === null) {
    // A treaty's name is the document, not the meeting that signed it: "the Moscow Treaty cut
    // warheads" names no meeting (its signing does, and a meeting word beside it is read as one).
    if (f.aliases.every((h) => documentAlias(a, h))) return 'document-alias';
    // An alias without a meeting word ("Elbe Day", "Helsinki Accords"): needs the page to be about either side.
    if (st.sides.us + st.sides.ru === 0) return 'alias-no-sides';
    // Written in plain words ("walk in the woods", "перезагрузка отношений"), it needs a side in its own sentence.
    if (f.aliases.every((h) => plainWords(a, h)) && !f.sentSides.has('us') && !f.sentSides.has('ru')) return 'plain-words-alias';
  } else if (f.kind === 'none') {
    // No side in sight. A distinctive alias ("Reykjavik summit", "2+2 talks") may stand alone,
    // unless it names a meeting decades before an undated-looking reference in a page that never
    // mentions either side (the 2023 Reykjavik summit of the Council of Europe is not 1986's).
    // Otherwise only a page about US–Russia lends its context, and only to a specific phrase.
    const distinctive = f.aliases.some((h) => !genericAlias(a, h));
    const specific = f.places.length || f.times.length || f.ords.length || f.aliases.length || f.clausePlaces.length || f.clauseTimes.length;
    if (distinctive && !usruDoc && st.published && !f.times.length) {
      const old = f.aliases.every((h) => h.sense.t === 'alias' && (lex.events[h.sense.ev].range?.to ?? 0) < st.published!.from - 3650);
      if (old) return 'old-alias';
    }
    // "the Reykjavik summit of October 1986", or a timeline line "1986 – Reykjavik summit"
    const dated =
      f.aliases.length > 0 &&
      (f.times.length > 0 || f.aliases.some((h) => h.sense.t === 'alias' && f.sentYears.includes(+(lex.events[h.sense.ev].ev.start.slice(0, 4))))) &&
      // …but not "the 2023 Reykjavik summit": a year of its own that fits none of the alias's meetings.
      !f.aliases.every((h) => {
        if (h.sense.t !== 'alias') return false;
        const year = +lex.events[h.sense.ev].ev.start.slice(0, 4);
        return f.times.some((t) => t.y !== undefined && Math.abs(t.y - year) > 1);
      });
    // "the 1986 Reykjavik meeting", "at the 1961 Vienna talks": a place and a year that together
    // name a US–Russia meeting of the dataset say which sides met, like a dated alias does.
    // Not when the meeting word goes on to name other parties or a topic ("the 2021 Geneva meeting
    // on Iran", "the 2025 Anchorage meeting of Arctic mayors").
    const after = f.anchor + 1 < a.scan.toks.count ? tokenText(a, f.anchor + 1) : '';
    const placeDated =
      (f.meet === 'summit' || f.meet === 'meeting') &&
      !COMPLEMENT_WORDS.has(after) &&
      f.places.some((k) =>
        (lex.eventsByPlace.get(k) ?? []).some((i) => {
          const info = lex.events[i];
          return info.ev.kind === 'summit' && f.times.some((t) => t.y !== undefined && t.y === +info.ev.start.slice(0, 4));
        }),
      );
    // "The Reykjavik summit, Reagan later wrote, …": a place-and-summit alias with one of that
    // meeting's own participants in its sentence is that meeting, as a dated one is.
    const sided = f.aliases.some((h) => {
      if (h.sense.t !== 'alias') return false;
      const people = lex.events[h.sense.ev].people;
      return f.sentPersons.some((p) => people.has(p));
    });
    // "Alaska summit: what we know" as a headline, before the page names either side: an alias
    // only one meeting of the dataset owns, on a page published within a year of that meeting.
    const fresh =
      !!st.published &&
      f.aliases.some((h) => {
        if (h.sense.t !== 'alias' || h.sense.shared) return false;
        const r = lex.events[h.sense.ev].range;
        return !!r && Math.abs(st.published!.from - r.from) <= 365;
      });
    // «Зеленський, який перебував з візитом в ОАЕ, …»: a visit naming no visitor, in a sentence whose
    // only sides are third parties, is theirs.
    const thirdsVisit = f.meet === 'visit' && !f.sentSides.has('us') && !f.sentSides.has('ru') && (f.sentSides.has('ua') || f.sentSides.has('other'));
    // On a page whose other party is a third country, a place-named meeting with no side or person
    // of its own ("the Stockholm talks") is that page's own round, not a US–Russia meeting once held there.
    if (thirdCountryPage(st) && !f.sentSides.has('ru') && !f.persons.length && !f.sentPersons.length && !dated) return 'third-country-page';
    if (!distinctive && !dated && !placeDated && !sided && !fresh && !(usruDoc && specific && !thirdsVisit)) {
      // A page about Russia and a third party (Russia–Ukraine talks) may still name its own
      // meeting this way; that can only be a related event.
      if (!(thirdDoc && specific)) return 'no-sides';
      f.kind = 'third';
    }
  }
  return null;
}

/** What resolveFrames reads of the passage detectSteps is reading. */
interface ResolveRun {
  frames: Frame[];
  sceneYears: [number, number, boolean][];
  a: Annotation;
  base: number;
  entries: Set<Frame>;
  st: DocumentState;
  lex: Lexicon;
  cuesBySentence: Map<number, OverlayHit[]>;
  matcher: CompiledMatcher;
  resolveInput: (f: Frame, sentCues: Map<number, Set<number>>) => ResolveInput;
  headings: Set<Frame>;
  aliasText: (pid: number) => string;
}

/** 4: resolve the passage's frames (detectSteps), then read its unknown ones again. */
function* resolveFrames(run: ResolveRun): Steps<Pending[]> {
  const { frames, sceneYears, a, base, entries, st, lex, cuesBySentence, matcher, resolveInput, headings, aliasText } = run;
  const pending: Pending[] = [];
  const placeDates = new Set<Pending>();
  const second: { p: Pending; f: Frame; sentCues: Map<number, Set<number>>; dm: DocMeeting | null; section: DocumentState['section']; same?: DocMeeting }[] = [];
  for (let fi = 0; fi < frames.length; fi++) {
    yield;
    const f = frames[fi];
    f.narrativeYear = narrativeYearAt(sceneYears, f.t0) ?? toldYear(st, f, base + a.scan.norm.starts[a.scan.toks.start[f.t0]]);
    const then = thenTimes(a, f);
    if (then.length) f.times = then;
    // A chronology entry opens a section about its meeting (set once it resolves, below); the
    // section ends at the next entry or SECTION_CHARS on.
    const at = base + a.scan.norm.starts[a.scan.toks.start[f.t0]];
    if (entries.has(f) || (st.section && at > st.section.end)) st.section = null;
    // "The two presidents talked alone for two hours" under "3. Helsinki — July 16, 2018": a
    // meeting naming no party, with no other party in its sentence, is the section's.
    if (st.section && f.kind === 'none' && !f.forum && !f.sport && !f.sentSides.has('ua') && !f.sentSides.has('other')) f.kind = 'usru-weak';
    // A meeting phrase naming nobody, at a place where the page already put a known US–Russia
    // meeting, is that meeting: a third country elsewhere in its clause is the topic ("the meeting
    // in Manila coincided with the EU's decision on sanctions against Russia").
    if (f.kind === 'third' && f.pos === 'n' && !f.sides.size && !f.sentPersons.length && !f.three && !f.forum && pageMeetingAt(a, st, f, base)) f.kind = 'usru-weak';
    // "…since the two presidents met in Alaska in August": on a page about both sides, a pair of
    // leaders with no other party in the sentence is theirs. Weakly: the place and time must agree.
    if (f.kind === 'none' && st.sides.us > 0 && st.sides.ru > 0 && !f.sentSides.has('ua') && !f.sentSides.has('other') && !thirdCountryPage(st) && pairOfTheTwoSides(a, f)) f.kind = 'usru-weak';
    // "The talks come as Washington presses buyers of Russian oil", on a page about US–China
    // talks: the sides the sentence names around a meeting word with none of its own are not
    // its parties there.
    else if (f.kind === 'usru-weak' && !f.sides.size && !f.persons.length && !f.aliases.length && thirdCountryPage(st)) f.kind = 'none';
    // "The next round of talks will be held in Abu Dhabi next week", after the page reported a
    // US–Russia meeting: a round with its own place and time, naming nobody else, is the next of
    // theirs, even when the dataset does not hold it yet.
    if (f.kind === 'none' && f.pos === 'n' && f.tense === 'fut' && (f.places.length || f.clausePlaces.length) && (f.times.length || f.clauseTimes.length) && !f.forum && !f.sentSides.size && pageHasMeeting(st)) f.kind = 'usru-weak';
    const rejected = rejectedBy(a, st, frames, fi);
    if (rejected !== null) {
      traceDrop(a, f.t0, f.t1, 'admit:' + rejected);
      continue;
    }
    const sentCues = new Map<number, Set<number>>();
    for (const c of cuesBySentence.get(f.sentence) ?? []) {
      if (c.sense.t !== 'cue') continue;
      let set = sentCues.get(c.sense.ev);
      if (!set) sentCues.set(c.sense.ev, (set = new Set()));
      set.add(c.pid);
    }
    // A frame at a place where the page already placed a meeting we do not know ("the Ankara
    // talks" after "a meeting held in Ankara"): the same meeting, unless a unique alias or the
    // people it names say otherwise.
    const key = f.places.find((k) => (lex.places.get(k)?.level ?? 'city') !== 'country') ?? (f.unknownPlace ? '\u0000' + f.unknownPlace.toLowerCase() : null);
    const sameUnknown =
      key && f.kind !== 'third' && !f.persons.length && !f.aliases.some((h) => h.sense.t === 'alias' && !h.sense.shared)
        ? // A trip told as done, or dated, is not the one the page told as still ahead ("the envoys
          // go back to Moscow" in the heading, then "Witkoff first flew to Moscow in February 2025",
          // "the September 5 meeting in the Kremlin").
          st.meetingsByPlace.get(key)?.find((m) => m.eventIdx === null && !((f.tense === 'past' || f.times.length || f.clauseTimes.length) && (m.tense === 'future' || m.tense === 'hypothetical')))
        : undefined;
    // …unless its own time says which known meeting it is ("The meeting held in Riyadh on Tuesday"
    // under a headline that named Riyadh alone, where two meetings were held).
    const own = sameUnknown && f.times.length ? resolveFrame(matcher, st, resolveInput(f, sentCues)) : null;
    const res: Resolution =
      sameUnknown && own?.status !== 'known'
        ? { status: 'unknown', eventIdx: null, confidence: Math.min(0.8, sameUnknown.confidence), reasons: ['the same meeting as earlier on this page'], candidates: sameUnknown.candidates, score: 0 }
        : (own ?? resolveFrame(matcher, st, resolveInput(f, sentCues)));
    if (entries.has(f) && res.status === 'known' && res.eventIdx !== null) st.section = { idx: res.eventIdx, end: at + SECTION_CHARS };
    if (res.status === null) {
      traceDrop(a, f.t0, f.t1, 'resolve:' + f.kind);
      continue;
    }
    if (headings.has(f) && res.status !== 'known') {
      traceDrop(a, f.t0, f.t1, 'heading-not-known');
      continue;
    }
    // A place and date with no meeting word say which meeting by that date alone: one held at
    // another time ("sent to Moscow in late 2021 by Biden" and Biden's own 2011 talks there) is not it.
    if (f.placeDate && !res.dated) {
      traceDrop(a, f.t0, f.t1, 'place-date-undated');
      continue;
    }
    // "They discussed the peace plan", «Путин и Уиткофф обсудили…» after the page told their
    // meeting: what a meeting it already named was about, not another mention of it.
    if (res.status === 'known' && res.eventIdx !== null && onlyWhatWasDiscussed(f) && toldInText(st, res.eventIdx, at)) {
      traceDrop(a, f.t0, f.t1, 'discussed-told');
      continue;
    }
    // A hypothetical or negated meeting is shown only when it is a known (planned/cancelled) event.
    if ((f.tense === 'hyp' || f.tense === 'neg') && res.status === 'unknown' && !sameUnknown && !namedPairHypothesis(f)) {
      traceDrop(a, f.t0, f.t1, 'hypothetical-unknown');
      continue;
    }
    const also = res.status === 'known' ? otherMeetings(matcher, st, f, res, { sentCues, aliasText }) : [];
    const p: Pending = {
      t0: f.t0,
      t1: f.t1,
      res,
      via: f.aliases.length ? 'alias' : 'pattern',
      places: f.places,
      ...(f.tense ? { tense: TENSE_WORD[f.tense] } : {}),
      ...(also.length ? { also } : {}),
    };
    pending.push(p);
    if (f.placeDate) placeDates.add(p);
    const dm = remember(st, a, base, p, f);
    if (res.status === 'unknown') second.push({ p, f, sentCues, dm, section: st.section, ...(sameUnknown ? { same: sameUnknown } : {}) });
  }

  // 4b: a second look. A headline or opening line that could be any of several meetings ("Witkoff
  // and Kushner had a good meeting with Putin") is often settled by what the rest of the text says:
  // read once more with the whole passage's context, an unknown one may now be a known meeting.
  // The place, time and people it names still have to agree, as on the first reading. (Those taken
  // for the same unnamed meeting as an earlier one too: a later mention may have named it since.)
  // Each is read again inside the section it stood in (none, if it stood in none), not the last one.
  const lastSection = st.section;
  for (const { p, f, sentCues, dm, section, same } of second) {
    // One taken for the same unnamed meeting as an earlier mention is read again once that one has
    // been named, or when it names a time or a person of its own; a place alone ("the Ankara talks"
    // after "talks were held in Ankara") stays unnamed with it.
    if (same && same.eventIdx === null && !f.times.length && !f.persons.length) continue;
    st.section = section;
    const res = resolveFrame(matcher, st, resolveInput(f, sentCues));
    yield;
    if (res.status !== 'known' || res.eventIdx === null) continue;
    p.res = { ...res, reasons: [...res.reasons, 'settled by the rest of the page'] };
    if (dm) {
      // No longer a meeting we don't know: later text at its place must not be folded into one.
      dm.eventIdx = res.eventIdx;
      dm.eventId = lex.events[res.eventIdx].ev.id;
      dm.status = 'known';
    }
  }
  st.section = lastSection;
  // "Kerry and Lavrov hammered out a deal in Geneva in September 2013": a place and date in the
  // sentence of a meeting phrase that resolved to the same meeting are that phrase's, not a second
  // mention. Close to it, one mark covers both; further away ("The Paris Summit was a conference …
  // held at the Élysée Palace in May 1960") the phrase's mark alone stands. (Only after resolving:
  // where the phrase itself makes no mark, the place and date still do.)
  return pending.filter((p) => {
    if (!placeDates.has(p)) return true;
    const s = a.sentOf[p.t0];
    const q = pending.find((q) => q !== p && !placeDates.has(q) && q.res.eventIdx !== null && q.res.eventIdx === p.res.eventIdx && a.sentOf[q.t0] === s);
    if (!q) return true;
    if (Math.max(q.t0, p.t0) - Math.min(q.t1, p.t1) <= PLACE_DATE_JOIN && !breakBetween(a, Math.min(q.t1, p.t1), Math.max(q.t0, p.t0))) {
      q.t0 = Math.min(q.t0, p.t0);
      q.t1 = Math.max(q.t1, p.t1);
    }
    traceDrop(a, p.t0, p.t1, 'place-date-told');
    return false;
  });
}

/** A comma or a clause break between two token positions: "met twice, in Helsinki in 2018" is two things said. */
function breakBetween(a: Annotation, from: number, to: number): boolean {
  const { flags } = a.scan.toks;
  for (let t = from; t <= to && t < flags.length; t++) if (flags[t] & (F_COMMA | F_CLAUSE | F_DOT | F_SENT | F_LINE | F_PARA)) return true;
  return false;
}

/** Tokens between a meeting phrase and a place-and-date of the same meeting up to which one mark covers both. */
const PLACE_DATE_JOIN = 10;

export function detect(text: string, matcher: CompiledMatcher, doc?: DocumentInfo | DocumentState): Mention[] {
  return runToEnd(detectSteps(text, matcher, doc));
}

/**
 * detect as steps (lib/detect/steps.ts): it yields between its phases, after each sentence it
 * reads and each frame it resolves, so a page can hand its thread back in the middle of a chunk.
 * A page's first chunks run in cold code, several times slower than once the JIT has seen them:
 * the first 4096 characters took 50-250 ms in one task in Chromium on a busy machine. Between two
 * steps nothing but the caller runs the detector, so the result is detect's, mention for mention.
 */
export function* detectSteps(text: string, matcher: CompiledMatcher, doc?: DocumentInfo | DocumentState): Steps<Mention[]> {
  const st = isDocumentState(doc) ? doc : createDocumentState(doc ?? {});
  const lex = matcher.lexicon;
  // An undated page may say when it is only after its headline and opening were read ("… were in
  // Moscow on December 2"): then the passage is read again from here, title included, knowing it.
  const before = !st.published && !st.inTitle ? snapshotMeetings(st) : null;
  let rereadTitle: (() => void) | undefined;
  if (!st.titleRead) {
    // The title is read like text (its meetings become the page's lead), but marks nothing and
    // leaves the offsets of the real text alone.
    st.titleRead = true;
    if (st.info.title) {
      st.inTitle = true;
      const chars = st.chars;
      dropTrace.muted = true;
      yield* detectSteps(st.info.title, matcher, st);
      dropTrace.muted = false;
      st.chars = chars;
      st.inTitle = false;
      rereadTitle = st.rereadTitle;
      st.rereadTitle = undefined;
    }
  }
  if (!text) return [];

  // 1–2: scan and read the context.
  const base = st.chars;
  const { a, sceneYears, ctx } = yield* readPassage(text, matcher, st);
  // Sentences worth reading: a meeting word or an alias; places for back-references.
  const { meetSent, placeSent, personSent } = sentencesOfInterest(a, lex);
  // 3: frames.
  const { frames, headings, entries } = yield* passageFrames(a, st, ctx, meetSent, placeSent, personSent);
  // 4: resolve, in document order, so later frames see earlier meetings.
  const run = resolveRunOf(a, st, matcher, frames, headings, entries, sceneYears, base);
  // Resolution may narrow a frame's kind; a second reading starts from the frames as built.
  const kinds = frames.map((f) => f.kind);
  // (A generator at module level, not one made inside detectSteps: a generator function made
  // anew in each call kept every passage's frames, units and annotation alive through the young
  // generation's collections, to be freed only by a full one, at several times the cost.)
  const resolveAll = () => resolveFrames(run);
  let pending = yield* resolveAll();
  if (st.inTitle) {
    st.rereadTitle = () => {
      frames.forEach((f, i) => (f.kind = kinds[i]));
      runToEnd(resolveAll());
    };
  }
  // 4c: an undated page read again. Its dated mentions say when it is (after the newest meeting it
  // reports as done with a date); when that was not known as the passage began, its headline and
  // opening were read without it, so the passage (and the title, if read now) is read once more.
  if (before) {
    const dated = datedDoneBy(lex, st);
    if (dated && dated.day !== st.pageDated?.day && openingOutsideNews(lex, st, before.meetings, dated)) {
      restoreMeetings(st, before);
      st.pageDated = dated;
      if (rereadTitle) {
        st.inTitle = true;
        rereadTitle();
        st.inTitle = false;
      }
      frames.forEach((f, i) => (f.kind = kinds[i]));
      pending = yield* resolveAll();
    }
  }
  yield;
  // 5: back-references, and the marks.
  return finish(a, st, matcher, pending, placeSent, base);
}

/** 1–2 (detectSteps): scan the passage, annotate it and read its context. */
function* readPassage(text: string, matcher: CompiledMatcher, st: DocumentState): Steps<{ a: Annotation; sceneYears: [number, number, boolean][]; ctx: SentenceContext }> {
  const lex = matcher.lexicon;
  const scan = scanText(matcher, text);
  yield;
  const a = annotate(scan, lex);
  yield;
  const yearsAt = yearTokens(a);
  const sceneYears = narrativeYears(a, yearsAt);
  const named = readContext(a, st, yearsAt);
  yield;
  const ctx = sentenceContext(a, PRIOR_PEOPLE.get(st) ?? []);
  yield;
  if (named.length) PRIOR_PEOPLE.set(st, lastPeople(a, named));

  return { a, sceneYears, ctx };
}

/** The sentences with a meeting word or an alias, with a place, with a person (detectSteps). */
function sentencesOfInterest(a: Annotation, lex: Lexicon): { meetSent: Set<number>; placeSent: Set<number>; personSent: Set<number> } {
  const meetSent = new Set<number>();
  const placeSent = new Set<number>();
  const personSent = new Set<number>();
  const d = a.scan.hits.data;
  for (let i = 0; i < a.scan.hits.count; i++) {
    const mask = lex.mask[d[i * 3]];
    if (mask & (MASK.meet | MASK.alias)) meetSent.add(a.sentOf[d[i * 3 + 1]]);
    if (mask & MASK.place) placeSent.add(a.sentOf[d[i * 3 + 1]]);
    if (mask & MASK.person) personSent.add(a.sentOf[d[i * 3 + 1]]);
  }
  return { meetSent, placeSent, personSent };
}

/** 3 (detectSteps): the passage's frames, in document order; headings and chronology entries among them. */
function* passageFrames(
  a: Annotation,
  st: DocumentState,
  ctx: SentenceContext,
  meetSent: Set<number>,
  placeSent: Set<number>,
  personSent: Set<number>,
): Steps<{ frames: Frame[]; headings: Set<Frame>; entries: Set<Frame> }> {
  const cueTokens = new Set<number>();
  for (const c of a.cues) for (let t = c.t0; t < c.t1; t++) cueTokens.add(t);

  // 3: frames.
  const frames: Frame[] = [];
  for (const s of [...meetSent].sort((x, y) => x - y)) {
    frames.push(...framesOfSentence(a, s, ctx, cueTokens));
    yield;
  }
  attachAliases(a, frames, ctx);
  yield;
  // Chronology headings ("Yalta, 1945") on a page about both sides: only as a known event.
  const headings = new Set<Frame>();
  const entries = new Set<Frame>();
  if (st.sides.us > 0 && st.sides.ru > 0) {
    // (A timeline's entry may name only its people: "Dec. 2 — Witkoff and Kushner with Putin".)
    const entrySents = [...placeSent, ...[...personSent].filter((s) => !placeSent.has(s) && !meetSent.has(s))];
    for (const s of entrySents) {
      for (const h of placeSent.has(s) ? headingFrames(a, s) : dateFirstEntries(a, s)) {
        if (frames.some((g) => g.t0 < h.t1 && h.t0 < g.t1)) continue; // a meeting phrase already covers it
        if (isDateline(a, h, st.published)) continue;
        headings.add(h);
        entries.add(h);
        frames.push(h);
      }
      // "The table from Governors Island in December 1988": a place and its date inside a sentence
      // with no meeting word. Only as a known event, like the entries, but no entry of a list.
      if (placeSent.has(s)) {
        for (const h of placeDateInline(a, s)) {
          if (frames.some((g) => g.t0 < h.t1 && h.t0 < g.t1)) continue;
          if (isDateline(a, h, st.published)) continue;
          headings.add(h);
          frames.push(h);
        }
      }
      yield;
    }
  }
  // "At Yalta in February 1945, Roosevelt, Churchill and Stalin …": a place opening a sentence whose
  // subject is both sides' leaders, in a sentence with no meeting word. Also only as a known event.
  for (const s of placeSent) {
    if (meetSent.has(s)) {
      // "Bush hosted Putin at Kennebunkport for two days of talks": the people and the place before
      // the meeting noun are its own, and the mark covers them.
      const h = presenceFrame(a, s, ctx);
      if (h && joinPresence(a, frames, h)) {
        headings.add(h);
        frames.push(h);
      }
      continue;
    }
    const h = frontedPlaceFrame(a, s) ?? hostPlaceFrame(a, s) ?? presenceFrame(a, s, ctx);
    if (h) {
      headings.add(h);
      frames.push(h);
    }
    yield;
  }
  // "Geneva, November 1985 — the first meeting, where …": a meeting phrase after a chronology entry
  // in its sentence, with no place or time of its own, tells the entry's meeting: the entry's mark
  // stands for both.
  for (const h of entries) {
    for (let i = frames.length - 1; i >= 0; i--) {
      const g = frames[i];
      if (headings.has(g) || g.sentence !== h.sentence || g.t0 < h.t1 || g.places.length || g.times.length || g.unknownPlace || g.aliases.length) continue;
      frames.splice(i, 1);
    }
  }
  frames.sort((x, y) => x.t0 - y.t0);

  return { frames, headings, entries };
}

/** 4 (detectSteps): what resolving the passage's frames reads. */
function resolveRunOf(a: Annotation, st: DocumentState, matcher: CompiledMatcher, frames: Frame[], headings: Set<Frame>, entries: Set<Frame>, sceneYears: [number, number, boolean][], base: number): ResolveRun {
  const lex = matcher.lexicon;
  const aliasHit = new Map<number, OverlayHit>();
  for (const h of a.aliases) if (!aliasHit.has(h.pid)) aliasHit.set(h.pid, h);
  const aliasText = (pid: number) => {
    const h = aliasHit.get(pid);
    return h ? a.scan.original.slice(a.scan.norm.starts[a.scan.toks.start[h.t0]], a.scan.norm.ends[a.scan.toks.end[h.t1 - 1] - 1]) : '';
  };
  const cuesBySentence = new Map<number, OverlayHit[]>();
  for (const c of a.cues) {
    const s = a.sentOf[c.t0];
    let list = cuesBySentence.get(s);
    if (!list) cuesBySentence.set(s, (list = []));
    list.push(c);
  }
  // With no meeting word (a heading or presence phrase), only a meeting every US or Russian person
  // it names was at can be its meeting ("Trump and Putin own property in Moscow" is not Witkoff's
  // meeting with Putin there).
  const resolveInput = (f: Frame, sentCues: Map<number, Set<number>>) => ({
    frame: f,
    sentCues,
    aliasText,
    plural: pluralNoun(a, f) || !!f.habitual,
    allNamed: headings.has(f) || !!f.stay,
    at: st.inTitle ? 0 : base + a.scan.norm.starts[a.scan.toks.start[f.t0]],
  });
  return { frames, sceneYears, a, base, entries, st, lex, cuesBySentence, matcher, resolveInput, headings, aliasText };
}

/** 5 (detectSteps): back-references, then the marks without overlaps, as mentions. */
function finish(a: Annotation, st: DocumentState, matcher: CompiledMatcher, pending: Pending[], placeSent: Set<number>, base: number): Mention[] {
  // 5: back-references.
  const taken = (t0: number, t1: number) => pending.some((p) => p.t0 < t1 && t0 < p.t1);
  for (const b of findBackrefs(a, st, [...placeSent].sort((x, y) => x - y), base)) {
    if (taken(b.t0, b.t1)) continue;
    const dm = b.meeting;
    pending.push({
      t0: b.t0,
      t1: b.t1,
      via: 'backref',
      places: [b.placeKey],
      res: {
        status: dm.status,
        eventIdx: dm.eventIdx,
        confidence: Math.round(Math.min(0.85, dm.confidence * 0.9) * 100) / 100,
        reasons: [b.named ? 'the only meeting held there of people this page names' : b.sole ? 'the only US–Russia meeting held there' : 'refers back to the meeting named earlier on this page'],
        candidates: dm.candidates,
        score: 0,
      },
    });
  }

  // Non-overlapping, sorted by start: aliases and patterns before back-references, then confidence.
  pending.sort((x, y) => x.t0 - y.t0 || y.t1 - x.t1);
  const kept: Pending[] = [];
  for (const p of pending) {
    const last = kept[kept.length - 1];
    if (last && p.t0 < last.t1) {
      const better = rank(p) > rank(last);
      const lost = better ? last : p;
      if (better) kept[kept.length - 1] = p;
      traceDrop(a, lost.t0, lost.t1, 'overlap:' + lost.via);
      continue;
    }
    kept.push(p);
  }
  return dropEchoes(a, st, joinSameMeeting(a, kept)).map((p) => toMention(a, matcher, p));
}

/**
 * A lone word ("meeting", "talks", «переговоры») marked after a fuller phrase of the same meeting in
 * the same sentence ("took a trip to Moscow last week …, citing sources briefed on the meeting")
 * repeats that mark: a reader sees one meeting twice in one sentence, and the word names nothing the
 * phrase did not. The fuller mark stays. A lone word before the phrase is kept: it often opens the
 * phrase a reader points at («Саміт проходить на віллі …», where the villa is marked on its own).
 */
function dropEchoes(a: Annotation, st: DocumentState, kept: Pending[]): Pending[] {
  const fuller = (p: Pending, q: Pending) =>
    q !== p && q.t1 <= p.t0 && q.t1 - q.t0 > 1 && q.res.status === p.res.status && q.res.eventIdx === p.res.eventIdx && a.sentOf[q.t0] === a.sentOf[p.t0];
  return kept.filter((p) => {
    const keep = p.t1 - p.t0 > 1 || (p.res.status !== 'known' && p.res.status !== 'related') || !kept.some((q) => fuller(p, q));
    if (!keep) traceDrop(a, p.t0, p.t1, 'echo');
    return keep;
  });
}

/** How many words may stand between two marks of one meeting for them to be one. */
const JOIN_GAP = 6;

/**
 * One meeting named twice a few words apart in one clause ("Medvedev and Obama, who had arrived in
 * Moscow on his first official visit, held talks in the Kremlin on Monday") is one mark: two marks
 * side by side say nothing the one does not. Only known (or related) meetings, only across commas (a clause
 * break, a full stop or a new line keeps them apart), and only when neither names a place the
 * meeting did not have; the better-resolved mark's reading is kept. A related meeting named twice
 * («…вперше приїхали до Києва, де провели переговори з Зеленським») is one mark the same way.
 */
function joinSameMeeting(a: Annotation, kept: Pending[]): Pending[] {
  const out: Pending[] = [];
  const { flags } = a.scan.toks;
  for (const p of kept) {
    const last = out[out.length - 1];
    const ev = p.res.eventIdx;
    // A place the meeting did not have is another trip ("after the Geneva meeting he flew to Vilnius").
    const own = (q: Pending) => q.places.every((k) => !!a.lex.eventsByPlace.get(k)?.includes(ev!));
    const same = p.res.status === 'known' || p.res.status === 'related' ? last?.res.status === p.res.status : false;
    let join = !!last && same && ev === last.res.eventIdx && p.t0 - last.t1 <= JOIN_GAP && own(p) && own(last);
    for (let t = last ? last.t1 : 0; join && t <= p.t0; t++) if (flags[t] & (F_CLAUSE | F_DOT | F_SENT | F_LINE | F_PARA)) join = false;
    if (!join) {
      out.push(p);
      continue;
    }
    const keep = rank(p) > rank(last) ? p : last;
    out[out.length - 1] = { ...keep, t0: last.t0, t1: Math.max(last.t1, p.t1) };
  }
  return out;
}

function rank(p: Pending): number {
  return (p.via === 'backref' ? 0 : 1) + p.res.confidence;
}

/**
 * A line of only a place and the page's own publication day ("WASHINGTON · October 10, 2026" over
 * a wire report) is the dateline: where and when the reporter filed, not a chronology's entry. A
 * chronology names the day of each meeting; only a dateline names the day the page came out, on a
 * line of its own. An entry under another entry (a list) stays an entry.
 */
function isDateline(a: Annotation, h: Frame, published: DayRange | null): boolean {
  if (!published || published.to !== published.from || h.times.length !== 1) return false;
  const t = h.times[0]!;
  if (t.y === undefined || t.m === undefined || t.d === undefined || dayNumber(t.y, t.m, t.d) !== published.from) return false;
  const units = sentenceUnits(a, h.sentence);
  if (!units.length || h.t0 > units[0]!.t0) return false;
  if (h.t1 >= units[units.length - 1]!.t1) return true;
  // "MANILA · July 23, 2026, 11:40 a.m.": the hour it was filed may follow (its hour read with the day).
  const { norm, toks } = a.scan;
  const end = toks.end[(a.sentStart[h.sentence + 1] ?? toks.count) - 1];
  return FILED_AT.test(norm.text.slice(toks.end[h.t1 - 1], end + 1));
}

/** What may follow a dateline's day: the hour it was filed ("11:40 a.m. local", "14:05 GMT"). */
const FILED_AT = /^[\s,·|–—-]*(?:\d{1,2})?[:.]\d{2}\s*(?:[ap]\.?\s*m?\.?)?\s*(?:gmt|utc|et|est|edt|bst|cet|msk|local(?: time)?)?[.\s]*$/i;
