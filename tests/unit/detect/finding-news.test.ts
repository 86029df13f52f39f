/**
 * What counts as a mention in news phrasing the meeting patterns used to stop short of: a meeting
 * noun followed by a passive of planning or holding ("a summit is being prepared for Budapest").
 * Sentences written for this test; a small event list of its own, so dataset edits cannot move it.
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
    id: 'budapest-planned',
    status: 'cancelled',
    start: '2025-10',
    city: 'Budapest',
    country: 'Hungary',
    placeNames: ['Budapest', 'Hungary'],
    participants: [
      { name: 'Donald Trump', side: 'us' },
      { name: 'Vladimir Putin', side: 'ru' },
    ],
  }),
  ev({
    id: 'geneva-1985',
    start: '1985-11-19',
    end: '1985-11-20',
    city: 'Geneva',
    country: 'Switzerland',
    placeNames: ['Geneva', 'Switzerland'],
    participants: [
      { name: 'Ronald Reagan', side: 'us' },
      { name: 'Mikhail Gorbachev', side: 'ru' },
    ],
  }),
];
const matcher = compileMatcher(events);
const run = (text: string, publishedAt?: string): Mention[] => detect(text, matcher, createDocumentState({ publishedAt }));

describe('a meeting noun with a passive of planning or holding', () => {
  const intro = 'Trump and Putin agreed on a call to meet again. ';

  it('reads where a summit is being prepared for, planned for or due to take place', () => {
    for (const [sentence, quote] of [
      ['A summit is being prepared for Budapest, Hungarian officials said.', 'summit is being prepared for Budapest'],
      ['The summit is planned for Budapest, officials said.', 'summit is planned for Budapest'],
      ['The summit is tentatively set for Budapest, officials said.', 'summit is tentatively set for Budapest'],
      ['The meeting is due to take place in Budapest, officials said.', 'meeting is due to take place in Budapest'],
    ]) {
      const ms = run(intro + sentence, '2025-10-17').filter((m) => m.quote !== 'agreed on a call');
      expect(ms.map((m) => [m.quote, m.eventId]), sentence).toContainEqual([quote, 'budapest-planned']);
    }
  });

  it('keeps the tense the auxiliary gives ("will be held") and a month named May as a month', () => {
    const [held] = run(intro + 'The summit will be held in Budapest, officials said.', '2025-10-17').filter((m) => m.quote.startsWith('summit'));
    expect(held.quote).toBe('summit will be held in Budapest');
    expect(held.tense).toBe('future');
    // "of May 1985" is no modal: the summit is not a hypothesis.
    const [may] = run('Reagan and Gorbachev remembered the Geneva summit of November 1985, not the talks of May 1985.', '2010-01-01');
    expect(may.eventId).toBe('geneva-1985');
    expect(may.tense).not.toBe('hypothetical');
  });

  it('does not read on past an infinitive ("the summit was expected to please …")', () => {
    const ms = run(intro + 'The summit was expected to please Orban, whose officials met in Budapest.', '2025-10-17');
    expect(ms.some((m) => m.quote.includes('expected to please'))).toBe(false);
  });
});
