/**
 * Document-level context that outlives one `detect` call: the page scans a long page in chunks
 * and a later paragraph may refer back ("In Anchorage, …", "the Istanbul talks") to a meeting an
 * earlier chunk established, or lean on sides, years and cues seen before.
 */
import { parsePartialDate, rangeOf, type DayRange } from './dates';
import type { DocumentInfo, Mention, MentionStatus } from './types';

/** A meeting the document has already been found to talk about. */
export interface DocMeeting {
  eventIdx: number | null;
  status: MentionStatus;
  confidence: number;
  /** Place keys the mention named, plus the event's own city-level places. */
  placeKeys: string[];
  seriesId?: string;
  /** Candidates (for unknown mentions, so a back-reference can offer the same). */
  candidates: { eventId: string; score: number }[];
  eventId: string | null;
  /** Where the mention ended, counted in characters from the start of the document (all chunks). */
  at: number;
  /** The known event's days, so "a year later" can be read against it. */
  range?: DayRange;
  /** How the sentence spoke of it: a meeting told as done or as ahead places an undated page in time. */
  tense?: Mention['tense'];
  /** The mention's own date agreed with the event ("held on January 23 and 24"). */
  dated?: boolean;
  /** …and that date was its own day or month, not a round's number ("the first round"). */
  ownDate?: boolean;
  /** Named in the page's title (read before the text), not in the text itself. */
  title?: boolean;
}

/** How many recently named events stay candidates for every later mention. */
const RECENT = 8;

export interface DocumentState {
  readonly info: DocumentInfo;
  /** Publication date as a day range (day, month or year precision), if known. */
  readonly published: DayRange | null;
  /** Counts of side words seen so far (us, ru, ua, other). */
  sides: Record<'us' | 'ru' | 'ua' | 'other', number>;
  /** Year → how often it appeared. */
  years: Map<number, number>;
  /** Event index → distinct cue phrases seen. */
  cues: Map<number, Set<number>>;
  /** Person keys seen. */
  people: Map<string, number>;
  /** How often the text said a meeting happened again ("met again", "another round"). */
  again: number;
  /** Meetings found so far, in document order. */
  meetings: DocMeeting[];
  /** Confident meetings by event index (how many mentions), by series, and by place key: the indexes resolution reads. */
  focus: Map<number, number>;
  focusSeries: Set<string>;
  meetingsByPlace: Map<string, DocMeeting[]>;
  /** The last few distinct events the page named (most recent last): candidates for any later mention. */
  recent: number[];
  /** Text already read (characters), for bookkeeping. */
  chars: number;
  /** Whether the document title has been read into the context yet. */
  titleRead: boolean;
  /** True while the title is being read (its meetings become the lead). */
  inTitle: boolean;
  /**
   * The article's main meetings: those its title names, or the first confident ones in its
   * opening. Later short references ("the talks at the Kremlin") lean on them (W.lead).
   */
  lead: Set<number>;
  /** Whether the lead came from the title (then the opening adds none). */
  titleLead: boolean;
  /** The title's meeting when the title only just made it the lead (see TITLE_SURE); a sure opening may replace it. */
  titleWeak: DocMeeting | null;
  /**
   * The known meeting a chronology entry heads ("3. Helsinki, Finland — July 16, 2018"), and up to
   * which character of the page its section runs: the paragraphs under it tell that meeting
   * ("The two presidents talked alone for two hours"). A new entry, or SECTION_CHARS, ends it.
   */
  section: { idx: number; end: number } | null;
  /**
   * An undated page's time as its dated mentions tell it: the newest meeting it reports as done
   * with a date of its own, and its last day. Set once the page (or a chunk of it) has been read, so
   * a second reading knows from the headline on when the page is (see detect()).
   */
  pageDated?: { day: number; eventIdx: number };
  /** Reads the title's meetings again (the second reading of an undated page starts with it). */
  rereadTitle?: () => void;
}

/** What resolution wrote into the state: enough to read a passage again from where it began. */
export interface MeetingsSnapshot {
  meetings: number;
  focus: Map<number, number>;
  focusSeries: Set<string>;
  meetingsByPlace: Map<string, DocMeeting[]>;
  recent: number[];
  lead: Set<number>;
  titleLead: boolean;
  titleWeak: DocMeeting | null;
  section: DocumentState['section'];
}

