/**
 * Timelines written date first: a year as a heading, then entries that open with a day and month
 * set off by a dash or a colon ("Feb. 11 — Witkoff meets Putin in Moscow"). The entry's date is the
 * date of the clause after it; the year is the heading's. Texts written for this test; the bundled
 * dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const usru = (text: string, publishedAt?: string): [string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => [m.quote, m.eventId ?? null]);

describe('an entry that opens with its date, set off by a dash or a colon', () => {
  it('dates the meeting told after the dash, in the year of the heading above', () => {
    // Witkoff saw Putin in Moscow several times; only the entry's date tells which visit this is.
    const text = 'Our graphic of the envoys\u2019 visits\n\n2025\n\nFeb. 11 \u2014 Witkoff meets Putin in Moscow, and an American teacher goes home\n\nAug. 6 \u2014 Witkoff and Putin meet in Moscow for three hours';
    const ms = usru(text, '2026-12-01');
    expect(ms).toContainEqual(['Witkoff meets Putin in Moscow', '2025-02-11-witkoff-putin-moscow']);
    expect(ms).toContainEqual(['Witkoff and Putin meet in Moscow', '2025-08-06-witkoff-putin-moscow']);
  });
  it('after a colon, and in Russian', () => {
    expect(usru('2025\n\nFeb. 11: Witkoff met Putin in Moscow.', '2026-12-01')).toContainEqual(['Witkoff met Putin in Moscow', '2025-02-11-witkoff-putin-moscow']);
    expect(usru('2025 год\n\n11 февраля \u2014 Уиткофф встретился с Путиным в Москве', '2026-12-01')).toContainEqual(['Уиткофф встретился с Путиным в Москве', '2025-02-11-witkoff-putin-moscow']);
  });
  it('a clause with a date of its own keeps it', () => {
    const ms = usru('2025\n\nOct. 2 \u2014 Witkoff recalls that he met Putin in Moscow on Aug. 6', '2026-12-01');
    expect(ms).toContainEqual(['met Putin in Moscow on Aug. 6', '2025-08-06-witkoff-putin-moscow']);
  });
});
