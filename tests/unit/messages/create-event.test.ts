// The card's "Add this meeting": createUserEvent makes a user event from a mention, validated,
// with the quote as its alias, and tells every page that events changed.
import { beforeEach, describe, expect, it } from 'vitest';
import { ParleyDB } from '../../../lib/db/database';
import { eventsRevision, getEvent } from '../../../lib/db/events';
import { seedDataset } from '../../../lib/db/seed';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { createHandlers } from '../../../lib/messages/handlers';
import prebuiltMatcher from 'virtual:parley/matcher-tables';
import { aliasFromQuote, draftFromInput } from '../../../lib/messages/new-event';
import { dispatch } from '../../../lib/messages/server';
import { dataRevisionItem } from '../../../lib/settings/signals';

let db: ParleyDB;
const handlers = () => createHandlers(db, () => seedDataset(db, BUNDLED_EVENTS, 'v1'), 'v1', prebuiltMatcher);

beforeEach(() => {
  db = new ParleyDB(`test-${crypto.randomUUID()}`);
});

describe('createUserEvent', () => {
  it('creates a user event from the mention: quote as alias, the page as source, two delegations by default', async () => {
    const before = await dataRevisionItem.getValue();
    const h = handlers();
    const m0 = await h.getMatcher({});
    const ref = await h.createUserEvent({
      title: 'Ankara talks', start: '2025-05', city: 'Ankara', country: 'Turkey', quote: 'the Ankara talks',
      source: { title: 'Putin hopeful — The Fixture Times', url: 'http://news.test/a' },
    });
    expect(ref).toMatchObject({ id: '2025-ankara-talks', title: 'Ankara talks', start: '2025-05', city: 'Ankara', country: 'Turkey' });
    const ev = (await getEvent(db, ref.id))!;
    expect(ev.origin).toBe('user');
    expect(ev.aliases.en).toEqual(['Ankara talks']);
    expect(ev.sources).toEqual([{ title: 'Putin hopeful — The Fixture Times', url: 'http://news.test/a', lang: 'en' }]);
    expect(ev.participants.map((p) => p.side)).toEqual(['us', 'ru']);
    expect(await eventsRevision(db)).toBe(1);
    const after = await dataRevisionItem.getValue();
    expect(after).toEqual({ rev: before.rev + 1, what: 'events' });
    // Pages asking for the matcher get the new event.
    const m1 = await h.getMatcher({ knownVersion: m0!.version });
    expect(m0!.userEvents).toBeUndefined();
    // …and which events are the reader's, so their marks get a style of their own.
    expect(m1!.userEvents).toEqual([ref.id]);
    // The background's detector knows the new event at once.
    const found = await h.detect({ doc: 'd1', from: 0, texts: ['Officials prepared for the Ankara talks between Russia and the US.'] }, { caller: 'content', tabId: 1, frameId: 0 });
    expect('mentions' in found && found.mentions[0]!.map((m) => m.eventId)).toContain(ref.id);
  });

  it('refuses bad input with the field named, and changes nothing', async () => {
    const reply = await dispatch(handlers(), { parley: 1, type: 'createUserEvent', req: { title: 'X talks', start: '2025-13', country: 'Turkey', quote: 'the X talks' } });
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toMatch(/start/);
    expect(await eventsRevision(db)).toBe(0);
    const noCountry = await dispatch(handlers(), { parley: 1, type: 'createUserEvent', req: { title: 'X talks', start: '2025', country: ' ', quote: 'the X talks' } });
    expect((noCountry as { error: string }).error).toMatch(/country/);
  });

  it('moves the notes written on the unknown mention to the new event, and only those', async () => {
    const h = handlers();
    const target = { url: 'http://news.test/a', title: 'A', quote: { exact: 'the Ankara talks', prefix: '', suffix: '' } };
    const onMention = await h.saveNote({ eventId: null, mention: 'the Ankara talks', body: 'Who went to Ankara?', tags: [], target });
    const elsewhere = await h.saveNote({ eventId: null, mention: 'Ankara talks.', body: 'Same words, another page', tags: [] });
    const other = await h.saveNote({ eventId: null, mention: 'the Minsk talks', body: 'A different meeting', tags: [] });
    const known = await h.saveNote({ eventId: '2018-helsinki-summit', body: 'Helsinki', tags: [] });
    const ref = await h.createUserEvent({ title: 'Ankara talks', start: '2025-05', country: 'Turkey', quote: 'the Ankara talks' });
    expect((await h.getNotes({ eventId: ref.id })).map((n) => n.id).sort()).toEqual([onMention.id, elsewhere.id].sort());
    expect((await db.notes.get(onMention.id))!.target).toEqual(target);
    expect((await db.notes.get(other.id))!.eventId).toBeNull();
    expect((await db.notes.get(known.id))!.eventId).toBe('2018-helsinki-summit');
  });

  it('moves no note when the event cannot be made', async () => {
    const h = handlers();
    const n = await h.saveNote({ eventId: null, mention: 'the Ankara talks', body: 'Kept where it was', tags: [] });
    await expect(h.createUserEvent({ title: 'Ankara talks', start: '2025-13', country: 'Turkey', quote: 'the Ankara talks' })).rejects.toThrow(/start/);
    expect((await db.notes.get(n.id))!.eventId).toBeNull();
  });

  it('turns quotes into aliases the way a reader would write them', () => {
    expect(aliasFromQuote('  the Ankara   talks, ')).toBe('Ankara talks');
    expect(aliasFromQuote('“переговоры в Стамбуле”')).toBe('переговоры в Стамбуле');
    expect(draftFromInput({ title: 'Переговоры', start: '2025', country: 'Турция', quote: 'переговоры в Стамбуле' }).aliases).toEqual({ en: [], ru: ['переговоры в Стамбуле'] });
    // A one-word quote is no alias on its own (aliases need two words); the title stands in.
    expect(draftFromInput({ title: 'Elbe meeting 1945', start: '1945', country: 'Germany', quote: 'Elbe' }).aliases.en).toEqual(['Elbe meeting 1945']);
  });

  it('gives the page it was added from a language: the page’s own, else the script of the words', () => {
    const src = (lang: string | undefined, quote: string) =>
      draftFromInput({ title: 'Talks', start: '2025', country: 'Turkey', quote, source: { title: 'Page', url: 'https://example.com/a', lang } }).sources[0]?.lang;
    expect(src('uk-UA', 'переговори в Анкарі')).toBe('uk');
    expect(src(undefined, 'переговори в Анкарі')).toBe('uk');
    expect(src(undefined, 'переговоры в Анкаре')).toBe('ru');
    expect(src('', 'talks in Ankara')).toBe('en');
    expect(src('<b>', 'talks in Ankara')).toBe('en');
  });
});
