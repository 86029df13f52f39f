/**
 * A lone meeting word after a fuller mark of the same meeting in the same sentence ("took a trip to
 * Moscow last week …, citing sources briefed on the meeting") is an echo: the reader would see one
 * meeting marked twice in one sentence. Only the fuller mark stays. (A lone word before the fuller
 * mark is left alone: it often opens the phrase a reader would point at.)
 * Texts written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const marks = (text: string, publishedAt: string) =>
  detect(text, matcher, createDocumentState({ publishedAt })).map((m) => [m.quote, m.eventId] as const);

describe('a lone meeting word echoing a fuller mark in its sentence', () => {
  it('the echo after the fuller mark goes; the fuller mark stays', () => {
    const text =
      'Spy chief makes rare trip to Russia\n\nCIA Director Bill Burns took a “rare trip” to Moscow last week “to caution the Kremlin that the US sees its troops massing near Ukraine’s border, and to try to learn what drives Russia’s moves,” a broadcaster reported on Friday night, citing “several US and Ukrainian sources briefed on the meeting.”';
    const ms = marks(text, '2021-11-05');
    expect(ms).toContainEqual([expect.stringContaining('to Moscow last week'), '2021-11-02-burns-moscow']);
    expect(ms.filter(([q]) => q === 'meeting')).toEqual([]);
    expect(ms.filter(([, id]) => id === '2021-11-02-burns-moscow')).toHaveLength(2); // the headline's and the sentence's
  });
});
