/**
 * How the clauses of one sentence share a mention: a presence in a subordinate clause when the
 * sentence's meeting word made no frame, a presence and a second verb of the same subject joined by
 * 'and', "the two presidents" as the subject of a meeting verb after both sides were named, and
 * "on the sidelines of" as a copula's predicate.
 * Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const usru = (text: string, publishedAt: string): [string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => [m.quote, m.eventId ?? null]);

describe('a presence in a clause of a sentence whose meeting word names no meeting', () => {
  it('is the mention ("…was signed when Bush went to Moscow in July 1991")', () => {
    expect(usru('The protocol was signed when George Bush went to Moscow in July 1991.', '2021-07-30')).toEqual([
      ['George Bush went to Moscow in July 1991', '1991-moscow-summit'],
    ]);
  });
  it('is nothing when the trip went elsewhere', () => {
    expect(usru('The protocol was signed when George Bush went to Ottawa in July 1991.', '2021-07-30')).toEqual([]);
  });
});

describe('a presence and a meeting verb of the same subject, joined by "and"', () => {
  it('are one mention from the subject on', () => {
    expect(usru('Kerry went to Sochi in May 2015 and met Putin and Lavrov for hours.', '2016-01-10')).toEqual([
      ['Kerry went to Sochi in May 2015 and met Putin and Lavrov', '2015-05-12-kerry-sochi'],
    ]);
  });
  it('stay apart across a comma and a new subject', () => {
    const ms = usru('Kerry went to Sochi in May 2015, and Lavrov met him again in Geneva.', '2016-01-10');
    expect(ms[0]).toEqual(['Kerry went to Sochi in May 2015', '2015-05-12-kerry-sochi']);
  });
});

describe('"the two presidents" as the subject of a meeting verb', () => {
  it('are the US and Russia when those were the last sides named', () => {
    expect(usru('Washington and Moscow still trade accusations over sanctions. Little has moved since the two presidents met in Alaska.', '2025-10-20')).toEqual([
      ['met in Alaska', '2025-anchorage-summit'],
    ]);
  });
  it('are not when a third country was named last ("as Moscow courted Beijing")', () => {
    expect(usru('Washington watched closely as Moscow courted Beijing. The two leaders met in Alaska.', '2025-10-20')).toEqual([]);
  });
});

describe('"on the sidelines of" after a copula', () => {
  it('says where the meeting was ("their only meeting was on the sidelines of the G20 in Hangzhou")', () => {
    const text = 'Relations between Obama and Putin were cold by then. Their only meeting that year was on the sidelines of the G20 in Hangzhou in September.';
    expect(usru(text, '2017-01-12')).toEqual([['on the sidelines of the G20 in Hangzhou in September', '2016-09-05-obama-putin-hangzhou']]);
  });
  it('is nothing when the forum is all it names', () => {
    const text = 'Relations between Obama and Putin were cold by then. Their only meeting that year was on the sidelines of a NATO gathering.';
    expect(usru(text, '2017-01-12')).toEqual([]);
  });
});
