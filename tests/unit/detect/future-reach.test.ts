/**
 * Text looking ahead with no time of its own speaks of a meeting of the coming months: on a page of
 * 2021, "diplomats will hold their first in-person talks" is not a round held four years later,
 * however well its number and words fit. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';


describe('untimed text looking ahead', () => {
  it('is no meeting held years after the page', () => {
    const ms = detect('American and Russian diplomats will hold their first in-person talks. Lavrov and Blinken plan to meet in Reykjavik on Wednesday.', matcher, createDocumentState({ publishedAt: '2021-05-19' }));
    expect(ms[0]?.quote).toMatch(/first in-person talks/);
    expect(ms[0]?.eventId).not.toBe('2025-istanbul-embassy-round-1');
    expect(ms[0]?.eventId).toBe('2021-05-19-blinken-lavrov-reykjavik');
  });
  it('is no planned or called-off meeting years after the page either', () => {
    const ms = detect('Bush and Putin met in Slovenia on Saturday. Bush will visit Putin in Moscow soon.', matcher, createDocumentState({ publishedAt: '2001-06-17' }));
    const visit = ms.find((m) => m.quote.includes('visit Putin in Moscow'));
    expect(visit).toBeDefined();
    expect(visit!.eventId).not.toBe('2013-09-moscow-summit-cancelled');
  });
  it('reads "next fall" and "in the fall" as a season, not the verb', () => {
    for (const t of ['next fall', 'in the fall']) {
      const ms = detect(`Bush and Putin met in Slovenia on Saturday. Bush will visit Putin in Moscow ${t}.`, matcher, createDocumentState({ publishedAt: '2001-06-17' }));
      expect(ms.some((m) => m.quote.endsWith(t))).toBe(true);
    }
  });
  it('still reaches a meeting its own time names', () => {
    const ms = detect('Officials said Trump and Putin would meet in Alaska in August 2025.', matcher, createDocumentState({ publishedAt: '2021-05-19' }));
    expect(ms[0]?.eventId).toBe('2025-anchorage-summit');
  });
});
