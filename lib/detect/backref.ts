/**
 * Back-references: in a page already about a meeting, a place alone may stand for it ("In
 * Anchorage, there were no romantics", "since Reykjavik", "Anchorage was not about results").
 * A place is NEVER a mention by itself: it needs (1) a confident meeting at that place earlier in
 * the document and (2) a place-as-event phrase here. "Ankara has managed to stay in contact" (a
 * government), "Russian toponyms in Alaska" (geography) and "Geneva" in a motor-show story pass
 * neither test.
 */
import type { Lexicon } from './lexicon';
import type { DocMeeting, DocumentState } from './state';
import { F_COMMA, F_SENT } from './tokenize';
import { sentenceUnits } from './patterns';
import { onlyMeetingAt } from './resolve';
import { tokenText, type Annotation, type Unit } from './units';

export interface Backref {
  t0: number;
  t1: number;
  meeting: DocMeeting;
  placeKey: string;
  /** Not named earlier: the only US–Russia meeting the city saw (or the only one of people the page names: `named`). */
  sole: boolean;
  named?: boolean;
}

function func(u: Unit | undefined): string | null {
  if (!u) return null;
  for (const s of u.senses) if (s.t === 'func') return s.f;
  return null;
}

function placeKey(u: Unit): string | null {
  for (const s of u.senses) if (s.t === 'place') return s.key;
  return null;
}

function isMeet(u: Unit | undefined): boolean {
  return !!u && u.senses.some((s) => s.t === 'meet');
}

/**
 * The latest confident meeting the document placed at this key (or its parent) before `before`, if
 * any. `countryWide`: a third country also finds a meeting in one of its places.
 */
export function meetingAt(st: DocumentState, lex: Lexicon, key: string, before: number, countryWide = false): DocMeeting | null {
  let best: DocMeeting | null = null;
  const info = lex.places.get(key);
  const keys = info?.parent ? [key, info.parent] : [key];
  // A third country may stand for a meeting in one of its places («Что дала Мальта» after the summit
  // off Marsaxlokk); the sides' own countries name governments, not meetings.
  if (countryWide && info?.level === 'country' && !SIDE_PLACES.has(key)) {
    for (const k of st.meetingsByPlace.keys()) if (k !== key && lex.places.get(k)?.country === key) keys.push(k);
  }
  for (const k of keys) {
    const list = st.meetingsByPlace.get(k);
    if (!list) continue;
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i];
      if (m.at > before) continue;
      if (!best || m.at > best.at) best = m;
      break;
    }
  }
  return best;
}

/**
 * "Since Anchorage", "after Glassboro" on a page about both sides, before the page named that
 * meeting: a city that saw exactly one US–Russia meeting, held before the page, can only mean it.
 * Not a country ("after Malta") and not a city of several meetings ("since Geneva").
 */
function onlyMeetingThere(lex: Lexicon, st: DocumentState, key: string, bound = false): DocMeeting | null {
  if (!(st.sides.us > 0 && st.sides.ru > 0)) return null;
  if ((lex.places.get(key)?.level ?? 'city') !== 'city') return null;
  const only = onlyMeetingAt(lex, key);
  const idx = only >= 0 ? only : bound ? namedMeetingAt(lex, st, key) : -1;
  // …and no related meeting there either ("after Jeddah" may be the US–Ukraine talks).
  if (idx < 0 || (lex.eventsByPlace.get(key) ?? []).some((i) => i !== idx && lex.events[i].related)) return null;
  const info = lex.events[idx];
  if (info.ev.status !== 'held' || !info.range || (st.published && info.range.from > st.published.to)) return null;
  return { eventIdx: idx, eventId: info.ev.id, status: 'known', confidence: 0.7, placeKeys: [key], candidates: [], at: 0, range: info.range };
}

/** Words that only ever mean "after" or "since" (not «с», «з», which also mean "with" and "from"). */
const BOUND_WORDS = new Set(['after', 'since', 'following']);

/**
 * "After Reykjavik" on a page that named Reagan and Gorbachev, though foreign ministers met there
 * too decades later: of a city's US–Russia meetings, the only one for which the page has named a
 * person of each side (or -1).
 */
