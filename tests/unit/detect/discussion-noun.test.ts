// "A discussion between Putin and Witkoff" is a meeting of the two, as "discussions" and "talks"
// between them are; the singular alone, with nobody and nowhere of its own ("the discussion of
// sanctions"), names none. (Passages in our own words.)
import { describe, expect, it } from 'vitest';
import { marksOn } from './bundled';

describe('the noun "discussion"', () => {
  it('between the two sides, with its place and day, is their meeting', () => {
    const ms = marksOn('A discussion between Vladimir Putin and Steve Witkoff took place in Moscow on Friday.', '2025-04-26').filter((m) => m.status === 'known');
    expect(ms.map((m) => m.eventId)).toEqual(['2025-04-25-witkoff-putin-moscow']);
  });
  it('alone, of a subject, is no mention', () => {
    expect(marksOn('Putin and Trump were both named. The discussion of sanctions went on for weeks in Congress.', '2025-04-26').filter((m) => m.quote.includes('discussion'))).toEqual([]);
  });
});
