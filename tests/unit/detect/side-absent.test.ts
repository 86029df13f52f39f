/**
 * A mention that names a side by people none of whom attended a meeting is not carried to that
 * meeting by the page's lead: the meeting meant is one they were at. Owners are not
 * such people ("Trump's envoys", see group-owners.test.ts). Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const mentions = (text: string, publishedAt: string): Mention[] => detect(text, matcher, createDocumentState({ publishedAt }));

describe('a side named by people absent from the page\'s meeting', () => {
  it.each([
    'Уиткофф и Кушнер во вторник встретились с Путиным в Кремле. Переговоры продолжались пять часов. Рубио и Лавров также поговорили.',
    'Віткофф і Кушнер у вівторок зустрілися з Путіним у Кремлі. Переговори тривали п\'ять годин. Рубіо та Лавров також поговорили.',
  ])('is not the page\'s meeting: %s', (text) => {
    const ms = mentions(text, '2025-12-04');
    expect(ms[0]?.eventId, text).toBe('2025-12-02-witkoff-kushner-putin-moscow');
    const last = ms.find((m) => /Rubio|Рубио|Рубіо/.test(m.quote));
    expect(last, text).toBeDefined();
    expect(last!.eventId, text).not.toBe('2025-12-02-witkoff-kushner-putin-moscow');
  });
});
