/**
 * A meeting "was agreed", "was announced", «была согласована», «була погоджена» is still ahead of
 * the arranging, whatever the copula's tense: not the visit during which it was agreed. One with a
 * time of its own, told as arranged, is the meeting of that time. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const marks = (text: string, publishedAt: string) => detect(text, matcher, createDocumentState({ publishedAt })).map((m) => [m.quote, m.status, m.eventId] as const);

describe('a meeting told as agreed', () => {
  it('is the meeting ahead, not the visit it was agreed on (English and Russian)', () => {
    expect(marks('Trump and Putin will meet in Helsinki on July 16, the Kremlin said. The meeting between Trump and Putin was agreed on June 27 during a visit to Moscow by Bolton.', '2018-06-28')).toContainEqual([
      'meeting between Trump and Putin',
      'known',
      '2018-helsinki-summit',
    ]);
    expect(
      marks('Трамп и Путин встретятся в Хельсинки 16 июля, сообщил Кремль. Встреча Трампа и Путина была согласована накануне, 27 июня, во время визита в Москву Джона Болтона.', '2018-06-28'),
    ).toContainEqual(['Встреча Трампа и Путина', 'known', '2018-helsinki-summit']);
  });
  it('with a time of its own it is that meeting, told as done', () => {
    expect(marks('The summit in Anchorage in August was arranged in about a week, after Witkoff visited the Kremlin.', '2025-11-20')).toContainEqual([
      'summit in Anchorage in August',
      'known',
      '2025-anchorage-summit',
    ]);
  });
});