function namedMeetingAt(lex: Lexicon, st: DocumentState, key: string): number {
  // "After Washington imposed sanctions", «после Москвы»: a seat of government is the government.
  if (GOVERNMENT_SEATS.has(key) || SIDE_PLACES.has(key)) return -1;
  let found = -1;
  for (const i of lex.eventsByPlace.get(key) ?? []) {
    const info = lex.events[i];
    if (info.related) continue;
    const seen = new Set<string>();
    for (const [person, side] of info.people) if ((st.people.get(person) ?? 0) > 0) seen.add(side);
    if (!seen.has('us') || !seen.has('ru')) continue;
    if (found >= 0) return -1;
    found = i;
  }
  return found;
}

/**
 * Russian and Ukrainian verbs that make a place the subject of a judgment about what happened
 * there («Рейкьявик стал поворотным», «Мальта запомнилась», «Женева осталась в истории», «что дал
 * Рейкьявик»), as the English copula does ("Anchorage was not about results").
 */
const SUBJECT_VERBS = /^(стал[аои]?|став|бил[аои]?|був|бул[аио]|остал(ся|ас[яь]|ос[яь])|залишив(ся|с[яь])|залишил(ас[яь]|ос[яь])|запомнил(ся|ась|ось)|дал[аои]?|дав|принес(ла|ло)?|принесл[аои]|принис)$/;
// (Text is folded before matching: ы → и, і ї → и, є → е, so «был» is 'бил' here.)

/**
 * English verbs that make a place the subject of what its meeting did or how it went ("Malta
 * changed the tone", "the lesson that Glassboro had taught them", "what Reykjavik showed"), past or
 * after an auxiliary, as the copula does. (Not negated: "what the summit city did not produce" was
 * tried and added a mark no label had on a tuning page.)
 */
const EN_SUBJECT_VERBS = new Set(['followed', 'produced', 'ended', 'changed', 'showed', 'proved', 'taught', 'gave', 'brought', 'delivered', 'yielded', 'achieved', 'settled', 'mattered', 'failed', 'collapsed', 'went', 'came', 'began', 'started', 'opened', 'left']);
const EN_AUX = new Set(['had', 'has', 'did', 'does', 'would', 'could']);
const EN_AFTER_AUX = new Set(['produce', 'change', 'show', 'prove', 'teach', 'give', 'bring', 'deliver', 'yield', 'achieve', 'settle', 'matter', 'fail', 'go', 'come', 'begin', 'start', 'open', 'leave',
  'followed', 'produced', 'ended', 'changed', 'shown', 'proved', 'proven', 'taught', 'given', 'brought', 'delivered', 'yielded', 'achieved', 'settled', 'mattered', 'failed', 'collapsed', 'gone', 'begun', 'started', 'opened', 'left']);
/** Words that open a clause whose subject the place is: "the lesson that Vienna taught", "what Anchorage produced". */
const EN_OPENERS = new Set(['that', 'what', 'how', 'why']);

/** Is units[j] one of EN_SUBJECT_VERBS, or an auxiliary (then "not", "never") before one? */
function enSubjectVerb(a: Annotation, units: Unit[], j: number): boolean {
  const w = tokenText(a, units[j].t0);
  if (EN_SUBJECT_VERBS.has(w)) return true;
  if (!EN_AUX.has(w)) return false;
  const k = j + 1;
  return !!units[k] && units[k].t1 - units[k].t0 === 1 && EN_AFTER_AUX.has(tokenText(a, units[k].t0));
}

/** The seats of the sides' governments: as a subject they are the government, not a meeting there. */
const GOVERNMENT_SEATS = new Set(['moscow', 'kremlin', 'washington', 'white house', 'kyiv']);

/** Countries that are the sides themselves: "Russia and the US" in a heading names no meeting. */
const SIDE_PLACES = new Set(['usa', 'russia', 'soviet union', 'ukraine']);

/** Prepositions of where something is or comes from. */
const WHERE_WORDS = new Set(['in', 'on', 'at', 'near', 'inside', 'outside', 'within', 'from']);

/**
 * "Potsdam was located in occupied Germany", "The estate is on a campus now", "Alaska is not
 * leased from Russia", "the city had been largely destroyed from the air": after the copula (and a
 * 'not' or an adverb in -ly), a preposition of place, or a participle in -ed before one, says
 * where the place is or what became of it, not how its meeting went.
 */
