/**
 * The migration path: a database written by every released schema version must open with the
 * current code and keep every note and event. Each released schema is frozen here; when you add a
 * Dexie version, add its frozen schema and the data it must carry over.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ParleyDB } from '../../../lib/db/database';

const RELEASED = {
  1: {
    events: 'id, sortKey, kind, status, origin, series.id',
    bundled: 'id',
    notes: 'id, eventId, createdAt, updatedAt, *tags',
    meta: 'key',
  },
} as const;

describe('schema migrations', () => {
  it('the current schema is the newest released one (edit by adding a version, never in place)', async () => {
    const db = new ParleyDB(`mig-${crypto.randomUUID()}`);
    await db.open();
    const newest = Math.max(...Object.keys(RELEASED).map(Number));
    expect(db.verno).toBe(newest);
    const current = Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')]));
    for (const [table, spec] of Object.entries(RELEASED[newest as keyof typeof RELEASED])) {
      expect(current[table]?.replace(/\s/g, ''), table).toBe(spec.replace(/\s/g, ''));
    }
    db.close();
  });

  it('a database written by every released version opens with its notes and events intact', async () => {
    for (const [ver, stores] of Object.entries(RELEASED)) {
      const name = `mig-${ver}-${crypto.randomUUID()}`;
      const old = new Dexie(name);
      old.version(Number(ver)).stores(stores);
      await old.open();
      await old.table('notes').add({ id: 'n1', eventId: '1986-reykjavik-summit', body: 'kept', tags: ['arms'], createdAt: 1, updatedAt: 1 });
      await old.table('events').add({ id: '2099-user-event', origin: 'user', sortKey: '2099-01-01', kind: 'summit', status: 'planned', series: { id: 's' } });
      old.close();

      const db = new ParleyDB(name);
      expect((await db.notes.get('n1'))?.body).toBe('kept');
      expect(await db.notes.where('tags').equals('arms').count()).toBe(1);
      expect((await db.events.get('2099-user-event'))?.origin).toBe('user');
      db.close();
    }
  });
});
