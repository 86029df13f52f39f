/**
 * Lists of meetings after a verb: a hedged count before the list ("at least twice:", «как минимум
 * дважды:»), a year written as an ordinal with its ending («в 2019-м», «у 2021-му»), and a place
 * after "after" («и после Гамбурга:»), which bounds the list rather than being where the verb met.
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

describe('a hedged count before a list of meetings', () => {
  it('reads each item of the list (English)', () => {
    expect(usru('Biden has sat down with Putin at least twice: in Moscow in 2011 and in Geneva in 2021.', '2024-01-10')).toEqual([
      ['in Moscow in 2011', '2011-03-10-biden-putin-moscow'],
      ['in Geneva in 2021', '2021-geneva-summit'],
    ]);
  });
  it('reads each item of the list (Ukrainian)', () => {
    const ms = usru('Байден і Путін бачилися щонайменше двічі: у Москві в 2011 році та в Женеві в 2021 році.', '2024-01-10');
    expect(ms.map((m) => m[1])).toEqual(['2011-03-10-biden-putin-moscow', '2021-geneva-summit']);
  });
  it('is no list when no places follow the colon', () => {
    const ms = usru('Biden has sat down with Putin at least twice: both times he raised Navalny.', '2024-01-10');
    expect(ms.some(([q]) => q.includes('both times'))).toBe(false);
  });
});

describe('a year with an ordinal ending', () => {
  it('is the year («в 2019-м», «у 2021-му»)', () => {
    const ms = usru('Трамп и Путин беседовали в Осаке в 2019-м.', '2024-01-10');
    expect(ms).toEqual([['Трамп и Путин беседовали в Осаке в 2019-м', '2019-06-28-osaka-g20-trump-putin']]);
    const uk = usru('Байден і Путін зустрілися в Женеві у 2021-му.', '2024-01-10');
    expect(uk).toEqual([['Байден і Путін зустрілися в Женеві у 2021-му', '2021-geneva-summit']]);
  });
  it('keeps a Russian decade («в 1980-х») a decade', () => {
    const ms = usru('Рейган и Горбачёв встречались в 1980-х в Женеве.', '2024-01-10');
    expect(ms[0][1]).toBe('1985-geneva-summit');
  });
});

describe('a place after "after"', () => {
  it('bounds the meetings that follow, it is not where the verb met', () => {
    const ms = usru('Путин встречался с Трампом и после Гамбурга: в Хельсинки в 2018 году и в Осаке в 2019 году.', '2024-01-10');
    expect(ms).toEqual([
      ['в Хельсинки в 2018 году', '2018-helsinki-summit'],
      ['в Осаке в 2019 году', '2019-06-28-osaka-g20-trump-putin'],
    ]);
  });
  it('leaves a place said with "in" the meeting\'s place', () => {
    const ms = usru('Putin met Trump in Hamburg in July 2017, after the G20 dinner.', '2024-01-10');
    expect(ms[0][1]).toBe('2017-07-07-hamburg-g20-trump-putin');
  });
});
