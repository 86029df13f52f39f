/** Molotov's visit to Washington of 1942, named by its time, place and people. Texts written for this test. */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';


describe('Molotov in Washington, 1942', () => {
  it.each([
    'In late May 1942 Molotov flew to Washington and stayed at the White House as the guest of Roosevelt.',
    'В мае 1942 года Молотов прилетел в Вашингтон и провёл переговоры с Рузвельтом о втором фронте.',
  ])('is the visit of May–June 1942: %s', (text) => {
    const m = detect(text, matcher, createDocumentState({}))[0];
    expect(m?.eventId, text).toBe('1942-05-29-molotov-washington-roosevelt');
  });
});
