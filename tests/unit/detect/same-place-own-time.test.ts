/**
 * A meeting phrase at a place where the page already told a meeting it could not name is that same
 * meeting, unless its own time says which known one it is: "The meeting held in Riyadh on Tuesday"
 * under a headline that named only Riyadh, where two meetings were held weeks apart. Once one
 * mention names it, the headline's is read again with the whole page, as other unknown ones are.
 * Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const marks = (text: string) => detect(text, matcher, createDocumentState({})).map((m) => [m.quote, m.status, m.eventId] as const);

describe('the same place as an unnamed meeting, with a time of its own', () => {
  it('the weekday says which of the meetings held there it was, and the headline follows', () => {
    const text =
      'US-Russia meeting in Riyadh was more than a first step | The Weekly Desk\n' +
      'US-Russia meeting in Riyadh was more than a first step\n' +
      'The meeting held in Riyadh on Tuesday turned out to be more than a first step for both delegations.';
    expect(marks(text)).toEqual([
      ['US-Russia meeting in Riyadh', 'known', '2025-riyadh-talks'],
      ['US-Russia meeting in Riyadh', 'known', '2025-riyadh-talks'],
      ['meeting held in Riyadh on Tuesday', 'known', '2025-riyadh-talks'],
    ]);
  });
  it('with no time of its own it stays the page’s unnamed meeting', () => {
    const text = 'US-Russia meeting in Riyadh was more than a first step\nThe meeting held in Riyadh turned out to be more than a first step.';
    expect(marks(text).every(([, status]) => status === 'unknown')).toBe(true);
  });
});
