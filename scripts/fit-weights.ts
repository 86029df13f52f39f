/**
 * Fits the resolution weights (lib/detect/weights.ts, those listed in FITTED) by coordinate search.
 *
 *   npm run fit                      tuning halves of ../shared/news-dev and the blind pages7,
 *                                    pages10 to pages18, blind batch5, tests/fixtures/corpus
 *   npm run fit -- --passes 3
 *   npm run fit -- --also <labelled folder>   also the tuning half of a folder kept outside the
 *                                             repository (a session's real-news probe)
 *
 * Objective, on the tuning data only (odd-numbered news pages of news-dev and of the blind pages7,
 * pages10 to pages18, blind batch5 and the project's corpus; the held-out even-numbered
 * pages and the blind sets kept for measuring only, pages8, pages9 and batch6, are never
 * read here):
 *   right events + 0.5 × found mentions + 0.3 × related found
 *   − 1 × marks on nothing − 1 × related shown as US–Russia − 3 × negative pages marked
 * Each weight is tried at ×0.5, ×0.75, ×1.25, ×1.5 and ±1 of its value (sign kept where it means
 * a penalty or a bonus); a move is kept only if the objective rises by at least MIN_GAIN. It prints the new values to
 * paste into weights.ts, and the held-out half is then measured with `npm run eval`.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileMatcher, toMatcherEvent } from '../lib/detect';
import { FITTED, W, setWeight, type WeightName } from '../lib/detect/weights';
import { loadEvents } from './eval';
import { loadLabelled, type LabelledDoc } from './eval/labels';
import { addCounts, emptyCounts, scoreDoc, type Counts } from './eval/score';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Smallest rise of the objective worth moving a weight for. */
const MIN_GAIN = 1;

function objective(c: Counts): number {
  const falseMarks = c.marks - c.marksOnLabels;
  return c.right + 0.5 * c.found + 0.3 * c.relatedFound - falseMarks - c.relatedAsUsRu - 3 * c.negativesMarked;
}

function main(argv: string[]): number {
  const pi = argv.indexOf('--passes');
  const passes = pi >= 0 ? Number(argv[pi + 1]) || 2 : 2;
  const events = loadEvents();
  const matcher = compileMatcher(events.map(toMatcherEvent));
  const byId = new Map(events.map((e) => [e.id, e]));
  const sets: { docs: LabelledDoc[]; strictRelated: boolean }[] = [];
  const newsDev = resolve(root, '../shared/news-dev');
  if (existsSync(newsDev)) sets.push({ docs: loadLabelled(newsDev).filter((d) => d.half === 'tune'), strictRelated: true });
  // The blind page sets' odd-numbered files are tuning files too; their even-numbered ones are not read.
  const blind = [7, 10, 11, 12, 13, 14, 15, 16, 17, 18].map((n) => `tests/fixtures/blind/pages${n}`);
  const also = argv.flatMap((x, i) => (argv[i - 1] === '--also' ? [resolve(x)] : []));
  for (const folder of [...blind.map((f) => join(root, f)), ...also]) {
    sets.push({ docs: loadLabelled(folder).filter((d) => d.half === 'tune'), strictRelated: true });
  }
  sets.push({ docs: loadLabelled(join(root, 'tests/fixtures/blind/batch5.json')), strictRelated: false });
  sets.push({ docs: loadLabelled(join(root, 'tests/fixtures/corpus')), strictRelated: false });

  const measure = (): { value: number; c: Counts } => {
    const t0 = performance.now();
    const out = measureOnce();
    if (verbose) console.log(`  (measured in ${Math.round(performance.now() - t0)} ms)`);
    return out;
  };
  const verbose = argv.includes('--verbose');
  const measureOnce = (): { value: number; c: Counts } => {
    let c = emptyCounts();
    for (const s of sets) for (const d of s.docs) c = addCounts(c, scoreDoc(d, matcher, byId, { strictRelated: s.strictRelated }).counts);
    return { value: objective(c), c };
  };

  let best = measure();
  const start = best;
  console.log(`start: objective ${best.value.toFixed(1)} (right ${best.c.right}, found ${best.c.found}, false ${best.c.marks - best.c.marksOnLabels})`);
  for (let pass = 1; pass <= passes; pass++) {
    let moved = 0;
    for (const name of FITTED) {
      const v0 = W[name] as number;
      const tries = [v0 * 0.5, v0 * 0.75, v0 * 1.25, v0 * 1.5, v0 + 1, v0 - 1].filter((v) => v !== v0 && (v0 === 0 || Math.sign(v) === Math.sign(v0) || v === 0));
      let bestV = v0;
      for (const v of tries) {
        setWeight(name, Math.round(v * 100) / 100);
        const m = measure();
        // A move must win at least MIN_GAIN: single-mention wobbles are noise, not signal.
        if (m.value >= best.value + MIN_GAIN) {
          best = m;
          bestV = Math.round(v * 100) / 100;
        }
      }
      setWeight(name, bestV);
      if (bestV !== v0) {
        moved++;
        console.log(`  pass ${pass}: ${name} ${v0} → ${bestV}  (objective ${best.value.toFixed(1)})`);
      }
    }
    if (!moved) break;
  }
  console.log(
    `end: objective ${best.value.toFixed(1)} (was ${start.value.toFixed(1)}); right ${best.c.right}/${best.c.resolvable}, found ${best.c.found}/${best.c.mentions}, false ${best.c.marks - best.c.marksOnLabels}`,
  );
  console.log('\nFitted values (paste into lib/detect/weights.ts):');
  for (const name of FITTED) console.log(`  ${name}: ${W[name as WeightName]},`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
