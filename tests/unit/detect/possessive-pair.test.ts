/**
 * «на своей встрече», "at their meeting": a possessive before a US–Russia meeting noun that names
 * nobody stands for the pair of both sides the sentence names, so their meeting is the one meant,
 * not another held at the same place and time by others.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));

describe('a possessive before a meeting noun', () => {
  it('makes the pair the sentence names the meeting’s people', () => {
    const text = 'Байден и Путин приняли совместное заявление на своей встрече в Женеве в 2021 году.';
    const ms = detect(text, matcher, createDocumentState({ publishedAt: '2026-03-01' }));
    const m = ms.find((x) => /Женеве/.test(x.quote));
    expect([m?.status, m?.eventId]).toEqual(['known', '2021-geneva-summit']);
  });
});
