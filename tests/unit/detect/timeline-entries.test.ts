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

describe('a date-first entry with no meeting word', () => {
  const timeline = [
    'Who met whom: American and Russian officials, Putin and Trump\'s envoys, month by month',
    '2025',
    'Feb. 18 \u2014 Riyadh: Rubio and Lavrov head the two delegations',
    'Feb. 28 \u2014 Oval Office quarrel between Trump and Zelensky',
    'Apr. 2\u20133 \u2014 Dmitriev in Washington',
    'Apr. 25 \u2014 Witkoff\u2013Putin, Kremlin, three hours',
    'Dec. 2 \u2014 Witkoff and Kushner with Putin, close to five hours',
    '2026',
    'Jan. 23\u201324 \u2014 Abu Dhabi: first three-way round',
  ].join('\n\n');
  const ms = usru(timeline, '2026-12-01');
  it('is the meeting at that place on that date: the place first, then what happened', () => {
    expect(ms).toContainEqual(['Feb. 18 \u2014 Riyadh', '2025-riyadh-talks']);
    expect(ms).toContainEqual(['Jan. 23\u201324 \u2014 Abu Dhabi', '2026-01-23-abu-dhabi-trilateral-talks']);
  });
  it('or the people of both sides, or one side\'s envoy in the other\'s capital', () => {
    expect(ms).toContainEqual(['Apr. 25 \u2014 Witkoff\u2013Putin, Kremlin', '2025-04-25-witkoff-putin-moscow']);
    expect(ms).toContainEqual(['Dec. 2 \u2014 Witkoff and Kushner with Putin', '2025-12-02-witkoff-kushner-putin-moscow']);
    expect(ms).toContainEqual(['Apr. 2\u20133 \u2014 Dmitriev in Washington', '2025-04-02-dmitriev-washington']);
  });
  it('an entry about one side and a third party is none', () => {
    expect(ms.some(([q]) => q.startsWith('Feb. 28'))).toBe(false);
  });
  it('one dated line with no other entry beside it is no timeline', () => {
    const one = usru('Putin and Trump\'s envoys: a diary.\n\nApr. 2 \u2014 Dmitriev in Washington, says a report we could not confirm.\n\nMarkets were calm.', '2026-12-01');
    expect(one.some(([q]) => q.startsWith('Apr. 2'))).toBe(false);
  });
});

describe('the year a timeline is telling', () => {
  it('is its year heading\'s, not a year an entry names as a bound ("since 2022")', () => {
    const text = 'Putin and Trump\'s envoys: the record\n\n2025\n\nMay 16 \u2014 Istanbul: the first direct Russia\u2013Ukraine talks since 2022\n\nAug. 6 \u2014 Witkoff\u2013Putin in Moscow prepares a summit';
    expect(usru(text, '2026-12-01')).toContainEqual(['Aug. 6 \u2014 Witkoff\u2013Putin in Moscow', '2025-08-06-witkoff-putin-moscow']);
  });
  it('is the heading\'s however long the list under it', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `Mar. ${(i % 28) + 1} \u2014 Routine consular exchange number ${i + 1} between the two embassies`);
    const text = ['Putin and Trump\'s envoys: the record', '2025', ...filler, 'Aug. 6 \u2014 Witkoff\u2013Putin in Moscow prepares a summit'].join('\n\n');
    expect(usru(text, '2026-12-01')).toContainEqual(['Aug. 6 \u2014 Witkoff\u2013Putin in Moscow', '2025-08-06-witkoff-putin-moscow']);
  });
});

