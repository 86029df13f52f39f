/**
 * The people a mention itself names set its era: "Kosygin flew into New York" is a trip of the
 * 1960s, so a 2025 meeting in New York is not it, however well the city fits; nor is the 2025
 * Anchorage summit a trip of Brezhnev's. Such a mention becomes a meeting the dataset does not hold
 * (the reader's card says so) instead of a card for a meeting decades away. A person named only
 * elsewhere in the sentence is not enough ("like Brezhnev before him, …" is a comparison): see
 * eraAgainst in lib/detect/resolve.ts. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string, publishedAt?: string): Mention[] =>
  detect(text, matcher, createDocumentState(publishedAt ? { publishedAt } : {})).filter((m) => m.status === 'known' || m.status === 'unknown');
const year = (id: string | null): number => {
  const ev = BUNDLED_EVENTS.find((e) => e.id === id);
  return ev ? Number(ev.start.slice(0, 4)) : NaN;
};

describe('the era of the people a mention names', () => {
  it('rules out a meeting decades from any they attended', () => {
    for (const text of ['Premier Kosygin flew into New York that week for the emergency session of the General Assembly.', 'Brezhnev flew to Anchorage.']) {
      for (const m of marks(text)) {
        expect(m.status === 'unknown' || year(m.eventId) < 1990, `${text} → ${m.eventId}`).toBe(true);
      }
    }
  });
  it('keeps their own meetings', () => {
    expect(marks('Kosygin met Johnson at Glassboro.')[0]?.eventId).toBe('1967-glassboro-summit');
    expect(marks('Brezhnev and Ford met near Vladivostok in November 1974.')[0]?.eventId).toMatch(/^1974-/);
  });
});
