/**
 * The detector's speed shortcuts answer exactly as the plain reading they stand in for. Passages in
 * our own words, in all three languages, read with the small fixture dataset.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/detect';
import type { SegSense } from '../../../lib/detect/lexicon';
import { scanText } from '../../../lib/detect/matcher';
import { annotate, senseOf, unitsOf } from '../../../lib/detect/units';
import { FIXTURE_EVENTS } from './fixtures';

const matcher = compileMatcher(FIXTURE_EVENTS);

const PASSAGES = [
  'On Tuesday the American and Russian delegations met again in Istanbul for a second round of talks, the first since February.',
  'President Putin spoke by phone with Donald Trump on Friday; the two leaders agreed to meet in Geneva next month.',
  'Вторая встреча российской и американской делегаций прошла в Стамбуле 10 апреля, сообщил МИД России.',
  'Перший раунд переговорів у Женеві відбувся в листопаді 1985 року, а наступний — через рік.',
];

const KINDS: SegSense['t'][] = ['meet', 'side', 'person', 'place', 'func', 'month', 'season', 'rel', 'mod', 'ord', 'num', 'forum', 'role'];

describe('senseOf and the kinds a unit carries', () => {
  it.each(PASSAGES)('finds the first sense of each kind as a scan of the unit does: %s', (text) => {
    const a = annotate(scanText(matcher, text), matcher.lexicon);
    const units = unitsOf(a, 0, a.scan.toks.count);
    let found = 0;
    for (const u of units) {
      for (const kind of KINDS) {
        const plain = u.senses.find((s) => s.t === kind) ?? null;
        expect(senseOf(u, kind)).toBe(plain);
        if (plain) found++;
      }
    }
    // The passages do hold senses: the check above is not only of misses.
    expect(found).toBeGreaterThan(3);
  });
});
