/**
 * The detector as steps (detectSteps, which the page's scanner pauses between slices) gives exactly
 * what detect gives, chunk by chunk with one document state, even when another document's steps run
 * in its pauses; and a chunk of page text is many steps, not one.
 */
import { describe, expect, it } from 'vitest';
import prebuilt from 'virtual:parley/matcher-tables';
import { createDocumentState, detect, detectSteps } from '../../../lib/detect';
import { loadMatcher } from '../../../lib/detect/tables';
import { labelledDocs } from '../labelled';

const matcher = loadMatcher(prebuilt);
const CHUNK = 4096;
const chunks = (text: string) => Array.from({ length: Math.ceil(text.length / CHUNK) }, (_, i) => text.slice(i * CHUNK, (i + 1) * CHUNK));

describe('detectSteps', () => {
  const sets = labelledDocs().filter((s) => s.set === 'seeds' || s.set === 'corpus');
  const docs = sets.flatMap((s) => s.docs).filter((d) => d.text.length > 1500);

  it('gives the same mentions as detect, chunk by chunk, with another document read in its pauses', () => {
    expect(docs.length).toBeGreaterThan(3);
    let longest = 0;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const other = docs[(i + 1) % docs.length]!;
      const st1 = createDocumentState(doc.info);
      const expected = chunks(doc.text).map((c) => detect(c, matcher, st1));
      const st2 = createDocumentState(doc.info);
      const st3 = createDocumentState(other.info);
      const otherChunks = chunks(other.text);
      const got = chunks(doc.text).map((c, k) => {
        const mine = detectSteps(c, matcher, st2);
        const theirs = detectSteps(otherChunks[k % otherChunks.length]!, matcher, st3);
        let steps = 0;
        let r = mine.next();
        for (let t = theirs.next(); !r.done; r = mine.next()) {
          steps++;
          if (!t.done) t = theirs.next();
        }
        longest = Math.max(longest, steps);
        return r.value;
      });
      expect(got, doc.name).toEqual(expected);
    }
    // A chunk with meetings in it is read in many steps (a sentence, a frame at a time).
    expect(longest).toBeGreaterThan(20);
  });
});
