/**
 * The one constructor of a Frame. Every field is created here, in one order, the optional ones
 * undefined where absent, so that all frames share one object shape: the functions that read
 * frames (resolution above all) then see one shape and stay optimised. Build a frame, or a copy
 * with changes, only through makeFrame; never add a field to a frame after it is built.
 */
import type { Frame } from './types';

export function makeFrame(p: Frame): Frame {
  return {
    t0: p.t0,
    t1: p.t1,
    anchor: p.anchor,
    meet: p.meet,
    pos: p.pos,
    w: p.w,
    sides: p.sides,
    clauseSides: p.clauseSides,
    sentSides: p.sentSides,
    persons: p.persons,
    sentPersons: p.sentPersons,
    places: p.places,
    clausePlaces: p.clausePlaces,
    clauseTimes: p.clauseTimes,
    sport: p.sport,
    forum: p.forum,
    unknownPlace: p.unknownPlace,
    times: p.times,
    sentYears: p.sentYears,
    sinceYears: p.sinceYears,
    sinceMonths: p.sinceMonths,
    ords: p.ords,
    again: p.again,
    three: p.three,
    habitual: p.habitual,
    previous: p.previous,
    stay: p.stay,
    process: p.process,
    speak: p.speak,
    soviet: p.soviet,
    narrativeYear: p.narrativeYear,
    tense: p.tense,
    presentAhead: p.presentAhead,
    kind: p.kind,
    aliases: p.aliases,
    sentence: p.sentence,
    clause: p.clause,
  };
}
