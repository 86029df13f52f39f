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

  it('finds the one meeting whose date, place and people the passage names', () => {
    const text = 'In January 1982 Haig spent a single day in Geneva arguing with Gromyko about Poland.';
    expect(eventsFor(text, 'Haig spent a single day in Geneva', undefined, BUNDLED_EVENTS).map((e) => e.id)).toEqual(['1982-01-26-haig-gromyko-geneva']);
    const uk = 'У грудні 1978 року Венс і Громико знову зустрілися в Женеві, але договір так і не дописали.';
    expect(eventsFor(uk, 'Венс і Громико знову зустрілися в Женеві', undefined, BUNDLED_EVENTS).map((e) => e.id)).toEqual(['1978-12-21-vance-gromyko-geneva']);
  });

  it('leaves a label alone when a year alone fits two meetings, or a side is not named', () => {
    const twice = 'Vance saw Gromyko in Geneva in 1978 to push the arms treaty forward.';
    expect(eventsFor(twice, 'Vance saw Gromyko in Geneva', undefined, BUNDLED_EVENTS).length).toBeGreaterThan(1);
    const oneSide = 'In January 1982 Haig stopped in Geneva on his way to the Middle East.';
    expect(eventsFor(oneSide, 'Haig stopped in Geneva', undefined, BUNDLED_EVENTS)).toEqual([]);
  });

  it('reads a passage without a year by its publication date', () => {
    const text = 'Russian and American officials met in Geneva on Tuesday to talk about prisoners.';
    expect(eventsFor(text, 'met in Geneva on Tuesday', '2026-03-10', BUNDLED_EVENTS)).toEqual([]);
    const zav = 'Kissinger went hunting with Brezhnev at Zavidovo this week.';
    expect(eventsFor(zav, 'Kissinger went hunting with Brezhnev at Zavidovo', '1973-05-10', BUNDLED_EVENTS).map((e) => e.id)).toEqual(['1973-05-kissinger-zavidovo']);
  });
});
