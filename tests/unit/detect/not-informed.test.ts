/**
 * A negation before a verb of being told or knowing ("was not informed about the talks", "had not
 * been consulted on the meeting", "did not know about the summit") denies that someone was told, not
 * the meeting; and after "and", a modal starts the subject's next predicate ("… and would not
 * accept its results"), not the meeting's. A verb calling the meeting off still negates it.
 * Texts written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const marks = (text: string, publishedAt: string) =>
  detect(text, matcher, createDocumentState({ publishedAt })).filter((m) => m.status !== 'related');

describe('not told of a meeting', () => {
  it('the meeting itself is told as it is', () => {
    const ms = marks('The Europeans were not consulted about the meeting between Rubio and Lavrov in Riyadh.', '2025-02-19');
    expect(ms.some((m) => m.quote.includes('meeting between Rubio and Lavrov') && m.eventId === '2025-riyadh-talks' && m.tense !== 'negated')).toBe(true);
    const ks = marks('Kyiv said it was not informed about the US-Russian talks in Riyadh and would not accept their outcome.', '2025-02-19');
    expect(ks.some((m) => m.quote.includes('talks in Riyadh') && m.eventId === '2025-riyadh-talks')).toBe(true);
  });
  it('a meeting called off is still negated', () => {
    const ms = marks('Trump and Putin did not meet in Budapest.', '2025-11-20');
    expect(ms.every((m) => m.tense === 'negated')).toBe(true);
  });
});
