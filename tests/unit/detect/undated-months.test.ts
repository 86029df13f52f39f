/**
 * A month without a year on a page with no date: read in the year the page names most, and also
 * as that month of any year, each event scored by the better reading. A page of current news that
 * recalls an older year keeps its "in May" for the meeting held in May.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect } from '../../../lib/detect';
import { FIXTURE_EVENTS } from './fixtures';

const matcher = compileMatcher(FIXTURE_EVENTS);

describe('a month on an undated page that names an older year', () => {
  const text =
    'The pipeline has been idle since 2021. Sanctions imposed in 2021 were widened in 2021 again. ' +
    'Trump and Putin spoke by phone in May, and the call changed little.';
  it('is the call held in that month, not a month of the older year', () => {
    const m = detect(text, matcher, createDocumentState({})).find((x) => /phone/.test(x.quote));
    expect([m?.status, m?.eventId]).toEqual(['known', '2025-05-19-call']);
  });
  it('still reads the page year first where it fits', () => {
    const m = detect('In 1985 the two leaders met twice. Reagan and Gorbachev met in Geneva in November.', matcher, createDocumentState({}))[0];
    expect(m.eventId).toBe('1985-geneva');
  });
});
