/**
 * A clause opened by a relative "when" or "where" after a comma is said of the time just before the
 * comma ("…in April, when diplomats met in Istanbul"): with no time of its own, its meeting is dated by it.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect } from '../../../lib/detect';
import { FIXTURE_EVENTS } from './fixtures';

const matcher = compileMatcher(FIXTURE_EVENTS);
const meetingOf = (text: string, quote: RegExp) => detect(text, matcher, createDocumentState({ publishedAt: '2025-09-01' })).find((x) => quote.test(x.quote));

describe('a meeting in a "when" clause', () => {
  it('takes the time the clause is said of (English)', () => {
    const m = meetingOf('The question of visas came back in April, when American and Russian diplomats met in Istanbul for six hours.', /Istanbul/);
    expect([m?.status, m?.eventId]).toEqual(['known', '2025-istanbul-2']);
  });

  it('takes the time the clause is said of (Russian)', () => {
    const m = meetingOf('К теме посольств вернулись в апреле, когда российские и американские дипломаты встретились в Стамбуле.', /Стамбул/);
    expect([m?.status, m?.eventId]).toEqual(['known', '2025-istanbul-2']);
  });

  it('keeps a time of its own', () => {
    const m = meetingOf('The question of visas came back in April, when American and Russian diplomats recalled that they had met in Istanbul on February 27.', /Istanbul/);
    expect([m?.status, m?.eventId]).toEqual(['known', '2025-istanbul-1']);
  });
});
