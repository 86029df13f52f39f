// "Leadership" stands for a side's people as a body, as "officials" or "government" do: a meeting
// "with Russian leadership" has that side as its party. (Passages in our own words.)
import { describe, expect, it } from 'vitest';
import { marksOn } from './bundled';

describe('a side’s leadership as a party', () => {
  it('in English', () => {
    const text = 'Witkoff is due to meet with Russian leadership in Moscow on Wednesday, August 6.';
    const [m] = marksOn(text, '2025-08-04').filter((x) => x.status === 'known');
    expect(m?.eventId).toBe('2025-08-06-witkoff-putin-moscow');
    expect(text.slice(m.start, m.end)).toContain('Russian leadership');
  });

  it('in Russian', () => {
    const text = 'Уиткофф встретится с российским руководством в Москве в среду, 6 августа.';
    const [m] = marksOn(text, '2025-08-04').filter((x) => x.status === 'known');
    expect(m?.eventId).toBe('2025-08-06-witkoff-putin-moscow');
    expect(text.slice(m.start, m.end)).toContain('руководством');
  });
});
