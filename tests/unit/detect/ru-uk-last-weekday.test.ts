/**
 * "Last Thursday" in Russian and Ukrainian («в минувший четверг», «в прошлую пятницу», «у минулий
 * вівторок», «минулої п'ятниці») between the people and their verb is a day, as «в четверг» is: it
 * does not end the subject, and the meeting is dated to that day before the page.
 * Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const quotes = (text: string, publishedAt: string): string[] => detect(text, matcher, createDocumentState({ publishedAt })).map((m: Mention) => m.quote);

describe('a weekday said with "last"', () => {
  it('keeps the subject before it, in Russian', () => {
    expect(quotes('Сергей Лавров в минувший четверг коротко встретился с Марко Рубио.', '2026-07-27')).toEqual([
      'Сергей Лавров в минувший четверг коротко встретился с Марко Рубио',
    ]);
    expect(quotes('Рубио в прошлую пятницу встретился с Лавровым.', '2026-07-27')).toEqual(['Рубио в прошлую пятницу встретился с Лавровым']);
  });

  it('and in Ukrainian', () => {
    expect(quotes('Сергій Лавров у минулий четвер коротко зустрівся з Марко Рубіо.', '2026-07-27')).toEqual([
      'Сергій Лавров у минулий четвер коротко зустрівся з Марко Рубіо',
    ]);
    expect(quotes("Рубіо минулої п'ятниці зустрівся з Лавровим.", '2026-07-27')).toEqual(["Рубіо минулої п'ятниці зустрівся з Лавровим"]);
  });
});
