// "The Budapest talks would be the second meeting of the two": a hypothetical said of the page's
// own meeting at the city it names is that meeting. A hypothetical at another city stays no known
// meeting ("Trump could also visit Moscow"). (Passages in our own words.)
import { describe, expect, it } from 'vitest';
import { marksOn } from './bundled';

const known = (text: string) => marksOn(text).filter((m) => m.status === 'known').map((m) => [m.quote, m.eventId]);

describe('a hypothetical of the page\'s own meeting at its city', () => {
  const lead = 'Trump said he would meet Putin at a summit in Hungary within two weeks.';
  it('is that meeting', () => {
    expect(known(`${lead} The Budapest talks would be the second meeting of the two this year.`)).toContainEqual(['Budapest talks', '2025-10-budapest-summit-cancelled']);
  });
  it('a hypothetical at another city is not', () => {
    expect(known(`${lead} Trump could also visit Moscow later.`).some(([q]) => String(q).includes('Moscow'))).toBe(false);
  });
});
