// A possessive pronoun before a meeting noun names whose meeting it is: "his summit with
// Khrushchev" after Kennedy was named is Kennedy's and Khrushchev's. Only beside a party the
// phrase names itself: "their meeting" alone is the page's meeting told again, as "the meeting" is
// (labels leave such anaphora unmarked). (Passages in our own words.)
import { describe, expect, it } from 'vitest';
import { marksOn } from './bundled';

const usru = (text: string, published: string) => marksOn(text, published).filter((m) => m.status === 'known' || m.status === 'unknown');

describe('a possessive pronoun before a meeting noun', () => {
  it('stands for the person named before it, so the meeting has both sides', () => {
    const text = 'Years later John F. Kennedy still spoke bitterly of his two-day summit with the Soviet leader Nikita Khrushchev.';
    const marks = usru(text, '2021-06-04');
    expect(marks).toHaveLength(1);
    expect(marks[0].eventId).toBe('1961-vienna-summit');
  });

  it('reads Russian «его» the same way (in reported speech, where Russian writes «его», not «свою»)', () => {
    const text = 'Кеннеди признал, что его встреча с Хрущёвым прошла тяжело.';
    const marks = usru(text, '2021-06-04');
    expect(marks.map((m) => m.eventId)).toEqual(['1961-vienna-summit']);
  });

  it('adds nobody when the phrase names no party of its own ("their meeting")', () => {
    const text = 'Reagan and Gorbachev spoke for hours in Geneva in November 1985. Their meeting ran late into the evening.';
    const marks = usru(text, '2020-01-10');
    expect(marks.map((m) => text.slice(m.start, m.end))).toEqual(['Reagan and Gorbachev spoke for hours in Geneva in November 1985']);
  });

  it('stands for no one when a third country’s leader was named last', () => {
    const text = 'Prime Minister Narendra Modi flew home after his meeting with Vladimir Putin.';
    expect(usru(text, '2025-12-06')).toEqual([]);
  });
});
