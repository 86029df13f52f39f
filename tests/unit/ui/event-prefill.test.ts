import { describe, expect, it } from 'vitest';
import { dateIn, placesIn, prefillFromQuote } from '../../../lib/ui/card/event-prefill';

describe('prefill of the "Add this meeting" form from a quote', () => {
  it('builds a short title from the place and date, not the whole quote', () => {
    const p = prefillFromQuote('US and Russian delegations held talks in Ankara in March 2025 on embassy staffing');
    expect(p).toEqual({ title: 'US–Russia talks in Ankara, March 2025', city: 'Ankara', country: 'Turkey', start: '2025-03' });
  });

  it('finds the city in Russian case forms and takes the country from it', () => {
    expect(placesIn('переговоры в Анкаре')).toEqual({ city: 'Ankara', country: 'Turkey' });
    expect(placesIn('встреча в Эр-Рияде')).toEqual({ city: 'Riyadh', country: 'Saudi Arabia' });
    expect(placesIn('talks at the Kremlin')).toEqual({ city: 'Moscow', country: 'Russia' });
  });

  it('does not take one of the two sides for the place', () => {
    expect(placesIn('Russia and the USA held consultations')).toEqual({});
    expect(placesIn('US–Russia talks in Turkey')).toEqual({ country: 'Turkey' });
    expect(placesIn('the summit in Alaska')).toEqual({ country: 'United States' });
  });

  it('uses the page date when the quote names none, and guesses the kind', () => {
    expect(prefillFromQuote('the Geneva summit', '2021-06-16')).toMatchObject({ title: 'US–Russia summit in Geneva, June 2021', kind: 'summit', city: 'Geneva', start: '2021-06-16' });
    expect(prefillFromQuote('a phone call last week')).toEqual({ title: 'US–Russia phone call', kind: 'call' });
    expect(prefillFromQuote('they met')).toEqual({ title: 'US–Russia meeting' });
  });

  it('reads month and year in English and Russian', () => {
    expect(dateIn('talks in October 2025')).toBe('2025-10');
    expect(dateIn('встреча в мае 2025 года')).toBe('2025-05');
    expect(dateIn('talks in 1987')).toBe('1987');
    expect(dateIn('talks in May')).toBeUndefined();
  });

  it('a month named without a year is in the page’s year (as the card’s "around March 2025" says); "may" the verb is no month', () => {
    expect(prefillFromQuote('talks in Ankara in March', '2025-05')).toEqual({ title: 'US–Russia talks in Ankara, March 2025', city: 'Ankara', country: 'Turkey', start: '2025-03' });
    expect(prefillFromQuote('переговоры в Анкаре в марте', '2025-05-21').start).toBe('2025-03');
    expect(prefillFromQuote('talks in Ankara may resume', '2025-08').start).toBe('2025-08');
    expect(prefillFromQuote('talks in Ankara in May', '2025-08').start).toBe('2025-05');
  });
});
