import { describe, expect, it } from 'vitest';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { eventsFor, writtenDates } from '../../../scripts/relabel-known';

// Invented passages: a label that says "unknown" becomes known only when the passage's own time,
// place and people single out one event the dataset holds.
describe('relabel-known: labels follow the dataset', () => {
  it('reads written dates at their own precision, in English, Russian and Ukrainian', () => {
    expect(writtenDates('The two ministers talked in Geneva on May 19, 1977.')).toEqual(['1977-05-19']);
    expect(writtenDates('Встреча прошла 26 января 1982 года.')).toEqual(['1982-01-26']);
    expect(writtenDates('Це було у грудні 1978 року, а не 1979.')).toEqual(['1978-12', '1979']);
  });

  it('leaves a label alone when a side is not named', () => {
    const oneSide = 'In May 1973 Kissinger stayed at Zavidovo for a few days of hunting.';
    expect(eventsFor(oneSide, 'Kissinger stayed at Zavidovo', undefined, BUNDLED_EVENTS)).toEqual([]);
  });

  it('reads a passage without a year by its publication date', () => {
    const text = 'Russian and American officials met in Geneva on Tuesday to talk about prisoners.';
    expect(eventsFor(text, 'met in Geneva on Tuesday', '2026-03-10', BUNDLED_EVENTS)).toEqual([]);
    const zav = 'Kissinger went hunting with Brezhnev at Zavidovo this week.';
    expect(eventsFor(zav, 'Kissinger went hunting with Brezhnev at Zavidovo', '1973-05-10', BUNDLED_EVENTS).map((e) => e.id)).toEqual(['1973-05-kissinger-zavidovo']);
  });
});
