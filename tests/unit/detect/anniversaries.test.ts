/**
 * Anniversary pieces date their meeting by the span of years they mark: "the 50th anniversary of",
 * "marks fifty years since", «50-летие», «исполнилось 50 лет», «минуло 50 років від», «50-ту
 * річницю». On a page of May 2022, Nixon's visit to Moscow is then the 1972 summit, not his 1959
 * trip as vice-president (the first of his visits in the dataset). Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const eventOf = (text: string): string | null | undefined =>
  detect(text, matcher, createDocumentState({ publishedAt: '2022-05-20' })).find((m) => m.status === 'known' || m.status === 'unknown')?.eventId;

describe('anniversaries', () => {
  it('date the meeting that many years before the page', () => {
    for (const text of [
      'The city marked the 50th anniversary of Nixon\'s visit to Moscow.',
      'This month marks 50 years since Nixon\'s visit to the Soviet Union.',
      'Fifty years since Nixon\'s visit to Moscow, historians still argue about it.',
      'В столице отмечают 50-летие визита Никсона в Москву.',
      'В этом месяце исполняется 50 лет визиту Никсона в Советский Союз.',
      'Исполнилось 50 лет со дня визита Никсона в СССР.',
      'Минуло 50 років від візиту Ніксона до Москви.',
      'Історики згадують 50-ту річницю візиту Ніксона до Москви.',
    ]) {
      expect(eventOf(text), text).toBe('1972-moscow-summit');
    }
  });
});
