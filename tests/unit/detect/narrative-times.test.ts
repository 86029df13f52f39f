/**
 * Times said against the time the text is telling rather than the page's own: "that spring" after
 * a year the text wrote, "the previous month" before the meeting it told last.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect } from '../../../lib/detect';
import { FIXTURE_EVENTS } from './fixtures';

const matcher = compileMatcher(FIXTURE_EVENTS);

describe('a season said as "that spring"', () => {
  it('is the season of the year the text is telling, not of the publication year', () => {
    const text = 'Moscow and Washington returned to arms control in 1985. The Geneva summit that autumn ended with a joint statement.';
    const m = detect(text, matcher, createDocumentState({ publishedAt: '2025-09-01' })).find((x) => /Geneva summit/.test(x.quote));
    expect([m?.status, m?.eventId]).toEqual(['known', '1985-geneva']);
  });
});

describe('"the previous month"', () => {
  it('is the month before the meeting the text told last', () => {
    const text =
      'Russian and American diplomats met in Istanbul on April 10, 2025, for a second round on embassy work. ' +
      'It built on consultations held in Istanbul the previous month.';
    const ms = detect(text, matcher, createDocumentState({ publishedAt: '2025-09-01' }));
    const m = ms.find((x) => /consultations/.test(x.quote));
    expect([m?.status, m?.eventId]).toEqual(['known', '2025-istanbul-1']);
  });
});

describe('a sentence opening with «Тогда» ("then", "at the time")', () => {
  it('dates its meeting by the date the sentence before wrote', () => {
    const text =
      'Последний раз американские дипломаты были в Стамбуле 27 февраля 2025 года. ' +
      'Тогда переговоры российской и американской делегаций в Стамбуле длились шесть часов.';
    const m = detect(text, matcher, createDocumentState({ publishedAt: '2025-09-01' })).find((x) => /переговоры/.test(x.quote));
    expect([m?.status, m?.eventId]).toEqual(['known', '2025-istanbul-1']);
  });
});
