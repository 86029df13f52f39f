/**
 * "Negotiations" alone name a process, not a meeting. With both sides as their own parties and a
 * place or a day in their clause that no other meeting phrase claims, they are one round: the
 * verb after them says where and when it was held (admit's process-noun rule in pipeline.ts).
 */
import { describe, expect, it } from 'vitest';
import { marksOn as marks } from './bundled';

describe('negotiations with a setting in their clause', () => {
  it('reads the place and the day the clause gives them', () => {
    const text = 'Three-way negotiations between Ukraine, Russia and the United States wrapped up in Abu Dhabi on Saturday without a deal.';
    const [m, ...rest] = marks(text, '2026-01-25');
    expect(rest).toEqual([]);
    expect(m.quote).toBe('Three-way negotiations between Ukraine, Russia and the United States');
    expect(m.status).toBe('known');
    expect(m.eventId).toBe('2026-01-23-abu-dhabi-trilateral-talks');
  });

  it('still marks nothing for negotiations with neither a setting nor parties of their own', () => {
    expect(marks('Negotiations between the two governments resumed after the holidays.', '2026-01-25')).toEqual([]);
    expect(marks('Russia said the negotiations would go on in the new year.', '2026-01-25')).toEqual([]);
  });
});
