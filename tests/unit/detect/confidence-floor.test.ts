/**
 * The confidence floor: a best event barely over the acceptance score and hardly ahead of its
 * neighbours is a guess. The mention is shown as a meeting we don't know, with those neighbours as
 * candidates, not as one of them. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const first = (text: string) => detect(text, matcher, createDocumentState({ publishedAt: '2026-12-02' }))[0];

describe('the confidence floor', () => {
  it.each([
    // Dmitriev came to the US several times in a year: no time, no place, no way to say which.
    'Dmitriev came to the United States for talks.',
    'Дмитриев приехал в США для переговоров.',
  ])('leaves a guess unknown, with candidates: %s', (text) => {
    const m = first(text);
    expect(m?.status, text).toBe('unknown');
    expect(m?.candidates.length, text).toBeGreaterThan(0);
  });
  it('a leaders\' meeting at the Miami summit is the possible one of the G20 in December 2026, which the dataset holds', () => {
    // Putin took no part in the envoys' talks in Miami; the meeting meant is the one at the G20 summit.
    const m = first('A Putin-Trump meeting on the sidelines of the summit in Miami is being prepared.');
    expect(m?.eventId).toBe('2026-12-miami-g20-trump-putin-possible');
  });
  it('keeps a meeting its clues single out', () => {
    const m = first('Dmitriev came to Washington in April 2025 for talks with Witkoff.');
    expect(m?.status).toBe('known');
    expect(m?.eventId).toBe('2025-04-02-dmitriev-washington');
  });
});
