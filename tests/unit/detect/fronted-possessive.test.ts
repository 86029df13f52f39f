// "Following their talks, President Ford and General Secretary Brezhnev signed…": a plural
// possessive in the phrase that opens a sentence stands for the subject right after its comma,
// when that subject names people of both sides. Otherwise "their meeting" stays the page's meeting
// told again, no mark of its own. (Passages in our own words.)
import { describe, expect, it } from 'vitest';
import { marksOn } from './bundled';

describe('a possessive in an opening phrase, and the subject after it', () => {
  it('takes the both-sides subject as the meeting\'s parties, the mark taking in the pronoun', () => {
    const ms = marksOn('Following their bilateral talks, President Ford and General Secretary Leonid I. Brezhnev signed a joint communique.', '1974-11-25');
    const m = ms.find((x) => x.quote.includes('talks'));
    expect(m?.quote).toBe('their bilateral talks');
    expect(m?.eventId).toBe('1974-vladivostok-summit');
  });
  it('not when the subject after it is one side with a third party', () => {
    expect(marksOn('After their meeting, Trump and Macron held a press conference.', '2025-04-25').filter((m) => m.status === 'known' || m.status === 'unknown')).toEqual([]);
  });
  it('not when the phrase is not the sentence\'s opening', () => {
    expect(marksOn('Reporters waited for hours while, at the end of their long meeting, Trump and Macron spoke.', '2025-04-25').filter((m) => m.status === 'known' || m.status === 'unknown')).toEqual([]);
  });
});
