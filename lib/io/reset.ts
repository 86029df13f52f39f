/**
 * "Reset Parley": deletes every note and every event the reader created, reverts every edit of a
 * bundled event, and puts settings back to their defaults. The bundled dataset stays (it is
 * restored from the pristine copies already in the database, so no re-seeding is needed). One
 * transaction for the database; settings follow once it has committed.
 */
import type { ParleyDB } from '../db/database';
import { bumpEventsRevision } from '../db/events';
import { toStored } from '../db/seed';
import { enabledItem, pausedSitesItem } from '../settings/settings';
import { signalDataChanged } from '../settings/signals';

export interface ResetResult {
  notes: number;
  userEvents: number;
  reverted: number;
}

export async function resetAll(db: ParleyDB): Promise<ResetResult> {
  const result = await db.transaction('rw', db.notes, db.events, db.bundled, db.meta, async () => {
    const notes = await db.notes.count();
    await db.notes.clear();
    const mine = (await db.events.where('origin').equals('user').primaryKeys()) as string[];
    await db.events.bulkDelete(mine);
    const edited = await db.events.filter((e) => !!e.edited).toArray();
    const pristine = await db.bundled.bulkGet(edited.map((e) => e.id));
    await db.events.bulkPut(pristine.filter((p) => !!p).map((p) => toStored(p!, 'bundled')));
    await db.events.bulkDelete(edited.filter((_, i) => !pristine[i]).map((e) => e.id));
    await bumpEventsRevision(db);
    return { notes, userEvents: mine.length, reverted: edited.length };
  });
  await Promise.all([enabledItem.removeValue(), pausedSitesItem.removeValue()]);
  await signalDataChanged('all');
  return result;
}
