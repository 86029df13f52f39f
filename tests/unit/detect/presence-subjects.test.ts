/**
 * Who a presence phrase ("… arrived at the Kremlin on Tuesday") may have as its subject: a side's
 * unnamed group ("the US envoys", "Trump's envoys", "the American delegation"), a person under
 * someone else's title ("Trump envoy Steve Witkoff": Trump is not there), and a subject after a
 * colon. Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const usru = (text: string, publishedAt: string): [string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => [m.quote, m.eventId ?? null]);

const KREMLIN_DEC = '2025-12-02-witkoff-kushner-putin-moscow';

describe('a side’s unnamed group at the other side’s seat, with a time', () => {
  it('is a visit: "the US envoys", "Trump’s envoys", "the American delegation"', () => {
    expect(usru('The US envoys arrived at the Kremlin on Tuesday.', '2025-12-03')).toEqual([['The US envoys arrived at the Kremlin on Tuesday', KREMLIN_DEC]]);
    expect(usru('Trump’s envoys were at the Kremlin on Tuesday.', '2025-12-03')).toEqual([['Trump’s envoys were at the Kremlin on Tuesday', KREMLIN_DEC]]);
    expect(usru('The American delegation was in Moscow on Tuesday.', '2025-12-03')).toEqual([['The American delegation was in Moscow on Tuesday', KREMLIN_DEC]]);
  });
  it('is no visit anywhere else, nor for troops', () => {
    expect(usru('The Russian delegation arrived in Istanbul on Tuesday.', '2025-12-03')).toEqual([]);
    expect(usru('Russian troops arrived in Kupiansk on Tuesday.', '2025-12-03')).toEqual([]);
  });
});

describe('a person under another’s title', () => {
  it('is there; the title’s owner is not ("Trump envoy Steve Witkoff arrived in Moscow")', () => {
    expect(usru('Trump envoy Steve Witkoff arrived in Moscow on Tuesday.', '2025-12-03')).toEqual([['Trump envoy Steve Witkoff arrived in Moscow on Tuesday', KREMLIN_DEC]]);
  });
});

describe('a presence after a colon', () => {
  it('is read there ("The day’s main business comes late: Trump’s envoys are due at the Kremlin this evening")', () => {
    expect(usru('The day’s main business comes late: Trump’s envoys are due at the Kremlin this evening.', '2025-12-02')).toEqual([
      ['Trump’s envoys are due at the Kremlin this evening', KREMLIN_DEC],
    ]);
  });
  it('is not a second mention of the meeting phrase it describes', () => {
    const ms = usru('February 1945, the Yalta conference: Roosevelt, Stalin and Churchill at the Livadia Palace settle the shape of Europe.', '2020-02-04');
    expect(ms.map((m) => m[1])).toEqual(['1945-yalta-conference']);
  });
});
