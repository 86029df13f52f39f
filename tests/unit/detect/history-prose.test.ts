/**
 * History prose: Cold War summits, wartime conferences and ministers' meetings told decades later,
 * often on undated pages. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string, publishedAt?: string) =>
  detect(text, matcher, createDocumentState(publishedAt ? { publishedAt } : {})).filter((m) => m.status === 'known' || m.status === 'unknown');
const marked = (text: string, quote: string, publishedAt?: string) => marks(text, publishedAt).find((m) => m.quote.includes(quote));

describe('history prose', () => {
  it('reads "May" beside a number or another month as the month, not the modal', () => {
    const page =
      'Eisenhower and Khrushchev both came to Paris that spring. The conference, which took place in Paris from May 16 to May 17, ' +
      'was supposed to ease the arms race. Critics later blamed the collapse of the May 1960 summit in Paris on the spy plane.';
    expect(marked(page, 'conference, which took place in Paris')?.eventId).toBe('1960-paris-summit');
    expect(marked(page, 'May 1960 summit in Paris')?.eventId).toBe('1960-paris-summit');
    // The modal still makes a meeting a hypothesis.
    const maybe = marks('Officials said Trump and Putin may meet in Budapest.', '2025-10-17')[0];
    expect(maybe?.tense).toBe('hypothetical');
    // …and so it does in a headline in title case.
    expect(marks('Trump And Putin May Meet In Budapest', '2025-10-17')[0]?.tense).toBe('hypothetical');
  });

  it('reads a chronology entry dated by a range of months ("May–June 1988") and the entry after it', () => {
    const page = [
      'Reagan and Gorbachev held five summits, among them:',
      'Moscow, May–June 1988 — the president strolled through Red Square with his host.',
      'New York, December 1988 — a last lunch on Governors Island with the president-elect.',
    ].join('\n\n');
    const found = marks(page);
    expect(found.find((m) => m.quote.startsWith('Moscow, May'))?.eventId).toBe('1988-moscow-summit');
    expect(found.find((m) => m.quote.startsWith('New York'))?.eventId).toBe('1988-governors-island-meeting');
  });

  it('takes every country listed after "the leaders of" as a party, up to "and the Soviet Union"', () => {
    for (const text of [
      'In the summer of 1955 Eisenhower sat down with the leaders of Britain, France and the Soviet Union in Geneva.',
      'In the summer of 1955 Eisenhower sat down with the leaders of France, Britain and the Soviet Union in Geneva.',
      'In July 1955 Eisenhower met the heads of government of Britain and the Soviet Union in Geneva.',
    ]) {
      expect(marks(text)[0]?.eventId, text).toBe('1955-geneva-summit');
    }
    // A list of third countries stays theirs.
    expect(marks('In 1959 Eisenhower met the leaders of France and Britain in Paris.')).toEqual([]);
  });

  it('reads "four-power" as the wartime and postwar powers, both sides among them', () => {
    expect(marks('The four-power meeting in Paris fell apart in its first hours in May 1960.')[0]?.eventId).toBe('1960-paris-summit');
  });

  it('reads a month or a season with no year in the year of the wartime meeting told just before, on a page of today', () => {
    const page = 'Stalin, Roosevelt and Churchill gathered at the Livadia Palace. The Big Three met again in Potsdam that summer.';
    for (const day of ['2025-02-04', '2026-11-30']) {
      expect(marked(page, 'Potsdam', day)?.eventId, day).toBe('1945-potsdam-conference');
    }
  });

  it('dates a meeting told "during the Second World War" to the war years, list items included', () => {
    const page =
      'Nixon and Brezhnev held three summits. Long before them, in the Second World War, the leaders of the United States, ' +
      'Britain and the Soviet Union met three times: at Tehran, Yalta and Potsdam.';
    const found = marks(page);
    expect(found.find((m) => m.quote === 'Yalta')?.eventId).toBe('1945-yalta-conference');
  });
});
