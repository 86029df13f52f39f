/**
 * The one typed protocol between content scripts (and, where handy, extension pages) and the
 * background. Every request names its `type`; every handler is async and must work on a freshly
 * started service worker (no state kept in memory between messages beyond caches it can rebuild).
 */
import type { DocumentInfo, Mention } from '../detect/types';
import type { StoredEvent } from '../events/types';
import type { Note, NoteInput, NoteTarget } from '../notes/types';

/** A compact reference to another event (neighbours, series rounds, candidates). */
export interface EventRef {
  id: string;
  title: string;
  start: string;
  end?: string;
  kind: StoredEvent['kind'];
  status: StoredEvent['status'];
  city?: string;
  country: string;
  /** Set for an event the reader added (cards and timelines say "added by you"). */
  origin?: 'user';
}

/**
 * What getCard answers: the event's facts, never the reader's notes. Notes live in the card's notes
 * frame, an extension page (lib/ui/notes-frame/), which asks for them itself: the content script
 * never holds note text.
 */
export interface CardData {
  event: StoredEvent;
  before?: EventRef;
  after?: EventRef;
  /** Other rounds of the same series, in time order (the event itself included). */
  series: EventRef[];
  /** How many notes the reader has on the event (the card's "Your notes (3)"); never their text. */
  noteCount?: number;
}
export type CardFacts = CardData;

/**
 * What a notes frame is for: the event (null: a meeting not in the database, named by `mention`)
 * and where the reader is (the page and the mention's quote, kept with every note written there).
 */
export interface NotesContext {
  eventId: string | null;
  mention?: string;
  target: NoteTarget;
}

/**
 * Which matcher the background detects a page's text with (lib/messages/detect-service.ts). The
 * page holds no matcher of its own: the version tells it when the events changed (a rescan).
 */
export interface MatcherData {
  version: string;
  /** Ids of the events the reader added: their marks have a style of their own. */
  userEvents?: string[];
}

/**
 * Texts of one page's document for the background's detector, in the page's order: chunks of the
 * page's text as the scanner reads them (lib/page/remote-detect.ts).
 */
export interface DetectRequest {
  /** The document: an id the page's engine made (a new one for a new route, or new tables). */
  doc: string;
  /** How many texts of the document were sent before these. */
  from: number;
  /** With the document's first texts: what the page knows of it (date, address, title, language). */
  info?: DocumentInfo;
  texts: string[];
}

/**
 * Each text's mentions, and the titles of the events they name; `lost`: the background no longer
 * holds the document (it was restarted, or the events changed), the page starts a new one.
 */
export type DetectAnswer = { mentions: Mention[][]; titles: Record<string, string> } | { lost: true };

/** Request and response of each message type. */
export interface Protocol {
  /** Which matcher (bundled events and the reader's) detects the page's text; `null` when `knownVersion` is current. */
  getMatcher: { req: { knownVersion?: string }; res: MatcherData | null };
  /** The mentions in a page's texts (content scripts only; lib/messages/detect-service.ts). */
  detect: { req: DetectRequest; res: DetectAnswer };
  getCard: { req: { eventId: string }; res: CardFacts | null };
  /**
   * The reader's notes on one event, for extension pages only (the card's notes frame, the popup).
   * A content script never gets note text.
   */
  getNotes: { req: { eventId: string }; res: Note[] };
  getEventRefs: { req: { ids: string[] }; res: EventRef[] };
  /** Answers the new note's id only: the caller wrote it and needs nothing more back. Extension pages only. */
  saveNote: { req: NoteInput; res: { id: string } };
  /**
   * A content script opens a card's notes frame: it tells the background what the frame is for and
   * gets a one-time token, the only thing it puts in the frame's address.
   */
  openNotes: { req: NotesContext; res: { token: string } };
  /** The notes frame redeems its token (once, from the same tab) for what it is for. */
  redeemNotes: { req: { token: string }; res: NotesContext | null };
  /** A reader's own event, made from a mention Parley could not find in the database (the card's "Add this meeting"). */
  createUserEvent: { req: NewEventInput; res: EventRef };
}

/** The little a reader gives to add a meeting from a page; the mention's quote becomes its alias. */
export interface NewEventInput {
  title: string;
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  start: string;
  end?: string;
  city?: string;
  country: string;
  kind?: StoredEvent['kind'];
  status?: StoredEvent['status'];
  /** The mention's text on the page. */
  quote: string;
  /** Who met; when empty, the two delegations. */
  participants?: StoredEvent['participants'];
  /** The page the reader found it on (http(s) only). */
  /** The page the reader met the meeting on; `lang` is the page's own (<html lang>), when it says. */
  source?: { title: string; url: string; lang?: string };
  summary?: string;
}

export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = Protocol[K]['req'];
export type Response<K extends MessageType> = Protocol[K]['res'];

/** What goes over the wire. Errors travel as data so the caller gets the handler's message. */
export interface Envelope<K extends MessageType = MessageType> {
  parley: 1;
  type: K;
  req: Request<K>;
}
export type Reply<K extends MessageType = MessageType> = { ok: true; res: Response<K> } | { ok: false; error: string };

export function toRef(e: StoredEvent): EventRef {
  return {
    id: e.id,
    title: e.title,
    start: e.start,
    ...(e.end ? { end: e.end } : {}),
    kind: e.kind,
    status: e.status,
    ...(e.place.city ? { city: e.place.city } : {}),
    country: e.place.country,
    ...(e.origin === 'user' ? { origin: 'user' as const } : {}),
  };
}
