// "A 2019 first-round pick": a round joined to its number by a hyphen, with a plain noun right after
// it, is an adjective of that noun (a draft pick, a ballot), not a meeting; "a first-round meeting"
// and "the second-round talks" still are. (Passages in our own words.)
import { describe, expect, it } from 'vitest';
import { marksOn } from './bundled';

const usru = (text: string, pub: string) => marksOn(text, pub).filter((m) => m.status === 'known' || m.status === 'unknown');

describe('a hyphen-joined round before another noun', () => {
  it('is no meeting', () => {
    expect(usru('The USA beat Russia in the junior final. Its 2019 first-round pick made 25 saves.', '2020-01-05')).toEqual([]);
  });
  it('a round noun of its own still is', () => {
    expect(usru('Russia and the US held a second round in Istanbul.', '2025-05-01').map((m) => m.eventId)).toEqual(['2025-04-10-istanbul-embassy-round-2']);
    expect(usru('The second-round talks between Russia and the US in Istanbul ended.', '2025-05-01').map((m) => m.eventId)).toEqual(['2025-04-10-istanbul-embassy-round-2']);
  });
});
