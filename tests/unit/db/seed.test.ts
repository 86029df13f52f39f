import { beforeEach, describe, expect, it } from 'vitest';
import { ParleyDB } from '../../../lib/db/database';
import { getEvent, neighbours, searchEvents, seriesEvents } from '../../../lib/db/events';
import { addNote } from '../../../lib/db/notes';
import { seedDataset, seededVersion, toStored } from '../../../lib/db/seed';
import { BUNDLED_EVENTS, DATASET_VERSION } from '../../../lib/events/dataset';
import buildVersion from 'virtual:parley/dataset-version';
import type { MeetingEvent } from '../../../lib/events/types';

let db: ParleyDB;
beforeEach(() => {
  db = new ParleyDB(`test-${crypto.randomUUID()}`);
});

const ev = (id: string, start: string, extra: Partial<MeetingEvent> = {}): MeetingEvent => ({
  ...structuredClone(BUNDLED_EVENTS[0]!),
  id,
  start,
  title: `Event ${id}`,
  aliases: { en: [`alias of ${id}`], ru: [] },
  sharedAliases: [],
  series: undefined,
  ...extra,
});

describe('seeding', () => {
  it('seeds the bundled dataset once per version', async () => {
    const first = await seedDataset(db, BUNDLED_EVENTS, 'v1');
    expect(first.added).toBe(BUNDLED_EVENTS.length);
    expect(await db.events.count()).toBe(BUNDLED_EVENTS.length);
    expect(await seededVersion(db)).toBe('v1');
    const again = await seedDataset(db, BUNDLED_EVENTS, 'v1');
    expect(again.seeded).toBe(false);
  });

  it('reads the bundled events (the background: a file of the extension) only when the database is behind their version', async () => {
    let reads = 0;
    const load = async () => (reads++, BUNDLED_EVENTS);
    expect((await seedDataset(db, load, 'v1')).seeded).toBe(true);
    expect((await seedDataset(db, load, 'v1')).seeded).toBe(false);
    expect(reads).toBe(1);
    expect(await db.events.count()).toBe(BUNDLED_EVENTS.length);
  });

  it('the build gives the background the dataset version Node computes from the dataset', () => {
    expect(buildVersion).toBe(DATASET_VERSION);
  });

  it('an update adds and changes bundled events but keeps notes, user events and user edits', async () => {
    await seedDataset(db, [ev('2000-a', '2000-01-01'), ev('2001-b', '2001-01-01'), ev('2002-c', '2002-01-01')], 'v1');
    const note = await addNote(db, { eventId: '2000-a', body: 'my note' });
    await db.events.put(toStored(ev('2030-mine', '2030-01-01'), 'user'));
    await db.events.put({ ...toStored(ev('2001-b', '2001-01-01', { summary: 'my own summary' }), 'bundled', true) });

    const res = await seedDataset(db, [ev('2000-a', '2000-01-02'), ev('2001-b', '2001-01-01', { summary: 'new bundled summary' }), ev('2003-d', '2003-01-01')], 'v2');
    expect(res).toMatchObject({ added: 1, updated: 1, removed: 1, keptEdits: 1 });
    expect((await getEvent(db, '2000-a'))?.start).toBe('2000-01-02');
    expect((await getEvent(db, '2001-b'))?.summary).toBe('my own summary');
    expect((await db.bundled.get('2001-b'))?.summary).toBe('new bundled summary');
    expect(await getEvent(db, '2002-c')).toBeUndefined();
    expect((await getEvent(db, '2030-mine'))?.origin).toBe('user');
    expect(await db.notes.get(note.id)).toEqual(note);
  });
});

describe('queries', () => {
  beforeEach(async () => {
    await seedDataset(db, BUNDLED_EVENTS, 'v1');
  });

  it('finds neighbours on the timeline, skipping related events', async () => {
    const anchorage = (await getEvent(db, '2025-anchorage-summit'))!;
    const { before, after } = await neighbours(db, anchorage);
    expect(before && before.sortKey <= anchorage.sortKey).toBe(true);
    expect(before?.kind).not.toBe('related');
    if (after) expect(after.sortKey >= anchorage.sortKey).toBe(true);
  });

  it('lists the rounds of a series in order', async () => {
    const rounds = await seriesEvents(db, '2025-istanbul-embassy-consultations');
    expect(rounds.length).toBeGreaterThanOrEqual(2);
    expect(rounds.map((r) => r.start)).toEqual([...rounds.map((r) => r.start)].sort());
  });

  it('searches titles and aliases in English and Russian, ignoring case', async () => {
    expect((await searchEvents(db, 'helsinki 2018')).map((e) => e.id)).toContain('2018-helsinki-summit');
    expect((await searchEvents(db, 'ХЕЛЬСИНКИ')).map((e) => e.id)).toContain('2018-helsinki-summit');
    expect(await searchEvents(db, '   ')).toEqual([]);
  });
});
