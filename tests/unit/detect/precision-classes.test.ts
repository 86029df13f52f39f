/**
 * Classes of false marks and wrong events on English news (issue 9, precision), each tried on
 * sentences written for this test. Uses the small hand-made event list (fixtures.ts) plus a few
 * events of its own, so dataset edits cannot move it.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, type MatcherEvent, type Mention } from '../../../lib/detect';
import { FIXTURE_EVENTS } from './fixtures';

const summit = (id: string, start: string, end: string, city: string, country: string, placeNames: string[], us: string, ru: string): MatcherEvent => ({
  id,
  title: id,
  kind: 'summit',
  status: 'held',
  start,
  end,
  city,
  country,
  placeNames,
  participants: [
    { name: us, side: 'us' },
    { name: ru, side: 'ru' },
  ],
  aliases: [],
  sharedAliases: [],
  cues: [],
});

const extra: MatcherEvent[] = [
  summit('moscow-1972', '1972-05-22', '1972-05-30', 'Moscow', 'Soviet Union', ['Moscow', 'Kremlin'], 'Richard Nixon', 'Leonid Brezhnev'),
  summit('washington-1973', '1973-06-18', '1973-06-25', 'Washington', 'United States', ['Washington', 'Camp David'], 'Richard Nixon', 'Leonid Brezhnev'),
  { ...summit('hamburg-2017', '2017-07-07', '2017-07-07', 'Hamburg', 'Germany', ['Hamburg', 'Germany'], 'Donald Trump', 'Vladimir Putin'), kind: 'sideline' },
];
const envoy = (id: string, start: string, cues: string[]): MatcherEvent => ({
  ...summit(id, start, start, 'Moscow', 'Russia', ['Moscow', 'Kremlin'], 'Steve Witkoff', 'Vladimir Putin'),
  kind: 'envoy',
  cues,
});
extra.push(
  envoy('kremlin-2026-01', '2026-01-22', []),
  envoy('kremlin-2026-09', '2026-09-05', ['late-night']),
  { ...summit('abu-dhabi-2026-01', '2026-01-23', '2026-01-24', 'Abu Dhabi', 'United Arab Emirates', ['Abu Dhabi'], 'Steve Witkoff', 'Kirill Dmitriev'), kind: 'working-level' },
);
const matcher = compileMatcher([...FIXTURE_EVENTS, ...extra]);
const run = (text: string, publishedAt?: string, title?: string): Mention[] => detect(text, matcher, createDocumentState({ publishedAt, title }));

describe('"on his visit to …" after another verb', () => {
  it('is a visit of its own, with its own place and time, not the topic of the verb before it', () => {
    const ms = run('The back channel prepared the arms accords that Nixon signed on his visit to Moscow in May 1972, and it kept working through the crisis of October 1973.', '2026-11-20');
    const visit = ms.find((m) => m.quote.includes('visit to Moscow'));
    expect(visit?.eventId).toBe('moscow-1972');
    expect(ms.every((m) => m.eventId !== 'washington-1973')).toBe(true);
  });
});

describe('a plural meeting word that several meetings fit', () => {
  it('names no one of them ("Phone calls this year")', () => {
    const ms = run('Phone calls this year\n\nSince then Trump and Putin have spoken by telephone more than once.', '2025-08-12');
    expect(ms.filter((m) => m.quote.toLowerCase().includes('calls'))).toEqual([]);
  });
  it('still names the one meeting its date gives ("their calls of May 19")', () => {
    const ms = run('Trump and Putin discussed a ceasefire in their phone calls of May 19.', '2025-08-12');
    expect(ms.map((m) => m.eventId)).toContain('2025-05-19-call');
  });
});

describe('a weekday in text with no tense ("Friday\'s summit")', () => {
  it('may be the next such day after publication, not only the last one', () => {
    // Published on Tuesday 12 August 2025; the Alaska summit was on Friday the 15th.
    const ms = run('Trump and Putin will meet in Alaska. Friday\'s summit is their first since 2019.', '2025-08-12T15:00:00-04:00');
    expect(ms.filter((m) => m.quote.includes('summit')).map((m) => m.eventId)).toEqual(['2025-anchorage']);
  });
  it('keeps the last such day when the clause is in the past', () => {
    const ms = run('Trump and Putin met in Alaska on Friday.', '2025-08-19T15:00:00-04:00');
    expect(ms.map((m) => m.eventId)).toEqual(['2025-anchorage']);
  });
});

describe('"that evening", "the next day"', () => {
  it('count from the meeting told just before, not from the publication date', () => {
    const ms = run(
      'Trump and Putin will meet in Alaska on Friday. It will not be their first encounter. They first met on the sidelines of the G20 in Hamburg on July 7, 2017. Later that evening Trump also spoke with Putin at the leaders\' dinner.',
      '2025-08-12',
    );
    const evening = ms.find((m) => m.quote.includes('spoke'));
    expect(evening?.eventId).toBe('hamburg-2017');
  });
  it('alone, with no meeting just before, do not make a bare meeting word a mention', () => {
    const ms = run('The markets were calm for most of the week and the weather held. That evening, at the leaders\' dinner, nobody spoke of trade.', '2025-08-12');
    expect(ms).toEqual([]);
  });
});

describe('an undated page about one meeting', () => {
  it('reads a mention with no time of its own as a meeting of those days', () => {
    const ms = run(
      'Witkoff and Dmitriev opened talks in Abu Dhabi on Friday. The round began hours after Witkoff left a late-night meeting with Putin in the Kremlin.',
      undefined,
      'US and Russian negotiators sit down in Abu Dhabi',
    );
    const kremlin = ms.find((m) => m.quote.includes('Kremlin'));
    expect(kremlin?.eventId).toBe('kremlin-2026-01');
  });
});

describe('"negotiations" with nothing of its own', () => {
  const page = 'Reagan and Gorbachev ended their Geneva summit on Thursday. ';
  it('names a process, not a meeting ("progress in the arms negotiations")', () => {
    const ms = run(page + 'Their statement, read out on Thursday morning, committed both sides to seek early progress in the arms negotiations.', '1985-11-22');
    expect(ms.filter((m) => m.quote.includes('negotiations'))).toEqual([]);
  });
  it('is a meeting with a place of its own', () => {
    const ms = run(page + 'The negotiations in Geneva lasted two days.', '1985-11-22');
    expect(ms.filter((m) => m.quote.includes('negotiations')).map((m) => m.eventId)).toEqual(['1985-geneva']);
  });
});

describe('an English "session" with nothing of its own', () => {
  const page = 'Reagan and Gorbachev met in Geneva in November 1985. ';
  it('is a sitting of the meeting told, not a meeting to mark ("after a session")', () => {
    const ms = run(page + 'On 20 November Reagan walked over to Gorbachev after a session and raised the question of emigration.', '2020-11-19');
    expect(ms.filter((m) => m.quote.includes('session'))).toEqual([]);
  });
  it('is a meeting with a place of its own', () => {
    const ms = run(page + 'The session in Geneva ran late into the night.', '2020-11-19');
    expect(ms.filter((m) => m.quote.includes('session')).map((m) => m.eventId)).toEqual(['1985-geneva']);
  });
});
