/**
 * Lists of meetings written as entries of a place and a date, with no meeting word: one entry a
 * paragraph under a lead that ends with a colon ("… met four times:" / "Vienna, June 1961 — …"),
 * and entries with their dates in brackets after a colon ("…: Riyadh (February 2025), …").
 * Texts written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const usru = (text: string, publishedAt?: string): [string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => [m.quote, m.eventId ?? null]);

describe('entries of a place and a date, one a paragraph, under a lead ending with a colon', () => {
  const text = [
    'Our unit looks at the summits of Reagan and Gorbachev. In the second half of the decade the pair sat down together several times:',
    'Reykjavik, Iceland, October 1986 — a weekend that almost ended the missile race.',
    'Washington, December 1987 — the treaty on medium-range missiles was signed.',
    'Moscow, May 1988 — a walk across Red Square.',
  ].join('\n\n');
  it('are each a meeting, not a dateline', () => {
    const ms = usru(text);
    expect(ms).toContainEqual(['Reykjavik, Iceland, October 1986', '1986-reykjavik-summit']);
    expect(ms).toContainEqual(['Washington, December 1987', '1987-washington-summit']);
    expect(ms).toContainEqual(['Moscow, May 1988', '1988-moscow-summit']);
  });
  it('a meeting phrase after the entry, with no place or time of its own, is the entry\'s meeting and no second mark', () => {
    const ms = usru('Reagan and Gorbachev first sat down together in the eighties:\n\nGeneva, November 1985 — their first meeting, by a fire in a pool house.\n\nReykjavik, Iceland, October 1986 — the second, over a weekend.');
    expect(ms).toEqual([
      ['Geneva, November 1985', '1985-geneva-summit'],
      ['Reykjavik, Iceland, October 1986', '1986-reykjavik-summit'],
    ]);
  });
  it('a line of only a place and the page\'s own publication day is its dateline, not a meeting', () => {
    const text = 'HELSINKI · July 16, 2018\n\nPresident Trump and President Putin sat down for more than two hours in the Finnish capital on Monday.';
    const ms = usru(text, '2018-07-16');
    expect(ms.some(([q]) => q.startsWith('HELSINKI'))).toBe(false);
    expect(ms.map(([, id]) => id)).toContain('2018-helsinki-summit');
    // The same line on a page written a year later is a chronology's entry for that summit.
    expect(usru(text, '2019-07-16')).toContainEqual(['HELSINKI · July 16, 2018', '2018-helsinki-summit']);
  });
  it('a place and date opening a paragraph with no such lead stays a dateline', () => {
    const ms = usru('Reagan and Gorbachev are the subject of a new book.\n\nMOSCOW, May 1988 — The author spent ten years in the archives.');
    expect(ms.some(([q]) => q.startsWith('MOSCOW'))).toBe(false);
  });
});

describe('entries with their dates in brackets after a colon', () => {
  it('are each a meeting of their own', () => {
    const ms = usru('The foreign ministers Rubio and Lavrov have met in person on these occasions: Riyadh (February 2025), Kuala Lumpur (July 2025) and New York (September 2025).', '2026-11-01');
    expect(ms).toContainEqual(['Riyadh (February 2025)', '2025-riyadh-talks']);
    expect(ms).toContainEqual(['Kuala Lumpur (July 2025)', '2025-07-10-rubio-lavrov-kuala-lumpur']);
    expect(ms).toContainEqual(['New York (September 2025)', '2025-09-24-rubio-lavrov-unga']);
  });
});
