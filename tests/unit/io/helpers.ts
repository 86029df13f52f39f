// Shared fixtures for the import/export tests: a seeded database with notes, user events, an edit
// of a bundled event and settings, and a snapshot of everything an import could change.
import { ParleyDB } from '../../../lib/db/database';
import { getEvent } from '../../../lib/db/events';
import { addNote } from '../../../lib/db/notes';
import { seedDataset } from '../../../lib/db/seed';
import { createUserEvent, toMeetingEvent, updateEvent, type EventDraft } from '../../../lib/db/user-events';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { enabledItem, pausedSitesItem } from '../../../lib/settings/settings';

/** A few bundled events (Helsinki 2018 among them): enough for most tests, and fast. */
export const SOME_EVENTS = BUNDLED_EVENTS.filter((e, i) => i % 20 === 0 || e.id === '2018-helsinki-summit');

export async function freshDb(events = BUNDLED_EVENTS): Promise<ParleyDB> {
  const db = new ParleyDB(`test-${crypto.randomUUID()}`);
  await seedDataset(db, events, 'v1');
  return db;
}

export const draft = (over: Partial<EventDraft> = {}): EventDraft => ({
  title: 'Ankara consultations',
  kind: 'working-level',
  status: 'held',
  start: '2025-11-03',
  place: { city: 'Ankara', country: 'Turkey' },
  participants: [{ name: 'A. Diplomat', side: 'us', role: 'Envoy' }],
  aliases: { en: ['Ankara consultations'], ru: ['консультации в Анкаре'] },
  cues: ['embassy'],
  summary: 'Talks on embassies.',
  outcomes: [],
  topics: ['embassies'],
  sources: [{ title: 'Report', url: 'http://news.example/ankara' }],
  ...over,
});

/** A database holding one of everything the reader can own. */
export async function populated(events = BUNDLED_EVENTS): Promise<ParleyDB> {
  const db = await freshDb(events);
  const mine = await createUserEvent(db, draft());
  const hel = (await getEvent(db, '2018-helsinki-summit'))!;
  await updateEvent(db, { ...toMeetingEvent(hel), summary: 'My own summary <b>with tags</b>.' });
  await addNote(db, {
    eventId: '2018-helsinki-summit', body: 'Compare with **1985**\n<script>alert(1)</script>', tags: ['cold-war', 'press'],
    target: { url: 'https://news.example/helsinki?x=1#y', title: 'Helsinki, revisited', quote: { exact: 'the Helsinki summit', prefix: 'At ', suffix: ', the two' } },
  }, 1_700_000_000_000);
  await addNote(db, { eventId: mine.id, body: 'My own event', tags: [] }, 1_700_000_001_000);
  await addNote(db, { eventId: null, mention: 'the Ankara meeting', body: 'Unknown one', tags: ['check'] }, 1_700_000_002_000);
  await enabledItem.setValue(false);
  await pausedSitesItem.setValue(['www.example.com', 'news.example']);
  return db;
}

/** Everything an import may touch, in a comparable form. */
export async function snapshot(db: ParleyDB) {
  const [notes, events, meta] = await Promise.all([
    db.notes.orderBy('id').toArray(),
    db.events.orderBy('id').toArray(),
    db.meta.orderBy('key').toArray(),
  ]);
  return { notes, events, meta, enabled: await enabledItem.getValue(), pausedSites: await pausedSitesItem.getValue() };
}
