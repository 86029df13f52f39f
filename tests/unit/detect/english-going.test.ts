/**
 * English verbs of being at the other side besides the past "flew to", "went to": being expected
 * or back somewhere ("are expected in", "will be back in") and "toured", with the traveller in the
 * clause; "not" contracted ("isn't", "didn't") negating as "not" does; and a trip told as done or
 * dated that is not the one the page told as still ahead at the same place.
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

describe('being expected, or back, at the other side', () => {
  it('"are expected in", "will be back in": the subject before the copula is the traveller', () => {
    expect(usru('Witkoff and Kushner are expected in Moscow within days.', '2026-12-01')).toEqual([['Witkoff and Kushner are expected in Moscow', null]]);
    expect(usru('Witkoff will soon be back in the Kremlin.', '2026-12-01')).toEqual([['Witkoff will soon be back in the Kremlin', null]]);
  });
  it('is nothing with no traveller of a side in the clause', () => {
    expect(usru('Delegates are expected in Moscow within days.', '2026-12-01')).toEqual([]);
  });
  it('"toured" the other country', () => {
    expect(usru('Khrushchev toured the United States in September 1959.', '2020-01-01')).toEqual([
      ['Khrushchev toured the United States in September 1959', '1959-camp-david-summit'],
    ]);
  });
});

describe('a contracted "not"', () => {
  it("negates the verb as 'not' does", () => {
    expect(usru('Witkoff is not expected in Moscow this month.', '2026-12-01')).toEqual([]);
    expect(usru('Witkoff isn’t expected in Moscow this month.', '2026-12-01')).toEqual([]);
    expect(usru("Trump didn't meet Putin in Osaka.", '2020-01-01')).toEqual([]);
  });
});

describe('a trip told as done after one told as ahead, at the same place', () => {
  it('is not that trip: it resolves on its own date', () => {
    const marks = usru('Witkoff and Kushner are expected in Moscow next week. Witkoff first flew to Moscow alone in February 2025 and came home with a prisoner.', '2026-12-03');
    expect(marks.map((m) => m[1])).toEqual([null, '2025-02-11-witkoff-putin-moscow']);
  });
});
