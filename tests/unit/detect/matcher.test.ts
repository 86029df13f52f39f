/** The single-pass matcher: tokens, Russian stems, phrase boundaries, one trie for everything. */
import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherEvent } from '../../../lib/detect';
import { matchPhrases, scanText, type CompiledMatcher } from '../../../lib/detect/matcher';
import { BREAK_FLAGS } from '../../../lib/detect/lexicon';
import { normalize } from '../../../lib/detect/normalize';
import { tokenize } from '../../../lib/detect/tokenize';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { toMatcherEvent } from '../../../lib/detect';
import { ruStem } from '../../../lib/detect/stem';
import { TokenTable, hashString } from '../../../lib/detect/tokenTable';
import { F_CAP, F_HYPH, F_SENT } from '../../../lib/detect/tokenize';
import { FIXTURE_EVENTS } from './fixtures';

const matcher = compileMatcher(FIXTURE_EVENTS);

/** Alias occurrences in a text: [quote, event ids]. */
function aliasHits(m: CompiledMatcher, text: string): [string, string[]][] {
  const s = scanText(m, text);
  const out: [string, string[]][] = [];
  for (let i = 0; i < s.hits.count; i++) {
    const [pid, t0, t1] = [s.hits.data[i * 3], s.hits.data[i * 3 + 1], s.hits.data[i * 3 + 2]];
    const evs = m.lexicon.ov[pid].flatMap((o) => (o.t === 'alias' ? [m.events[o.ev].id] : []));
    if (!evs.length) continue;
    const a = s.norm.starts[s.toks.start[t0]];
    const b = s.norm.ends[s.toks.end[t1 - 1] - 1];
    out.push([text.slice(a, b), evs]);
  }
  return out;
}

/** Senses found for a text, as "type:detail" strings. */
function senses(m: CompiledMatcher, text: string): string[] {
  const s = scanText(m, text);
  const out: string[] = [];
  for (let i = 0; i < s.hits.count; i++) {
    for (const x of m.lexicon.seg[s.hits.data[i * 3]]) {
      if (x.t === 'place') out.push(`place:${x.key}`);
      else if (x.t === 'person') out.push(`person:${x.key}`);
      else if (x.t === 'side') out.push(`side:${x.side}`);
      else if (x.t === 'meet') out.push(`meet:${x.sense}`);
    }
  }
  return out;
}

describe('ruStem', () => {
  it('stems dictionary forms and bounds the ending', () => {
    expect(ruStem('встреча')).toEqual({ stem: 'встреч', maxEnding: 3 });
    expect(ruStem('переговоры')).toEqual({ stem: 'переговор', maxEnding: 3 });
    expect(ruStem('хельсинкский')).toEqual({ stem: 'хельсинкск', maxEnding: 3 });
    expect(ruStem('лавров').stem).toBe('лавров'); // surnames keep -ов
    expect(ruStem('в')).toEqual({ stem: 'в', maxEnding: 0 });
    expect(ruStem('на', true).maxEnding).toBe(0);
  });
});

describe('TokenTable', () => {
  it('finds a word by hash without allocating, and Cyrillic forms by stem', () => {
    const t = new TokenTable();
    const id = t.add('путин', 3);
    const other = t.add('talks', 0);
    const text = 'путиным talks talk';
    const prefix = new Int32Array(16);
    let h = hashString('');
    for (let i = 0; i < 7; i++) {
      h = (Math.imul(h, 0x01000193) ^ text.charCodeAt(i)) | 0;
      prefix[i] = h;
    }
    expect(t.probeStem(text, 0, 7, prefix)).toBe(id);
    expect(t.probe(text, 8, 5, hashString('talks'), 0)).toBe(other);
    expect(t.probe(text, 14, 4, hashString('talk'), 0)).toBe(-1);
    expect(t.get('путин')).toBe(id);
  });
});

