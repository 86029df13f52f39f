/**
 * Who "he", "they" or "the two Americans" are: a presence phrase (people somewhere, with no meeting
 * word) whose subject stands for people named just before, in the same paragraph or the one before
 * it (read as an earlier chunk). Sentences written for this test; a small event list of its own, so
 * dataset edits cannot move it.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, type MatcherEvent, type Mention } from '../../../lib/detect';

const ev = (e: Partial<MatcherEvent> & Pick<MatcherEvent, 'id' | 'start' | 'participants' | 'placeNames'>): MatcherEvent => ({
  title: e.id,
  kind: 'summit',
  status: 'held',
  country: 'United States',
  aliases: [],
  sharedAliases: [],
  cues: [],
  ...e,
});

const events: MatcherEvent[] = [
  ev({
    id: 'camp-david-1959',
    start: '1959-09-25',
    end: '1959-09-27',
    city: 'Thurmont',
    placeNames: ['Camp David', 'Thurmont', 'Maryland'],
    participants: [
      { name: 'Dwight Eisenhower', side: 'us' },
      { name: 'Nikita Khrushchev', side: 'ru' },
    ],
  }),
  ev({
    id: 'kremlin-2025-12',
    kind: 'envoy',
    start: '2025-12-02',
    city: 'Moscow',
    country: 'Russia',
    placeNames: ['Moscow', 'Kremlin'],
    participants: [
      { name: 'Steve Witkoff', side: 'us' },
      { name: 'Jared Kushner', side: 'us' },
      { name: 'Vladimir Putin', side: 'ru' },
      { name: 'Kirill Dmitriev', side: 'ru' },
    ],
  }),
  ev({
    id: 'kennedy-gromyko-1962',
    kind: 'ministerial',
    start: '1962-10-18',
    city: 'Washington',
    placeNames: ['Washington', 'White House'],
    participants: [
      { name: 'John F. Kennedy', side: 'us' },
      { name: 'Andrei Gromyko', side: 'ru' },
      { name: 'Anatoly Dobrynin', side: 'ru' },
    ],
  }),
];
const matcher = compileMatcher(events);

/** A page read paragraph by paragraph, as the page's scanner feeds it in chunks. */
function page(paragraphs: string[], publishedAt?: string): Mention[][] {
  const st = createDocumentState({ publishedAt });
  return paragraphs.map((p) => detect(p, matcher, st));
}

describe('a presence whose subject stands for people named before', () => {
  it('reads "he" as the person named last who is not the one he was with', () => {
    const [first, second] = page(
      [
        'Nikita Khrushchev crossed the Atlantic in September 1959 at the invitation of Dwight Eisenhower.',
        'He spent two days with Eisenhower at Camp David.',
      ],
      '2019-09-20',
    );
    expect(first.every((m) => !m.quote.startsWith('He '))).toBe(true);
    expect(second).toHaveLength(1);
    expect(second[0].quote).toBe('He spent two days with Eisenhower at Camp David');
    expect(second[0].eventId).toBe('camp-david-1959');
  });

  it('reads "they" across a paragraph break as the people of the last sentence naming any', () => {
    const [, second] = page(
      ['Steve Witkoff and Jared Kushner touched down at Vnukovo on Tuesday afternoon.', 'They spent five hours with Putin in the Kremlin.'],
      '2025-12-03',
    );
    expect(second.map((m) => [m.quote, m.eventId])).toEqual([['They spent five hours with Putin in the Kremlin', 'kremlin-2025-12']]);
  });

  it('reads "the two Americans" as the American side named last, at the other side\'s seat on a day', () => {
    const [, second] = page(
      ['Kirill Dmitriev met Steve Witkoff and Jared Kushner at the airport.', 'The two Americans were in the Kremlin on Tuesday until well past midnight.'],
      '2025-12-03',
    );
    expect(second.map((m) => m.eventId)).toEqual(['kremlin-2025-12']);
    expect(second[0].quote.startsWith('The two Americans were in the Kremlin on Tuesday')).toBe(true);
  });

  it('marks nothing when "he" is the same person as the one met, or is a third party', () => {
    // The only person named before is Eisenhower himself: "he" cannot be the one he spent days with.
    expect(page(['Dwight Eisenhower liked the quiet of the hills.', 'He spent two days with Eisenhower at Camp David.'])[1]).toEqual([]);
    // "He" is the Turkish president, named last.
    const [, turkish] = page(['Putin later met Recep Tayyip Erdogan, who had just returned from Ankara.', 'He spent two days with Trump at the White House.'], '2025-09-26');
    expect(turkish).toEqual([]);
  });

  it('does not read a posting as a visit: one side at the other\'s capital in a season or a year', () => {
    const [, second] = page(
      ['Anatoly Dobrynin served as ambassador for a quarter of a century.', 'He arrived in Washington in the spring of 1962, a junior figure.'],
      '2010-04-08',
    );
    expect(second).toEqual([]);
  });

  it('leaves a role alone that could be anyone\'s ("the president")', () => {
    // (No year: "Camp David in September 1959" would name the meeting by its place and date alone,
    // see place-date-inline.test.ts.)
    const [, second] = page(['Nikita Khrushchev and Dwight Eisenhower exchanged letters.', 'The president spent a weekend at Camp David that September.'], '2019-09-20');
    expect(second).toEqual([]);
  });
});
