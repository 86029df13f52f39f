/**
 * A meeting noun as the object of any verb whose subject names people of both sides, as headlines
 * and leads write it ("Nixon, Brezhnev toast summit"). Texts written for this test; the bundled
 * dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string, publishedAt: string) =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m) => m.status !== 'related')
    .map((m) => [m.quote, m.eventId] as const);

describe('both sides as the subject of a verb whose object is the meeting', () => {
  it('a headline pair with a comma, and a lead pair with "and", take the meeting noun as theirs', () => {
    expect(marks('Bush, Gorbachev applaud summit', '1989-12-04')).toEqual([['Bush, Gorbachev applaud summit', '1989-malta-summit']]);
    expect(marks('Nixon and Brezhnev toasted the summit at a Kremlin dinner.', '1972-05-26')).toContainEqual([
      expect.stringContaining('Nixon and Brezhnev toasted the summit'),
      '1972-moscow-summit',
    ]);
  });
  it('names inside a longer subject, or countries, are not the meeting\'s parties', () => {
    expect(marks('Aides to Bush and Gorbachev applauded the summit.', '1989-12-04')).toEqual([]);
    expect(marks('Russia and America applauded the summit.', '1989-12-04')).toEqual([]);
  });
});
