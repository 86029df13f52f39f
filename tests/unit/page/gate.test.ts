/**
 * The gate (lib/page/gate.ts): one cheap pass over a page's text before any detector work. It may
 * say yes to a page without a meeting; it must never say no to a page with one.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import spec from 'virtual:parley/gate';
import words from 'virtual:parley/gate-words';
import { compileMatcher } from '../../../lib/detect';
import { normalizeString } from '../../../lib/detect/normalize';
import { createGate, expandPattern, gateSpec, gateWords, headsOf, nodePasses, withEntries } from '../../../lib/page/gate';
import { labelledDocs } from '../labelled';
import { FIXTURE_EVENTS } from '../detect/fixtures';

const gate = createGate(spec);

describe('the gate', () => {
  it('opens on the trigger words, in English, Russian and Ukrainian, however they are written', () => {
    for (const t of [
      'Talks with Russia resumed.',
      'The KREMLIN said nothing.',
      'Lavrov met Rubio.',
      'Путин и Трамп встретились.',
      'Переговоры в Москве',
      'Зустріч у Кремлі',
      'Переговори з Росією',
      'Rus\u00adsia and the US',
      "Reagan's seasick summit",
      'the Reykjavik meeting of 1986',
      'Зеленський і Трамп',
    ])
      expect(gate(t), t).toBe(true);
  });

  it('stays shut on text without them (a recipe, sport, ordinary words of an alias alone)', () => {
    for (const t of [
      'Add 2 cups of black beans, a pinch of salt, and call it a day. First, press the button.',
      'The home side won 3–1 in the final minutes of the match.',
      'Рецепт борща: свекла, капуста, картофель.',
      'a seasick day at sea',
      '',
    ])
      expect(gate(t), t).toBe(false);
  });

  it('never shuts out a labelled document with a mention or a related event (seeds, corpus, blind batches, news-dev)', () => {
    let n = 0;
    for (const { set, docs } of labelledDocs()) {
      for (const d of docs) {
        if (!d.labels.some((l) => l.kind === 'mention' || l.kind === 'related')) continue;
        n++;
        expect(gate(d.text), `${set}: ${d.name}`).toBe(true);
      }
    }
    expect(n).toBeGreaterThan(300);
  });

  it('is made from the lexicon: Russian people and places, places of meetings abroad, aliases; not American places', () => {
    expect(words).toEqual(expect.arrayContaining(['putin', 'lavrov', 'kremlin', 'путин', 'reykjavik', 'seasick summit']));
    expect(words).not.toContain('washington');
    const fixture = gateWords(compileMatcher(FIXTURE_EVENTS).lexicon);
    expect(fixture).toContain('putin');
  });

  it('reads a trigger only at the start of a word, where a capital after a small letter starts one too', () => {
    expect(gate('NewsPutin')).toBe(true); // list items run together
    expect(gate('2018Putin')).toBe(true);
    expect(gate('newsputin')).toBe(false); // inside a word
    expect(gate('КомпьютерыПутина')).toBe(true);
    expect(gate('компьютерыпутина')).toBe(false);
    // Dropped characters go on with the word, whatever the case of what follows them.
    expect(gate('P\u00adU\u200bTIN')).toBe(true);
    expect(gate('news\u00adPutin')).toBe(true);
    // Accents and Ukrainian letters fold as the detector folds them.
    expect(gate('Путін')).toBe(true);
    expect(gate('Reykjavík')).toBe(true);
  });

  it("takes a reader's own events' entries on top", () => {
    expect(gate('We discussed the Quux talks.')).toBe(false);
    const more = createGate(withEntries(spec, ['quux talks']));
    expect(more('We discussed the Quux   talks.')).toBe(true);
    expect(more('Quux alone')).toBe(false);
    expect(more('Putin')).toBe(true);
    // The same entries from scratch give the same answers.
    const small = createGate(gateSpec(['quux talks'], normalizeString));
    expect(small('the QUUX talks')).toBe(true);
  });

  it('is written short (every page parses it): the separators and Cyrillic endings its patterns repeat are one character each', () => {
    const patterns = headsOf(spec).map((h) => h[1]);
    expect(patterns.some((p) => p.includes('(?: s)? +') || p.includes('{0,'))).toBe(false);
    // Written out, a pattern reads the separators and endings between an entry's words.
    const [, short] = headsOf(withEntries({ ...spec, heads: '' }, ['кемп девид визит']))[0]!;
    const re = new RegExp(expandPattern(short));
    expect(re.test('кемпе девиде s визит')).toBe(true);
    expect(re.test('кемп девид')).toBe(false);
    // The whole spec, as the content script holds it: well under the 48,000 characters it took written out.
    expect(JSON.stringify(spec).length).toBeLessThan(34_000);
  });

  it('reads a DOM subtree, or a text node, in one string', () => {
    const { document } = parseHTML('<html><body><p>Soup</p><div><b>Kre</b>mlin</div><ul><li>News</li><li>Путин</li></ul></body></html>');
    expect(nodePasses(gate, document.body)).toBe(true);
    expect(nodePasses(gate, document.querySelector('ul'))).toBe(true); // 'NewsПутин': blocks run together
    expect(nodePasses(gate, document.querySelector('div'))).toBe(true); // 'Kremlin' across inline elements
    expect(nodePasses(gate, document.querySelector('p'))).toBe(false);
    expect(nodePasses(gate, document.querySelector('p')!.firstChild)).toBe(false);
    expect(nodePasses(gate, null)).toBe(false);
  });
});
