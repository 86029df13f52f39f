/**
 * "X is expected in Moscow", «ожидаются в Москве», «визит прорабатывается»: being expected or due
 * somewhere, or a visit being worked out, looks ahead: the meeting meant is the next one, not the
 * last one held at the same place with the same people.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));

describe('an envoy expected somewhere', () => {
  for (const text of ['Steve Witkoff is expected in Moscow for talks with Putin.', 'Уиткофф и Кушнер ожидаются в Москве для переговоров с Путиным.']) {
    it(`is a meeting ahead: ${text}`, () => {
      const m = detect(text, matcher, createDocumentState({ publishedAt: '2026-09-01' }))[0];
      expect([m?.status, m?.eventId, m?.tense]).toEqual(['known', '2026-09-05-witkoff-kushner-putin-moscow', 'future']);
    });
  }
});
