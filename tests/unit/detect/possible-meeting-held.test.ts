// "Talks between Russia and the US could take place in Geneva", written days before the round held
// there: what was a possibility when written is that meeting, as it is for one the dataset holds as
// planned. Only within days of the page, and only at the city the text names. (Passages in our own words.)
import { describe, expect, it } from 'vitest';
import { marksOn } from './bundled';

const usru = (text: string, pub: string) => marksOn(text, pub).filter((m) => m.status === 'known' || m.status === 'unknown');

describe('a possible meeting, held within days at the city named', () => {
  it('is that meeting', () => {
    expect(usru('Talks between Russia and the US could take place in Geneva.', '2022-01-07').map((m) => m.eventId)).toEqual(['2022-01-10-strategic-stability-dialogue-geneva']);
  });
  it('not months away from it', () => {
    expect(usru('Talks between Russia and the US could take place in Geneva.', '2021-08-01').map((m) => m.eventId)).not.toContain('2022-01-10-strategic-stability-dialogue-geneva');
  });
});
