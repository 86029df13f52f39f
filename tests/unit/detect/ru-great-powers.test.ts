/**
 * «глав правительств трёх держав», «министров иностранных дел четырёх держав»: in Russian, the
 * three or four powers are the wartime and postwar great powers, both sides at once, as "the Big
 * Three" and "the Big Four" are. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect, type Mention } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const mentions = (text: string, publishedAt: string): Mention[] => detect(text, matcher, createDocumentState({ publishedAt }));

describe('the three or four powers in Russian', () => {
  it.each([
    ['Совещание глав правительств четырёх держав прошло в Женеве в июле 1955 года.', '1955-geneva-summit'],
    ['Конференция глав трёх союзных держав проходила в Ялте в феврале 1945 года.', '1945-yalta-conference'],
  ])('are both sides of the meeting: %s', (text, id) => {
    const ms = mentions(text, '2025-05-09');
    expect(ms.length, text).toBe(1);
    expect(ms[0].eventId, text).toBe(id);
  });

  it('is not Ukrainian «чотирьох держав», any four states there', () => {
    expect(mentions('Нарада лідерів чотирьох держав відбулася в Парижі в грудні 2019 року.', '2025-05-09')).toEqual([]);
  });
});
