import { describe, expect, it } from 'vitest';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { EventSearch, NoteSearch, foldTerm } from '../../../lib/notes/search';
import type { Note } from '../../../lib/notes/types';

const note = (id: string, body: string, extra: Partial<Note> = {}): Note => ({
  id, eventId: null, body, tags: [], createdAt: 1, updatedAt: 1, ...extra,
});
const events = new Map(BUNDLED_EVENTS.map((e) => [e.id, e]));
const eventOf = (id: string) => events.get(id);

describe('note search', () => {
  it('finds words in bodies, tags, quotes, page titles and the event, by prefix and despite typos', () => {
    const s = new NoteSearch();
    s.sync([
      note('a', 'Compare the joint statement with 1985', { eventId: '2018-helsinki-summit' }),
      note('b', 'Prisoner exchange came up again', { tags: ['prisoners'] }),
      note('c', 'Nothing here', { target: { url: 'https://news.example/x', title: 'Envoy flies to Moscow', quote: { exact: 'Witkoff met Putin', prefix: '', suffix: '' } } }),
      note('d', 'О переговорах в Стамбуле, ёлки', { mention: 'talks in Ankara' }),
    ], eventOf);
    expect(s.search('helsinki')).toEqual(['a']);
    expect(s.search('statem')).toEqual(['a']);
    expect(s.search('prisoners')).toContain('b');
    expect(s.search('witkoff')).toEqual(['c']);
    expect(s.search('moscow envoy')).toEqual(['c']);
    expect(s.search('ankara')).toEqual(['d']);
    expect(s.search('стамбуле елки')).toEqual(['d']);
    expect(s.search('exchnage')).toEqual(['b']);
    expect(s.search('   ')).toEqual([]);
  });

  it('syncs incrementally: changed and removed notes only', () => {
    const s = new NoteSearch();
    const notes = Array.from({ length: 50 }, (_, i) => note(`n${i}`, `note number ${i} about summits`));
    expect(s.sync(notes, eventOf)).toBe(50);
    expect(s.sync(notes, eventOf)).toBe(0);
    const changed = notes.map((n) => (n.id === 'n3' ? { ...n, body: 'rewritten about sanctions', updatedAt: 2 } : n)).filter((n) => n.id !== 'n7');
    expect(s.sync(changed, eventOf)).toBe(2);
    expect(s.search('sanctions')).toEqual(['n3']);
    expect(s.search('summits')).not.toContain('n7');
    expect(s.size).toBe(49);
  });

  it('folds case and accents', () => {
    expect(foldTerm('Élysée')).toBe('elysee');
    expect(foldTerm('ЁЛКИ')).toBe('елки');
  });
});

describe('event search', () => {
  it('finds events by title, alias, place, people and year', () => {
    const s = new EventSearch(BUNDLED_EVENTS);
    expect(s.search('helsinki 2018')).toContain('2018-helsinki-summit');
    expect(s.search('anchorage')[0]).toBe('2025-anchorage-summit');
    expect(s.search('хельсинки')).toContain('2018-helsinki-summit');
    expect(s.search('')).toEqual([]);
  });
});

describe('async indexing', () => {
  it('indexes in chunks and serialises overlapping syncs', async () => {
    const s = new NoteSearch();
    const notes = Array.from({ length: 1200 }, (_, i) => note(`n${i}`, `body ${i} ceasefire`));
    const a = s.syncAsync(notes, eventOf);
    const b = s.syncAsync(notes.slice(0, 600), eventOf);
    expect(await a).toBe(1200);
    expect(await b).toBe(600);
    expect(s.size).toBe(600);
    expect(s.search('ceasefire').length).toBe(600);
  });
});
