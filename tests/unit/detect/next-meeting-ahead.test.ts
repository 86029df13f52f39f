/**
 * Future text whose best fit is a meeting already held in the year before the page: that meeting is
 * not the one meant. When the dataset holds a meeting that fits from the day of publication on, the
 * first of those is it (the next visit is the one planned); else it is a meeting the dataset does not
 * hold yet. Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string, publishedAt: string): [string, string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt })).map((m: Mention) => [m.quote, m.status, m.eventId ?? null]);

describe('a visit ahead, after the page told the last one', () => {
  const en = 'The two envoys, Witkoff and Kushner, sat with Putin in the Kremlin on December 2. Witkoff and Kushner are planning a visit to Moscow.';
  const ru = 'Уиткофф и Кушнер встретились с Путиным в Кремле 2 декабря. Уиткофф и Кушнер поедут в Москву.';

  it('is the next visit the dataset holds after the page, not the one just told', () => {
    expect(marks(en, '2026-01-14').at(-1)).toEqual(['visit to Moscow', 'known', '2026-01-22-witkoff-kushner-putin-moscow']);
    expect(marks(ru, '2026-01-14').at(-1)).toEqual(['Уиткофф и Кушнер поедут в Москву', 'known', '2026-01-22-witkoff-kushner-putin-moscow']);
  });

  it('is a meeting the dataset does not hold when none fits after the page', () => {
    expect(marks(ru, '2026-12-14').at(-1)).toEqual(['Уиткофф и Кушнер поедут в Москву', 'unknown', null]);
  });
});
