/**
 * Resolution: which event a mention means, from publication date, dates and names nearby, cues,
 * rounds, tense and what the page already talked about. Uses the small fixture dataset.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, type Mention } from '../../../lib/detect';
import { resolveAtom } from '../../../lib/detect/resolve';
import { dayNumber } from '../../../lib/detect/dates';
import { FIXTURE_EVENTS } from './fixtures';

const matcher = compileMatcher(FIXTURE_EVENTS);

function first(text: string, publishedAt?: string): Mention {
  const m = detect(text, matcher, createDocumentState({ publishedAt }));
  expect(m.length, `no mention in: ${text}`).toBeGreaterThan(0);
  return m[0];
}

describe('the Geneva summit depends on the article', () => {
  it('is 2021 in a June 2021 article', () => {
    const m = first('Biden arrived for the Geneva summit with Putin.', '2021-06-15');
    expect([m.status, m.eventId]).toEqual(['known', '2021-geneva']);
  });
  it('is 1985 when Reagan and Gorbachev are named', () => {
    expect(first('At the Geneva summit Reagan and Gorbachev talked by the fire.', '2021-06-15').eventId).toBe('1985-geneva');
  });
  it('is 1955 when the year says so', () => {
    expect(first('The Geneva summit of 1955 produced the open skies proposal.').eventId).toBe('1955-geneva');
  });
  it('is 1985 in Russian too', () => {
    expect(first('Саммит в Женеве 1985 года стал первой встречей Рейгана и Горбачёва.').eventId).toBe('1985-geneva');
  });
  it('never resolves past-tense text to an event after publication', () => {
    const m = first('Biden and Putin met at the Geneva summit.', '2019-01-10');
    expect(m.eventId).not.toBe('2021-geneva');
  });
  it('gives reasons and alternatives', () => {
    const m = first('Biden arrived for the Geneva summit with Putin.', '2021-06-15');
    expect(m.reasons.join(' ')).toMatch(/alias 'Geneva summit'/);
    expect(m.candidates.map((c) => c.eventId)).toEqual(expect.arrayContaining(['1985-geneva', '1955-geneva']));
    expect(m.confidence).toBeGreaterThan(0.5);
    expect(m.confidence).toBeLessThanOrEqual(1);
  });
});

describe('the Istanbul talks depend on cues', () => {
  it('are the embassy rounds when the page is about embassies and diplomats', () => {
    const m = first('American and Russian diplomats discussed embassy staffing and visas. No one should mistake the Istanbul talks for a breakthrough.', '2025-04-20');
    expect(['2025-istanbul-1', '2025-istanbul-2']).toContain(m.eventId);
    expect(m.status).toBe('known');
  });
  it('are the Russia–Ukraine talks when the page is about a ceasefire and prisoners', () => {
    const m = first('Medinsky led the Russian delegation, Umerov the Ukrainian one; a prisoner exchange was agreed. The Istanbul talks brought no ceasefire.', '2025-05-20');
    expect([m.status, m.eventId]).toEqual(['related', '2025-istanbul-ru-ua']);
  });
  it('prefer a later round when the text says they met again', () => {
    const m = first('U.S. and Russian diplomats met again in Istanbul to discuss embassies.', '2025-06-01');
    expect(m.eventId).toBe('2025-istanbul-2');
  });
  it('take the round the text names', () => {
    expect(first('The first Istanbul round on embassies lasted six hours.').eventId).toBe('2025-istanbul-1');
  });
});

describe('dates, calls, status', () => {
  it('reads "on Tuesday" against the publication date', () => {
    expect(first('Trump and Putin spoke by phone on Tuesday about a ceasefire.', '2025-03-19').eventId).toBe('2025-03-18-call');
    expect(first('Trump and Putin spoke by phone on Monday.', '2025-05-20').eventId).toBe('2025-05-19-call');
  });
  it('does not take a call for a summit or a summit for a call', () => {
    const m = first('Trump and Putin met in Alaska.', '2025-08-20');
    expect(m.eventId).toBe('2025-anchorage');
  });
  it('points future text at planned events', () => {
    const m = first('US and Russian diplomats will meet in Moscow in December 2026 for a new round on embassies.', '2026-11-22');
    expect([m.status, m.eventId]).toEqual(['known', '2026-moscow-planned']);
  });
  it('matches a cancelled summit when the text says it was called off', () => {
    const m = first('The Budapest summit between Trump and Putin was called off.', '2025-10-25');
    expect([m.status, m.eventId]).toEqual(['known', '2025-budapest']);
  });
  it("says 'unknown' for a US–Russia meeting the dataset lacks, with the nearest events", () => {
    const m = first('Russian and American diplomats met in Ankara earlier this week.', '2025-06-10');
    expect(m.status).toBe('unknown');
    expect(m.eventId).toBeNull();
    expect(m.candidates.length).toBeGreaterThan(0);
    expect(m.reasons[0]).toMatch(/Ankara/);
  });
});

describe('resolveAtom', () => {
  it('reads months without a year against the publication date', () => {
    const st = createDocumentState({ publishedAt: '2025-11-01' });
    expect(resolveAtom({ m: 2 }, st, false)).toEqual({ from: dayNumber(2025, 2, 1), to: dayNumber(2025, 2, 28), precision: 2 });
    // December, written in a past-tense text published in November, is last December
    expect(resolveAtom({ m: 12 }, st, false)?.from).toBe(dayNumber(2024, 12, 1));
    expect(resolveAtom({ m: 12 }, st, true)?.from).toBe(dayNumber(2025, 12, 1));
    expect(resolveAtom({ rel: { days: [-8, 0] } }, st, false)).toEqual({ from: dayNumber(2025, 10, 24), to: dayNumber(2025, 11, 1), precision: 3 });
    expect(resolveAtom({ rel: { year: -30 } }, st, false)?.from).toBe(dayNumber(1995, 1, 1));
  });
  it('falls back on the years the document mentions', () => {
    const st = createDocumentState({});
    st.years.set(1985, 3);
    expect(resolveAtom({ m: 11 }, st, false)?.from).toBe(dayNumber(1985, 11, 1));
    expect(resolveAtom({ rel: { days: [-8, 0] } }, st, false)).toBeNull();
  });
});