describe('compileMatcher + scanText', () => {
  it('matches aliases whatever the case, dashes, spaces and soft hyphens', () => {
    expect(aliasHits(matcher, 'The HELSINKI\u00A0Summit ended.')).toEqual([['HELSINKI\u00A0Summit', ['2018-helsinki']]]);
    expect(aliasHits(matcher, 'at the Biden–Putin summit')).toEqual([['Biden–Putin summit', ['2021-geneva']]]);
    expect(aliasHits(matcher, 'the Biden Putin sum\u00ADmit')).toEqual([['Biden Putin sum\u00ADmit', ['2021-geneva']]]);
    expect(aliasHits(matcher, 'the Helsinki\nsummit')).toEqual([['Helsinki\nsummit', ['2018-helsinki']]]);
  });

  it('reports shared aliases with every event that shares them', () => {
    expect(aliasHits(matcher, 'the Geneva summit')).toEqual([['Geneva summit', ['1955-geneva', '1985-geneva', '2021-geneva']]]);
  });

  it('matches inflected Russian forms of aliases given in one form', () => {
    expect(aliasHits(matcher, 'О переговорах в Эр-Рияде')).toEqual([['переговорах в Эр-Рияде', ['2025-riyadh']]]);
    expect(aliasHits(matcher, 'на саммите на Аляске')).toEqual([['саммите на Аляске', ['2025-anchorage']]]);
    expect(aliasHits(matcher, 'после Хельсинкского саммита')).toEqual([['Хельсинкского саммита', ['2018-helsinki']]]);
    expect(senses(matcher, 'Путиным и Трампом в Анкоридже')).toEqual(expect.arrayContaining(['person:putin', 'person:trump', 'place:anchorage']));
  });

  it('does not run a phrase across a full stop or a comma', () => {
    expect(aliasHits(matcher, 'We left Helsinki. Summit talk began.')).toEqual([]);
    expect(aliasHits(matcher, 'In Helsinki, summit fever')).toEqual([]);
  });

  it('does not match inside longer words', () => {
    expect(aliasHits(matcher, 'the Helsinkisummit')).toEqual([]);
    expect(senses(matcher, 'Moscowitz left')).toEqual([]);
  });

  it('knows the sides, people, places and meeting words it needs beyond the dataset', () => {
    const s = senses(matcher, 'U.S. and Russian officials met Gorbachev in Reykjavik for talks');
    expect(s).toEqual(expect.arrayContaining(['side:us', 'side:ru', 'meet:meeting', 'person:gorbachev', 'place:reykjavik', 'meet:talks']));
  });

  it('records capitalisation, hyphens and sentence starts on tokens', () => {
    const s = scanText(matcher, 'Russia-US talks ended. Then Mr. Smith left');
    const f = Array.from(s.toks.flags.subarray(0, s.toks.count));
    expect(f[0] & F_CAP).toBeTruthy();
    expect(f[1] & F_HYPH).toBeTruthy();
    expect(f[4] & F_SENT).toBeTruthy(); // "Then"
    expect(f[6] & F_SENT).toBeFalsy(); // "Smith" after "Mr."
  });

  it('walks the trie exactly as its edge map says (every alias of the bundled dataset, in one text)', () => {
    const m = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
    const lex = m.lexicon;
    const text = m.events.flatMap((e) => [...e.aliases, ...e.sharedAliases].map((a) => `Officials recalled the ${a}, and the ${a} talks.`)).join('\n');
    const toks = tokenize(normalize(text), text, lex.table);
    // The walk spelled out over lex.edges (keys: node × 2^24 + token × 2 + gap), as the matcher read it before.
    const expected: number[] = [];
    for (let t = 0; t < toks.count; t++) {
      if (toks.id[t] < 0) continue;
      let node = lex.rootNext[toks.id[t]];
      if (!node) continue;
      if (lex.nodeOut[node] >= 0) expected.push(lex.nodeOut[node], t, t + 1);
      for (let u = t + 1; u < Math.min(toks.count, t + lex.maxPhraseLen) && toks.id[u] >= 0; u++) {
        const next = lex.edges.get(node * 2 ** 24 + toks.id[u] * 2 + (toks.flags[u] & BREAK_FLAGS ? 1 : 0));
        if (next === undefined) break;
        node = next;
        if (lex.nodeOut[node] >= 0) expected.push(lex.nodeOut[node], t, u + 1);
      }
    }
    const hits = matchPhrases(lex, toks);
    expect(expected.length).toBeGreaterThan(3 * 3000);
    expect(Array.from(hits.data.subarray(0, hits.count * 3))).toEqual(expected);
  });

  it('finds the same phrases whatever else is in the vocabulary', () => {
    const text = 'Officials said the Helsinki summit and the Riyadh talks mattered.';
    const extra: MatcherEvent[] = Array.from({ length: 300 }, (_, i) => ({
      ...FIXTURE_EVENTS[0],
      id: `synthetic-${i}`,
      aliases: [`zzq${i} conference`, `summit of zzr${i}`],
      sharedAliases: [],
      placeNames: [`Zzplace${i}`],
      cues: [],
    }));
    const big = compileMatcher([...FIXTURE_EVENTS, ...extra]);
    expect(aliasHits(big, text)).toEqual(aliasHits(matcher, text));
    expect(big.lexicon.table.size).toBeGreaterThan(matcher.lexicon.table.size + 300);
  });
});
