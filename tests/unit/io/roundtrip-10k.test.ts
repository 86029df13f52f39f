// Round trip at scale: 10 000 notes (with quotes, tags, Unicode, Markdown and HTML-looking text),
// exported, the data reset, imported again: exactly the same notes, events and settings.
import { describe, expect, it } from 'vitest';
import { collectExport, exportToJson } from '../../../lib/io/export';
import { importText } from '../../../lib/io/import';
import { resetAll } from '../../../lib/io/reset';
import { NoteSearch } from '../../../lib/notes/search';
import type { Note } from '../../../lib/notes/types';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { enabledItem, pausedSitesItem } from '../../../lib/settings/settings';
import { populated, snapshot } from './helpers';

const WORDS = ['summit', 'sanctions', 'embassy', 'prisoner', 'exchange', 'ceasefire', 'Helsinki', 'Anchorage', 'Женева', 'переговоры', 'arms', 'control', '«quoted»', '<b>not html</b>', '**bold**', '`code`', 'https://example.org/a?b=1'];

function makeNotes(n: number): Note[] {
  const ids = BUNDLED_EVENTS.map((e) => e.id);
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const created = 1_600_000_000_000 + i * 60_000;
    const words = Array.from({ length: 5 + Math.floor(rand() * 40) }, () => pick(WORDS)).join(rand() < 0.1 ? '\n' : ' ');
    return {
      id: crypto.randomUUID(),
      eventId: rand() < 0.9 ? pick(ids) : null,
      ...(rand() < 0.1 ? { mention: `the ${pick(WORDS)} talks` } : {}),
      body: `${i}: ${words}`,
      tags: [...new Set(Array.from({ length: Math.floor(rand() * 3) }, () => pick(['cold-war', 'follow-up', 'press', 'check', 'арктика'])))],
      createdAt: created,
      updatedAt: created + (rand() < 0.3 ? 5_000 : 0),
      ...(rand() < 0.8
        ? { target: { url: `https://news.example/${i}?q=${encodeURIComponent(pick(WORDS))}`, title: `Article ${i} — ${pick(WORDS)}`, quote: { exact: pick(WORDS), prefix: `${pick(WORDS)} `, suffix: ` ${pick(WORDS)}` } } }
        : {}),
    } satisfies Note;
  });
}

describe('10 000 notes', () => {
  it('export → reset → import gives back exactly the same data', async () => {
    const db = await populated();
    const notes = makeNotes(10_000);
    await db.notes.bulkPut(notes);
    await enabledItem.setValue(false);
    await pausedSitesItem.setValue(['www.example.com']);
    const before = await snapshot(db);
    expect(before.notes.length).toBe(10_003);

    const t0 = performance.now();
    const file = exportToJson(await collectExport(db));
    const t1 = performance.now();
    await resetAll(db);
    expect(await db.notes.count()).toBe(0);
    const t2 = performance.now();
    const res = await importText(db, file);
    const t3 = performance.now();
    expect(res.ok).toBe(true);

    const after = await snapshot(db);
    expect(after.notes).toEqual(before.notes);
    expect(after.events).toEqual(before.events);
    expect(after.enabled).toBe(false);
    expect(after.pausedSites).toEqual(['www.example.com']);
    console.log(`10 003 notes, ${(file.length / 1048576).toFixed(1)} MB: export ${Math.round(t1 - t0)} ms, import (validate + write) ${Math.round(t3 - t2)} ms (fake-indexeddb in Node)`);
  }, 120_000);

  it('search over 10 000 notes', () => {
    const notes = makeNotes(10_000);
    const events = new Map(BUNDLED_EVENTS.map((e) => [e.id, e]));
    const s = new NoteSearch();
    const t0 = performance.now();
    s.sync(notes, (id) => events.get(id));
    const t1 = performance.now();
    const queries = ['helsinki', 'sanctions embassy', 'женева', 'prisner', 'anch', 'follow-up'];
    let hits = 0;
    for (const q of queries) hits += s.search(q).length;
    const t2 = performance.now();
    const changed = notes.map((n, i) => (i % 1000 === 0 ? { ...n, body: `${n.body} edited`, updatedAt: n.updatedAt + 1 } : n));
    const t3 = performance.now();
    expect(s.sync(changed, (id) => events.get(id))).toBe(10);
    const t4 = performance.now();
    expect(hits).toBeGreaterThan(0);
    console.log(`search: index 10 000 notes ${Math.round(t1 - t0)} ms; ${queries.length} queries ${((t2 - t1) / queries.length).toFixed(1)} ms each; re-sync after 10 edits ${(t4 - t3).toFixed(1)} ms`);
  });
});
