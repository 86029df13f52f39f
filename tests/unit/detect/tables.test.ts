/**
 * The prebuilt matcher (lib/detect/tables.ts, made at build time by scripts/build/tables.ts) gives
 * exactly the mentions a matcher compiled in place gives, mention by mention, on every labelled
 * text the project has: the seed articles, the corpus, the blind batches and ../shared/news-dev.
 */
import { describe, expect, it } from 'vitest';
import prebuilt from 'virtual:parley/matcher-tables';
import { compileMatcher, createDocumentState, detect, type CompiledMatcher } from '../../../lib/detect';
import { dumpMatcher, eventsKey, loadMatcher } from '../../../lib/detect/tables';
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

  it('round-trip any event list (the background dumps a reader-extended one the same way)', () => {
    const m = compileMatcher(FIXTURE_EVENTS);
    const again = loadMatcher(dumpMatcher(m));
    const text = 'Putin and Trump met in Anchorage on 15 August 2025; Lavrov and Rubio talked in Riyadh.';
    expect(detect(text, again, createDocumentState({}))).toEqual(detect(text, m, createDocumentState({})));
    expect(() => loadMatcher({ ...dumpMatcher(m), format: 0 })).toThrow(/format/);
  });
});
