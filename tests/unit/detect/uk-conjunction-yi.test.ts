/**
 * Ukrainian writes «й» for "and" after a vowel («Керрі й Лавров», «Трампа й Путіна»): it joins
 * names as «і» does. Between other words it may be the particle "too" («прийме й Росія»), and
 * hyphen-joined to a number it is an ordinal's ending («2-й раунд»): neither is "and". Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const usru = (text: string, publishedAt: string): [string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => [m.quote, m.eventId ?? null]);

describe('Ukrainian «й»', () => {
  it('joins two people of a subject', () => {
    expect(usru('Керрі й Лавров знову зустрілися в Женеві восени 2016 року.', '2016-12-01')).toEqual([
      ['Керрі й Лавров знову зустрілися в Женеві восени 2016', '2016-09-09-kerry-lavrov-geneva-syria'],
    ]);
  });

  it('is no "and" after a number or as "too"', async () => {
    const { scanText } = await import('../../../lib/detect/matcher');
    const { annotate, funcOf } = await import('../../../lib/detect/units');
    const { sentenceUnits } = await import('../../../lib/detect/patterns/clauses');
    const a = annotate(scanText(matcher, 'Почався 2-й раунд, і прийме й Росія, Трампа й Путіна.'), matcher.lexicon);
    const fns = sentenceUnits(a, 0).map((u) => funcOf(u));
    expect(fns.filter((f) => f === 'and')).toHaveLength(2);
  });
});
