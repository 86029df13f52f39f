/**
 * The detector's contract: text in, mentions out. Pure data types; no DOM, no extension APIs,
 * so the same code runs in the content script, in Node tests and in the scanner CLI.
 */
import type { EventKind, EventStatus, PartialDate, Side } from '../events/types';

/**
 * The slice of an event the detector needs. The background projects stored events to this
 * (see `toMatcherEvent`) and sends the list to content scripts once per dataset version, so the
 * page never loads the whole dataset.
 */
export interface MatcherEvent {
  id: string;
  title: string;
  kind: EventKind;
  status: EventStatus;
  start: PartialDate;
  end?: PartialDate;
  city?: string;
  country: string;
  /** City, region, country, venue and `place.names`, in any language. */
  placeNames: string[];
  participants: { name: string; nameRu?: string; side: Side }[];
  /** aliases.en + aliases.ru + aliases.uk */
  aliases: string[];
  sharedAliases: string[];
  cues: string[];
  seriesId?: string;
  round?: number;
}

/** What the page (or the scanner) knows about the document the text comes from. */
export interface DocumentInfo {
  /** Publication date if known: ISO date or datetime ('2025-05-21', '2025-05-21T10:00:00Z'). */
  publishedAt?: string;
  url?: string;
  title?: string;
  /** 'en', 'ru', 'uk'... if the page says. */
  lang?: string;
  /** Tuning aid (scanner --explain): mentions carry the scored candidates and why. */
  explain?: boolean;
}

export type MentionStatus = 'known' | 'related' | 'unknown';

export interface Candidate {
  eventId: string;
  /** 0..1, higher is better. */
  score: number;
}

export interface Mention {
  /** Offsets into the text passed to `detect` (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** The exact original text between start and end. */
  quote: string;
  /** known = a US–Russia meeting in the dataset; related = a related event; unknown = a meeting we don't know. */
  status: MentionStatus;
  /** The resolved event, or null for 'unknown'. */
  eventId: string | null;
  /** 0..1 */
  confidence: number;
  /** Short human-readable reasons, shown on the card ("alias 'Helsinki summit'", "published 2018", "names Trump"). */
  reasons: string[];
  /** Best alternatives (for unknown: the nearest known events), best first, at most 5. */
  candidates: Candidate[];
  /** How it was found. */
  via: 'alias' | 'pattern' | 'backref';
  /**
   * How the sentence speaks of the meeting: 'past' (it happened), 'future' (announced or expected),
   * 'hypothetical' (could, would, if), 'negated' (did not happen, was called off). Absent when the
   * text says nothing either way. The card uses it to show a forecast as a forecast, never as "held".
   */
  tense?: 'past' | 'future' | 'hypothetical' | 'negated';
  /**
   * Other known events the same words name ("meetings in Saudi Arabia and Alaska"), best first;
   * `eventId` is the first. Absent when the mention names one meeting.
   */
  also?: string[];
  /** Only with DocumentInfo.explain: the frame kind and the top candidates with scores and reasons. */
  explain?: string[];
}
