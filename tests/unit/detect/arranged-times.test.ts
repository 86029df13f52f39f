/**
 * After a verb of arranging ("was agreed", "was announced", «была согласована», «оголошено»), a time
 * dates the arranging, not the meeting; "agreed for 11 February", «назначена на …» still date it.
 * Texts written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const idOf = (text: string, publishedAt: string) => detect(text, matcher, createDocumentState({ publishedAt })).find((m) => m.status === 'known' || m.status === 'unknown')?.eventId;

describe('a time after a verb of arranging', () => {
  it('is when the meeting was arranged, not when it was held', () => {
    // Witkoff met Putin on 11 February 2025: a meeting arranged on that day is a later one.
    expect(idOf('A meeting of Witkoff and Putin was agreed on 11 February during a phone call.', '2025-04-20')).not.toBe('2025-02-11-witkoff-putin-moscow');
    expect(idOf('Встреча Уиткоффа и Путина была согласована 11 февраля в телефонном разговоре.', '2025-04-20')).not.toBe('2025-02-11-witkoff-putin-moscow');
  });
  it('unless it is the time the meeting was set for', () => {
    expect(idOf('A meeting of Witkoff and Putin was agreed for 11 February during a phone call.', '2025-04-20')).toBe('2025-02-11-witkoff-putin-moscow');
  });
});
