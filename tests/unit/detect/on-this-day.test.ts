/**
 * On-this-day pages tell an old meeting in the present tense. A page of 11 October 2016 about
 * Reykjavik (11–12 October 1986) says the two leaders "opened a two-day summit today": its "today"
 * is the meeting's day thirty years before, not the publication day, so the mention is the
 * Reykjavik summit rather than a meeting the dataset does not hold. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string, publishedAt: string) =>
  detect(text, matcher, createDocumentState({ publishedAt })).filter((m) => m.status === 'known' || m.status === 'unknown');

describe('on-this-day pages', () => {
  it("read the page's 'today' as its meeting's day, years before", () => {
    const text = 'Reagan and Gorbachev meet in Reykjavik, 30 years ago\n\nRonald Reagan and Mikhail Gorbachev opened a two-day summit today in Reykjavik, Iceland.';
    const ms = marks(text, '2016-10-11');
    expect(ms.length).toBeGreaterThanOrEqual(2);
    for (const m of ms) expect(m.eventId, text.slice(m.start, m.end)).toBe('1986-reykjavik-summit');
  });
  it('leave "today" alone when the page\'s meeting fell on another day', () => {
    const text = 'Reagan and Gorbachev met in Reykjavik, 30 years ago\n\nThe two presidents opened a summit today in Reykjavik.';
    const later = marks(text, '2016-11-20').find((m) => text.slice(m.start, m.end).includes('today'));
    expect(later?.eventId ?? null).not.toBe('1986-reykjavik-summit');
  });
});