function whereItIs(a: Annotation, t: number): boolean {
  const n = a.scan.toks.count;
  while (t < n && /^(not|no|now|still|once|then|\p{L}+ly)$/u.test(tokenText(a, t))) t++;
  if (t >= n) return false;
  const w = tokenText(a, t);
  if (WHERE_WORDS.has(w)) return true;
  return /^\p{L}+ed$/u.test(w) && t + 1 < n && WHERE_WORDS.has(tokenText(a, t + 1));
}

/** `base`: document offset of this chunk, so only meetings named earlier in the document count. */
export function findBackrefs(a: Annotation, st: DocumentState, sentences: Iterable<number>, base: number): Backref[] {
  const out: Backref[] = [];
  const flags = a.scan.toks.flags;
  const { norm, toks } = a.scan;
  for (const s of sentences) {
    const units = sentenceUnits(a, s);
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      const key = placeKey(u);
      if (!key) continue;
      const prev = units[i - 1];
      const next = units[i + 1];
      // «до Москви», «до Кремля» say where to, not "before": only since/after words bound a meeting.
      const fp = func(prev);
      const fPrev = fp === 'after' && tokenText(a, prev.t0) === 'до' ? null : fp;
      const earlier = meetingAt(st, a.lex, key, base + norm.starts[toks.start[u.t0]]);
      const dm = earlier ?? (fPrev === 'after' ? onlyMeetingThere(a.lex, st, key, BOUND_WORDS.has(tokenText(a, prev.t0))) : null);
      if (!dm) continue;
      const sole = !earlier;
      const named = sole && onlyMeetingAt(a.lex, key) < 0;
      // "In Anchorage, …" at the start of a sentence.
      if (i === 1 && (fPrev === 'in' || fPrev === 'at') && flags[prev.t0] & F_SENT && next && flags[next.t0] & F_COMMA) {
        out.push({ t0: prev.t0, t1: u.t1, meeting: dm, placeKey: key, sole });
        continue;
      }
      // "since Reykjavik", "after Anchorage" (not "after Geneva talks": that is a frame).
      if (fPrev === 'after' && !isMeet(next) && !(next && placeKey(next))) {
        out.push({ t0: prev.t0, t1: u.t1, meeting: dm, placeKey: key, sole, ...(named ? { named } : {}) });
        continue;
      }
      // "Anchorage was not about results by midnight": the place as the subject of its clause.
      const clauseStart = i === 0 || flags[u.t0] & F_COMMA || func(prev) === 'clause';
      if (clauseStart && func(next) === 'copula' && !whereItIs(a, next.t1)) {
        out.push({ t0: u.t0, t1: u.t1, meeting: dm, placeKey: key, sole });
        continue;
      }
    }
    // «Рейкьявик стал поворотным», «Женева осталась…»: the same in Russian and Ukrainian, where a
    // third country may stand for the meeting in one of its places. And after the verb in a
    // question: «Что дала Мальта», «Що дав Рейк'явік».
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      const key = placeKey(u);
      if (!key || SIDE_PLACES.has(key) || GOVERNMENT_SEATS.has(key)) continue;
      const prev = units[i - 1];
      const next = units[i + 1];
      const clauseStart = i === 0 || flags[u.t0] & F_COMMA || func(prev) === 'clause';
      const subject = !!next && (clauseStart || (!!prev && EN_OPENERS.has(tokenText(a, prev.t0)))) && next.t1 - next.t0 === 1 && (SUBJECT_VERBS.test(tokenText(a, next.t0)) || enSubjectVerb(a, units, i + 1));
      const asked = !!prev && i === 2 && func(units[0]) === 'clause' && prev.t1 - prev.t0 === 1 && SUBJECT_VERBS.test(tokenText(a, prev.t0));
      if (!subject && !asked) continue;
      const dm = meetingAt(st, a.lex, key, base + norm.starts[toks.start[u.t0]], true);
      if (!dm) continue;
      out.push({ t0: asked ? units[0].t0 : u.t0, t1: u.t1, meeting: dm, placeKey: key, sole: false });
    }
  }
  return out;
}
