/**
 * Frames that read like a US–Russia meeting and name none (issue 9, precision): a call many people
 * dial into, a span of years in which two leaders met, talks whose country word is their topic,
 * and a summit with North Korea in a city where a US–Russia meeting was once held. Sentences
 * written for this test; the small hand-made event list plus two events of its own.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, type MatcherEvent, type Mention } from '../../../lib/detect';
import { FIXTURE_EVENTS } from './fixtures';

const meeting = (id: string, start: string, city: string, country: string, us: string, ru: string, kind: MatcherEvent['kind'] = 'sideline'): MatcherEvent => ({
  id,
  title: id,
  kind,
  status: 'held',
  start,
  end: start,
  city,
  country,
  placeNames: [city, country],
  participants: [
    { name: us, side: 'us' },
    { name: ru, side: 'ru' },
  ],
  aliases: [],
  sharedAliases: [],
  cues: [],
});

const matcher = compileMatcher([
  ...FIXTURE_EVENTS,
  meeting('hanoi-2006', '2006-11-19', 'Hanoi', 'Vietnam', 'George W. Bush', 'Vladimir Putin'),
  meeting('osaka-2019', '2019-06-28', 'Osaka', 'Japan', 'Donald Trump', 'Vladimir Putin'),
]);
const run = (text: string, publishedAt?: string): Mention[] => detect(text, matcher, createDocumentState({ publishedAt }));

describe('a conference call', () => {
  it('is a spokesman talking to the press by phone, not a conference', () => {
    const ms = run('The Kremlin said Putin and Trump will not meet soon. Its spokesman told journalists on a conference call on Monday that the Russian side keeps in touch with the Americans.', '2025-11-03');
    expect(ms.filter((m) => m.quote.includes('conference'))).toEqual([]);
  });
});

describe('leaders who met over a span of years', () => {
  it('names every meeting of those years, none in particular', () => {
    const ms = run('Trump and Putin met between 2017 and 2019, mostly on the margins of larger gatherings, and not at all after that.', '2025-08-10');
    expect(ms).toEqual([]);
  });

  it('leaves a meeting with its own place and year alone', () => {
    const ms = run('Trump and Putin met in Osaka in 2019, on the margins of a larger gathering.', '2025-08-10');
    expect(ms.map((m) => m.eventId)).toContain('osaka-2019');
  });
});

describe('a third country before a topic word and the talks', () => {
  it('is what the talks are about, not where US–Russia talks were held', () => {
    const text =
      'Rubio and Lavrov met in Riyadh on Tuesday. Washington also wants Moscow to help with the Iran nuclear talks, officials said, and with the Syria peace talks after that.';
    const ms = run(text, '2025-02-19');
    expect(ms.map((m) => m.quote)).toEqual([expect.stringContaining('Riyadh')]);
  });
});

describe('a summit with North Korea', () => {
  it('is the US and Pyongyang meeting, not a US–Russia meeting once held in the same city', () => {
    const text =
      'Seven years on, the Hanoi summit between Washington and Pyongyang still divides diplomats. ' +
      'North Korea walked away; the Americans flew home without a deal. Some diplomats who worked on the Hanoi summit say the two sides met too soon. ' +
      'Pyongyang later said the talks had shown it what Washington wanted. North Korea has since tested more missiles, and Pyongyang has not met the Americans again. ' +
      'Russia, which shares a short border with North Korea, watched.';
    expect(run(text, '2026-02-27')).toEqual([]);
  });
});

describe('leaders who met a counted number of times', () => {
  it('tells how often they met, not which meeting', () => {
    const ms = run('From the first summit to the last, Trump and Putin met six times, and each time the aides argued over the agenda.', '2025-08-10');
    expect(ms).toEqual([]);
  });

  it('in Russian too', () => {
    const ms = run('За эти годы Трамп и Путин встречались шесть раз, и каждый раз помощники спорили о повестке.', '2025-08-10');
    expect(ms).toEqual([]);
  });
});

describe('the Group of 20', () => {
  it('is a forum: its summit is not a US–Russia meeting', () => {
    const ms = run('As talk grows about whether Vladimir Putin could turn up at the Group of 20 summit in Osaka next month, a post shared widely says the Russian president has met Donald Trump only once.', '2019-05-20');
    expect(ms.filter((m) => m.quote.includes('summit'))).toEqual([]);
  });
});
