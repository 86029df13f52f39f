// A weekday with its part of the day ("on Thursday evening") is that day, and a calendar date set
// off by commas after it ("on Thursday, January 22, at the Kremlin") is the same day told again:
// the phrase goes on past both to the place and the party after them. (Passages in our own words.)
import { describe, expect, it } from 'vitest';
import { marksOn } from './bundled';

describe('a weekday, its part of the day, and the date after it', () => {
  it('reads on to the place and the party after the date', () => {
    const [m] = marksOn('Witkoff and Kushner held a long meeting late on Thursday evening, January 22, at the Kremlin with Vladimir Putin.', '2026-01-23');
    expect(m.quote).toBe('Witkoff and Kushner held a long meeting late on Thursday evening, January 22, at the Kremlin with Vladimir Putin');
    expect(m.eventId).toBe('2026-01-22-witkoff-kushner-putin-moscow');
  });
  it('"Tuesday, February 18, in Riyadh"', () => {
    const [m] = marksOn('Rubio met Lavrov on Tuesday, February 18, in Riyadh.', '2025-02-20');
    expect(m.quote).toBe('Rubio met Lavrov on Tuesday, February 18, in Riyadh');
    expect(m.eventId).toBe('2025-riyadh-talks');
  });
  it('a comma after a weekday with no date is still the end of the phrase', () => {
    const [m] = marksOn('Rubio met Lavrov on Tuesday, officials in Riyadh said.', '2025-02-20');
    expect(m.quote).toBe('Rubio met Lavrov on Tuesday');
  });
});
