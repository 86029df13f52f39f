/**
 * Which guard cost which mention: counts, over tuning material, why the labelled mentions the
 * detector missed made no mark, and how often each guard dropped a frame no label covers (what it
 * saves in precision).
 *
 *   npm run why-missed -- ../shared/news-dev tests/fixtures/blind/pages13 --half tune
 *   npm run why-missed -- <folder> --half tune --verbose     each miss with its reasons
 *
 * Held-out halves are refused: their failures are measured, never studied (docs/measuring.md).
 * A guard whose drops mostly overlap labelled mentions is the one to look at; a miss with no
 * reason ("no frame") was never read as a meeting phrase at all.
 */
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../lib/detect';
import { loadEvents } from './eval';
import { dropTrace, type DropRecord } from '../lib/detect/trace';
import { loadLabelled, type Label } from './eval/labels';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const hi = args.indexOf('--half');
const half = hi >= 0 ? args[hi + 1] : 'tune';
if (half !== 'tune') {
  process.stderr.write('why-missed reads tuning halves only (--half tune): held-out failures are not studied\n');
  process.exit(2);
}
const folders = args.filter((a, i) => !a.startsWith('--') && (hi < 0 || i !== hi + 1));
if (!folders.length) {
  process.stderr.write('usage: npm run why-missed -- <labelled folder> ... [--verbose]\n');
  process.exit(2);
}

// The dataset the scorer reads (scripts/eval.ts), so a miss here is a miss there.
const matcher = compileMatcher(loadEvents().map(toMatcherEvent));
const overlaps = (x: { start: number; end: number }, l: Label) => x.start < l.end && l.start < x.end;
const missBy = new Map<string, number>();
const dropsOnMention = new Map<string, number>();
const dropsOnNothing = new Map<string, number>();
const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
let misses = 0;
let mentions = 0;

for (const folder of folders) {
  for (const doc of loadLabelled(folder)) {
    // Files without halves (the corpus, the seeds) are all tuning material.
    if (doc.half === 'held') continue;
    const sink: DropRecord[] = [];
    dropTrace.sink = sink;
    const marks = detect(doc.text, matcher, createDocumentState(doc.info));
    dropTrace.sink = null;
    const usru = marks.filter((m) => m.status === 'known' || m.status === 'unknown');
    for (const l of doc.labels) {
      if (l.kind !== 'mention') continue;
      mentions++;
      if (usru.some((m) => overlaps(m, l))) continue;
      misses++;
      const shown = marks.filter((m) => overlaps(m, l)).map((m) => 'shown:' + m.status);
      const why = [...new Set([...sink.filter((r) => overlaps(r, l)).map((r) => r.why), ...shown])];
      const key = why.length ? why.sort().join(' + ') : 'no frame';
      add(missBy, key);
      if (verbose) console.log(`${doc.name}\t${key}\t"${l.quote}"`);
    }
    // Each guard's drops: on a labelled mention (its cost) or on no label at all (its saving, roughly:
    // resolution might have dropped some of those anyway).
    for (const r of sink) {
      const on = doc.labels.filter((l) => overlaps(r, l));
      if (on.some((l) => l.kind === 'mention')) add(dropsOnMention, r.why);
      else if (!on.length) add(dropsOnNothing, r.why);
    }
  }
}

const table = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
console.log(`\n${misses} of ${mentions} labelled mentions missed, by why:`);
for (const [k, n] of table(missBy)) console.log(`${String(n).padStart(5)}  ${k}`);
console.log('\ndrops by guard: on a labelled mention / on no label');
const guards = new Set([...dropsOnMention.keys(), ...dropsOnNothing.keys()]);
for (const g of [...guards].sort((a, b) => (dropsOnMention.get(b) ?? 0) - (dropsOnMention.get(a) ?? 0)))
  console.log(`${String(dropsOnMention.get(g) ?? 0).padStart(5)} / ${String(dropsOnNothing.get(g) ?? 0).padEnd(5)} ${g}`);
