/**
 * In English, a place the page already gave a meeting may stand for that meeting as the subject of
 * a verb telling what the meeting did or how it went ("Malta changed the tone", "the lesson that
 * Glassboro had taught"), as it does before a copula. Never without a meeting there earlier on the
 * page, never a seat of government ("Moscow followed with sanctions"). Texts written for this test;
 * the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const backrefs = (text: string, publishedAt?: string) =>
  detect(text, matcher, createDocumentState(publishedAt ? { publishedAt } : {}))
    .filter((m) => m.via === 'backref')
    .map((m) => [m.quote, m.eventId] as const);

describe('a place as the subject of what its meeting did', () => {
  it('a past verb after the place, at the start of a clause', () => {
    const text = 'Reagan and Gorbachev met in Reykjavik in October 1986 and parted without a deal. Reykjavik changed how both men saw arms control.';
    expect(backrefs(text)).toContainEqual(['Reykjavik', '1986-reykjavik-summit']);
  });
  it('after an auxiliary, and in a clause opened by "that" or "what"', () => {
    const text = 'Johnson and Kosygin met at Glassboro in June 1967. Years later, aides spoke of the lessons that Glassboro had taught them about talking without an agenda.';
    expect(backrefs(text)).toContainEqual(['Glassboro', expect.stringContaining('glassboro')]);
    const text2 = 'Bush and Gorbachev met off Malta in December 1989. What Malta showed was that the Cold War was over.';
    expect(backrefs(text2).length).toBe(1);
    // Negated, it is left out.
    expect(backrefs('Bush and Gorbachev met off Malta in December 1989. What Malta did not settle was Germany.')).toEqual([]);
  });
  it('no meeting there earlier, or a seat of government, is no mention', () => {
    expect(backrefs('Reagan spoke of arms control. Reykjavik changed little for the fishing industry.')).toEqual([]);
    const text = 'Witkoff met Putin in Moscow in August 2025. Moscow followed with a statement on Ukraine.';
    expect(backrefs(text, '2025-08-10')).toEqual([]);
  });
});
