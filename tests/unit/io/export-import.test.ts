import { beforeEach, describe, expect, it } from 'vitest';
import type { ParleyDB } from '../../../lib/db/database';
import { getEvent } from '../../../lib/db/events';
import { addNote, updateNote } from '../../../lib/db/notes';
import { collectExport, exportToJson } from '../../../lib/io/export';
import { applyImport, importText, parseImport, readExisting } from '../../../lib/io/import';
import { resetAll } from '../../../lib/io/reset';
import { dataRevisionItem } from '../../../lib/settings/signals';
import { enabledItem, pausedSitesItem } from '../../../lib/settings/settings';
import { freshDb, populated, snapshot } from './helpers';

let db: ParleyDB;
beforeEach(async () => {
  db = await populated();
});

const without = <T extends { exportedAt?: string }>(x: T) => ({ ...x, exportedAt: undefined });

describe('export', () => {
  it('holds notes, user events, edits and settings in the versioned format', async () => {
    const data = await collectExport(db, new Date('2026-03-12T10:00:00Z'));
    expect(data).toMatchObject({ format: 'parley-export', version: 1, exportedAt: '2026-03-12T10:00:00.000Z', settings: { enabled: false, pausedSites: ['www.example.com', 'news.example'] } });
    expect(data.notes.map((n) => n.body)).toEqual(['Compare with **1985**\n<script>alert(1)</script>', 'My own event', 'Unknown one']);
    expect(data.userEvents.map((e) => e.id)).toEqual(['2025-ankara-consultations']);
    expect(data.editedEvents.map((e) => e.id)).toEqual(['2018-helsinki-summit']);
    for (const e of [...data.userEvents, ...data.editedEvents]) expect(e).not.toHaveProperty('origin');
    expect(JSON.parse(exportToJson(data))).toEqual(data);
  });
});

