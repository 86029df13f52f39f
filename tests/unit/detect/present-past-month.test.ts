/**
 * An English verb of travel in the simple present with a month already past ("arrive in Moscow in
 * September", said in December) may tell what happened: a caption's or a headline's present. It is
 * read in this year too, beside next year. A future said with "will", a plan, or a Russian future
 * form still looks ahead only. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const first = (text: string) => detect(text, matcher, createDocumentState({ publishedAt: '2026-12-03' }))[0];

describe('a present-tense trip in a month already past', () => {
  it('is this year\'s trip', () => {
    const m = first('Photo: Steve Witkoff and Jared Kushner arrive in Moscow in September.');
    expect(m?.status).toBe('known');
    expect(m?.eventId).toBe('2026-09-05-witkoff-kushner-putin-moscow');
  });
  it.each(['Witkoff and Kushner will arrive in Moscow in September.', 'Уиткофф и Кушнер прилетят в Москву в сентябре.'])('but not when the future is said: %s', (text) => {
    const m = first(text);
    expect(m?.eventId ?? null, text).not.toBe('2026-09-05-witkoff-kushner-putin-moscow');
  });
});
