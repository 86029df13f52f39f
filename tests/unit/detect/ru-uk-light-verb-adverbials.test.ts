/**
 * Russian and Ukrainian put a light verb's adverbials between it and its meeting noun: where
 * («провёл в Сочи переговоры»), when («провели у вівторок … переговори»), how long («два дня
 * переговоров») and whom with («провів із Брежнєвим … переговорів»). The verb's subject is still
 * the meeting's party, so the mark runs from it. Sentences written for this test; the bundled
 * dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const usru = (text: string, publishedAt: string): [string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => [m.quote, m.eventId ?? null]);

describe('a light verb, its adverbials, then the meeting noun', () => {
  it('a place and a day between them, in Russian', () => {
    expect(usru('Помпео во вторник провёл в Сочи переговоры с Лавровым.', '2019-05-20')).toEqual([
      ['Помпео во вторник провёл в Сочи переговоры с Лавровым', '2019-05-14-pompeo-sochi'],
    ]);
  });

  it('whom with and how long, in Ukrainian', () => {
    expect(usru('Навесні 1972 року Кіссинджер провів із Брежнєвим кілька днів переговорів.', '2022-04-20')).toEqual([
      ['Кіссинджер провів із Брежнєвим кілька днів переговорів', '1972-04-kissinger-secret-moscow-trip'],
    ]);
  });

  it('a place and a count of days', () => {
    const ms = usru('Громыко и Шульц провели в Женеве два дня переговоров в январе 1985 года.', '2025-01-08');
    expect(ms).toHaveLength(1);
    expect(ms[0][0].startsWith('Громыко и Шульц провели')).toBe(true);
    expect(ms[0][1]).toBe('1985-01-shultz-gromyko-geneva');
  });

  it('leaves a third country’s leader out', () => {
    expect(usru('Президент Турции в четверг провёл в Анкаре переговоры с Владимиром Путиным.', '2025-06-01')).toEqual([]);
  });
});
