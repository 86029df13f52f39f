/**
 * Document-level context that outlives one `detect` call: the page scans a long page in chunks
 * and a later paragraph may refer back ("In Anchorage, …", "the Istanbul talks") to a meeting an
 * earlier chunk established, or lean on sides, years and cues seen before.
 */
import { parsePartialDate, rangeOf, type DayRange } from './dates';
import type { DocumentInfo, MentionStatus } from './types';

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
}

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
  /** Text already read (characters), for bookkeeping. */
  chars: number;
  /** Whether the document title has been read into the context yet. */
  titleRead: boolean;
}

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
    again: 0,
    chars: 0,
    titleRead: false,
  };
}

export function isDocumentState(x: unknown): x is DocumentState {
  return !!x && typeof x === 'object' && 'meetings' in x && 'sides' in x && 'info' in x;
}
