// Ukrainian verbs that say a meeting began, ended, went on or resumed («переговори розпочалися в
// Абу-Дабі») join the meeting noun to the place and day after them, as Russian «начались»,
// «завершились», «продолжились», «возобновились» do. (Passages in our own words.)
import { describe, expect, it } from 'vitest';
import { marksOn } from './bundled';

describe('a Ukrainian meeting noun followed by a verb of beginning or ending', () => {
  it('reaches the place and the day after the verb', () => {
    const text = 'Делегації США та Росії провели тристоронні переговори за участі України.\n\nПереговори розпочалися 23 січня в Абу-Дабі.';
    const second = marksOn(text, '2026-01-24').find((m) => m.start > text.indexOf('\n'));
    expect(second?.eventId).toBe('2026-01-23-abu-dhabi-trilateral-talks');
    expect(text.slice(second!.start, second!.end)).toBe('Переговори розпочалися 23 січня в Абу-Дабі');
  });

  it('says where talks that ended were held', () => {
    const text = 'Переговори делегацій США та Росії завершилися в Абу-Дабі.';
    const marks = marksOn(text, '2026-01-25').filter((m) => m.status === 'known');
    expect(marks.map((m) => text.slice(m.start, m.end))).toEqual(['Переговори делегацій США та Росії завершилися в Абу-Дабі']);
  });
});
