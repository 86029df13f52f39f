/**
 * A meeting only planned is not read from one side alone: the host of a gathering named with its
 * dates tells of the gathering, not of the meeting the two leaders might have there. With both
 * sides, or with the meeting's own name, it is that meeting. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect, type Mention } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const mentions = (text: string, publishedAt?: string): Mention[] => detect(text, matcher, createDocumentState({ publishedAt }));
const G20 = '2026-12-miami-g20-trump-putin-possible';

describe('a planned meeting told from one side', () => {
  it.each([
    'Heads of government gather at Trump’s golf resort outside Miami on Dec. 14-15, and the hosts meet at Trump’s clubhouse the night before.',
    'The G20 leaders meet at Trump’s resort on Dec. 14-15 for two days of talks on trade.',
  ])('is not marked as the meeting: %s', (text) => {
    expect(mentions(text, '2026-12-01').filter((m) => m.eventId === G20)).toEqual([]);
  });

  it.each([
    'Trump and Putin could meet on the sidelines of the G20 summit in Miami on Dec. 14-15, a White House official said.',
    'Путин и Трамп могут встретиться на полях саммита G20 в Майами 14–15 декабря.',
  ])('is that meeting when both sides are named: %s', (text) => {
    expect(mentions(text, '2026-12-01').some((m) => m.eventId === G20)).toBe(true);
  });

  it.each([
    'Witkoff and Kushner met Putin. Their five-hour meeting at the Kremlin covered territory.',
    'Уиткофф и Кушнер провели с Путиным пятичасовые переговоры в Кремле.',
    'Віткофф і Кушнер провели з Путіним п’ятигодинні переговори в Кремлі.',
  ])('an undated text about the five-hour Kremlin meeting is the one of December 2025: %s', (text) => {
    expect(mentions(text).find((m) => m.eventId)?.eventId, text).toBe('2025-12-02-witkoff-kushner-putin-moscow');
  });
});
