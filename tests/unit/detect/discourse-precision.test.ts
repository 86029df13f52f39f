/**
 * False marks read from the discourse around a meeting word rather than from a list of words
 * (issue 9, precision): what a meeting the page already told was about. Sentences written for
 * this test, on the small hand-made event list (fixtures.ts).
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, type Mention } from '../../../lib/detect';
import { FIXTURE_EVENTS } from './fixtures';

const matcher = compileMatcher(FIXTURE_EVENTS);
const run = (text: string, publishedAt?: string, title?: string): Mention[] => detect(text, matcher, createDocumentState({ publishedAt, title }));

describe('a verb of discussing with nothing of its own, after the page told the meeting', () => {
  it('says what the meeting was about: no second mark', () => {
    const ms = run('Reagan and Gorbachev met in Geneva on 19 November 1985 for their first summit.\n\nReagan and Gorbachev discussed arms control, human rights and the war in the mountains.', '1985-11-22');
    expect(ms.some((m) => m.quote.includes('met in Geneva') && m.eventId === '1985-geneva')).toBe(true);
    expect(ms.filter((m) => m.quote.includes('discussed'))).toEqual([]);
  });
  it('in Russian too («обсудили»)', () => {
    const ms = run('Рейган и Горбачёв встретились в Женеве 19 ноября 1985 года.\n\nРейган и Горбачёв обсудили контроль над вооружениями и права человека.', '1985-11-22');
    expect(ms.some((m) => m.eventId === '1985-geneva' && m.quote.includes('встретились'))).toBe(true);
    expect(ms.filter((m) => m.quote.includes('обсудили'))).toEqual([]);
  });
  it('is still a mention when it has a place or a time of its own', () => {
    const ms = run('Reagan and Gorbachev met in Geneva on 19 November 1985 for their first summit.\n\nReagan and Gorbachev discussed arms control in Geneva on 20 November 1985.', '1985-11-22');
    expect(ms.filter((m) => m.quote.includes('discussed')).map((m) => m.eventId)).toEqual(['1985-geneva']);
  });
});

describe('a bare meeting word whose clause names only Ukraine', () => {
  it('has the war as its topic, not as its place: no mark', () => {
    const ms = run('Biden and Putin met in Geneva on 16 June 2021.\n\nThe meeting was meant to cool the crisis in Ukraine before winter.', '2021-06-20');
    expect(ms.some((m) => m.eventId === '2021-geneva')).toBe(true);
    expect(ms.filter((m) => m.quote.toLowerCase() === 'meeting')).toEqual([]);
  });
  it('in Russian too («по Украине»)', () => {
    const ms = run('Байден и Путин встретились в Женеве 16 июня 2021 года.\n\nВстреча длилась четыре часа и шла в основном по Украине.', '2021-06-20');
    expect(ms.filter((m) => m.quote.toLowerCase() === 'встреча')).toEqual([]);
  });
  it('another country in the clause still places it', () => {
    const ms = run('Biden and Putin met in Geneva on 16 June 2021.\n\nThe meeting was held in Switzerland at a lakeside villa.', '2021-06-20');
    expect(ms.filter((m) => m.quote.toLowerCase().startsWith('meeting')).map((m) => m.eventId)).toEqual(['2021-geneva']);
  });
});

describe('a meeting place as the subject of a copula', () => {
  const told = 'Trump and Putin met in Helsinki on 16 July 2018 for their first summit.\n\n';
  it('stands for its meeting when the predicate judges it ("Helsinki was not about results")', () => {
    const ms = run(told + 'Helsinki was not about results, whatever the aides said.', '2018-07-20');
    expect(ms.filter((m) => m.quote === 'Helsinki').map((m) => m.eventId)).toEqual(['2018-helsinki']);
  });
  it('is the city when the predicate says where it lies or what became of it', () => {
    for (const s of ['Helsinki is on the coast of the Gulf of Finland.', 'Helsinki was founded in the sixteenth century by a Swedish king.', 'Helsinki was not spared from the bombing raids of the war.', 'Helsinki is now largely restored in granite and brick.']) {
      expect(run(told + s, '2018-07-20').filter((m) => m.quote === 'Helsinki')).toEqual([]);
    }
  });
});

describe('a dateline with the hour it was filed', () => {
  it('is where and when the reporter filed, not a chronology entry', () => {
    for (const line of ['HELSINKI · July 16, 2018, 9:15 p.m. local', 'HELSINKI, July 16, 2018, 21:15 GMT']) {
      const ms = run(`${line}\n\nTrump and Putin met in Helsinki on Monday for more than two hours.`, '2018-07-16');
      expect(ms.filter((m) => m.quote.startsWith('HELSINKI'))).toEqual([]);
      expect(ms.some((m) => m.quote.includes('met in Helsinki') && m.eventId === '2018-helsinki')).toBe(true);
    }
  });
});
