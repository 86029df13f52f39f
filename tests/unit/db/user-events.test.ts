import { beforeEach, describe, expect, it } from 'vitest';
import { ParleyDB } from '../../../lib/db/database';
import { eventsRevision, getEvent } from '../../../lib/db/events';
import { addNote } from '../../../lib/db/notes';
import { seedDataset } from '../../../lib/db/seed';
import {
  EventValidationError, createUserEvent, deleteUserEvent, editedEvents, newEventId, revertEvent, toMeetingEvent, updateEvent,
  userEvents, validateUserEvent, type EventDraft,
} from '../../../lib/db/user-events';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

let db: ParleyDB;
beforeEach(async () => {
  db = new ParleyDB(`test-${crypto.randomUUID()}`);
  await seedDataset(db, BUNDLED_EVENTS, 'v1');
});

export const draft = (over: Partial<EventDraft> = {}): EventDraft => ({
  title: 'Ankara consultations',
  kind: 'working-level',
  status: 'held',
  start: '2025-11-03',
  place: { city: 'Ankara', country: 'Turkey' },
  participants: [{ name: 'A. Diplomat', side: 'us', role: 'Envoy' }],
  aliases: { en: ['Ankara consultations'], ru: ['консультации в Анкаре'] },
  cues: ['embassy'],
  summary: '',
  outcomes: [],
  topics: [],
  sources: [],
  ...over,
});

async function issuesOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(EventValidationError);
    return (err as EventValidationError).issues;
  }
  throw new Error('expected a validation error');
}

describe('user events', () => {
  it('creates an event with a year-first id, bumps the revision, lists it', async () => {
    const rev = await eventsRevision(db);
    const e = await createUserEvent(db, draft());
    expect(e).toMatchObject({ id: '2025-ankara-consultations', origin: 'user', sortKey: '2025-11-03' });
    expect(await eventsRevision(db)).toBe(rev + 1);
    expect((await userEvents(db)).map((x) => x.id)).toEqual(['2025-ankara-consultations']);
    expect(await newEventId(db, 'Ankara consultations', '2025')).toBe('2025-ankara-consultations-2');
    expect(await newEventId(db, 'Переговоры', '2026-01')).toBe('2026-meeting');
  });

  it('names every bad field and writes nothing', async () => {
    const issues = await issuesOf(createUserEvent(db, draft({ title: ' ', start: '2025-13-01', sources: [{ title: 'x', url: 'javascript:alert(1)' }], participants: [] })));
    expect(issues.map((i) => i.field).sort()).toEqual(['participants', 'sources.0.url', 'start', 'title']);
    expect(issues.find((i) => i.field === 'sources.0.url')?.message).toBe('not an http(s) URL');
    expect(await userEvents(db)).toEqual([]);
  });

  it('refuses an alias that already names another event', async () => {
    const issues = await issuesOf(createUserEvent(db, draft({ aliases: { en: ['Helsinki summit'], ru: [] } })));
    expect(issues[0]).toMatchObject({ field: 'aliases.en.0' });
    expect(issues[0]!.message).toMatch(/already names .*2018-helsinki-summit/);
  });

  it('needs at least one alias, so pages can find it', () => {
    const res = validateUserEvent({ ...draft(), id: '2025-x', aliases: { en: [], ru: [] } });
    expect(res.issues).toEqual([{ record: '2025-x', field: 'aliases', message: 'needs at least one alias, so Parley can find it on pages' }]);
  });

  it('edits a user event in place; deleting it keeps the notes on it', async () => {
    const e = await createUserEvent(db, draft());
    const note = await addNote(db, { eventId: e.id, body: 'about Ankara' });
    const edited = await updateEvent(db, { ...toMeetingEvent(e), summary: 'Now with a summary.' });
    expect(edited).toMatchObject({ origin: 'user', summary: 'Now with a summary.' });
    expect(edited.edited).toBeUndefined();
    const rev = await eventsRevision(db);
    expect((await deleteUserEvent(db, e.id))?.id).toBe(e.id);
    expect(await eventsRevision(db)).toBe(rev + 1);
    expect(await getEvent(db, e.id)).toBeUndefined();
    expect(await db.notes.get(note.id)).toEqual(note);
  });

  it('edits a bundled event as an override and reverts it to the bundled copy', async () => {
    const orig = (await getEvent(db, '2018-helsinki-summit'))!;
    const edit = await updateEvent(db, { ...toMeetingEvent(orig), summary: 'My summary.', aliases: { ...orig.aliases, en: [...orig.aliases.en, 'the Finlandia meeting'] } });
    expect(edit).toMatchObject({ origin: 'bundled', edited: true, summary: 'My summary.' });
    expect((await editedEvents(db)).map((e) => e.id)).toEqual(['2018-helsinki-summit']);
    await expect(deleteUserEvent(db, orig.id)).rejects.toThrow(/cannot be deleted/);
    // A dataset update keeps the edit.
    await seedDataset(db, BUNDLED_EVENTS, 'v2');
    expect((await getEvent(db, orig.id))?.summary).toBe('My summary.');
    const back = await revertEvent(db, orig.id);
    expect(back).toEqual(orig);
    expect(await editedEvents(db)).toEqual([]);
    await expect(revertEvent(db, orig.id)).rejects.toThrow(/no edit/);
  });

  it('the id of an event never changes and must exist to be edited', async () => {
    await expect(updateEvent(db, { ...toMeetingEvent((await getEvent(db, '2018-helsinki-summit'))!), id: '2018-nope' })).rejects.toThrow(/no longer/);
    await expect(createUserEvent(db, { ...draft(), id: '2018-helsinki-summit' })).rejects.toThrow(/already exists/);
  });
});
