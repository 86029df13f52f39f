/**
 * Recall classes found on blind pages, each a general rule: further meetings of the same people
 * said elliptically after a first one ("…, and again in Reykjavik", "and a third in Geneva",
 * "most recently in July"). Passages written for these tests. Uses the bundled dataset.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../../lib/events/types';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const events = readdirSync(join(root, 'assets/events'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(root, 'assets/events', f), 'utf8')) as MeetingEvent[]);
const matcher = compileMatcher(events.map(toMatcherEvent));
const usru = (text: string) => detect(text, matcher, createDocumentState({})).filter((m) => m.status === 'known' || m.status === 'unknown');

describe('further meetings said elliptically', () => {
  it.each([
    ['Reagan and Gorbachev met in Geneva in 1985, and again in Reykjavik the following October.', ['1985-geneva-summit', '1986-reykjavik-summit']],
    ['Clinton pressed Yeltsin at their Moscow summit in January 1994 and again in Helsinki in March 1997, with mixed results.', ['1994-moscow-summit', '1997-helsinki-summit']],
  ])('finds each meeting in %s', (text, ids) => {
    const found = usru(text).map((m) => m.eventId);
    for (const id of ids) expect(found).toContain(id);
  });

  it('reads "most recently in July" as the last of the visits it counted', () => {
    const text = 'Kerry travelled to the Kremlin three times to see Vladimir Putin privately, most recently in July 2016, when he carried a new plan.';
    const last = usru(text).find((m) => m.quote.includes('most recently'));
    expect(last?.eventId).toBe('2016-07-14-kerry-moscow');
  });

  it('reads "a third in Geneva" as the next round of the series', () => {
    const text = 'Russia, Ukraine and the United States held two rounds of trilateral talks in Abu Dhabi in early 2026 and a third in Geneva.';
    const third = usru(text).find((m) => m.quote.includes('third in Geneva'));
    expect(third?.eventId).toBe('2026-02-17-geneva-trilateral-talks');
  });

  it('does not read the next leg of a trip to Ukraine as another meeting of the two sides', () => {
    const text = 'Witkoff and Kushner are due in Moscow on Saturday for another meeting with Putin, officials said, and then in Kyiv.';
    expect(usru(text).some((m) => m.quote.includes('Kyiv'))).toBe(false);
  });
});

describe('plain English verbs of travel to the other side', () => {
  it.each([
    ["The CIA's director went to Moscow in November 2021 to deliver a warning.", '2021-11-02-burns-moscow'],
    ['Khrushchev came to the United States in September 1959 and toured the country.', '1959-camp-david-summit'],
  ])('finds %s', (text, id) => {
    expect(usru(text).map((m) => m.eventId)).toContain(id);
  });

  it('leaves a trip made to address a forum to the forum', () => {
    expect(usru('Gorbachev came to New York in December 1988 to address the United Nations.')).toEqual([]);
  });
});
