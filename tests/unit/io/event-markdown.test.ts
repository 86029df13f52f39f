import { describe, expect, it } from 'vitest';
import { toStored } from '../../../lib/db/seed';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { eventToMarkdown, pagesMet } from '../../../lib/io/event-markdown';
import type { Note } from '../../../lib/notes/types';

const ev = toStored(structuredClone(BUNDLED_EVENTS.find((e) => e.id === '2018-helsinki-summit')!), 'bundled');
const q = { exact: 'the Helsinki summit', prefix: '', suffix: '' };
const notes: Note[] = [
  { id: 'a', eventId: ev.id, body: 'First *seen* <b>here</b>', tags: ['press'], createdAt: Date.UTC(2024, 0, 1), updatedAt: Date.UTC(2024, 0, 1), target: { url: 'https://news.example/one', title: 'One [story]', quote: q } },
  { id: 'b', eventId: ev.id, body: 'Second', tags: [], createdAt: Date.UTC(2024, 0, 3), updatedAt: Date.UTC(2024, 0, 3), target: { url: 'https://news.example/two', title: '', quote: q } },
  { id: 'c', eventId: ev.id, body: 'Again on the first page', tags: [], createdAt: Date.UTC(2024, 0, 5), updatedAt: Date.UTC(2024, 0, 5), target: { url: 'https://news.example/one', title: 'One [story]', quote: q } },
];

describe('one event as Markdown', () => {
  it('gives its facts, the notes (newest first) and the pages where the reader met it', () => {
    const md = eventToMarkdown(ev, notes, new Date(Date.UTC(2024, 1, 1)));
    expect(md.startsWith(`# ${ev.title}\n`)).toBe(true);
    expect(md).toContain('- When: 16 July 2018');
    expect(md).toContain('- Where: ');
    expect(md).toContain('- Status: held');
    expect(md).toContain('## Sources');
    expect(md).toContain(`[${ev.sources[0]!.title.replace(/[\\`*_{}[\]()<>#+!|~&]/g, '\\$&')}](<${ev.sources[0]!.url}>)`);
    // Notes newest first; HTML in a note stays text.
    expect(md.indexOf('Again on the first page')).toBeLessThan(md.indexOf('Second'));
    expect(md).toContain('First *seen* \\<b>here\\</b>');
    expect(md).toContain('Tags: #press');
    // Each page once, in the order first met; a page without a title by its address; titles escaped.
    const met = md.slice(md.indexOf('## Where you met it'));
    expect(met).toContain('- [One \\[story\\]](<https://news.example/one>)\n- [https://news.example/two](<https://news.example/two>)');
    expect(met.match(/news\.example\/one/g)!.length).toBe(1); // once, though two notes were taken there
    expect(md.trimEnd().endsWith('Exported from Parley 2024-02-01 00:00 UTC')).toBe(true);
  });

  it('says so when there are no notes, and lists no pages', () => {
    const md = eventToMarkdown({ ...ev, origin: 'user' }, []);
    expect(md).toContain('- Status: held (added by you, unverified)');
    expect(md).toContain('## Your notes\n\nNo notes.');
    expect(md).not.toContain('Where you met it');
    expect(pagesMet([])).toEqual([]);
  });
});
