/**
 * A headline's "to" before a verb of hosting or travelling ("Istanbul to host talks", "Trump to travel
 * to Alaska for a summit") tells of a meeting ahead, as "to meet" does; the city that is to host
 * the meeting is its place, as the one that hosted it is.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect } from '../../../lib/detect';
import { FIXTURE_EVENTS } from './fixtures';

const matcher = compileMatcher(FIXTURE_EVENTS);
const first = (text: string, published: string) => detect(text, matcher, createDocumentState({ publishedAt: published }))[0];

describe('a headline of a meeting ahead', () => {
  it('"<city> to host talks": the next meeting there', () => {
    const m = first('Istanbul to host Russian-American talks on embassies', '2025-03-20');
    expect([m?.status, m?.eventId, m?.tense]).toEqual(['known', '2025-istanbul-2', 'future']);
  });

  it('"<someone> to travel to … for a summit": a summit ahead, not a call before', () => {
    const m = first('Trump to travel to Alaska for a summit with Putin', '2025-03-20');
    expect([m?.status, m?.eventId]).toEqual(['known', '2025-anchorage']);
  });
});
