/**
 * Parley's IndexedDB, through Dexie. It lives in the extension's origin only (background and
 * extension pages): a content script's IndexedDB would belong to the page it runs on.
 *
 * Tables
 *  - events:  every event Parley knows: bundled ones (origin 'bundled', possibly edited by the user)
 *             and the user's own (origin 'user').
 *  - bundled: the pristine bundled copy of each bundled event, so a user's edit can be reverted and a
 *             dataset update can tell edited events from untouched ones.
 *  - notes:   the reader's notes.
 *  - meta:    key/value facts about the database (the seeded dataset version).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { MeetingEvent, StoredEvent } from '../events/types';
import type { Note } from '../notes/types';

export interface MetaRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'parley';

export class ParleyDB extends Dexie {
  events!: EntityTable<StoredEvent, 'id'>;
  bundled!: EntityTable<MeetingEvent, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    // Schema history. Never edit a released version: add a new one with an upgrade function
    // (see tests/unit/db/migrations.test.ts).
    this.version(1).stores({
      events: 'id, sortKey, kind, status, origin, series.id',
      bundled: 'id',
      notes: 'id, eventId, createdAt, updatedAt, *tags',
      meta: 'key',
    });
  }
}
