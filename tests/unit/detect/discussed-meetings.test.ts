/**
 * A verb of discussing whose object is a meeting noun talks about that meeting: the people who
 * discuss it took no part in it ("Macron and Rubio discuss talks between Kyiv and Moscow"). The
 * meeting is the noun's, with the parties the noun names. Texts written for this test; the bundled
 * dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const usRu = (text: string, publishedAt: string) =>
  detect(text, matcher, createDocumentState({ publishedAt })).filter((m) => m.status === 'known' || m.status === 'unknown');

describe('discussing a meeting is not taking part in it', () => {
  it('a US person and a third country discussing Russia–Ukraine talks is no US–Russia meeting', () => {
    expect(usRu('Macron and Rubio discuss talks between Kyiv and Moscow', '2025-06-03')).toEqual([]);
    expect(usRu('The Turkish minister and Rubio discussed the negotiations between Ukraine and Russia.', '2025-06-03')).toEqual([]);
  });
  it('the two sides discussing a topic where they met is still their meeting', () => {
    const ms = usRu('Rubio and Lavrov discussed the war in Riyadh on Tuesday.', '2025-02-19');
    expect(ms.map((m) => m.eventId)).toEqual(['2025-riyadh-talks']);
  });
});
