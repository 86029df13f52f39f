/**
 * Sending someone to the other side's seat ("Truman sent Hopkins to Moscow") is that person's trip
 * there: only a named person of the sender's side, straight before "to", and only to the other
 * side's capital, Kremlin or White House. Sending letters, messages or troops is no one's trip.
 * Texts written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const marks = (text: string, publishedAt: string) =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m) => m.status !== 'related')
    .map((m) => [m.quote, m.eventId] as const);

describe('sending an envoy to the other side', () => {
  it('the one sent travels to the other side\'s seat', () => {
    expect(marks('With the alliance fraying, Truman sent Hopkins to Moscow in the spring of 1945.', '1995-05-20')).toContainEqual([
      expect.stringContaining('Truman sent Hopkins to Moscow'),
      '1945-hopkins-mission-moscow',
    ]);
    expect(marks('In November 2021 Biden dispatched CIA Director Bill Burns to Moscow with a warning.', '2022-01-10')).toContainEqual([
      expect.stringContaining('Burns to Moscow'),
      '2021-11-02-burns-moscow',
    ]);
  });
  it('not a thing sent, not a third capital', () => {
    expect(marks('Kennedy sent a message to Moscow in October 1962.', '2012-10-20')).toEqual([]);
    expect(marks('Trump sent Witkoff to Doha in March.', '2026-04-01')).toEqual([]);
  });
});
