/**
 * An arrival named as a noun in Russian («приезд») is a visit as «визит» is: «приезд Уиткоффа в
 * Москву». Not an arrival of people of no side («приезд туристов в Москву»).
 * Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string, publishedAt: string): [string, string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt })).map((m: Mention) => [m.quote, m.status, m.eventId ?? null]);

describe('an arrival as a noun', () => {
  it('is a visit of the traveller to the other side', () => {
    expect(marks('Последний приезд Уиткоффа и Кушнера в Москву пришёлся на 5 сентября.', '2026-12-01')).toEqual([
      ['приезд Уиткоффа и Кушнера в Москву', 'known', '2026-09-05-witkoff-kushner-putin-moscow'],
    ]);
  });

  it('is nothing for people of no side', () => {
    expect(marks('Приезд туристов в Москву летом вырос.', '2026-12-01')).toEqual([]);
  });
});
