/**
 * "five days ago", «пять дней назад», «три дні тому»: days counted back from the page's date are a
 * time of the meeting, as weeks and months before "ago" already are (a day's slack either side).
 * Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect, type Mention } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const mentions = (text: string, publishedAt: string): Mention[] => detect(text, matcher, createDocumentState({ publishedAt }));

describe('days before "ago"', () => {
  it.each([
    ['Посланник Белого дома беседовал с Путиным в Кремле шесть дней назад.', '2026-09-11'],
    ['Посланець Білого дому розмовляв з Путіним у Кремлі чотири дні тому.', '2026-09-09'],
    ['The White House envoy sat down with Putin in the Kremlin 4 days ago.', '2026-09-09'],
  ])('date the meeting and belong to its mark: %s', (text, pub) => {
    const ms = mentions(text, pub);
    expect(ms.length, text).toBe(1);
    expect(ms[0].quote, text).toMatch(/(назад|тому|ago)$/);
    expect(ms[0].eventId, text).toBe('2026-09-05-witkoff-kushner-putin-moscow');
  });
});
