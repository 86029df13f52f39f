/**
 * Negotiations held in rounds over many months are stored as one event with a start and an end.
 * A date inside that span agrees with the process without saying that a meeting of it fell then:
 * with only the place besides, it is no second clue, so a ministers' meeting of other people in
 * the same city in those months is not taken for the delegations' talks. A page dated inside the
 * span still reads an untimed mention of the talks as the process going on. Events and sentences
 * invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, type MatcherEvent, type Mention } from '../../../lib/detect';
import { withinProcess } from '../../../lib/detect/resolve';
import { eventRange, rangeOf } from '../../../lib/detect/dates';

const VIENNA = ['Vienna', 'Вена', 'Вене', 'Austria', 'Австрия'];
const base = { status: 'held' as const, city: 'Vienna', country: 'Austria', placeNames: VIENNA, sharedAliases: [], cues: [] };
const EVENTS: MatcherEvent[] = [
  {
    ...base,
    id: '1993-03-02-lakeside-arms-talks',
    title: 'Lakeside arms talks in Vienna (1993–1994)',
    kind: 'working-level',
    start: '1993-03-02',
    end: '1994-06-17',
    participants: [
      { name: 'Orlin Vasko', side: 'us' },
      { name: 'Matvei Grusha', side: 'ru' },
    ],
    aliases: ['Lakeside arms talks'],
  },
  ...(['1992-09-21', '1994-09-26'] as const).map((start) => ({
    ...base,
    id: `${start}-tallow-berin-new-york`,
    title: `Tallow–Berin meeting in New York (${start.slice(0, 4)})`,
    kind: 'ministerial' as const,
    start,
    city: 'New York',
    country: 'United States',
    placeNames: ['New York', 'Нью-Йорк', 'United States'],
    participants: [
      { name: 'Hugh Tallow', side: 'us' as const },
      { name: 'Pyotr Berin', side: 'ru' as const },
    ],
    aliases: [`Tallow-Berin talks of ${start.slice(0, 4)}`],
  })),
];
const matcher = compileMatcher(EVENTS);
const run = (text: string, publishedAt?: string): Mention[] => detect(text, matcher, createDocumentState(publishedAt ? { publishedAt } : {}));
const ids = (ms: Mention[]): (string | null)[] => ms.map((m) => (m.status === 'known' ? m.eventId : m.status));

describe('withinProcess: a day or month strictly inside a process of many months', () => {
  const talks = eventRange('1993-03-02', '1994-06-17')!;
  it('holds for a month or a day inside the span', () => {
    expect(withinProcess(rangeOf({ y: 1993, m: 11 }), talks)).toBe(true);
    expect(withinProcess(rangeOf({ y: 1994, m: 2, d: 9 }), talks)).toBe(true);
  });
  it('does not hold for the opening or closing day or month, a year, or a meeting of a few days', () => {
    expect(withinProcess(rangeOf({ y: 1993, m: 3 }), talks)).toBe(false);
    expect(withinProcess(rangeOf({ y: 1994, m: 6, d: 17 }), talks)).toBe(false);
    expect(withinProcess(rangeOf({ y: 1993 }), talks)).toBe(false);
    expect(withinProcess(rangeOf({ y: 1991, m: 5, d: 15 }), eventRange('1991-05-14', '1991-05-16')!)).toBe(false);
  });
});

describe('a meeting inside the span of long negotiations', () => {
  it('is not the negotiations when the people named took no part in them', () => {
    expect(ids(run('Hugh Tallow met Pyotr Berin in Vienna in November 1993.'))).toEqual(['unknown']);
  });

  it('is the negotiations when their delegates are named', () => {
    expect(ids(run('Orlin Vasko and Matvei Grusha met in Vienna in November 1993.'))).toEqual(['1993-03-02-lakeside-arms-talks']);
  });

  it('is the negotiations when the text gives their opening month', () => {
    expect(ids(run('The US and Russian delegations opened talks in Vienna in March 1993.'))).toEqual(['1993-03-02-lakeside-arms-talks']);
  });

  it('is the negotiations going on, untimed, on a page dated inside the span', () => {
    expect(ids(run('US and Russian negotiators resumed their talks in Vienna this week.', '1993-11-18'))).toEqual(['1993-03-02-lakeside-arms-talks']);
  });
});
