/**
 * Some Ukrainian outlets write Russian officials' names in lower case, first name and surname alike
 * («з посланцем путіна кирилом дмитрієвим»). The name still reads as one name, so the place after
 * it stays in the mention and the meeting is resolved by it. Passage written for this test; the
 * bundled dataset names the event.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));

describe('names written in lower case', () => {
  it('reads a lower-case first name before a lower-case surname as one name, and keeps the place after it', () => {
    const text = 'Спецпосланець Віткофф зустрівся з посланцем путіна кирилом дмитрієвим у Флориді.';
    const ms = detect(text, matcher, createDocumentState({ publishedAt: '2026-01-31' })).filter((m) => m.status === 'known');
    expect(ms.map((m) => [m.quote.endsWith('у Флориді'), m.eventId])).toEqual([[true, '2026-01-31-dmitriev-miami-talks']]);
  });
});
