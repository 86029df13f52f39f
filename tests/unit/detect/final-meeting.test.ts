/**
 * "Their final summit", "it was the last meeting between Reagan and Gorbachev": the last of the
 * people's meetings, as "their first meeting" is the first (for people who no longer meet). A bare
 * "the last meeting" still points back to the one before the page's own.
 * Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const usru = (text: string, publishedAt: string): [string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => [m.quote, m.eventId ?? null]);

describe('the final meeting of two people', () => {
  it('"was the last meeting between" is the last one they held', () => {
    expect(usru('Historians still argue about that farewell lunch. It was the last meeting between Reagan and Gorbachev as leaders.', '2019-01-01')).toEqual([
      ['meeting between Reagan and Gorbachev', '1988-governors-island-meeting'],
    ]);
  });
  it('"the final meeting between" is too', () => {
    expect(usru('A cold wind blew over the harbor that day. It was the final meeting between Reagan and Gorbachev.', '2019-01-01')).toEqual([
      ['meeting between Reagan and Gorbachev', '1988-governors-island-meeting'],
    ]);
  });
});
