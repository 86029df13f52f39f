/**
 * How the clauses of one sentence share a mention: a presence in a subordinate clause when the
 * sentence's meeting word made no frame, a presence and a second verb of the same subject joined by
 * 'and', "the two presidents" as the subject of a meeting verb after both sides or both people were named, and
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
  it('are the people named just before, so their speaking is a contact and the mark takes them in', () => {
    const text = 'Trump and Putin have not sat together since their summit in Alaska last year. The two presidents also spoke in April, about a truce.';
    expect(usru(text, '2026-05-10')).toEqual([
      ['summit in Alaska last year', '2025-anchorage-summit'],
      ['The two presidents also spoke in April', '2026-04-29-trump-putin-call'],
    ]);
  });
  it('are not when the people named just before include a third party', () => {
    const text = 'Putin and Xi Jinping signed a gas deal in Beijing. The two leaders also spoke in April, about a pipeline.';
    expect(usru(text, '2026-05-10')).toEqual([]);
  });
  it('say too little with a bare verb ("the two presidents met")', () => {
    expect(usru('Trump and Putin traded barbs for weeks. In the end the two presidents met.', '2026-05-10')).toEqual([]);
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

describe('a trip to a third place with the other side named later in the sentence', () => {
  it('is the meeting there that year ("…went to Vienna in 1961 to take the measure of Khrushchev")', () => {
    expect(usru('Kennedy went to Vienna in 1961 hoping to take the measure of Nikita Khrushchev.', '2021-06-01')).toEqual([
      ['Kennedy went to Vienna in 1961', '1961-vienna-summit'],
    ]);
  });
  it('is nothing without the other side', () => {
    expect(usru('Kennedy went to Vienna in 1961 hoping to hear the opera.', '2021-06-01')).toEqual([]);
  });
});

describe('a name with a middle initial', () => {
  it('is one person: the stop after the initial breaks no name ("John F. Kennedy")', () => {
    expect(usru('John F. Kennedy met Nikita Khrushchev in Vienna in June 1961.', '2021-06-01')).toEqual([
      ['John F. Kennedy met Nikita Khrushchev in Vienna in June 1961', '1961-vienna-summit'],
    ]);
  });
});
