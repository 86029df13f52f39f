/**
 * Words that say which of several meetings one was, or how long it had been since the last, inside
 * a meeting phrase or between it and its verb: «перша за останні роки зустріч», «первые за всю
 * историю переговоры», «впервые за три года», «в последний раз прошла». They say nothing of who,
 * where or when, and must not cut the phrase from its people or its verb.
 * Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const usru = (text: string, publishedAt: string): [string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => [m.quote, m.eventId ?? null]);

describe('a span since the last meeting inside the phrase', () => {
  it('keeps the people before the light verb, in Ukrainian', () => {
    expect(usru('Байден і Путін провели першу за останні роки особисту зустріч у Женеві.', '2021-06-20')).toEqual([
      ['Байден і Путін провели першу за останні роки особисту зустріч у Женеві', '2021-geneva-summit'],
    ]);
  });

  it('and in Russian, with a count of years or «за всю историю»', () => {
    expect(usru('Байден и Путин провели первую за последние годы встречу в Женеве.', '2021-06-20')).toEqual([
      ['Байден и Путин провели первую за последние годы встречу в Женеве', '2021-geneva-summit'],
    ]);
    expect(usru('Байден и Путин провели впервые за четыре года личную встречу в Женеве.', '2021-06-20')).toEqual([
      ['Байден и Путин провели впервые за четыре года личную встречу в Женеве', '2021-geneva-summit'],
    ]);
  });
});

describe('which time it was, between a meeting noun and its verb of holding', () => {
  it('«в последний раз прошла» still reads the verb\'s date and place', () => {
    expect(usru('Встреча лидеров России и США в последний раз прошла в июне 2021 года в Женеве.', '2022-03-01')).toEqual([
      ['Встреча лидеров России и США в последний раз прошла в июне 2021 года в Женеве', '2021-geneva-summit'],
    ]);
  });
});
