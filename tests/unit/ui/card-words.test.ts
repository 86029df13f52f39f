// The card's words for time and for why Parley matched: the distance to the article's date, and
// the detector's reasons turned into sentences a reader can check against the page.
import { describe, expect, it } from 'vitest';
import { distance, relativeToArticle } from '../../../lib/ui/card/when';
import { explainReasons } from '../../../lib/ui/card/why';

describe('relativeToArticle', () => {
  it('days, weeks, months and years before or after the article', () => {
    expect(relativeToArticle({ start: '2025-08-15', status: 'held' }, '2025-08-21')).toBe('6 days before this article');
    expect(relativeToArticle({ start: '2022-05-01', status: 'held' }, '2025-05-21T10:00:00Z')).toBe('3 years before this article');
    expect(relativeToArticle({ start: '2025-06-02', status: 'planned' }, '2025-05-21')).toBe('planned 12 days after this article');
    expect(relativeToArticle({ start: '2025-06-04', status: 'planned' }, '2025-05-21')).toBe('planned 2 weeks after this article');
    expect(relativeToArticle({ start: '2025-10', status: 'cancelled' }, '2025-08-01')).toBe('was to be 2 months after this article');
  });

  it('a month-only date that may include the article’s day is "around the time"; no date, no words', () => {
    expect(relativeToArticle({ start: '2025-10', status: 'held' }, '2025-10-20')).toBe('around the time of this article');
    expect(relativeToArticle({ start: '2025-10-20', status: 'held' }, '2025-10-20')).toBe('the day of this article');
    expect(relativeToArticle({ start: '2025-10', status: 'held' }, '2025-11-03')).toBe('3 days before this article');
    expect(relativeToArticle({ start: '2025-10', status: 'held' }, undefined)).toBeNull();
    expect(relativeToArticle({ start: '2025-10', status: 'held' }, 'yesterday')).toBeNull();
  });

  it('never says 0 and moves to the larger unit at its boundary', () => {
    expect(distance(0)).toBe('1 day');
    expect(distance(13)).toBe('13 days');
    expect(distance(14)).toBe('2 weeks');
    expect(distance(61)).toBe('2 months');
    expect(distance(730)).toBe('1 year');
  });
});

describe('explainReasons', () => {
  const anchorage = { start: '2025-08-15', kind: 'summit', status: 'held' as const };
  it('turns the detector’s reasons into sentences, joining the place and the publication date', () => {
    const out = explainReasons(["alias 'Anchorage summit'", 'place Anchorage', 'recent before publication', 'context words nearby', 'names Trump, Putin'], {
      event: anchorage,
      publishedAt: '2025-08-17',
    });
    expect(out).toEqual([
      'The page calls it “Anchorage summit”, a name Parley knows for this meeting.',
      'The page names Anchorage and was published 2 days after this summit.',
      'Words nearby fit it: people, places or topics it is known for.',
      'The page names Trump and Putin, who took part.',
    ]);
    expect(out.join(' ')).not.toMatch(/context words|alias '|recent before/);
  });

  it('dates, years, other candidates and unknown meetings in plain words; an unrecognised reason is kept', () => {
    expect(explainReasons(['date 2025-10'])).toEqual(['The date the page gives fits: October 2025.']);
    expect(explainReasons(['year 1985 in the text'])).toEqual(['The page mentions 1985, the year it took place.']);
    expect(explainReasons(['also possible: x'], { titleOf: (id) => (id === 'x' ? 'the Geneva summit of 1985' : undefined) })).toEqual(['It could also be the Geneva summit of 1985.']);
    expect(explainReasons(['also possible: y'])).toEqual(['Another meeting fits almost as well.']);
    expect(explainReasons(['a US–Russia meeting in Ankara the dataset does not hold'])).toEqual(['It reads like a US–Russia meeting in Ankara, and none there is on record.']);
    expect(explainReasons(['recent before publication'])).toEqual(['The page was published shortly after this meeting.']);
    expect(explainReasons(['something new'])).toEqual(['Something new.']);
  });
});
