/**
 * A later meeting of the same people in the same sentence ("… and again at Helsinki in 1975",
 * «… а затем в Женеве», a second full date after "and"): a mention of its own, resolved by its own
 * place and time, not folded into the first meeting's mark.
 * Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const usru = (text: string, publishedAt: string): [string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => [m.quote, m.eventId ?? null]);

describe('"and again" with a place or time of its own', () => {
  it('is a second meeting with the new place and year', () => {
    expect(usru('Ford sat down with Brezhnev at Vladivostok in November 1974 and again at Helsinki in 1975.', '2015-01-10')).toEqual([
      ['Ford sat down with Brezhnev at Vladivostok in November 1974', '1974-vladivostok-summit'],
      ['again at Helsinki in 1975', '1975-helsinki-ford-brezhnev-csce'],
    ]);
  });
  it('keeps the first place and year when it names only a month', () => {
    expect(usru('The arms envoy Billingslea met Ryabkov in Vienna in June 2020 and again in August, with little to show.', '2024-03-01')).toEqual([
      ['Billingslea met Ryabkov in Vienna in June 2020', '2020-06-22-vienna-arms-control-talks'],
      ['again in August', '2020-08-17-vienna-arms-control-talks'],
    ]);
  });
});

describe('a second full date after "and"', () => {
  it('is a second meeting of the same people (Russian)', () => {
    expect(usru('Уиткофф и Кушнер беседовали с Путиным в Кремле 2 декабря 2025 года и 22 января 2026 года.', '2026-12-01')).toEqual([
      ['Уиткофф и Кушнер беседовали с Путиным в Кремле 2 декабря 2025 года', '2025-12-02-witkoff-kushner-putin-moscow'],
      ['22 января 2026 года', '2026-01-22-witkoff-kushner-putin-moscow'],
    ]);
  });
  it('is not when the first date has no month and year of its own ("on 2 and 3 December 2025")', () => {
    const ms = usru('Witkoff and Kushner met Putin in the Kremlin on 2 and 3 December 2025.', '2026-12-01');
    expect(ms.length).toBe(1);
  });
});

describe('"and then" with a verb of its own', () => {
  it('is no repeat: where they went next was not a meeting of the same people', () => {
    const ms = usru('Witkoff met Putin in Moscow on 2 December 2025 and then flew to Berlin for dinner.', '2026-12-01');
    expect(ms[0]).toEqual(['Witkoff met Putin in Moscow on 2 December 2025', '2025-12-02-witkoff-kushner-putin-moscow']);
    expect(ms.some(([q]) => q.startsWith('then'))).toBe(false);
  });
});
