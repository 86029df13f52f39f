/**
 * English verbs of going, still ahead ("will leave for", "go back to", "fly to"): a meeting only
 * when one side's person, office or group goes to the other side's seat of government (its
 * capital, the Kremlin or the White House, the country), and never for a whole people or an
 * ambassador going back to the post. Also "ruler", "strongman" as titles before a leader's name.
 * Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const usru = (text: string, publishedAt: string): string[] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => m.quote);

describe('a trip ahead to the other side', () => {
  it('a group of one side leaving for the other capital', () => {
    expect(usru('Officials said the American negotiating team would leave for Moscow on Sunday.', '2026-03-02')).toEqual([
      'American negotiating team would leave for Moscow on Sunday',
    ]);
  });
  it('named envoys going back, or flying, to the other seat', () => {
    expect(usru('Trump’s envoys go back to the Kremlin next month.', '2026-03-02')).toHaveLength(1);
    expect(usru('Lavrov and his deputy fly to Washington on Monday for a first round.', '2026-03-02')).toHaveLength(1);
  });
  it('is nothing when the destination is not the other side’s seat', () => {
    expect(usru('The Russian foreign minister will fly to New York for the General Assembly.', '2026-03-02')).toEqual([]);
    expect(usru('The American team will leave for Oslo on Sunday.', '2026-03-02')).toEqual([]);
  });
  it('is nothing for a whole people or an ambassador going back to the post', () => {
    expect(usru('Fewer Americans go to Russia every year.', '2026-03-02')).toEqual([]);
    expect(usru('The US ambassador will go back to Moscow after consultations.', '2026-03-02')).toEqual([]);
  });
});

describe('titles before a leader’s name', () => {
  it('"ruler" stands before the name as "leader" does, so the pair is whole', () => {
    expect(usru('They talked about a summit between Trump and Russian ruler Vladimir Putin in the spring.', '2026-03-02')[0]).toContain('Vladimir Putin');
  });
});

describe('the capital named by its state', () => {
  it('"the Soviet capital" is Moscow, as "the Russian capital" is', () => {
    expect(usru('Reagan went to the Soviet capital in May 1988.', '2017-05-31')).toEqual(['Reagan went to the Soviet capital in May 1988']);
  });
});
