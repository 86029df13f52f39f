/**
 * "Trump and Putin's last encounter", "their most recent meeting", «последняя встреча Путина и
 * Трампа»: a word for "last" or "previous" between the people and the meeting noun keeps the people
 * the meeting's, and the time beside it dates it. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string, publishedAt: string) =>
  detect(text, matcher, createDocumentState({ publishedAt })).filter((m) => m.status === 'known' || m.status === 'unknown').map((m) => [m.quote, m.eventId]);

describe('the people before "last", "most recent"', () => {
  it('are the meeting\'s parties', () => {
    expect(marks('Trump and Putin\'s last encounter, in August 2025, ended without a deal.', '2025-12-01')).toEqual([['Trump and Putin\'s last encounter', '2025-anchorage-summit']]);
    expect(marks('Trump and Putin\'s most recent meeting was in Alaska.', '2025-12-01')).toEqual([['Trump and Putin\'s most recent meeting', '2025-anchorage-summit']]);
  });
});
