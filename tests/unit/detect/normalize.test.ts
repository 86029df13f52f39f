/** Normalisation: what the matcher compares, and offsets that map back to the original exactly. */
import { describe, expect, it } from 'vitest';
import { normalize, normalizeString, toOriginalRange, US_TOKEN } from '../../../lib/detect/normalize';

/** The original text behind the first occurrence of `needle` in the normalised text. */
function back(original: string, needle: string): string {
  const n = normalize(original);
  const i = n.text.indexOf(needle);
  expect(i, `"${needle}" not in "${n.text}"`).toBeGreaterThanOrEqual(0);
  const [s, e] = toOriginalRange(n, i, i + needle.length);
  return original.slice(s, e);
}

describe('normalize', () => {
  it('lowercases, folds diacritics and keeps Cyrillic й, folds ё', () => {
    expect(normalizeString('Érdoğan Türkiye Reykjavík')).toBe('erdogan turkiye reykjavik');
    expect(normalizeString('Горбачёв Майами Йемен')).toBe('горбачев майами йемен');
    expect(normalizeString('Straße Łódź Øresund')).toBe('strasse lodz oresund');
  });

  it('folds quotes, apostrophes and every dash and hyphen', () => {
    expect(normalizeString('“Trump–Putin” ‘summit’ — U\u2010S \u2212 x \u2011 y \u2015 z')).toBe('"trump-putin" \'summit\' - u-s - x - y - z');
  });

  it('collapses NBSP, thin spaces and line breaks to one space and drops leading/trailing space', () => {
    const n = normalize('  Helsinki\u00A0\u2009summit\r\n\r\nnext\u3000line  ');
    expect(n.text).toBe('helsinki summit next line');
    expect(n.lineBreaks).toEqual([15]);
    expect(n.paragraphBreaks).toEqual([15]);
  });

  it('removes soft hyphens, zero-width and bidi marks', () => {
    expect(normalizeString('Hel\u00ADsin\u200Bki\u200E sum\u2060mit\u202Bx\u202C')).toBe('helsinki summitx');
  });

  it('turns every spelling of the United States into one token, but not the pronoun', () => {
    const t = US_TOKEN;
    expect(normalizeString('U.S. and U.S and US and USA and U.S.A. and United States of America')).toBe(
      `${t} and ${t} and ${t} and ${t} and ${t} and ${t}`,
    );
    expect(normalizeString('American officials met Americans')).toBe(`${t} officials met ${t}`);
    expect(normalizeString('let us meet; Latin American leaders; USSR')).toBe('let us meet; latin american leaders; ussr');
    expect(normalizeString('U.S.-Russia talks')).toBe(`${t}-russia talks`);
  });

  it("drops possessive 's and plural possessive apostrophes", () => {
    expect(normalizeString("Putin's visit, Istanbul’s talks, the leaders’ summit, it's")).toBe('putin visit, istanbul talks, the leaders summit, it');
  });

  it('maps spans back exactly through odd Unicode', () => {
    expect(back('Putin\u00A0and\u00A0Trump met', 'putin and trump')).toBe('Putin\u00A0and\u00A0Trump');
    expect(back('the Hel\u00ADsinki summit', 'helsinki summit')).toBe('Hel\u00ADsinki summit');
    // combining marks belong to their base letter: the quote keeps them
    expect(back('Reykjavi\u0301k summit', 'reykjavik')).toBe('Reykjavi\u0301k');
    // emoji (surrogate pairs) pass through; offsets after them stay right
    expect(back('😀🇺🇸 Geneva summit 👍', 'geneva summit')).toBe('Geneva summit');
    // RTL/LRM marks are dropped, the span still covers the word
    expect(back('\u200Fמאמר\u200F Anchorage\u200E meeting', 'anchorage meeting')).toBe('Anchorage\u200E meeting');
    // the US token covers the whole original spelling
    expect(back('the United States and Russia', `${US_TOKEN} and russia`)).toBe('United States and Russia');
    expect(back('U.S. officials', US_TOKEN)).toBe('U.S.');
    // ß expands to two units that both map to the one original character
    expect(back('Straße', 'strasse')).toBe('Straße');
    // possessive: dropped units do not shift later offsets
    expect(back("Putin’s talks in Geneva", 'talks in geneva')).toBe('talks in Geneva');
  });

  it('keeps a start/end for every normalised unit, ordered and inside the text', () => {
    const s = 'A\u00ADb\u0301 — Ünïcödé\u200B 😀 U.S.\r\nЁж';
    const n = normalize(s);
    expect(n.starts.length).toBe(n.text.length);
    for (let i = 0; i < n.text.length; i++) {
      expect(n.starts[i]).toBeLessThan(n.ends[i]);
      expect(n.ends[i]).toBeLessThanOrEqual(s.length);
      if (i) expect(n.starts[i]).toBeGreaterThanOrEqual(n.starts[i - 1]);
    }
  });

  it('handles empty and whitespace-only text', () => {
    expect(normalize('').text).toBe('');
    expect(normalize(' \n\u00A0 ').text).toBe('');
    expect(toOriginalRange(normalize(''), 0, 0)).toEqual([0, 0]);
  });
});
