/**
 * Sitting with the other side's person is meeting them ("the envoy sat with Putin for three
 * hours"), as seeing them is: only with a named person of the other side after the verb. A
 * numbered subject ("the two envoys") stands for the people named before it. Texts written for this
 * test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string, publishedAt: string) =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m) => m.status !== 'related')
    .map((m) => [m.quote, m.eventId] as const);

describe('"sat with" the other side', () => {
  it('one side\'s person sitting with the other side\'s is their meeting', () => {
    const ms = marks('Rubio sat with Lavrov for almost an hour on Thursday, aides said.', '2025-07-11');
    expect(ms.some(([q]) => q.startsWith('Rubio sat with Lavrov'))).toBe(true);
  });
  it('a numbered subject stands for the people named before it', () => {
    const ms = marks('Witkoff and Kushner landed at Vnukovo late on Thursday. The two envoys sat with Putin until after midnight.', '2026-01-23');
    expect(ms).toContainEqual([expect.stringContaining('two envoys sat with Putin'), '2026-01-22-witkoff-kushner-putin-moscow']);
  });
  it('a copula after the person does not make sitting an opinion, as it does seeing', () => {
    const ms = marks('Witkoff is due back in Russia soon. The last time Witkoff sat with Putin was in late January.', '2026-03-01');
    expect(ms.some(([q]) => q.includes('Witkoff sat with Putin'))).toBe(true);
    expect(marks('Witkoff saw Putin was tired.', '2026-03-01')).toEqual([]);
  });
  it('sitting with one\'s own side or with nobody named is not a meeting', () => {
    expect(marks('Rubio sat with Vance at the back of the hall.', '2026-03-01')).toEqual([]);
    expect(marks('Lavrov sat with reporters for an hour in Moscow.', '2026-03-01')).toEqual([]);
  });
});
