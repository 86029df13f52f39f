/**
 * Who met whom, said briefly: a pair of surnames joined by a hyphen or dash where one surname is
 * also an ordinary word ("the Johnson-Kosygin talks"), a host's verb whose object is a pronoun for
 * the other side's leader ("Bush welcomed him to Kennebunkport"), and a hypothetical meeting whose
 * own phrase names both leaders and a place ("a Trump–Putin sit-down in Florida would …").
 * Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string, publishedAt: string): [string, string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => [m.quote, m.status, m.eventId ?? null]);

describe('a hyphenated pair with a surname that is also a word', () => {
  it('names both sides ("the Johnson-Kosygin talks", "Ford–Brezhnev")', () => {
    expect(marks('For the small college town, the Johnson-Kosygin talks were the event of the century.', '2020-05-01')).toEqual([['Johnson-Kosygin talks', 'known', '1967-glassboro-summit']]);
  });
  it('does not pair the word with someone of its own side or a stranger', () => {
    expect(marks('For the small college town, the Johnson-Smith talks were the event of the century.', '2020-05-01')).toEqual([]);
  });
});

describe('a host\'s verb with a pronoun object', () => {
  it('stands for the other side\'s leader named before', () => {
    const ms = marks('Putin flew to the United States in July 2007. Bush welcomed him to Kennebunkport.', '2020-05-01');
    expect(ms).toContainEqual(['Bush welcomed him to Kennebunkport', 'known', '2007-kennebunkport-summit']);
  });
  it('is nothing when the pronoun stands for someone else', () => {
    const ms = marks('Xi Jinping flew to Moscow in March. Putin welcomed him to the Kremlin.', '2023-05-01');
    expect(ms).toEqual([]);
  });
});

describe('a hypothetical meeting naming both leaders and a place', () => {
  it('is shown as a meeting the dataset does not hold', () => {
    expect(marks('A senator warned that a Trump-Putin sit-down in Florida would be a mistake.', '2026-11-30')).toEqual([['Trump-Putin sit-down in Florida', 'unknown', null]]);
  });
  it('is not shown without both leaders named', () => {
    expect(marks('A senator warned that a sit-down in Florida would be a mistake.', '2026-11-30')).toEqual([]);
  });
});
