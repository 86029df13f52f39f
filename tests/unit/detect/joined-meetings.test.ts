/**
 * Meetings said inside or after another meeting phrase of the same sentence: "there" standing for
 * the place just named, a meeting inside a since-clause, "and again" after a joined purpose phrase,
 * and "and held a summit in …" with a setting of its own.
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

describe('"there" after a meeting phrase', () => {
  it('takes the time after it as the meeting\'s own, at the place named before', () => {
    const ms = usru('Putin and Bush met at Camp David in September 2003, the first Kremlin leader at the retreat since Nikita Khrushchev\'s talks with Dwight Eisenhower there in 1959.', '2020-05-01');
    expect(ms).toContainEqual(['Nikita Khrushchev\'s talks with Dwight Eisenhower there in 1959', '1959-camp-david-summit']);
  });
  it('is not read before a verb ("there were")', () => {
    const ms = usru('Reagan and Gorbachev met in Geneva in 1985; at the talks there were no breakthroughs.', '2020-05-01');
    expect(ms.some(([q]) => /there were/.test(q))).toBe(false);
  });
});

describe('a meeting inside a since-clause', () => {
  it('is dated by the clause\'s year', () => {
    const ms = usru('He was the first Kremlin leader at the retreat since Khrushchev\'s talks with Eisenhower in 1959.', '2020-05-01');
    expect(ms).toEqual([['Khrushchev\'s talks with Eisenhower in 1959', '1959-camp-david-summit']]);
  });
  it('still bounds a meeting said before "since"', () => {
    const ms = usru('Rubio and Lavrov held talks in Riyadh, the first since the invasion began in 2022.', '2025-03-01');
    expect(ms[0][1]).toBe('2025-riyadh-talks');
  });
});

describe('"and again" after a purpose phrase joined to a trip', () => {
  it('is a second visit of the same person to the same place', () => {
    expect(usru('Yeltsin came to Washington for talks in June 1992 and again in September 1994.', '2020-05-01')).toEqual([
      ['Yeltsin came to Washington', '1992-washington-summit'],
      ['again in September 1994', '1994-washington-summit'],
    ]);
  });
  it('is no repeat without "again"', () => {
    const ms = usru('Yeltsin came to Washington for talks in June 1992 and in the autumn he was in Ottawa.', '2020-05-01');
    expect(ms.some(([q]) => q.startsWith('in the autumn'))).toBe(false);
  });
});

describe('"and held a summit" with a place or time of its own', () => {
  it('is a second meeting, not the first one\'s place', () => {
    expect(usru('Bush and Gorbachev met off Malta in December 1989 and held a summit in Washington in June 1990.', '2020-05-01')).toEqual([
      ['Bush and Gorbachev met off Malta in December 1989', '1989-malta-summit'],
      ['summit in Washington in June 1990', '1990-washington-summit'],
    ]);
  });
  it('still joins a meeting noun with no setting of its own to the trip', () => {
    const ms = usru('Shevardnadze flew to Washington in September 1987 and held talks with Shultz.', '2020-05-01');
    expect(ms).toEqual([['Shevardnadze flew to Washington in September 1987 and held talks with Shultz', '1987-09-shultz-shevardnadze-washington']]);
  });
});
