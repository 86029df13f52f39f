/**
 * A place and time fronted before a meeting verb's subject ("In Vienna in June 1961 Kennedy and
 * Khrushchev met", «В Абу-Дабі у січні 2026 року делегації сіли за один стіл») say where and when
 * the verb's meeting was: the mark takes them in when the verb names no place of its own.
 * Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const quotes = (text: string, publishedAt: string): string[] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => m.quote);

describe('a fronted place and time', () => {
  it('opens the mark of the verb after it (English)', () => {
    expect(quotes('In Vienna in June 1961, Kennedy and Khrushchev talked for two days.', '2020-01-01')).toEqual(['In Vienna in June 1961, Kennedy and Khrushchev talked']);
  });
  it('opens the mark of the verb after it (Ukrainian)', () => {
    const q = quotes('У Женеві в лютому 2026 року американська, російська та українська делегації сіли за один стіл.', '2026-12-01');
    expect(q[0].startsWith('У Женеві в лютому 2026 року')).toBe(true);
  });
  it('is left out when the verb names its own place', () => {
    expect(quotes('In Moscow, Witkoff met Putin in the Kremlin on 2 December 2025.', '2026-01-01')).toEqual(['Witkoff met Putin in the Kremlin on 2 December 2025']);
  });
  it('is no setting when the fronted phrase is not a place', () => {
    const q = quotes('In his memoir Nixon met Brezhnev in Moscow in May 1972.', '2020-01-01');
    expect(q.some((x) => x.startsWith('In his memoir'))).toBe(false);
  });
});
