/**
 * Projection of a full dataset event to the slice the detector needs (MatcherEvent). The
 * background sends these to content scripts, so the page never holds summaries or sources.
 */
import type { MeetingEvent } from '../events/types';
import type { MatcherEvent } from './types';

export function toMatcherEvent(e: MeetingEvent): MatcherEvent {
  const p = e.place;
  const placeNames: string[] = [];
  for (const n of [p.city, p.region, p.country, p.venue, ...(p.names ?? [])]) {
    if (n && !placeNames.includes(n)) placeNames.push(n);
  }
  return {
    id: e.id,
    title: e.title,
    kind: e.kind,
    status: e.status,
    start: e.start,
    end: e.end,
    city: p.city,
    country: p.country,
    placeNames,
    participants: e.participants.map((x) => ({ name: x.name, nameRu: x.nameRu, side: x.side })),
    aliases: [...e.aliases.en, ...e.aliases.ru, ...(e.aliases.uk ?? [])],
    sharedAliases: [...(e.sharedAliases ?? [])],
    cues: [...e.cues],
    seriesId: e.series?.id,
    round: e.series?.round,
  };
}
