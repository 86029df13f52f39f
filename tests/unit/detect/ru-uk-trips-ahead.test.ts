/**
 * Trips still ahead, in Russian and Ukrainian: the future or an infinitive after «может»/«можуть»
 * («поедут в Москву», «можуть знову поїхати до Москви», «полетить до Москви») read as a visit to the
 * other side; the meeting they go to is not one held before the
 * page. «На следующий день», «наступного дня» count days along a story and make nothing future. A
 * history's future dated long before the page («приїде до Києва лише 1991 року») is no meeting ahead.
 * Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string, publishedAt: string): [string, string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt })).map((m: Mention) => [m.quote, m.status, m.eventId ?? null]);

describe('a trip ahead to the other side’s seat', () => {
  it('is a meeting the dataset does not hold yet, not the envoys’ last visit', () => {
    expect(marks('Уиткофф и Кушнер поедут в Москву.', '2026-12-01')).toEqual([['Уиткофф и Кушнер поедут в Москву', 'unknown', null]]);
    expect(marks('Віткофф і Кушнер знову поїдуть до Москви.', '2026-12-01')).toEqual([['Віткофф і Кушнер знову поїдуть до Москви', 'unknown', null]]);
    expect(marks('Віткофф полетить до Москви.', '2026-12-01')).toEqual([['Віткофф полетить до Москви', 'unknown', null]]);
  });

  it('is the visit of that very day when the page is published on it', () => {
    expect(marks('Уиткофф и Кушнер прилетят в Москву.', '2026-01-22')).toEqual([['Уиткофф и Кушнер прилетят в Москву', 'known', '2026-01-22-witkoff-kushner-putin-moscow']]);
  });

  it('that only may be made is not the last visit either: a visit talked of, which the dataset does not hold', () => {
    expect(marks('Віткофф і Кушнер можуть знову поїхати до Москви.', '2026-12-01')).toEqual([['Віткофф і Кушнер можуть знову поїхати до Москви', 'unknown', null]]);
    expect(marks('Уиткофф может снова прилететь в Москву.', '2026-12-01')).toEqual([['Уиткофф может снова прилететь в Москву', 'unknown', null]]);
  });

  it('is nothing for a third party’s leader, nor to a third country', () => {
    expect(marks('Эрдоган поедет в Москву.', '2026-12-01')).toEqual([]);
    expect(marks('Моді полетить до Москви.', '2026-12-01')).toEqual([]);
    expect(marks('Уиткофф и Кушнер поедут в Стамбул.', '2026-12-01')).toEqual([]);
  });
});

describe('the next day along a story', () => {
  it('is no future: «наступного дня» after a dated visit is the day after it, not a trip ahead', () => {
    const uk = marks('Віткофф і Кушнер зустрілися з Путіним у Кремлі 5 вересня 2026 року. Наступного дня вони приїхали до Києва.', '2026-12-01');
    expect(uk.map((m) => m[1])).toEqual(['known', 'related']);
    expect(uk[1]).toEqual(['приїхали до Києва', 'related', '2026-09-06-witkoff-kushner-kyiv']);
  });
});

describe('a history’s future', () => {
  it('dated years before the page is no meeting ahead of it', () => {
    const ms = marks('Наступний американський президент приїде до Києва лише 1991 року, одразу після переговорів з Горбачовим.', '2022-05-20');
    expect(ms.filter((m) => m[0].includes('Києва'))).toEqual([]);
  });
});
