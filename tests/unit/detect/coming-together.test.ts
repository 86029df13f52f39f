/**
 * Verbs of coming together ("gathered", "convened", "reconvened") are a meeting only when their own
 * subject names both sides. Texts written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string, publishedAt: string) =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m) => m.status !== 'related')
    .map((m) => [m.quote, m.eventId] as const);

describe('coming together, said of both sides', () => {
  it('both sides as the subject of "gathered" / "convened" make it their meeting', () => {
    expect(marks('American and Russian officials gathered in Riyadh on Tuesday, their first talks in years.', '2025-02-19')).toContainEqual([
      expect.stringContaining('American and Russian officials gathered in Riyadh'),
      '2025-riyadh-talks',
    ]);
    expect(marks('The US and Russian delegations convened in Riyadh on Tuesday.', '2025-02-19')).toContainEqual([
      expect.stringContaining('delegations convened in Riyadh'),
      '2025-riyadh-talks',
    ]);
  });
  it('anyone else gathering is not a meeting, even with both leaders later in the sentence', () => {
    const ms = marks('Protesters gathered in Anchorage on Thursday, a day before Trump and Putin were due to meet there.', '2025-08-14');
    expect(ms.some(([q]) => q.includes('gathered'))).toBe(false);
    expect(marks('Journalists gathered in Riyadh to wait for news.', '2025-02-19')).toEqual([]);
  });
});
