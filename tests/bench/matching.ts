/**
 * Matching benchmark (standalone): npx tsx tests/bench/matching.ts
 *
 * Measures, on generated news-like text (English with some Russian) and the full alias set of the
 * bundled dataset:
 *   - matching throughput in MB/s: normalise + tokenise + phrase matching (one pass), and the
 *     whole detect() (patterns and resolution included);
 *   - a naive baseline: one RegExp per alias, run over the same text in the same process;
 *   - scaling with text size (0.25, 0.5, 1, 2 MB) and with alias count (real set, ×4, ×16 with
 *     synthetic aliases): cost should grow linearly with text and stay nearly flat with aliases.
 * Prints a table and writes .bench/matching.json. Timings are medians of several runs, in CPU time.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MeetingEvent } from '../../lib/events/types';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type MatcherEvent } from '../../lib/detect';
import { matchPhrases, scanText } from '../../lib/detect/matcher';
import { normalize } from '../../lib/detect/normalize';
import { tokenize } from '../../lib/detect/tokenize';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const events: MeetingEvent[] = readdirSync(join(root, 'assets/events'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(root, 'assets/events', f), 'utf8')) as MeetingEvent[]);
const base: MatcherEvent[] = events.map(toMatcherEvent);

// Deterministic PRNG so every run measures the same text.
let seed = 0x2f6b3a1d;
function rand(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const FILLER = (
  'the a of and to in that for on with as was by said at from it his an were are which this be has have had not but its they ' +
  'after new two first also year government officials people would who more been their week president minister state country ' +
  'statement policy security economic war agreement sanctions deal energy plan region support leaders public report ' +
  'analysts market oil prices border forces military issue relations pressure trade news reporters spokesman'
).split(' ');
const FILLER_RU = 'и в на не что с по для как это его но от из к о за так же года заявил время вопрос страны политика санкции рынок нефть'.split(' ');
const MEET = ['talks', 'summit', 'meeting', 'met', 'visit', 'consultations', 'переговоры', 'встреча'];
const NAMES = [...new Set(events.flatMap((e) => e.participants.map((p) => p.name.split(' ').pop()!)))];
const PLACES = [...new Set(events.flatMap((e) => e.place.names ?? []))];
const ALIASES = [...new Set(base.flatMap((e) => [...e.aliases, ...e.sharedAliases]))];

function sentence(): string {
  const len = 10 + Math.floor(rand() * 16);
  const ru = rand() < 0.15;
  const words: string[] = [];
  for (let i = 0; i < len; i++) {
    const r = rand();
    // Densities of a news page about the subject: a name every ~50 words, a meeting word every
    // ~150, an alias every ~1000.
    if (r < 0.02) words.push(pick(NAMES));
    else if (r < 0.035) words.push(pick(PLACES));
    else if (r < 0.042) words.push(pick(MEET));
    else if (r < 0.043) words.push(pick(ALIASES));
    else if (r < 0.05) words.push(String(1945 + Math.floor(rand() * 82)));
    else words.push(pick(ru ? FILLER_RU : FILLER));
  }
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function makeText(bytes: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < bytes) {
    const para = Array.from({ length: 3 + Math.floor(rand() * 5) }, sentence).join(' ');
    parts.push(para);
    n += para.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

/** Synthetic events: `factor - 1` copies of the alias set with invented words, so only the alias count grows. */
function scaledEvents(factor: number): MatcherEvent[] {
  const out = [...base];
  for (let k = 1; k < factor; k++) {
    for (const e of base) {
      const word = () => 'x' + Math.floor(rand() * 1e9).toString(36);
      out.push({
        ...e,
        id: `${e.id}-syn${k}`,
        aliases: e.aliases.map((a) => `${word()} ${a} ${word()}`),
        sharedAliases: e.sharedAliases.map((a) => `${word()} ${a}`),
        placeNames: [...e.placeNames, word()],
        cues: e.cues.map(() => word()),
      });
    }
  }
  return out;
}

function aliasCount(evs: MatcherEvent[]): number {
  return evs.reduce((n, e) => n + e.aliases.length + e.sharedAliases.length, 0);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Median CPU time (user + system) of `runs` calls after one warm-up. CPU time rather than wall
 * time: this machine is shared, and CPU time is what the page pays for.
 */
function time(fn: () => unknown, runs: number): number {
  fn(); // warm up
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    ts.push((c.user + c.system) / 1000);
  }
  return median(ts);
}

const MB = 1 << 20;
const mbps = (bytes: number, ms: number) => Math.round((bytes / MB / (ms / 1000)) * 10) / 10;

// 1. Compile time.
const compileMs = time(() => compileMatcher(base), 5);
const matcher = compileMatcher(base);