export function snapshotMeetings(st: DocumentState): MeetingsSnapshot {
  const byPlace = new Map<string, DocMeeting[]>();
  for (const [k, list] of st.meetingsByPlace) byPlace.set(k, [...list]);
  return {
    meetings: st.meetings.length,
    focus: new Map(st.focus),
    focusSeries: new Set(st.focusSeries),
    meetingsByPlace: byPlace,
    recent: [...st.recent],
    lead: new Set(st.lead),
    titleLead: st.titleLead,
    titleWeak: st.titleWeak,
    section: st.section,
  };
}

/** Forget the meetings found since the snapshot (the snapshot itself stays usable). */
export function restoreMeetings(st: DocumentState, s: MeetingsSnapshot): void {
  st.meetings.length = s.meetings;
  st.focus = new Map(s.focus);
  st.focusSeries = new Set(s.focusSeries);
  st.meetingsByPlace = new Map();
  for (const [k, list] of s.meetingsByPlace) st.meetingsByPlace.set(k, [...list]);
  st.recent = [...s.recent];
  st.lead = new Set(s.lead);
  st.titleLead = s.titleLead;
  st.titleWeak = s.titleWeak;
  st.section = s.section;
}

/** How far past its heading a chronology entry's section reaches at most. */
export const SECTION_CHARS = 1000;

/** How far into the text a meeting still counts as the article's opening. */
export const LEAD_CHARS = 1500;
/** How sure a mention must be to make its meeting the lead. */
const LEAD_CONF = 0.6;
/**
 * Below this a title's meeting is the lead only until the opening says more: "Putin receives
 * envoys at Kremlin" fits every Kremlin visit, and leans to one only by recency. A meeting of the
 * opening resolved at OPENING_SURE or more, at a place the title's shares, takes its place.
 */
const TITLE_SURE = 0.75;
const OPENING_SURE = 0.9;
/** How many distinct meetings the opening may make the lead. */
const LEAD_MAX = 2;

export function createDocumentState(doc: DocumentInfo = {}): DocumentState {
  const p = parsePartialDate(doc.publishedAt);
  return {
    info: doc,
    published: p ? rangeOf(p) : null,
    sides: { us: 0, ru: 0, ua: 0, other: 0 },
    years: new Map(),
    cues: new Map(),
    people: new Map(),
    meetings: [],
    focus: new Map(),
    focusSeries: new Set(),
    meetingsByPlace: new Map(),
    recent: [],
    again: 0,
    chars: 0,
    titleRead: false,
    inTitle: false,
    lead: new Set(),
    section: null,
    titleLead: false,
    titleWeak: null,
  };
}

export function isDocumentState(x: unknown): x is DocumentState {
  return !!x && typeof x === 'object' && 'meetings' in x && 'sides' in x && 'info' in x;
}

/** Record a meeting the document talks about (keeps the indexes in step). */
export function addMeeting(st: DocumentState, m: DocMeeting): void {
  st.meetings.push(m);
  // A title that could name either of two meetings equally ("Putin receives envoys at Kremlin") is
  // no page's main meeting: the opening, which says more, decides.
  if (m.confidence >= (st.inTitle ? LEAD_CONF : 0.5)) {
    if (m.eventIdx !== null) {
      // The title names the main meeting when it names one; otherwise the opening's first ones do.
      const weak = st.titleWeak;
      if (m.status === 'known' && st.inTitle) {
        st.lead.add(m.eventIdx);
        st.titleLead = true;
        if (m.confidence < TITLE_SURE) st.titleWeak = m;
      } else if (weak && m.status === 'known' && m.confidence >= OPENING_SURE && m.at < LEAD_CHARS && m.eventIdx !== weak.eventIdx && m.placeKeys.some((k) => weak.placeKeys.includes(k))) {
        st.lead.delete(weak.eventIdx!);
        st.lead.add(m.eventIdx);
        st.titleWeak = null;
      } else if (m.status === 'known' && !st.titleLead && m.confidence >= LEAD_CONF && m.at < LEAD_CHARS && st.lead.size < LEAD_MAX) st.lead.add(m.eventIdx);
      st.focus.set(m.eventIdx, (st.focus.get(m.eventIdx) ?? 0) + 1);
      const i = st.recent.indexOf(m.eventIdx);
      if (i >= 0) st.recent.splice(i, 1);
      st.recent.push(m.eventIdx);
      if (st.recent.length > RECENT) st.recent.shift();
    }
    if (m.seriesId) st.focusSeries.add(m.seriesId);
    for (const k of m.placeKeys) {
      let list = st.meetingsByPlace.get(k);
      if (!list) st.meetingsByPlace.set(k, (list = []));
      list.push(m);
    }
  }
}
