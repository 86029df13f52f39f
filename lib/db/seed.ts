/**
 * Seeding the bundled dataset into the database, on install, on update, and lazily whenever a
 * fresh service worker finds the stored version behind the bundled one (nothing may rely on
 * onInstalled having run in this worker).
 *
 * The rule that matters: a dataset update adds and changes bundled events, but never touches
 * notes, user-created events, or bundled events the user edited (their pristine copy is refreshed,
 * so "revert" gives the new bundled version).
 */
import { sortKey } from '../events/timeline';
import type { MeetingEvent, StoredEvent } from '../events/types';
import type { ParleyDB } from './database';

const VERSION_KEY = 'datasetVersion';

/** The file of the extension holding the bundled events as JSON (the build writes it: wxt.config.ts). */
export const BUNDLED_EVENTS_FILE = 'events.json';

export function toStored(e: MeetingEvent, origin: StoredEvent['origin'], edited = false): StoredEvent {
  return { ...e, origin, ...(edited ? { edited } : {}), sortKey: sortKey(e.start) };
}

export async function seededVersion(db: ParleyDB): Promise<string | undefined> {
  return (await db.meta.get(VERSION_KEY))?.value as string | undefined;
}

export interface SeedResult {
  seeded: boolean;
  added: number;
  updated: number;
  removed: number;
  keptEdits: number;
}

/**
 * Brings the bundled events in the database up to `events`/`version`. Idempotent; one transaction.
 * `events` may be a loader: it is called only when the database is behind `version` (the background
 * reads the events from a file of the extension then, and not at each wake-up).
 */
export async function seedDataset(db: ParleyDB, bundled: MeetingEvent[] | (() => Promise<MeetingEvent[]>), version: string): Promise<SeedResult> {
  const result: SeedResult = { seeded: false, added: 0, updated: 0, removed: 0, keptEdits: 0 };
  if ((await seededVersion(db)) === version) return result;
  const events = typeof bundled === 'function' ? await bundled() : bundled;
  await db.transaction('rw', db.events, db.bundled, db.meta, async () => {
    // Re-check inside the transaction: two contexts may race to seed after an update.
    if ((await seededVersion(db)) === version) return;
    const incoming = new Map(events.map((e) => [e.id, e]));
    const existing = new Map((await db.events.toArray()).map((e) => [e.id, e]));
    const puts: StoredEvent[] = [];
    for (const e of events) {
      const cur = existing.get(e.id);
      if (cur?.origin === 'user') continue; // a user event that happens to share an id wins
      if (cur?.edited) {
        result.keptEdits++;
        continue;
      }
      if (cur) result.updated++;
      else result.added++;
      puts.push(toStored(e, 'bundled'));
    }
    const gone = [...existing.values()].filter((e) => e.origin === 'bundled' && !e.edited && !incoming.has(e.id)).map((e) => e.id);
    result.removed = gone.length;
    await db.events.bulkPut(puts);
    await db.events.bulkDelete(gone);
    await db.bundled.clear();
    await db.bundled.bulkPut(events);
    await db.meta.put({ key: VERSION_KEY, value: version });
    result.seeded = true;
  });
  return result;
}