describe('import', () => {
  it('export, reset, import gives back exactly the same data', async () => {
    const before = await snapshot(db);
    const file = exportToJson(await collectExport(db));
    const reset = await resetAll(db);
    expect(reset).toEqual({ notes: 3, userEvents: 1, reverted: 1 });
    expect(await db.notes.count()).toBe(0);
    expect((await getEvent(db, '2018-helsinki-summit'))?.edited).toBeUndefined();
    expect(await enabledItem.getValue()).toBe(true);
    expect(await pausedSitesItem.getValue()).toEqual([]);

    const res = await importText(db, file);
    expect(res.ok).toBe(true);
    const after = await snapshot(db);
    expect(after.notes).toEqual(before.notes);
    expect(after.events).toEqual(before.events);
    expect(after.enabled).toBe(before.enabled);
    expect(after.pausedSites).toEqual(before.pausedSites);
    expect(without(await collectExport(db))).toEqual(without(JSON.parse(file)));
  });

  it('summarises before writing: new, replaced, kept because newer here', async () => {
    const file = JSON.parse(exportToJson(await collectExport(db)));
    const [first, second] = file.notes;
    await updateNote(db, second.id, { body: 'edited after the export' }, Date.now() + 10_000);
    file.notes.push({ ...first, id: 'brand-new-note', body: 'new' });
    first.body = 'older copy, but file wins on equal or newer time';
    first.updatedAt += 1;
    const res = parseImport(JSON.stringify(file), await readExisting(db));
    if (!res.ok) throw new Error(res.issues.join('\n'));
    expect(res.plan.summary.notes).toEqual({ total: 4, added: 1, replaced: 2, keptNewer: 1 });
    expect(res.plan.summary.userEvents).toEqual({ total: 1, added: 0, replaced: 1 });
    expect(res.plan.summary.editedEvents).toEqual({ total: 1, added: 0, replaced: 1, becameUserEvents: 0 });
    await applyImport(db, res.plan);
    expect((await db.notes.get(second.id))?.body).toBe('edited after the export');
    expect((await db.notes.get(first.id))?.body).toBe('older copy, but file wins on equal or newer time');
    expect(await db.notes.get('brand-new-note')).toBeTruthy();
  });

  it('an edit of a bundled event this dataset no longer has comes in as the reader’s own event', async () => {
    const file = JSON.parse(exportToJson(await collectExport(db)));
    file.editedEvents[0] = { ...file.editedEvents[0], id: '1999-gone-from-dataset' };
    const target = await freshDb();
    const res = await importText(target, JSON.stringify(file));
    expect(res.ok && res.plan.summary.editedEvents.becameUserEvents).toBe(1);
    expect((await getEvent(target, '1999-gone-from-dataset'))?.origin).toBe('user');
  });

  it('can leave settings alone', async () => {
    const file = exportToJson(await collectExport(db));
    const target = await freshDb();
    const res = parseImport(file, await readExisting(target));
    if (!res.ok) throw new Error('bad');
    await enabledItem.setValue(true);
    await pausedSitesItem.setValue([]);
    await applyImport(target, res.plan, { settings: false });
    expect(await enabledItem.getValue()).toBe(true);
    expect(await pausedSitesItem.getValue()).toEqual([]);
    expect(await target.notes.count()).toBe(3);
  });

  it('tells open pages that data changed', async () => {
    const file = exportToJson(await collectExport(db));
    const rev = (await dataRevisionItem.getValue()).rev;
    await importText(await freshDb(), file);
    expect(await dataRevisionItem.getValue()).toEqual({ rev: rev + 1, what: 'all' });
  });

  it('errors name the record (index, and the note’s text or the event’s title) and the field', async () => {
    const file = JSON.parse(exportToJson(await collectExport(db)));
    file.notes[1].target = { url: 'javascript:alert(1)', title: 't', quote: { exact: '', prefix: '', suffix: '' } };
    file.notes[2].tags = 'not a list';
    file.userEvents[0].sources[0].url = 'ftp://x';
    file.editedEvents[0].kind = 'party';
    const res = parseImport(JSON.stringify(file));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    // A note is named by the start of its text (what the reader recognises), never by its internal id.
    const named = (body: string) => { const t = body.replace(/\s+/g, ' ').trim(); return t.length > 40 ? `${t.slice(0, 40).trimEnd()}…` : t; };
    expect(res.issues).toContain(`notes[1].target.url (note "${named(file.notes[1].body)}"): not an http(s) URL`);
    expect(res.issues.join('\n')).not.toContain(file.notes[1].id);
    expect(res.issues).toContain(`notes[2].tags (note "${named(file.notes[2].body)}"): must be a list (got "not a list")`);
    expect(res.issues).toContain(`userEvents[0].sources[0].url (event "${file.userEvents[0].title}"): not an http(s) URL`);
    expect(res.issues.find((i) => i.startsWith(`editedEvents[0].kind (event "${file.editedEvents[0].title}"): must be one of`))).toBeTruthy();
  });

  it('refuses files that are not ours, or from a newer Parley, in words', () => {
    const msg = (text: string) => {
      const r = parseImport(text);
      return r.ok ? 'ok' : r.issues[0];
    };
    expect(msg('not json')).toMatch(/^file: not valid JSON/);
    expect(msg('[]')).toMatch(/^file: not a Parley export/);
    expect(msg('{"format":"hypothesis"}')).toBe('format: not a Parley export (expected "parley-export", got "hypothesis")');
    expect(msg('{"format":"parley-export","version":2}')).toMatch(/^version: this file was made by a newer Parley/);
    expect(msg('{"format":"parley-export","version":1,"exportedAt":"2026-01-01T00:00:00Z","notes":[],"userEvents":[],"editedEvents":[],"settings":{"enabled":"yes","pausedSites":[]}}'))
      .toBe('settings.enabled: must be true or false (got "yes")');
  });

  it('a note taken later after a reset does not collide with imported ones', async () => {
    const file = exportToJson(await collectExport(db));
    await resetAll(db);
    await addNote(db, { eventId: null, body: 'written meanwhile' });
    await importText(db, file);
    expect(await db.notes.count()).toBe(4);
  });
});
