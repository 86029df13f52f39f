/**
 * A related meeting named twice a few words apart in one clause — a trip, then a clause of place
 * with its talks («…приїхали до Києва, де провели переговори із Зеленським») — is one mark, as a
 * known meeting named twice is. Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string): [string, string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt: '2026-12-01' })).map((m: Mention) => [m.quote, m.status, m.eventId ?? null]);

describe('a related meeting named twice in one clause', () => {
  it('is one mark', () => {
    const ms = marks('Віткофф і Кушнер зустрілися з Путіним 5 вересня 2026 року. Наступного дня вони вперше приїхали до Києва, де провели переговори з Володимиром Зеленським.');
    expect(ms.map((m) => m[2])).toEqual(['2026-09-05-witkoff-kushner-putin-moscow', '2026-09-06-witkoff-kushner-kyiv']);
    expect(ms[1][0]).toBe('приїхали до Києва, де провели переговори з Володимиром Зеленським');
    expect(ms[1][1]).toBe('related');
  });
});
