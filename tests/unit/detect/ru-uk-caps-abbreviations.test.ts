/**
 * A Cyrillic abbreviation written in capitals («ТАСС», «УНІАН», «РБК») before a role is an agency or an
 * outlet, not an unknown country's people: it takes no part in the meeting phrase. (The check reads
 * the page's own letters; the folded token text has none in upper case.) Sentences written for this
 * test; the bundled dataset names the event.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string): [string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt: '2026-02-01' })).map((m: Mention) => [m.quote, m.eventId ?? null]);
const JAN = '2026-01-22-witkoff-kushner-putin-moscow';

describe('a capitalised Cyrillic abbreviation before a role', () => {
  it('is no third party of the meeting', () => {
    expect(marks('По данным ТАСС спецпосланник Уиткофф встретился с Путиным в Кремле 22 января 2026 года.')).toEqual([
      ['Уиткофф встретился с Путиным в Кремле 22 января 2026 года', JAN],
    ]);
    expect(marks('Як повідомляє УНІАН спецпосланець Віткофф зустрівся з Путіним у Кремлі 22 січня 2026 року.')).toEqual([
      ['Віткофф зустрівся з Путіним у Кремлі 22 січня 2026 року', JAN],
    ]);
  });
});
