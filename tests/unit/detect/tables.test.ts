/**
 * The prebuilt matcher (lib/detect/tables.ts, made at build time by scripts/build/tables.ts) gives
 * exactly the mentions a matcher compiled in place gives, mention by mention, on every labelled
 * text the project has: the seed articles, the corpus, the blind batches and ../shared/news-dev.
 */
import { describe, expect, it } from 'vitest';
import prebuilt from 'virtual:parley/matcher-tables';
import { compileMatcher, createDocumentState, detect, type CompiledMatcher } from '../../../lib/detect';
import { TABLES_FORMAT, dumpMatcher, eventsKey, loadMatcher, loadMatcherSteps } from '../../../lib/detect/tables';
import { bundledMatcherEvents } from '../../../scripts/build/tables';
import type { LabelledDoc } from '../../../scripts/eval/labels';
import { labelledDocs } from '../labelled';
import { FIXTURE_EVENTS } from './fixtures';

function mentions(matcher: CompiledMatcher, doc: LabelledDoc) {
  return detect(doc.text, matcher, createDocumentState(doc.info));
}

describe('prebuilt matcher tables', () => {
  const events = bundledMatcherEvents();
  const compiled = compileMatcher(events);
  const loaded = loadMatcher(prebuilt);

  it('are built from the bundled dataset as the background orders it', () => {
    expect(prebuilt.source).toBe(eventsKey(events));
    expect(loaded.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  for (const { set, docs } of labelledDocs()) {
    it(`give the same mentions as a compiled matcher: ${set} (${docs.length} documents)`, () => {
      let n = 0;
      for (const doc of docs) {
        const a = mentions(compiled, doc);
        const b = mentions(loaded, doc);
        expect(b, doc.name).toEqual(a);
        n += a.length;
      }
      expect(n).toBeGreaterThan(0);
    });
  }

  it('carry the vocabulary with its hashes and the trie edges as the matcher walks them, equal to the compiled ones', () => {
    // Every word gets the id it has in the compiled table (the shipped hash slots find it)…
    const words = compiled.lexicon.table.dump().keys;
    expect(words.length).toBeGreaterThan(1000);
    expect(words.map((w) => loaded.lexicon.table.get(w))).toEqual(words.map((_, i) => i));
    expect(loaded.lexicon.table.get('no-such-word-zz')).toBe(-1);
    // …and the edge Map, made on demand from the shipped table, is the compiled one.
    expect(loaded.lexicon.edges).toEqual(compiled.lexicon.edges);
  });

  it('hold every phrase\'s senses as compiled, phrases with the same senses sharing one list', () => {
    expect(loaded.lexicon.seg).toEqual(compiled.lexicon.seg);
    expect(loaded.lexicon.ov).toEqual(compiled.lexicon.ov);
    // Loading shares lists rather than making one per phrase (about 12,000 on every page past the gate).
    const lists = [...loaded.lexicon.seg, ...loaded.lexicon.ov];
    expect(new Set(lists).size).toBeLessThan(lists.length / 4);
  });

  it('make a JSON part that parses into few objects: flat maps, plain pooled objects as themselves, no emptied event lists', () => {
    // In a page JSON.parse's cost is mostly the objects it makes; the old part made one array per
    // map entry, one wrapper per pooled object and five empty lists per event.
    const head = new DataView(prebuilt.bytes.buffer, prebuilt.bytes.byteOffset, prebuilt.bytes.byteLength);
    const dirEnd = 16 + 16 * head.getUint32(12, true);
    const part = JSON.parse(new TextDecoder().decode(prebuilt.bytes.subarray(dirEnd, dirEnd + head.getUint32(8, true))));
    const maps: unknown[][] = [];
    const walk = (v: unknown): void => {
      if (!v || typeof v !== 'object') return;
      if (!Array.isArray(v) && Array.isArray((v as { m?: unknown }).m)) maps.push((v as { m: unknown[] }).m);
      for (const x of Object.values(v)) walk(x);
    };
    walk(part);
    expect(maps.length).toBeGreaterThan(100);
    for (const m of maps) {
      expect(m.length % 2).toBe(0);
      expect(m.some((x) => Array.isArray(x) && x.length === 2)).toBe(false);
    }
    const wrapped = (part.pool as object[]).filter((x) => Object.keys(x).length === 1 && 'p' in x);
    expect(wrapped).toEqual([]);
    expect(Object.keys(part.events[0])).not.toContain('participants');
    // A loaded event still has those lists, empty, one shared list per field.
    expect(loaded.events[0]!.participants).toEqual([]);
    expect(loaded.events[0]!.aliases).toBe(loaded.events[1]!.aliases);
  });

  it('load in many small steps (a page hands its thread back between them), to the same matcher even when two loads interleave', () => {
    const a = loadMatcherSteps(prebuilt);
    const b = loadMatcherSteps(prebuilt);
    let steps = 0;
    let ra = a.next();
    let rb = b.next();
    while (!ra.done || !rb.done) {
      if (!ra.done) {
        steps++;
        ra = a.next();
      }
      if (!rb.done) rb = b.next();
    }
    // Some 25,000 values in runs of a few hundred: no step holds the thread for the whole walk.
    expect(steps).toBeGreaterThan(60);
    for (const m of [ra.value, rb.value]) {
      expect(m.lexicon.seg).toEqual(compiled.lexicon.seg);
      expect(m.lexicon.ov).toEqual(compiled.lexicon.ov);
      expect(m.lexicon.places).toEqual(compiled.lexicon.places);
      expect(m.lexicon.eventsByPerson).toEqual(compiled.lexicon.eventsByPerson);
      expect(m.events.map((e) => e.id)).toEqual(loaded.events.map((e) => e.id));
    }
    const text = 'Putin and Trump met in Anchorage on 15 August 2025; Lavrov and Rubio talked in Riyadh.';
    expect(detect(text, ra.value, createDocumentState({}))).toEqual(detect(text, compiled, createDocumentState({})));
  });

  it('round-trip any event list (the background dumps a reader-extended one the same way)', () => {
    const m = compileMatcher(FIXTURE_EVENTS);
    const again = loadMatcher(dumpMatcher(m));
    const text = 'Putin and Trump met in Anchorage on 15 August 2025; Lavrov and Rubio talked in Riyadh.';
    expect(detect(text, again, createDocumentState({}))).toEqual(detect(text, m, createDocumentState({})));
    expect(() => loadMatcher({ ...dumpMatcher(m), format: 0 })).toThrow(/format/);
    expect(() => loadMatcher({ format: TABLES_FORMAT, bytes: new Uint8Array(64) })).toThrow(/not Parley/);
  });

  it('load from bytes anywhere in a buffer', () => {
    const m = compileMatcher(FIXTURE_EVENTS);
    const t = dumpMatcher(m);
    // Three bytes in: the arrays inside are no longer at multiples of their size.
    const shifted = new Uint8Array(t.bytes.length + 3);
    shifted.set(t.bytes, 3);
    const text = 'Lavrov and Rubio talked in Riyadh; Putin and Trump met in Anchorage.';
    const want = detect(text, m, createDocumentState({}));
    expect(detect(text, loadMatcher({ format: t.format, bytes: shifted.subarray(3) }), createDocumentState({}))).toEqual(want);
  });
});
