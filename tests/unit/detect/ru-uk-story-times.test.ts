/**
 * Russian and Ukrainian story times and shared subjects:
 *  - «на следующий день», «в тот же день» between the people and their verb are a time, not an
 *    unknown noun that ends the subject («Лавров и Рубио на следующий день встретились»);
 *  - a verb after «, а» / «, і» / ", and" shares the subject of the clause before: a name after
 *    «з»/«с»/"with" just before the comma is that clause's object, not this verb's subject.
 * Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string, publishedAt: string): [string, string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt })).map((m: Mention) => [m.quote, m.status, m.eventId ?? null]);

describe('a day counted along the story, between subject and verb', () => {
  it('keeps the people as the subject of their verb', () => {
    expect(marks('Министры Лавров и Рубио на следующий день встретились снова.', '2026-07-24')).toEqual([
      ['Лавров и Рубио на следующий день встретились', 'known', '2026-07-23-rubio-lavrov-manila'],
    ]);
    expect(marks('Лавров и Рубио в тот же день коротко поговорили.', '2026-07-24')).toEqual([
      ['Лавров и Рубио в тот же день коротко поговорили', 'known', '2026-07-23-rubio-lavrov-manila'],
    ]);
  });
});

describe('a second predicate after «, а»', () => {
  it('does not take the object of the first clause for its subject', () => {
    expect(marks('Посланці Віткофф і Кушнер 5 вересня зустрілися з Путіним, а 6 вересня вже прибули до Києва.', '2026-10-05')).toEqual([
      ['Віткофф і Кушнер 5 вересня зустрілися з Путіним', 'known', '2026-09-05-witkoff-kushner-putin-moscow'],
      ['прибули до Києва', 'related', '2026-09-06-witkoff-kushner-kyiv'],
    ]);
  });
});
