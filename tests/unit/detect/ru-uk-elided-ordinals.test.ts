/**
 * A list of rounds whose later items drop the noun and keep the ordinal («первый — в Эр-Рияде, а
 * второй — в Стамбуле», «третій – у Женеві»): the ordinal stands for the meeting noun of the item
 * before, as "a second in Istanbul" does in English. Sentences written for this test; the bundled
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

describe('an ordinal alone before "in" and a place', () => {
  it('is the next round, after «а» and a dash, in Russian', () => {
    const ms = usru('Дипломаты России и США в феврале 2025 года провели первый раунд в Эр-Рияде, а второй — в Стамбуле.', '2025-06-01');
    expect(ms.map((m) => m[1])).toContain('2025-04-10-istanbul-embassy-round-2');
    expect(ms.find((m) => m[1] === '2025-04-10-istanbul-embassy-round-2')![0]).toBe('второй — в Стамбуле');
  });

  it('and after a bare comma, in Ukrainian', () => {
    const ms = usru('Перший раунд тристоронніх переговорів Росії, США та України пройшов в Абу-Дабі в січні 2026 року, другий — в Абу-Дабі на початку лютого, третій – у Женеві в середині лютого.', '2026-03-01');
    expect(ms).toContainEqual(['третій – у Женеві в середині лютого', '2026-02-17-geneva-trilateral-talks']);
  });

  it('but an ordinal before a noun of its own is no such item', () => {
    const ms = usru('Первый раунд переговоров России и США прошёл в Эр-Рияде в феврале 2025 года, а второй день — в Стамбуле.', '2025-06-01');
    expect(ms).toHaveLength(1);
  });
});
