// Two ways history pages write the people at a meeting that had cut the frame short:
// - initials before a surname («Л. И. Брежнев», "R. Reagan"), as encyclopaedias and Russian papers
//   write leaders: the letters were units of their own and stopped the walk from the meeting word;
// - a list of people joined by commas and a last "and" before a meeting noun ("Truman, Attlee and
//   Stalin at the negotiating table"): the first comma ended the frame, leaving one side and a
//   third party, read as someone else's meeting.
// (Passages in our own words.)
import { describe, expect, it } from 'vitest';
import { marksOn } from './bundled';

const one = (text: string, published: string) => {
  const marks = marksOn(text, published).filter((m) => m.status === 'known' || m.status === 'unknown');
  expect(marks).toHaveLength(1);
  return { ...marks[0], quote: text.slice(marks[0].start, marks[0].end) };
};

describe('initials before a name', () => {
  it('are part of the name: the frame reaches both leaders and the place and year after them', () => {
    const m = one('Переговоры Л. И. Брежнева и Р. Никсона прошли в Москве в мае 1972 года.', '2020-01-10');
    expect(m.eventId).toBe('1972-moscow-summit');
    expect(m.quote).toBe('Переговоры Л. И. Брежнева и Р. Никсона прошли в Москве в мае 1972 года');
  });

  it('a single initial in a name written in Latin letters as well', () => {
    const m = one('The summit of R. Reagan and M. Gorbachev was held in Reykjavik.', '2020-01-10');
    expect(m.eventId).toBe('1986-reykjavik-summit');
    expect(m.quote).toContain('R. Reagan and M. Gorbachev');
  });
});

describe('a list of people before a meeting noun', () => {
  it('takes every name up to the first, so both sides are the frame’s own', () => {
    const m = one('Трумэн, Эттли и Сталин за столом переговоров в Потсдаме, июль 1945 года.', '2020-01-10');
    expect(m.eventId).toBe('1945-potsdam-conference');
    expect(m.quote.startsWith('Трумэн, Эттли и Сталин')).toBe(true);
  });

  it('does not run past a comma after a word that is no name', () => {
    const m = one('In the end, Reagan and Gorbachev talks in Geneva opened in November 1985.', '2020-01-10');
    expect(m.quote.startsWith('Reagan')).toBe(true);
  });
});
