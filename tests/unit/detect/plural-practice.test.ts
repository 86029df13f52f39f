/**
 * Plural meeting words that tell how often the sides met, not one meeting: counted ("eleven
 * meetings"), over a span of time ("between February 2025 and September 2026"), or placed only in a
 * country ("visits by American envoys to Russia"), with nobody named. (Counted or spanned plurals
 * with a city of their own are left to the patterns.) Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const usru = (text: string, publishedAt?: string): string[] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => m.quote);

describe('a plural meeting word that counts meetings', () => {
  it('over a span of time, with nobody named, is no mark', () => {
    expect(usru('Our tally finds nine in-person US–Russian meetings between March 2025 and August 2026, more than in the decade before.', '2026-12-01')).toEqual([]);
  });
  it('placed only in a country, with no time and nobody named, is no mark', () => {
    expect(usru('Visits by American negotiators to Russia have become almost routine.', '2026-12-01')).toEqual([]);
  });
  it('one meeting in the same sentence is still marked', () => {
    expect(usru('Visits by American negotiators to Russia have become almost routine since Witkoff met Putin in Moscow on 11 February 2025.', '2026-12-01')).toEqual(['Witkoff met Putin in Moscow on 11 February 2025']);
  });
});
