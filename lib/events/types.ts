/**
 * The event model: one US–Soviet / US–Russian meeting (or a closely related event)
 * as Parley knows it. Pure data; every other layer builds on this file.
 *
 * The bundled dataset lives in `assets/events/*.json` (arrays of `MeetingEvent`);
 * `lib/events/validate.ts` checks it, and a unit test runs that check on every file.
 */

/** What sort of contact this was. `related` = not a US–Russia bilateral meeting (cards say so). */
export type EventKind =
  | 'summit' // leaders meet
  | 'ministerial' // foreign / defence ministers
  | 'envoy' // special envoys, advisers, emissaries visiting the other side
  | 'working-level' // delegations, consultations, dialogue rounds
  | 'call' // leaders' phone or video calls
  | 'sideline' // leaders meeting on the sidelines of G8/G20/APEC/UN etc.
  | 'related'; // closely related events articles cite (Russia–Ukraine talks, Elbe Day, treaty signings by others)

export type EventStatus = 'held' | 'planned' | 'cancelled';

/** 'YYYY-MM-DD', or for planned/unclear events 'YYYY-MM' or 'YYYY'. */
export type PartialDate = string;

export interface Place {
  venue?: string;
  city?: string;
  /** State or region, e.g. 'Alaska', 'Crimea'. */
  region?: string;
  country: string;
  lat?: number;
  lon?: number;
  /**
   * Other names a text may use for this place, in any language: 'Alaska', 'Анкоридж', 'Аляска',
   * 'Elmendorf'. The detector treats these as place words (never as mentions on their own).
   */
  names?: string[];
}

export type Side = 'us' | 'ru' | 'other';

export interface Participant {
  /** Name as English news writes it: 'Vladimir Putin'. */
  name: string;
  /** Name in Russian, where it helps matching Russian text: 'Владимир Путин'. */
  nameRu?: string;
  side: Side;
  /** Role at the time: 'President', 'Secretary of State', 'Special Envoy'. */
  role: string;
}

export interface Source {
  title: string;
  /** https only. */
  url: string;
  publisher?: string;
  /** When the source was published: 'YYYY-MM-DD' (or 'YYYY-MM', 'YYYY'). Only where it is certain. */
  date?: PartialDate;
  /** The language of the title (and page), BCP 47: 'en', 'ru', 'uk'. Cards set it as the title's lang. */
  lang?: string;
}

export interface Series {
  /** Stable id shared by every round: 'istanbul-embassy-consultations-2025'. */
  id: string;
  /** Human title of the series. */
  title: string;
  /** 1-based round number, if the series is numbered. */
  round?: number;
}

export interface Aliases {
  /** Names a text uses for this event in English: 'Helsinki summit', 'Trump-Putin summit in Helsinki'. */
  en: string[];
  /** In Russian: 'саммит в Хельсинки', 'Хельсинкский саммит'. */
  ru: string[];
  /** In Ukrainian, where common. */
  uk?: string[];
}

export interface MeetingEvent {
  /** Stable, lowercase kebab-case, year first: '2025-anchorage-summit'. Never changes once released. */
  id: string;
  title: string;
  titleRu?: string;
  kind: EventKind;
  status: EventStatus;
  start: PartialDate;
  /** Last day for multi-day meetings; omitted for one-day meetings. */
  end?: PartialDate;
  place: Place;
  participants: Participant[];
  /**
   * Names unique to this event. An alias that fits several events ('Geneva summit': 1955, 1985, 2021)
   * goes in `sharedAliases` of each of them instead; the detector then disambiguates by context.
   */
  aliases: Aliases;
  /** Aliases deliberately shared with other events; each must appear in at least two events. */
  sharedAliases?: string[];
  /**
   * Context cues (any language, lowercase): names, topics, words like 'embassy', 'prisoner exchange',
   * 'ceasefire', 'new start'. Nearby cues raise this event over others sharing an alias or place.
   */
  cues: string[];
  series?: Series;
  /** Two to four sentences, in our own words. */
  summary: string;
  outcomes: string[];
  topics: string[];
  sources: Source[];
  /** For 'related' events: why it is related and what it is instead (shown on the card). */
  relation?: string;
  /**
   * How strong the evidence is that the event happened as described: 'several' = reported by several
   * independent outlets or repositories; 'single' = known from one repository or outlet only (the
   * card then says "reported by one source"). Omitted for long-settled history.
   */
  evidence?: EvidenceStrength;
  /** Maintainers' note on the sourcing: where sources disagree, which was chosen and why. */
  sourceNote?: string;
}

export type EvidenceStrength = 'several' | 'single';
export const EVIDENCE_STRENGTHS: readonly EvidenceStrength[] = ['several', 'single'];

/** A user-created event or a user's edit of a bundled one is the same shape, with provenance. */
export type EventOrigin = 'bundled' | 'user';

export interface StoredEvent extends MeetingEvent {
  origin: EventOrigin;
  /** True when the user edited a bundled event; the bundled copy is kept aside so it can be reverted. */
  edited?: boolean;
  /** Lexicographically sortable start, for timeline queries ('1945-02-04'; partial dates padded with '-00'). */
  sortKey: string;
}

export const EVENT_KINDS: readonly EventKind[] = [
  'summit',
  'ministerial',
  'envoy',
  'working-level',
  'call',
  'sideline',
  'related',
];
export const EVENT_STATUSES: readonly EventStatus[] = ['held', 'planned', 'cancelled'];
