/**
 * The event queries the app needs. Everything here takes the database as an argument, so tests
 * run it against a fresh fake IndexedDB and the background and extension pages share the code.
 */
import { aliasKey } from '../events/validate';
import type { StoredEvent } from '../events/types';
import { compareByTime, nearestAround, span } from '../events/timeline';
import type { ParleyDB } from './database';

export function getEvent(db: ParleyDB, id: string): Promise<StoredEvent | undefined> {
  return db.events.get(id);
}

export function allEvents(db: ParleyDB): Promise<StoredEvent[]> {
  return db.events.orderBy('sortKey').toArray();
}

/**
 * The US–Russia meetings just before and just after an event on the timeline. Related events are
 * skipped (they are not part of the bilateral chronology) unless the event itself is related.
 * "Before" means surely before: an event dated only "October 2025" is neither before nor after one
 * on 16 October (lib/events/timeline.ts). The index narrows the search to the nearest rows by start.
 */
export async function neighbours(db: ParleyDB, ev: StoredEvent): Promise<{ before?: StoredEvent; after?: StoredEvent }> {
  const fits = (e: StoredEvent) => e.id !== ev.id && (ev.kind === 'related' || e.kind !== 'related');
  const me = span(ev.start, ev.end);
  const WINDOW = 40;
  const [earlier, later] = await Promise.all([
    db.events.where('sortKey').below(me.lo).reverse().filter(fits).limit(WINDOW).toArray(),
    db.events.where('sortKey').above(me.hi).filter(fits).limit(WINDOW).toArray(),
  ]);
  return nearestAround(ev, [...earlier, ...later]);
}

/** Every event of a series (rounds of talks), in time order. */
export function seriesEvents(db: ParleyDB, seriesId: string): Promise<StoredEvent[]> {
  return db.events.where('series.id').equals(seriesId).toArray().then((rows) => rows.sort(compareByTime));
}

/**
 * Text search over titles, aliases, places and participants: every query word must appear.
 * A scan over a few hundred rows is faster than keeping an index in sync; notes have their own
 * full-text index.
 */
export async function searchEvents(db: ParleyDB, query: string, limit = 20): Promise<StoredEvent[]> {
  const words = aliasKey(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const hay = (e: StoredEvent) =>
    aliasKey(
      [
        e.title,
        e.titleRu ?? '',
        ...e.aliases.en,
        ...e.aliases.ru,
        ...(e.aliases.uk ?? []),
        ...(e.sharedAliases ?? []),
        e.place.city ?? '',
        e.place.country,
        ...(e.place.names ?? []),
        ...e.participants.flatMap((p) => [p.name, p.nameRu ?? '']),
        e.start,
      ].join(' | '),
    );
  const all = await db.events.orderBy('sortKey').toArray();
  return all.filter((e) => {
    const h = hay(e);
    return words.every((w) => h.includes(w));
  }).slice(0, limit);
}

const REVISION_KEY = 'eventsRevision';

/** A counter bumped by every write to user or edited events; pages cache matcher data by it. */
export async function eventsRevision(db: ParleyDB): Promise<number> {
  return ((await db.meta.get(REVISION_KEY))?.value as number | undefined) ?? 0;
}

export async function bumpEventsRevision(db: ParleyDB): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: REVISION_KEY, value: (await eventsRevision(db)) + 1 });
  });
}
