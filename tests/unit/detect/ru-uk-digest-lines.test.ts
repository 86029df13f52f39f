/**
 * Lines of Russian and Ukrainian news digests: a destination before a verb of going now («в Москву
 * летят Уиткофф и Кушнер»), a dated entry whose subject carries a title after a dash («22 січня —
 * спецпосланець Стів Віткофф провів у Кремлі…»), and a caption-like part of a headline after a short
 * head and a colon («Коротко о главном: Уиткофф и Кушнер в Кремле, …»). Sentences written for this
 * test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string, publishedAt: string): [string, string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt })).map((m: Mention) => [m.quote, m.status, m.eventId ?? null]);
const JAN = '2026-01-22-witkoff-kushner-putin-moscow';

describe('a destination before a verb of going now', () => {
  it('is the visit of that day, and a trip ahead on a later page', () => {
    expect(marks('Главное за утро: в Москву летят Уиткофф и Кушнер.', '2026-01-22')).toEqual([['летят Уиткофф и Кушнер', 'known', JAN]]);
    expect(marks('В Москву летят Уиткофф и Кушнер.', '2026-12-01')).toEqual([['летят Уиткофф и Кушнер', 'unknown', null]]);
  });
  it('is no visit of a third party', () => {
    expect(marks('В Москву летит Эрдоган.', '2026-01-22')).toEqual([]);
  });
});

describe('a dated entry with a titled subject after a dash', () => {
  it('is a presence phrase with that date', () => {
    expect(marks('22 січня — спецпосланець Стів Віткофф провів у Кремлі майже чотири години.', '2026-01-25')).toEqual([
      ['спецпосланець Стів Віткофф провів у Кремлі', 'known', JAN],
    ]);
  });
});

describe('a headline’s part after a short head and a colon', () => {
  it('reads like a caption', () => {
    expect(marks('Коротко о главном: Уиткофф и Кушнер в Кремле, новых ударов нет.', '2026-01-23')).toEqual([['Уиткофф и Кушнер в Кремле', 'known', JAN]]);
  });
  it('names no visit of a third party', () => {
    expect(marks('Коротко о главном: Эрдоган в Кремле, новых ударов нет.', '2026-01-23')).toEqual([]);
  });
});
