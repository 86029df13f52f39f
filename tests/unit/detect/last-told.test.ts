/**
 * A mention with no time or place of its own goes on about the meeting the text told a sentence or
 * two before, even when the page has told several meetings of the same people (its focus is spread
 * over all of them) and a newer one is nearer the publication date.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect } from '../../../lib/detect';
import { FIXTURE_EVENTS } from './fixtures';

const matcher = compileMatcher(FIXTURE_EVENTS);

describe('the meeting the text told just before', () => {
  const text =
    'The Alaska summit in August 2025 was short and ended without a deal. ' +
    'It was not their first summit: Trump and Putin met in Helsinki in July 2018. ' +
    'Trump and Putin held talks without aides for two hours, and the press conference that followed was remembered for years.';
  it('is the meeting the next sentence talks about', () => {
    const ms = detect(text, matcher, createDocumentState({ publishedAt: '2025-09-01' }));
    const m = ms.find((x) => /held talks/.test(x.quote));
    expect([m?.status, m?.eventId]).toEqual(['known', '2018-helsinki']);
  });
  it('is not the meeting told before when the mention says it is another one', () => {
    const ms = detect(text.replace('Trump and Putin held talks', 'Trump and Putin met again'), matcher, createDocumentState({ publishedAt: '2025-09-01' }));
    const m = ms.find((x) => /again/.test(x.quote));
    expect(m?.eventId).not.toBe('2018-helsinki');
  });
});

describe('a time counted from the meeting before, well after the frame', () => {
  it('dates what followed the meeting, not the meeting itself', () => {
    const text =
      'Helsinki, 2018. Trump and Putin met at the Helsinki summit. ' +
      'Trump met Putin and the two of them began a long argument over sanctions that culminated the following year in new penalties.';
    const m = detect(text, matcher, createDocumentState({ publishedAt: '2025-09-01' })).find((x) => x.quote === 'Trump met Putin');
    expect([m?.status, m?.eventId]).toEqual(['known', '2018-helsinki']);
  });
});
