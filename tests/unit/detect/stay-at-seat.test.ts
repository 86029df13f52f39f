/**
 * Time one side's person or office spent at the other side's seat is a visit there: "the director
 * of the CIA spent a long day in Moscow" (patterns/objects.ts stayWith). Time spent in a
 * third city, where anyone may be, is not; nor is time spent at one's own seat.
 */
import { describe, expect, it } from 'vitest';
import { marksOn as marks } from './bundled';

describe('time spent at the other side’s seat', () => {
  it('reads a day an office of one side spent in the other’s capital as its visit', () => {
    // (A named person there is read as present already: patterns/presence.ts.)
    const [m, ...rest] = marks('The director of the CIA spent a long day in Moscow on Tuesday.', '2021-11-04');
    expect(rest).toEqual([]);
    expect(m.quote).toBe('CIA spent a long day in Moscow on Tuesday');
    expect(m.status).toBe('known');
    expect(m.eventId).toBe('2021-11-02-burns-moscow');
  });

  it('marks nothing for days in a third city or at home', () => {
    expect(marks('The director of the CIA spent two days in Geneva last week.', '2021-11-04')).toEqual([]);
    expect(marks('The director of the CIA spent two days in Washington last week.', '2021-11-04')).toEqual([]);
  });
});
