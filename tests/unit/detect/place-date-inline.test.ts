/**
 * A place and its date said together inside a sentence with no meeting word ("the table from
 * Governors Island in December 1988", «сентябрь 1999 года, Окленд») name the meeting held there
 * then, on a page about both sides. At a place of many meetings the sentence must name someone who
 * was at it; a year alone dates only a place of few meetings; a dateline is not a meeting; a meeting
 * phrase of the same sentence takes the place and date into its own mark. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const marks = (text: string, publishedAt?: string) =>
  detect(text, matcher, createDocumentState(publishedAt ? { publishedAt } : {}))
    .filter((m) => m.status !== 'related')
    .map((m) => [m.quote, m.status, m.eventId] as const);

describe('a place and its date with no meeting word', () => {
  it('names the meeting held there then', () => {
    const m = marks('Reagan and Gorbachev met five times. The museum now shows the chairs from Governors Island in December 1988 beside a model of the Kremlin.', '2019-05-02');
    expect(m).toContainEqual(['Governors Island in December 1988', 'known', '1988-governors-island-meeting']);
  });
  it('whoever the sentence says was there', () => {
    const m = marks('Nikita Khrushchev and Dwight Eisenhower exchanged letters. The president spent a weekend at Camp David in September 1959.', '2019-09-20');
    expect(m.some(([q, s, id]) => q.includes('Camp David in September 1959') && s === 'known' && id === '1959-camp-david-summit')).toBe(true);
  });
  it('date first, set off by a comma, in Russian', () => {
    const m = marks('Путин и Клинтон знали друг друга недолго. Первое знакомство – сентябрь 1999 года, Окленд, где оба были на форуме АТЭС.', '2021-06-10');
    expect(m.some(([q, s, id]) => q.includes('Окленд') && s === 'known' && id === '1999-09-12-clinton-putin-auckland')).toBe(true);
  });
  it('at a place of many meetings, only with one of its people in the sentence', () => {
    const withPerson = marks('Reagan and Gorbachev built trust slowly. A photograph shows Reagan strolling across Red Square in May 1988, chatting with tourists.', '2020-01-01');
    expect(withPerson.some(([q, s, id]) => q.includes('May 1988') && s === 'known' && id === '1988-moscow-summit')).toBe(true);
    const nobody = marks('Witkoff and Putin spoke for hours. Separately, a car bomb killed a general in Moscow in April 2025, investigators said.', '2025-05-01');
    expect(nobody.some(([q]) => q.includes('April 2025'))).toBe(false);
  });
  it('only a meeting held at that time: the people alone do not make it', () => {
    const m = marks('Burns and Naryshkin met in Ankara. Burns was sent to Moscow in November 2021 by President Joe Biden to caution Putin.', '2022-11-15');
    expect(m.some(([q, , id]) => q.includes('Moscow in November 2021') && id === '2011-03-10-biden-putin-moscow')).toBe(false);
  });
  it('a dateline opening the text is where the reporter filed, not a meeting', () => {
    const m = marks('PRAGUE, April 8, 2010, wire report. Obama and Medvedev spoke about arms control.', '2010-04-10');
    expect(m.some(([q]) => q.startsWith('PRAGUE'))).toBe(false);
  });
  it('one mark with a meeting phrase of the same meeting beside it', () => {
    const m = marks('Kerry and Lavrov hammered out a deal on Syrian chemical weapons in Geneva in September 2013.', '2014-01-01');
    expect(m).toEqual([['Kerry and Lavrov hammered out a deal on Syrian chemical weapons in Geneva in September 2013', 'known', '2013-09-12-kerry-lavrov-geneva-chemical-weapons']]);
    // Far from the phrase, or past a comma, the phrase's mark alone stands for the meeting.
    const far = marks('The Paris Summit was a conference of the heads of government of four powers, held at the Élysée Palace in May 1960.', '2010-05-16');
    expect(far).toHaveLength(1);
    expect(far[0]![0].startsWith('Paris Summit')).toBe(true);
    expect(far[0]![0].includes('Élysée')).toBe(false);
  });
  it('not on a page that names only one side, nor where the dataset holds no meeting then', () => {
    expect(marks('The chairs from Governors Island in December 1988 were sold at auction.', '2019-05-02')).toEqual([]);
    expect(marks('Reagan and Gorbachev were named in the guide. Governors Island in December 2019 was closed to visitors.', '2020-02-01').some(([q]) => q.includes('2019'))).toBe(false);
  });
});
