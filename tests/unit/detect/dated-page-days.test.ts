/**
 * A day and month with no year on a dated page ("8 December: …" in an on-this-day list) that fits no
 * meeting of the publication's year still fits a meeting held on that day in another year, as it
 * does on an undated page. Text written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string, publishedAt: string): [string, string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt })).map((m: Mention) => [m.quote, m.status, m.eventId ?? null]);

describe('an on-this-day entry on a dated page', () => {
  const page = 'On 3 December 1989 Bush and Gorbachev ended their summit off Malta. Bush and Gorbachev spoke of a new era.\n\nOn this day\n\n8 December: the Washington summit opens';

  it('is the meeting held on that day, whatever its year', () => {
    expect(marks(page, '2021-12-03').at(-1)).toEqual(['Washington summit', 'known', '1987-washington-summit']);
  });
});
