/**
 * Two times of one frame, one inside the other ("in 2025 … in February", «в начале года … в январе»):
 * the narrower says when the meeting was; a meeting that fits only the wider one is not dated by it.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect } from '../../../lib/detect';
import { FIXTURE_EVENTS } from './fixtures';

const matcher = compileMatcher(FIXTURE_EVENTS);

describe('a year refined by a month in the same frame', () => {
  it('dates the meeting by the month, though the page is about another meeting of that year', () => {
    const text =
      'Российские и американские дипломаты провели переговоры в Стамбуле 10 апреля. ' +
      'Переговоры в Стамбуле в 2025 году прошли и в феврале.';
    const m = detect(text, matcher, createDocumentState({ publishedAt: '2025-09-01' })).find((x) => /феврал/.test(x.quote));
    expect([m?.status, m?.eventId]).toEqual(['known', '2025-istanbul-1']);
  });
});
