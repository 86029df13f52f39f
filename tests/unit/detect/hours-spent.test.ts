// Hours spent at the other side's seat ("spent more than three hours in the Kremlin") make a visit
// there, as days do, even with no date of its own: which visit is for resolution to say (here the
// one just before the page's date). (Passages in our own words.)
import { describe, expect, it } from 'vitest';
import { marksOn } from './bundled';

describe('hours spent at the other side’s seat', () => {
  it('in Russian, with the length of time after the place', () => {
    const text = 'Уиткофф и Кушнер провели в Кремле более трех часов.';
    const marks = marksOn(text, '2026-01-23').filter((m) => m.status === 'known');
    expect(marks.map((m) => m.eventId)).toEqual(['2026-01-22-witkoff-kushner-putin-moscow']);
  });

  it('in Ukrainian', () => {
    const text = 'Віткофф і Кушнер пробули в Кремлі понад три години.';
    const marks = marksOn(text, '2026-01-23').filter((m) => m.status === 'known');
    expect(marks.map((m) => m.eventId)).toEqual(['2026-01-22-witkoff-kushner-putin-moscow']);
  });
});
