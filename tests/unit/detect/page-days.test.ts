/**
 * A page's own days. A page that dates some of its meetings surely (their own date agreed) is about
 * those days: a mention with no time of its own, of a meeting held many times at one place or by one
 * pair (the envoys' Kremlin visits), means the one held in those days, not a neighbour months away.
 * And future text whose own time is the page's day ("tonight") may mean the meeting of that very day,
 * which the page told as begun ("landed in Moscow"), not only one after it.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const bundled = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const find = (text: string, re: RegExp, publishedAt?: string) => detect(text, bundled, createDocumentState(publishedAt ? { publishedAt } : {})).find((x) => re.test(x.quote));

describe("the page's own days", () => {
  it('date an untimed Kremlin visit on a page published months later', () => {
    const text = 'The first three-way talks opened in Abu Dhabi on January 23, 2026. Witkoff and Kushner had spent four hours with Putin in the Kremlin before flying to the Gulf.';
    const m = find(text, /Kremlin/, '2026-11-20');
    expect([m?.status, m?.eventId]).toEqual(['known', '2026-01-22-witkoff-kushner-putin-moscow']);
  });
  it('date it in Russian too', () => {
    const text = 'Трёхсторонние переговоры открылись в Абу-Даби 23 января 2026 года. Уиткофф и Кушнер провели почти четыре часа с Путиным в Кремле.';
    const m = find(text, /Кремле/, '2026-11-20');
    expect([m?.status, m?.eventId]).toEqual(['known', '2026-01-22-witkoff-kushner-putin-moscow']);
  });
  it('say nothing on a page whose dated meetings lie years apart', () => {
    // A history page dates meetings of many years: it has no days of its own, and recency decides.
    const text = 'Rubio and Lavrov met in Riyadh on February 18, 2025. Witkoff and Kushner met Dmitriev in Davos on January 20, 2026. Witkoff and Kushner spent four hours with Putin in the Kremlin.';
    const m = find(text, /Kremlin/, '2026-11-20');
    expect(m?.eventId).not.toBe('2026-01-22-witkoff-kushner-putin-moscow');
  });
});

describe("future text on the page's day", () => {
  it('«сегодня вечером» is the visit the page tells as begun that day', () => {
    const text = 'Самолёт с Уиткоффом и Кушнером приземлился в Москве 22 января 2026 года. Путин примет американских посланников сегодня вечером в Кремле.';
    const m = find(text, /вечером/);
    expect([m?.status, m?.eventId]).toEqual(['known', '2026-01-22-witkoff-kushner-putin-moscow']);
  });
  it('without a time of the page\'s day, it is still the next visit', () => {
    const text = 'Самолёт с Уиткоффом и Кушнером приземлился в Москве 22 января 2026 года. Путин снова примет американских посланников в Кремле.';
    const m = find(text, /снова примет|примет/);
    expect(m?.eventId).not.toBe('2026-01-22-witkoff-kushner-putin-moscow');
  });
});
