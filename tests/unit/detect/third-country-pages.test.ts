/**
 * A page about the US and a third country (trade talks with China, say), where Russia comes up only
 * in passing: its place-named rounds and its "the talks" are the US and that country's, even when a
 * US–Russia meeting was once held at the same place. Passages written for this test; the bundled
 * dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const usru = (text: string, publishedAt: string): [string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => [m.quote, m.eventId ?? null]);

const chinaPage = [
  'American and Chinese trade negotiators meet again in Paris this week.',
  'Beijing sent a vice premier, and China says the tariff truce should be extended.',
  'Chinese exporters and American farmers are watching closely.',
  'The talks come as Washington presses buyers of Russian oil to cut their purchases.',
  'Read more: What the Stockholm talks agreed',
].join('\n\n');

describe('a page whose counterpart of the US is a third country', () => {
  it('marks neither its place-named round nor its talks beside a passing mention of Russia', () => {
    expect(usru(chinaPage, '2025-09-14')).toEqual([]);
  });

  it('still marks the same place-named meeting on a page about Russia', () => {
    const text = 'Blinken and Lavrov spoke for half an hour. Russia and the United States gave their accounts.\n\nRead more: What the Stockholm talks agreed';
    expect(usru(text, '2021-12-03').map(([, id]) => id)).toContain('2021-12-02-blinken-lavrov-stockholm-osce');
  });
});
