/**
 * A meeting phrase told from one side only ("Russia's foreign minister called the session in …")
 * is known only on clues that say which meeting. Its own place and its own day, both agreeing
 * with one US–Russia meeting, say it as surely as a participant with a date does (resolve.ts).
 * One clue alone still does not.
 */
import { describe, expect, it } from 'vitest';
import { marksOn as marks } from './bundled';

describe('one side, with the meeting’s own place and day', () => {
  it('names the meeting both agree on', () => {
    const [m] = marks("Russia's foreign minister called the session in Riyadh on February 18 useful.", '2025-03-01');
    expect(m.quote).toBe('session in Riyadh on February 18');
    expect(m.status).toBe('known');
    expect(m.eventId).toBe('2025-riyadh-talks');
  });

  it('names no known meeting on the place alone', () => {
    const found = marks("Russia's foreign minister called the session in Riyadh useful.", '2025-03-01');
    expect(found.filter((m) => m.status === 'known')).toEqual([]);
  });
});
