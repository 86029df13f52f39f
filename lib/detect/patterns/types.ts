/**
 * The records the frame grammar hands out: a Frame (one meeting description, its sides, people,
 * places, times, tense and kind), the people a pronoun may stand for (Antecedent) and what the
 * caller tells about the sentence (SentenceContext). Types only, so every module may import them.
 */
import type { TimeAtom } from '../times';
import type { OverlayHit, TenseName } from '../units';
import type { MeetSense, SideCode } from '../vocab';

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
  /** "Governors Island in December 1988": a place and its date with no meeting word (placeDateInline);
   *  it never outweighs a meeting phrase of its clause. */
  placeDate?: boolean;
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
  /** Read as ahead only by an English verb in the simple present ("Witkoff and Kushner arrive in
   *  Moscow"): a caption's or a headline's present may tell what already happened. */
  presentAhead?: boolean;
  kind: FrameKind;
  aliases: OverlayHit[];
  sentence: number;
  /** Token range of the frame's clause: a frame with only clause context yields to another in its clause. */
  clause: [number, number];
}

/** A person (or a third party, key '') named before a pronoun or a phrase standing for them. */
export interface Antecedent {
  key: string;
  side: SideCode;
}

export interface SentenceContext {
  /** Country keys of places in the frame → side ('russia' → ru, 'usa' → us). */
  placeSide(key: string): SideCode | null;
  lang: 'en' | 'ru';
  /** People of the last sentences of the chunks before (one list per sentence, latest last): who "he" may be at a chunk's start. */
  prior?: readonly (readonly Antecedent[])[];
}
