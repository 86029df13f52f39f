/**
 * A light verb in the progressive ("are holding", "were holding") carries its meeting noun's
 * parties from the subject before the copula, as "held" does. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const marks = (text: string, publishedAt: string) => detect(text, matcher, createDocumentState({ publishedAt })).map((m) => [m.quote, m.status, m.eventId] as const);

describe('a progressive light verb', () => {
  it('takes the subject before "are" or "were" as the parties', () => {
    expect(marks('Trump and Putin are holding a long-awaited face-to-face meeting in Hamburg.', '2017-07-07')).toEqual([
      ['Trump and Putin are holding a long-awaited face-to-face meeting in Hamburg', 'known', '2017-07-07-hamburg-g20-trump-putin'],
    ]);
    expect(marks('Reagan and Gorbachev were holding talks in Reykjavik when the news broke.', '1986-10-12')[0]).toEqual([
      'Reagan and Gorbachev were holding talks in Reykjavik',
      'known',
      '1986-reykjavik-summit',
    ]);
  });
  it('not a copula before a noun that is no light verb', () => {
    expect(marks('Trump and Putin are reading about the talks in Hamburg.', '2017-07-07').some(([q]) => q.startsWith('Trump'))).toBe(false);
  });
});
