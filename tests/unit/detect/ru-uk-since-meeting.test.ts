/**
 * Russian and Ukrainian "since" is «с»/«з» (also «із», «зі», «со») with the genitive: «не
 * встречались с саммита», «не бачилися з часу саміту». The meeting after it happened; the negation
 * belongs to the verb before it, as with «после»/«після» and English "since". Texts written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect, type Mention } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const mentions = (text: string, publishedAt: string): Mention[] => detect(text, matcher, createDocumentState({ publishedAt }));

describe('a meeting after a Cyrillic "since"', () => {
  it.each([
    'Президенты двух стран с тех пор лично не встречались с саммита на Аляске.',
    'Лидеры России и США больше не виделись с момента саммита в Анкоридже.',
    'Очільники двох країн відтоді особисто не бачилися з саміту на Алясці.',
    'Президенти Росії та США більше не зустрічалися з часу саміту в Анкориджі.',
  ])('is the meeting, not a negated one: %s', (text) => {
    const m = mentions(text, '2026-04-14').find((x) => /саммит|саміт/i.test(x.quote));
    expect(m, text).toBeDefined();
    expect(m!.eventId, text).toBe('2025-anchorage-summit');
    expect(m!.tense, text).not.toBe('negated');
  });
});
