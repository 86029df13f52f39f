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
 *
 * The grammar is cut into modules by what each reads (no import cycles; frames.ts puts them together):
 *   types.ts          Frame, FrameKind, Antecedent, SentenceContext
 *   words.ts          small word tests (gaps, dashes, possessives, speech verbs, titles)
 *   places.ts         place tests (level, "from" a city, place prepositions, a place's side)
 *   sides.ts          is a unit a party, of which side; third parties
 *   sentenceSides.ts  collectSides: sides in a stretch, minus those left out
 *   clauses.ts        sentence units and clause bounds
 *   walk.ts           the Walk record and how it takes a party or a place
 *   years.ts, series.ts, plans.ts, lists.ts, complements.ts   what the walks ask
 *   walkLeft.ts, walkRight.ts, subject.ts   the walks from a meeting word
 *   anaphora.ts       pronouns and "the two men": who they stand for
 *   tense.ts          tense, modality, negation, habit of the clause
 *   classify.ts       the frame's kind by sides; three parties; Soviet era
 *   clauseContext.ts, objects.ts, calls.ts, continuation.ts   what framesOfSentence asks
 *   frame.ts          makeFrame: the one constructor (one object shape for every frame)
 *   frames.ts         framesOfSentence, repeat frames, aliasFrame
 *   headings.ts       headings, timeline entries, place-and-date frames
 *   hostPlace.ts      fronted-place and host-city frames
 *   presence.ts       presence frames (captions: who was where, when)
 * This file is the public face: the rest of the detector imports from here.
 */
export { PRONOUN_REACH } from './anaphora';
export { sentenceUnits } from './clauses';
export { aliasFrame, framesOfSentence } from './frames';
export { makeFrame } from './frame';
export { dateFirstEntries, headingFrames, placeDateInline } from './headings';
export { frontedPlaceFrame, hostPlaceFrame } from './hostPlace';
export { presenceFrame } from './presence';
export { FINAL_ORD } from './series';
export type { TimeAtom } from '../times';
export type { Antecedent, Frame, FrameKind, SentenceContext } from './types';
