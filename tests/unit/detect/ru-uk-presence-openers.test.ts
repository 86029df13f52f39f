/**
 * A presence phrase (people of one side at the other's seat, with a time) after an opening "last
 * time" with no comma («В прошлый раз Уиткофф был в Кремле …», «Минулого разу Віткофф і Кушнер були в
 * Москві …»), or after a colon with a time of its own before the subject («Главное за неделю: 22
 * января Уиткофф …»). Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string, publishedAt: string): [string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt })).map((m: Mention) => [m.quote, m.eventId ?? null]);

describe('an opening "last time" before the subject', () => {
  it('leaves the presence phrase after it', () => {
    expect(marks('В прошлый раз Уиткофф был в Кремле 2 декабря 2025 года.', '2026-03-01')).toEqual([
      ['Уиткофф был в Кремле 2 декабря 2025 года', '2025-12-02-witkoff-kushner-putin-moscow'],
    ]);
    expect(marks('Минулого разу Віткофф і Кушнер були в Москві 22 січня 2026 року.', '2026-03-01')).toEqual([
      ['Віткофф і Кушнер були в Москві 22 січня 2026 року', '2026-01-22-witkoff-kushner-putin-moscow'],
    ]);
  });
  it('makes no visit of a third party’s leader', () => {
    expect(marks('В последний раз Эрдоган был в Москве 5 сентября 2026 года.', '2026-12-01')).toEqual([]);
  });
});

describe('a colon, then a time, then the subject', () => {
  it('reads the time as the presence phrase’s own', () => {
    expect(marks('Главное за неделю: 22 января Уиткофф и Кушнер почти четыре часа провели в Кремле.', '2026-01-25')).toEqual([
      ['Уиткофф и Кушнер почти четыре часа провели в Кремле', '2026-01-22-witkoff-kushner-putin-moscow'],
    ]);
  });
});
