/**
 * A meeting's name standing alone in its clause (no meeting word around it) is dated by that clause,
 * as a meeting word is: "On Friday the trilateral security working group gathers" on a page about
 * the envoys' Kremlin talks of the day before is Friday's round, not the page's main meeting.
 * Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';


describe('a meeting name dated by its clause', () => {
  it.each([
    'Ushakov: the talks of Putin with Witkoff and Kushner in the Kremlin were substantive. On Friday the trilateral security working group of Russia, the US and Ukraine gathers in Abu Dhabi for the first time.',
    'Ушаков: переговоры Путина с Уиткоффом и Кушнером в Кремле были содержательными. В пятницу в Абу-Даби впервые соберётся трёхсторонняя рабочая группа по безопасности с участием России, США и Украины.',
  ])('is the round of that weekday: %s', (text) => {
    const ms = detect(text, matcher, createDocumentState({ publishedAt: '2026-01-23' }));
    expect(ms[0]?.eventId, text).toBe('2026-01-22-witkoff-kushner-putin-moscow');
    const group = ms.find((m) => /working group|рабочая группа/.test(m.quote));
    expect(group, text).toBeDefined();
    expect(group!.eventId, text).toBe('2026-01-23-abu-dhabi-trilateral-talks');
  });
});

describe('a meeting name placed by its clause', () => {
  it('is a meeting at the place its clause names', () => {
    const text = 'Про енергетику йшлося на зустрічах з американцями в Женеві та в Маямі, а на тристоронніх переговорах в Абу-Дабі цього року сторони говорили про обмін полоненими.';
    const ms = detect(text, matcher, createDocumentState({ publishedAt: '2026-12-05' }));
    const talks = ms.find((m) => /тристоронніх переговорах/.test(m.quote));
    expect(talks, text).toBeDefined();
    expect(talks!.status).toBe('known');
    expect(talks!.eventId).toMatch(/abu-dhabi-trilateral-talks$/);
  });
});
