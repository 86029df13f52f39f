/**
 * The background's answers. Each handler first makes sure the bundled dataset is seeded, because a
 * service worker woken by a message may be the first to run after an update.
 */
import { toMatcherEvent } from '../detect';
import { allEvents, eventsRevision, getEvent, neighbours, seriesEvents } from '../db/events';
import { addNote, notesForEvent } from '../db/notes';
import { createUserEvent } from '../db/user-events';
import { draftFromInput } from './new-event';
import type { ParleyDB } from '../db/database';
import { signalDataChanged } from '../settings/signals';
import { toRef, type Protocol } from './protocol';
import type { Handlers } from './server';

/** The matcher version covers the bundled dataset and the user's event edits, so those reach pages too. */
async function matcherVersion(db: ParleyDB, datasetVersion: string): Promise<string> {
  return `${datasetVersion}/${await eventsRevision(db)}`;
}

export function createHandlers(db: ParleyDB, ensureSeeded: () => Promise<unknown>, datasetVersion: string): Handlers {
  return {
    async getMatcher({ knownVersion }): Promise<Protocol['getMatcher']['res']> {
      await ensureSeeded();
      const version = await matcherVersion(db, datasetVersion);
      if (knownVersion === version) return null;
      const events = await allEvents(db);
      return { version, events: events.map(toMatcherEvent) };
    },
    async getCard({ eventId }) {
      await ensureSeeded();
      const event = await getEvent(db, eventId);
      if (!event) return null;
      const [{ before, after }, series] = await Promise.all([
        neighbours(db, event),
        event.series ? seriesEvents(db, event.series.id) : Promise.resolve([]),
      ]);
      return {
        event,
        ...(before ? { before: toRef(before) } : {}),
        ...(after ? { after: toRef(after) } : {}),
        series: series.map(toRef),
      };
    },
    async getNotes({ eventId }) {
      if (typeof eventId !== 'string' || !eventId) return [];
      return notesForEvent(db, eventId);
    },
    async getEventRefs({ ids }) {
      await ensureSeeded();
      const rows = await db.events.bulkGet(ids);
      return rows.filter((e) => !!e).map(toRef);
    },
    async saveNote(input) {
      const note = await addNote(db, input);
      await signalDataChanged('notes');
      return { id: note.id };
    },
    async createUserEvent(input) {
      await ensureSeeded();
      // createUserEvent validates (naming each bad field) and bumps the events revision.
      const event = await createUserEvent(db, draftFromInput(input));
      await signalDataChanged('events');
      return toRef(event);
    },
  };
}
