/**
 * A leader named as the owner of a group of people ("Putin's envoys", «посланцями Путіна»,
 * «делегация Трампа») gives the group's side, but was not at the table: the meeting is the envoys',
 * not the leaders' (a call or a summit of the two). Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const first = (text: string, publishedAt: string): Mention | undefined =>
  detect(text, matcher, createDocumentState({ publishedAt })).find((m) => m.status === 'known' || m.status === 'unknown');

describe('the owner of a group of envoys', () => {
  it('is not a participant: a meeting with Putin\'s envoys is not a Trump–Putin call', () => {
    for (const text of [
      'American officials confirmed a meeting with Putin\'s envoys.',
      'Американські чиновники підтвердили зустріч із посланцями Путіна.',
      'Американские чиновники подтвердили встречу с посланником Путина.',
    ]) {
      const m = first(text, '2026-03-12');
      expect(m, text).toBeDefined();
      expect(m!.eventId, text).not.toBe('2026-03-09-trump-putin-call');
      expect(m!.candidates[0]?.eventId, text).toBe('2026-03-11-dmitriev-florida-talks');
    }
  });
  it('an envoy named after the owner is still there', () => {
    expect(first('Putin\'s envoy Kirill Dmitriev met Witkoff in Miami on 20 December 2025.', '2026-01-05')?.eventId).toBe('2025-12-20-dmitriev-miami-talks');
  });
});
