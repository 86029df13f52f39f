/**
 * «встреча, состоявшаяся в Женеве», «переговоры, прошедшие в Эр-Рияде»: a Russian participle of
 * taking place, after a comma, says what «которая состоялась» says, so the place and time after it
 * are the meeting's. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect, type Mention } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const mentions = (text: string, publishedAt: string): Mention[] => detect(text, matcher, createDocumentState({ publishedAt }));

describe('a participle of taking place after the meeting noun', () => {
  it.each([
    ['Москва и Вашингтон долго не разговаривали. Переговоры, состоявшиеся в Эр-Рияде 18 февраля 2025 года, это изменили.', /Эр-Рияде/, '2025-riyadh-talks'],
    ['Отношения России и США тогда были плохими. Встреча, прошедшая в Женеве 16 июня 2021 года, их не улучшила.', /Женеве/, '2021-geneva-summit'],
    ['Отношения России и США тогда были плохими. О встрече, проходившей в Женеве 16 июня 2021 года, вспоминают редко.', /Женеве/, '2021-geneva-summit'],
  ])('takes the place and time after it: %s', (text, where, id) => {
    const m = mentions(text, '2026-03-02').find((x) => where.test(x.quote));
    expect(m, text).toBeDefined();
    expect(m!.eventId, text).toBe(id);
  });
});
