// Inside a sentence, the two sides' people set straight in a place and a time, with no verb of
// their own ("nothing like Kennedy and Khrushchev in Vienna in June 1961") are that meeting, as a
// caption that opens with them is. A place alone, or people of one side, are not. (Passages in our
// own words.)
import { describe, expect, it } from 'vitest';
import { marksOn } from './bundled';

const quotes = (text: string, published: string) =>
  marksOn(text, published)
    .filter((m) => m.status === 'known' || m.status === 'unknown')
    .map((m) => [text.slice(m.start, m.end), m.eventId]);

describe('a pair of both sides in a place and a time, mid-sentence', () => {
  it('is the meeting of those two there and then', () => {
    const text = 'The mood was nothing like Kennedy and Khrushchev in Vienna in June 1961.';
    expect(quotes(text, '2022-01-10')).toEqual([['Kennedy and Khrushchev in Vienna in June 1961', '1961-vienna-summit']]);
  });

  it('in Russian too', () => {
    const text = 'Атмосфера не напоминала Байдена и Путина в Женеве в июне 2021 года.';
    expect(quotes(text, '2022-01-10')).toEqual([['Байдена и Путина в Женеве в июне 2021 года', '2021-geneva-summit']]);
  });

  it('needs a time as well as the place', () => {
    expect(quotes('The cartoon showed Trump and Putin in Alaska as two bears.', '2025-09-01')).toEqual([]);
  });
});
