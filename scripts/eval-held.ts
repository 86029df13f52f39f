/**
 * The pooled held-out figure: every labelled page the team measures but never studies, in one
 * count by language. A rule that gains on tuning halves but not here has not generalised (session
 * 13 gained about 65 right events on tuning halves and about 10 here), so measure this before and
 * after a change, beside `npm run eval`.
 *
 *   npm run eval:held            a line per set, then the pool by language and in all
 *   npm run eval:held -- --json
 *
 * The pool: the even-numbered half of ../shared/news-dev (where it sits next to the repository),
 * the even-numbered half of every blind set that has halves, and the blind sets that are held out
 * whole (HELD_WHOLE). Individual failures are never printed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateFolder, loadEvents, summaryLine } from './eval';
import { addCounts, emptyCounts, rates, type Counts } from './eval/score';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
export const BLIND = join(root, 'tests/fixtures/blind');
const NEWS_DEV = resolve(root, '../shared/news-dev');

/** Blind sets measured and never tuned on, whole: no half of them is studied. */
export const HELD_WHOLE = new Set(['pages8', 'pages9', 'batch6.json']);
/** Blind sets tuned on whole after they were measured: none of them is held out. */
export const TUNED_WHOLE = new Set(['batch5.json']);

export interface HeldPool {
  sets: { name: string; counts: Counts }[];
  byLang: Record<string, Counts>;
  total: Counts;
}

/** Every blind set's name (a folder or a .json file under tests/fixtures/blind). */
export function blindSets(): string[] {
  return readdirSync(BLIND).filter((n) => !n.startsWith('.') && n !== 'README.md').sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

export function heldPool(): HeldPool {
  const events = loadEvents();
  const sets: HeldPool['sets'] = [];
  const byLang: Record<string, Counts> = {};
  let total = emptyCounts();
  const add = (name: string, files: { lang: string; counts: Counts }[]) => {
    let c = emptyCounts();
    for (const f of files) {
      c = addCounts(c, f.counts);
      byLang[f.lang] = addCounts(byLang[f.lang] ?? emptyCounts(), f.counts);
    }
    total = addCounts(total, c);
    sets.push({ name, counts: c });
  };
  if (existsSync(NEWS_DEV)) add('news-dev held', evaluateFolder(NEWS_DEV, events, 'held').files);
  for (const name of blindSets()) {
    if (TUNED_WHOLE.has(name)) continue;
    const whole = HELD_WHOLE.has(name);
    add(whole ? name : `${name} held`, evaluateFolder(join(BLIND, name), events, whole ? undefined : 'held').files);
  }
  return { sets, byLang, total };
}

function main(argv: string[]): number {
  const pool = heldPool();
  if (argv.includes('--json')) {
    const withRates = (c: Counts) => ({ ...c, ...rates(c) });
    const out = { sets: pool.sets.map((s) => ({ name: s.name, ...withRates(s.counts) })), byLang: Object.fromEntries(Object.entries(pool.byLang).map(([k, c]) => [k, withRates(c)])), total: withRates(pool.total) };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  for (const s of pool.sets) console.log(summaryLine(s.name, s.counts));
  console.log('');
  for (const [lang, c] of Object.entries(pool.byLang).sort()) console.log(summaryLine(`held ${lang}`, c));
  console.log(summaryLine('held pool', pool.total));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2).filter((a) => a !== '--'));
