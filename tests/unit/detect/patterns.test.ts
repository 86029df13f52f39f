/**
 * Meeting descriptions without a fixed name: the frame (span), who is on which side, and the
 * things that are NOT US–Russia meetings. Uses the small fixture dataset.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, type Mention } from '../../../lib/detect';
import { scanText } from '../../../lib/detect/matcher';
import { framesOfSentence, type Frame } from '../../../lib/detect/patterns';
import { annotate } from '../../../lib/detect/units';
import { FIXTURE_EVENTS } from './fixtures';

const matcher = compileMatcher(FIXTURE_EVENTS);

function frames(text: string): Frame[] {
  const a = annotate(scanText(matcher, text), matcher.lexicon);
  const out: Frame[] = [];
  const ctx = { lang: 'en' as const, placeSide: () => null };
  for (let s = 0; s + 1 < a.sentStart.length; s++) out.push(...framesOfSentence(a, s, ctx, new Set()));
  return out;
}

function quoteOf(text: string, f: Frame): string {
  const a = annotate(scanText(matcher, text), matcher.lexicon);
  const { norm, toks } = a.scan;
  return text.slice(norm.starts[toks.start[f.t0]], norm.ends[toks.end[f.t1 - 1] - 1]);
}

function mentions(text: string, publishedAt?: string): Mention[] {
  return detect(text, matcher, createDocumentState({ publishedAt }));
}

describe('frames', () => {
  it.each([
    ['Much was said about the meeting between Vladimir Putin and Donald Trump in Anchorage, yet little changed.', 'meeting between Vladimir Putin and Donald Trump in Anchorage', 'usru'],
    ['Putin and Trump met in Anchorage on Friday.', 'Putin and Trump met in Anchorage on Friday', 'usru'],
    ['The recent meeting between U.S. and Russian officials in Istanbul was about function.', 'recent meeting between U.S. and Russian officials in Istanbul', 'usru'],
    ['Russia-US talks in Istanbul: keeping the door open', 'Russia-US talks in Istanbul', 'usru'],
    ['It included quiet meetings in Saudi Arabia and Alaska and the Putin–Trump encounter in Alaska.', 'quiet meetings in Saudi Arabia and Alaska', 'usru-weak'],
    ['встреча Путина и Трампа на Аляске', 'встреча Путина и Трампа на Аляске', 'usru'],
    ['Прошли переговоры России и США в Эр-Рияде.', 'переговоры России и США в Эр-Рияде', 'usru'],
    ['Washington and Moscow are preparing for a fresh round of bilateral consultations in October 2025.', 'fresh round of bilateral consultations in October 2025', 'usru-weak'],
  ])('%s', (text, quote, kind) => {
    const fs = frames(text);
    expect(fs.length).toBeGreaterThan(0);
    expect(quoteOf(text, fs[0])).toBe(quote);
    expect(fs[0].kind).toBe(kind);
  });

  it('reads places and times in the frame', () => {
    const [f] = frames('A high-level meeting held in Ankara, Turkey earlier this week.');
    expect(f.places).toEqual(['ankara', 'turkey']);
    expect(f.times).toEqual([{ rel: { days: [-8, 0] } }]);
    const [g] = frames('This follows discreet sessions in February and April.');
    expect(g.times).toEqual([{ m: 2 }, { m: 4 }]);
    const [h] = frames('Ford and Brezhnev met near Vladivostok on 23 November 1974.');
    expect(h.times).toEqual([{ m: 11, d: 23, y: 1974 }]);
  });

  it('classifies third-party meetings as such', () => {
    const [rubio] = frames('U.S. Secretary of State Marco Rubio met Turkish and European national security teams in Istanbul, though Russian officials barred an American adviser.');
    expect(rubio.kind).toBe('third');
    const [zp] = frames('Ukraine proposed a Zelensky-Putin summit.');
    expect(zp.kind).toBe('third');
    const [ruua] = frames('Russia and Ukraine sat down once again for ceasefire talks in Istanbul.');
    expect(ruua.kind).toBe('third');
  });

  it('marks tense and modality', () => {
    expect(frames('The Kremlin says President Trump could visit Moscow.')[0].tense).toBe('hyp');
    expect(frames('Lavrov and Rubio will meet in Baku next month.')[0].tense).toBe('fut');
    expect(frames('Putin and Trump have never met in Geneva.')[0].tense).toBe('neg');
  });

  it('does not count adjectives of other things as parties', () => {
    // (A private group's meeting leaves no frame at all: see precision-nonparties.test.ts.)
    expect(frames('Russian and American astronauts met reporters in Houston.').every((f) => f.sides.size === 0)).toBe(true);
    expect(frames('Russian and American defense officials met in Vienna.')[0].sides).toEqual(new Set(['ru', 'us']));
  });
});

describe('detect: patterns end to end', () => {
  it('finds US–Russia meetings nobody named', () => {
    const m = mentions('Senior American and Russian diplomats met in Ankara on Tuesday for talks hosted by Turkey.', '2026-04-15');
    expect(m.map((x) => [x.quote, x.status, x.via])).toEqual([['American and Russian diplomats met in Ankara on Tuesday', 'unknown', 'pattern']]);
    expect(m[0].candidates.length).toBeGreaterThan(0);
  });

  it('never presents third-party meetings as US–Russia', () => {
    const text =
      'Russia and Ukraine sat down for ceasefire talks in Istanbul. U.S. Secretary of State Marco Rubio met Turkish and European national security teams in Istanbul. Ukraine proposed a Zelensky-Putin summit.';
    const m = mentions(text, '2025-05-21');
    expect(m.filter((x) => x.status === 'known' || x.status === 'unknown')).toEqual([]);
    expect(m.find((x) => x.quote.includes('ceasefire talks in Istanbul'))?.status).toBe('related');
  });

  it('skips hypotheticals, sports and multilateral forums', () => {
    expect(mentions('The Kremlin says President Trump could visit Moscow if conditions allow.')).toEqual([]);
    expect(mentions('Russia will meet the United States in the hockey semifinal in Geneva.')).toEqual([]);
    expect(mentions('Putin and Biden were both at the G20 summit in Rome.')).toEqual([]);
  });

  it('a summit stays a summit beside talk of sport', () => {
    const ms = mentions('With the World Cup just over, Putin kept up a football theme at a summit in Helsinki with President Trump.', '2018-07-17');
    expect(ms.length).toBe(1);
    expect(ms[0].quote).toContain('summit in Helsinki');
    expect(ms[0].eventId).toBe('2018-helsinki');
  });

  it('leaves bare meeting words alone', () => {
    expect(mentions('The negotiations were long. Both sides said the talks went well.')).toEqual([]);
  });
});
