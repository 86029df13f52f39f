/**
 * Having been to the other side's seat of government ("the envoys have been to the Kremlin and
 * back"), or going there quietly ("slipped into Moscow", "flew secretly to Moscow"), is a visit: with
 * the same guards as a trip ahead (a named traveller of one side, the other side's capital, Kremlin,
 * White House or country). "Has ever been to", "had never been to" tell how often, not one trip.
 * Texts written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string, publishedAt: string) =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m) => m.status !== 'related')
    .map((m) => [m.quote, m.eventId] as const);

describe('been to, slipped into: a visit to the other side\'s seat', () => {
  it('a named traveller of one side at the other side\'s seat', () => {
    expect(marks('In April 1972 Kissinger slipped into Moscow to prepare the summit.', '2002-04-20')).toContainEqual([
      expect.stringContaining('Kissinger slipped into Moscow'),
      '1972-04-kissinger-secret-moscow-trip',
    ]);
    const ms = marks('By the weekend Witkoff will have been to the Kremlin and back, officials said.', '2026-01-21');
    expect(ms.some(([q]) => q.includes('Witkoff will have been to the Kremlin'))).toBe(true);
  });
  it('not how often someone has been, nor a side alone, nor a third capital', () => {
    expect(marks('Putin has only ever been to the United States a handful of times.', '2026-11-30')).toEqual([]);
    expect(marks('Many Americans have been to Russia as tourists.', '2026-11-30')).toEqual([]);
    expect(marks('Witkoff has been to Doha twice this month.', '2026-11-30')).toEqual([]);
  });
});
