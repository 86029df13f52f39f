import { beforeEach, describe, expect, it } from 'vitest';
import { ParleyDB } from '../../../lib/db/database';
import { MAX_NOTE_BODY, addNote, allNotes, deleteNote, notesForEvent, parseTags, restoreNote, tagCounts, updateNote } from '../../../lib/db/notes';

let db: ParleyDB;
beforeEach(() => {
  db = new ParleyDB(`test-${crypto.randomUUID()}`);
});

const target = { url: 'https://news.example/a', title: 'A page', quote: { exact: 'the Helsinki summit', prefix: 'before ', suffix: ' after' } };

describe('notes', () => {
  it('adds a note with its place (TextQuoteSelector), tags normalised, times set', async () => {
    const n = await addNote(db, { eventId: '2018-helsinki-summit', body: '  text  ', tags: ['#Geneva', 'geneva', 'Cold War'], target }, 1000);
    expect(n).toMatchObject({ eventId: '2018-helsinki-summit', body: 'text', tags: ['geneva', 'cold-war'], createdAt: 1000, updatedAt: 1000, target });
    expect(n.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.notes.get(n.id)).toEqual(n);
  });

  it('keeps an unknown mention with its text', async () => {
    const n = await addNote(db, { eventId: null, mention: 'the Ankara talks', body: 'not in the db' });
    expect((await db.notes.get(n.id))?.mention).toBe('the Ankara talks');
  });

  it('refuses empty and oversized bodies', async () => {
    await expect(addNote(db, { eventId: null, body: '  ' })).rejects.toThrow('A note needs some text.');
    await expect(addNote(db, { eventId: null, body: 'x'.repeat(MAX_NOTE_BODY + 1) })).rejects.toThrow(/at most/);
    const n = await addNote(db, { eventId: null, body: 'ok' });
    await expect(updateNote(db, n.id, { body: 'x'.repeat(MAX_NOTE_BODY + 1) })).rejects.toThrow(/at most/);
    await expect(updateNote(db, n.id, { body: ' ' })).rejects.toThrow('A note needs some text.');
    expect((await db.notes.get(n.id))?.body).toBe('ok');
  });

  it('edits body and tags; updatedAt moves forward, createdAt and place stay', async () => {
    const n = await addNote(db, { eventId: 'e', body: 'first', target }, 1000);
    const e = await updateNote(db, n.id, { body: 'second', tags: ['a', 'B'] }, 2000);
    expect(e).toMatchObject({ body: 'second', tags: ['a', 'b'], createdAt: 1000, updatedAt: 2000, target });
    const again = await updateNote(db, n.id, { body: 'third' }, 500); // clock went back
    expect(again.updatedAt).toBe(2001);
    await expect(updateNote(db, 'missing', { body: 'x' })).rejects.toThrow('That note no longer exists.');
  });

  it('deletes and restores (undo) exactly', async () => {
    const n = await addNote(db, { eventId: 'e', body: 'keep me', tags: ['x'], target });
    const gone = await deleteNote(db, n.id);
    expect(gone).toEqual(n);
    expect(await db.notes.get(n.id)).toBeUndefined();
    expect(await deleteNote(db, n.id)).toBeUndefined();
    await restoreNote(db, gone!);
    expect(await db.notes.get(n.id)).toEqual(n);
  });

  it('lists newest first, per event, and counts tags', async () => {
    await addNote(db, { eventId: 'e1', body: 'old', tags: ['a', 'b'] }, 1);
    await addNote(db, { eventId: 'e1', body: 'new', tags: ['a'] }, 3);
    await addNote(db, { eventId: 'e2', body: 'middle', tags: ['c'] }, 2);
    expect((await allNotes(db)).map((n) => n.body)).toEqual(['new', 'middle', 'old']);
    expect((await notesForEvent(db, 'e1')).map((n) => n.body)).toEqual(['new', 'old']);
    expect(await tagCounts(db)).toEqual([{ tag: 'a', count: 2 }, { tag: 'b', count: 1 }, { tag: 'c', count: 1 }]);
  });

  it('parses tags as typed', () => {
    expect(parseTags('#Alaska, follow-up  sanctions,,#alaska')).toEqual(['alaska', 'follow-up', 'sanctions']);
    expect(parseTags('   ')).toEqual([]);
  });
});