// 2. Throughput on ~1 MB.
const text1 = makeText(MB);
const matchMs = time(() => scanText(matcher, text1), 7);
const normMs = time(() => normalize(text1), 7);
const detectMs = time(() => detect(text1, matcher, createDocumentState({ publishedAt: '2025-11-01' })), 3);
const hits = scanText(matcher, text1).hits.count;
const mentions = detect(text1, matcher, createDocumentState({ publishedAt: '2025-11-01' })).length;

// 3. Naive baseline: one RegExp per alias (what a keyword highlighter does), same text, same process.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const regexes = ALIASES.map((a) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(a)}(?![\\p{L}\\p{N}])`, 'giu'));
let naiveHits = 0;
const naiveMs = time(() => {
  naiveHits = 0;
  for (const re of regexes) {
    re.lastIndex = 0;
    while (re.exec(text1)) naiveHits++;
  }
}, 1);

// 4. Scaling with text size.
const sizeRows = [0.25, 0.5, 1, 2].map((f) => {
  const t = makeText(Math.round(f * MB));
  const ms = time(() => scanText(matcher, t), 5);
  return { mb: f, ms: Math.round(ms * 10) / 10, mbPerS: mbps(t.length, ms) };
});

// 5. Scaling with alias count (same 1 MB text).
const aliasRows = [1, 4, 16].map((factor) => {
  const evs = scaledEvents(factor);
  compileMatcher(evs); // warm-up (the built-in vocabulary is compiled once per process)
  const c0 = process.cpuUsage();
  const m = compileMatcher(evs);
  const cu = process.cpuUsage(c0);
  const compile = (cu.user + cu.system) / 1000;
  const n = normalize(text1);
  const toks = tokenize(n, text1, m.lexicon.table);
  const ms = time(() => scanText(m, text1), 5);
  const matchOnly = time(() => matchPhrases(m.lexicon, toks), 5);
  return {
    factor,
    events: evs.length,
    aliases: aliasCount(evs),
    vocabulary: m.lexicon.table.size,
    phrases: m.lexicon.seg.length,
    compileMs: Math.round(compile * 10) / 10,
    scanMs: Math.round(ms * 10) / 10,
    trieWalkMs: Math.round(matchOnly * 10) / 10,
    mbPerS: mbps(text1.length, ms),
  };
});

const result = {
  date: new Date().toISOString(),
  node: process.version,
  textBytes: text1.length,
  events: base.length,
  aliases: aliasCount(base),
  uniqueAliasStrings: ALIASES.length,
  compileMs: Math.round(compileMs * 10) / 10,
  normalizeMbPerS: mbps(text1.length, normMs),
  matchMs: Math.round(matchMs * 10) / 10,
  matchMbPerS: mbps(text1.length, matchMs),
  detectMs: Math.round(detectMs * 10) / 10,
  detectMbPerS: mbps(text1.length, detectMs),
  phraseHits: hits,
  mentions,
  naive: { regexes: regexes.length, ms: Math.round(naiveMs), mbPerS: mbps(text1.length, naiveMs), hits: naiveHits },
  speedupVsNaive: Math.round((naiveMs / matchMs) * 10) / 10,
  bySize: sizeRows,
  byAliasCount: aliasRows,
};

const pad = (s: unknown, n: number) => String(s).padStart(n);
console.log(`Matching benchmark (${result.node}; ${base.length} events, ${result.aliases} aliases, ${(text1.length / MB).toFixed(2)} MB text)`);
console.log(`  compile matcher            ${pad(result.compileMs, 8)} ms`);
console.log(`  normalise only             ${pad(result.normalizeMbPerS, 8)} MB/s`);
console.log(`  match (norm+tokens+trie)   ${pad(result.matchMbPerS, 8)} MB/s  (${result.matchMs} ms, ${hits} phrase hits)`);
console.log(`  detect (everything)        ${pad(result.detectMbPerS, 8)} MB/s  (${result.detectMs} ms, ${mentions} mentions)`);
console.log(`  naive: ${regexes.length} RegExps      ${pad(result.naive.mbPerS, 8)} MB/s  (${result.naive.ms} ms)  → single pass is ${result.speedupVsNaive}× faster`);
console.log('\n  text size   time (ms)   MB/s');
for (const r of sizeRows) console.log(`  ${pad(r.mb + ' MB', 8)}   ${pad(r.ms, 9)}   ${pad(r.mbPerS, 6)}`);
console.log('\n  aliases   events   vocab   compile (ms)   scan (ms)   trie walk (ms)   MB/s');
for (const r of aliasRows)
  console.log(`  ${pad(r.aliases, 7)}   ${pad(r.events, 6)}   ${pad(r.vocabulary, 5)}   ${pad(r.compileMs, 12)}   ${pad(r.scanMs, 9)}   ${pad(r.trieWalkMs, 14)}   ${pad(r.mbPerS, 5)}`);

mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench/matching.json'), JSON.stringify(result, null, 2) + '\n');
console.log('\nwrote .bench/matching.json');
