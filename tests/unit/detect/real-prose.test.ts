/**
 * Classes of phrasing that real news pages use and the detector missed: each case is a general
 * rule, in sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const usru = (text: string, publishedAt: string): [string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => [m.quote, m.eventId ?? null]);

describe('a list of three parties with a serial comma before "and"', () => {
  it('is one subject ("Stalin, Roosevelt, and Churchill met …")', () => {
    expect(usru('Stalin, Roosevelt, and Churchill conferred at Yalta in 1945.', '2020-02-04')).toEqual([
      ['Stalin, Roosevelt, and Churchill conferred at Yalta in 1945', '1945-yalta-conference'],
    ]);
  });
  it('still ends a clause after a verb ("met Putin, and Kushner flew home")', () => {
    expect(usru('Witkoff met Putin in Moscow, and Kushner flew home.', '2025-12-03').map((m) => m[0])).toEqual(['Witkoff met Putin in Moscow']);
  });
});

describe('a place named by its adjective before a meeting noun', () => {
  it('is the place ("the Crimean conference" is held in Crimea)', () => {
    expect(usru('Roosevelt and Stalin conferred at the Crimean conference.', '2020-02-04')).toEqual([
      ['Roosevelt and Stalin conferred at the Crimean conference', '1945-yalta-conference'],
    ]);
  });
  it('in Russian and Ukrainian too («Крымская конференция», «Кримська конференція»)', () => {
    expect(usru('Крымская конференция открылась в феврале 1945 года.', '2020-02-04').map((m) => m[1])).toEqual(['1945-yalta-conference']);
    expect(usru('Кримська конференція відкрилася в лютому 1945 року.', '2020-02-04').map((m) => m[1])).toEqual(['1945-yalta-conference']);
  });
});

describe('a city as the subject of a host verb whose object is the meeting noun', () => {
  it('is where the meeting was ("On <day>, <city> hosted talks between …")', () => {
    expect(usru('On January 23, Abu Dhabi hosted the first day of talks between Russia, the United States and Ukraine.', '2026-02-02').map((m) => m[1])).toEqual([
      '2026-01-23-abu-dhabi-trilateral-talks',
    ]);
  });
});
