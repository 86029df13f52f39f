/**
 * A trip that may be made, by one side's named people to the other side's seat of government
 * («может снова поехать в Москву», «можуть відвідати Москву»), is a visit talked of, shown as a
 * meeting the dataset does not hold when it holds none ahead, as a possible meeting of both sides'
 * named leaders is. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect, type Mention } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const mentions = (text: string, publishedAt: string): Mention[] => detect(text, matcher, createDocumentState({ publishedAt }));

describe('a possible trip to the other side\'s seat', () => {
  it.each([
    'По данным источников, Уиткофф может снова поехать в Москву до Нового года.',
    'Кушнер и Уиткофф, возможно, смогут посетить Москву в начале зимы.',
    'За даними джерел, Віткофф і Кушнер можуть знову поїхати до Москви.',
    'Дмитрієв може відвідати Вашингтон уже взимку.',
  ])('is marked as a visit talked of: %s', (text) => {
    const ms = mentions(text, '2026-10-20');
    expect(ms.length, text).toBe(1);
    expect(ms[0].tense, text).toBe('hypothetical');
  });

  it.each([
    'Уиткофф может поехать в Стамбул на следующей неделе.',
    'Віткофф може відвідати Стамбул наступного тижня.',
  ])('leaves a trip to a third place alone: %s', (text) => {
    expect(mentions(text, '2026-10-20')).toEqual([]);
  });
});
