/**
 * «в конце прошлого месяца», «в начале этого месяца»: after a part of the month, Russian puts last
 * month and this month in the genitive; they are read as «в прошлом месяце», «в этом месяце» are
 * (Ukrainian «наприкінці минулого місяця» already was). Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect, type Mention } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const mentions = (text: string, publishedAt: string): Mention[] => detect(text, matcher, createDocumentState({ publishedAt }));

describe('last month and this month in the Russian genitive', () => {
  it.each([
    ['Посланник Трампа беседовал с Путиным в Кремле в начале прошлого месяца.', '2026-10-14', /прошлого месяца$/],
    ['Посланник Трампа беседовал с Путиным в Кремле в начале этого месяца.', '2026-09-24', /этого месяца$/],
  ])('is the meeting\'s time: %s', (text, pub, end) => {
    const ms = mentions(text, pub);
    expect(ms.length, text).toBe(1);
    expect(ms[0].quote, text).toMatch(end);
    expect(ms[0].eventId, text).toBe('2026-09-05-witkoff-kushner-putin-moscow');
  });
});
