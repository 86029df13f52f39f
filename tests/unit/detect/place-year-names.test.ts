/**
 * A city and a year written as one name ("after Helsinki 2018", "since Reykjavik 1986", "Yalta (1945)") name the
 * summit held there that year, on a page about both sides, as a chronology entry does. Not after a
 * place preposition, not before a capitalised word that makes it another thing's name, and never a
 * meeting the dataset does not hold there that year. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const marks = (text: string, publishedAt: string) =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m) => m.status !== 'related')
    .map((m) => [m.quote, m.eventId] as const);

describe('a city and a year as the name of a summit', () => {
  it('names the meeting held there that year', () => {
    expect(marks('Trump and Putin still talk by phone. Few leaders have risked a joint press conference since Helsinki 2018.', '2026-03-02')).toContainEqual([
      'Helsinki 2018',
      '2018-helsinki-summit',
    ]);
    expect(marks('Reagan and Gorbachev never went further than at Reykjavik 1986 in their hopes.', '2016-10-11').some(([q]) => q.includes('Reykjavik 1986'))).toBe(true);
  });
  it('with the year in brackets, the brackets marked whole', () => {
    const m = marks('The Alaska summit was no repeat of history. It was not Yalta (1945), where Roosevelt gave way to Stalin, nor Vienna (1961), where Khrushchev bullied Kennedy.', '2025-08-20');
    expect(m).toContainEqual(['Yalta (1945)', '1945-yalta-conference']);
    expect(m).toContainEqual(['Vienna (1961)', '1961-vienna-summit']);
    expect(marks('Putin and Biden argued about sport. The Sochi (2014) Olympics were costly.', '2021-06-01').some(([q]) => q.includes('Sochi'))).toBe(false);
  });
  it('not a stay, not another event named after a city, not a year with no meeting there', () => {
    expect(marks('Putin and Biden argued about sport. The Sochi 2014 Olympics were costly.', '2021-06-01').some(([q]) => q.includes('Sochi'))).toBe(false);
    expect(marks('Trump and Putin were named. Prices in Helsinki 2019 rose again, a local paper said.', '2020-01-01').some(([q]) => q.includes('Helsinki'))).toBe(false);
  });
});
