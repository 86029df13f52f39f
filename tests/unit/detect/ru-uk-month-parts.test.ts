/**
 * The part of a month said in Russian and Ukrainian («в конце ноября», «в начале декабря»,
 * «наприкінці листопада», «на початку грудня», «у середині березня») dates a meeting as "late
 * November" does; and «у середині» is not «у середу» (Wednesday). A span of days («11–13 жовтня»)
 * is read from its first day. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, type Mention } from '../../../lib/detect';
import { FIXTURE_EVENTS } from './fixtures';

const matcher = compileMatcher(FIXTURE_EVENTS);
const run = (text: string): Mention[] => detect(text, matcher, createDocumentState({ publishedAt: '2025-12-20' }));

describe('parts of a month (Russian, Ukrainian)', () => {
  it.each([
    ['Переговоры России и США прошли в конце ноября.', 'в конце ноября'],
    ['Переговоры России и США прошли в начале декабря.', 'в начале декабря'],
    ['Переговори Росії та США пройшли наприкінці листопада.', 'наприкінці листопада'],
    ['Переговори Росії та США пройшли на початку грудня.', 'на початку грудня'],
    ['Переговори Росії та США пройшли у середині листопада.', 'у середині листопада'],
  ])('reads the time of «%s»', (text, time) => {
    const ms = run(text);
    expect(ms).toHaveLength(1);
    expect(ms[0].quote.endsWith(time)).toBe(true);
  });

  it('reads a span of days from its first day («2–3 грудня 1989 року», "2–3 December 1989")', () => {
    for (const [text, time] of [
      ['Переговори Росії та США пройшли 11–13 жовтня.', '11–13 жовтня'],
      ['Переговоры России и США прошли 18–23 июля.', '18–23 июля'],
    ]) {
      const ms = run(text);
      expect(ms).toHaveLength(1);
      expect(ms[0].quote.endsWith(time)).toBe(true);
    }
  });
});
