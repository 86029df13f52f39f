/**
 * A venue name the dataset gives stands, in the detector, for that event's city (lexicon: an unknown
 * place name is the event's city). A bare institution name that missions in several cities share,
 * such as "Soviet mission", therefore named one city only: "met Gromyko at the Soviet mission in
 * Vienna" was read as Geneva. Such venues are spelled with their city, and the detector is run on
 * sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const firstKnown = (text: string, publishedAt = '2026-12-07') =>
  detect(text, matcher, createDocumentState({ publishedAt })).find((d) => d.status === 'known')?.eventId ?? null;

describe('venues several cities share are spelled with their city', () => {
  it('no event gives a bare "Soviet mission" as its venue', () => {
    expect(BUNDLED_EVENTS.filter((e) => /^soviet mission$/i.test(e.place.venue ?? '')).map((e) => e.id)).toEqual([]);
  });

  it('a meeting at the Soviet mission in Vienna is read as Vienna, not Geneva', () => {
    expect(firstKnown('Shultz met Gromyko at the Soviet mission in Vienna.')).toBe('1985-05-14-shultz-gromyko-vienna');
  });

  it('a meeting at the Soviet mission in New York stays in New York', () => {
    expect(firstKnown('Cyrus Vance and Andrei Gromyko met at the Soviet mission in New York.')).toBe('1978-09-27-vance-gromyko-new-york');
  });
});
