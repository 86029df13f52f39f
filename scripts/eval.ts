/**
 * Scores the detector on labelled folders.
 *
 *   npm run eval -- ../shared/news-dev               a line per file, totals by language and half
 *   npm run eval -- ../shared/news-dev --half tune   only the odd-numbered (tuning) files
 *   npm run eval -- tests/fixtures/corpus ../shared/seeds --json
 *   npm run eval -- ../shared/news-dev --half tune --verbose   misses, wrong events, false marks
 *
 * `--verbose` never prints the individual failures of held-out files (even-numbered news pages):
 * those are measured, not studied. Scoring rules: scripts/eval/score.ts.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_EVENTS } from '../lib/events/dataset';
import type { MeetingEvent } from '../lib/events/types';
import { compileMatcher, toMatcherEvent } from '../lib/detect';
import { loadLabelled } from './eval/labels';
import { addCounts, emptyCounts, rates, scoreDoc, type Counts, type DocResult } from './eval/score';

/** The bundled dataset, as the extension ships it. */
export const loadEvents = (): MeetingEvent[] => BUNDLED_EVENTS;

export interface FolderReport {
  folder: string;
  files: DocResult[];
  total: Counts;
  byLang: Record<string, Counts>;
  byHalf: Record<string, Counts>;
  /** 'tune en', 'held ru', …: each half by language. */
  byHalfLang: Record<string, Counts>;
}

export function evaluateFolder(folder: string, events = loadEvents(), half?: 'tune' | 'held'): FolderReport {
  const matcher = compileMatcher(events.map(toMatcherEvent));
  const byId = new Map(events.map((e) => [e.id, e]));
  const docs = loadLabelled(folder).filter((d) => !half || d.half === half);
  const strictRelated = docs.some((d) => d.half !== undefined);
  const files = docs.map((d) => scoreDoc(d, matcher, byId, { strictRelated }));
  const byLang: Record<string, Counts> = {};
  const byHalf: Record<string, Counts> = {};
  const byHalfLang: Record<string, Counts> = {};
  let total = emptyCounts();
  for (const f of files) {
    total = addCounts(total, f.counts);
    byLang[f.lang] = addCounts(byLang[f.lang] ?? emptyCounts(), f.counts);
    if (f.half) {
      byHalf[f.half] = addCounts(byHalf[f.half] ?? emptyCounts(), f.counts);
      const k = `${f.half} ${f.lang}`;
      byHalfLang[k] = addCounts(byHalfLang[k] ?? emptyCounts(), f.counts);
    }
  }
  return { folder, files, total, byLang, byHalf, byHalfLang };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function summaryLine(label: string, c: Counts): string {
  const r = rates(c);
  const mbs = c.ms ? c.chars / 1e6 / (c.ms / 1000) : 0;
  return (
    `${label.padEnd(14)} docs ${String(c.docs).padStart(3)}  recall ${pct(r.recallRate).padStart(6)} (${c.found}/${c.mentions})` +
    `  right ${pct(r.rightRate).padStart(6)} (${c.right}/${c.resolvable}${c.notInDataset ? `, ${c.notInDataset} not in dataset` : ''})  precision ${pct(r.precisionRate).padStart(6)} (${c.marksOnLabels}/${c.marks})` +
    `  related ${c.relatedFound}/${c.related} (as US–RU ${c.relatedAsUsRu})  negatives marked ${c.negativesMarked}/${c.negatives}` +
    (c.mustNot ? `  mustNot shown ${c.mustNotShown}/${c.mustNot}` : '') +
    `  ${mbs.toFixed(2)} MB/s`
  );
}

function main(argv: string[]): number {
  const args = argv.filter((a) => a !== '--');
  const json = args.includes('--json');
  const verbose = args.includes('--verbose');
  const hi = args.indexOf('--half');
  const half = hi >= 0 ? (args[hi + 1] as 'tune' | 'held') : undefined;
  if (half && half !== 'tune' && half !== 'held') {
    process.stderr.write('--half takes tune or held\n');
    return 2;
  }
  const folders = args.filter((a, i) => !a.startsWith('--') && !(hi >= 0 && i === hi + 1));
  if (!folders.length) {
    process.stderr.write('usage: npm run eval -- <labelled folder> ... [--half tune|held] [--json] [--verbose]\n');
    return 2;
  }
  const events = loadEvents();
  const reports: FolderReport[] = [];
  for (const folder of folders) {
    try {
      reports.push(evaluateFolder(folder, events, half));
    } catch (err) {
      process.stderr.write(`eval: ${folder}: ${(err as Error).message}\n`);
      return 2;
    }
  }
  if (json) {
    const out = reports.map((r) => ({
      folder: r.folder,
      total: { ...r.total, ...rates(r.total) },
      byLang: Object.fromEntries(Object.entries(r.byLang).map(([k, c]) => [k, { ...c, ...rates(c) }])),
      byHalf: Object.fromEntries(Object.entries(r.byHalf).map(([k, c]) => [k, { ...c, ...rates(c) }])),
      byHalfLang: Object.fromEntries(Object.entries(r.byHalfLang).map(([k, c]) => [k, { ...c, ...rates(c) }])),
      files: r.files.map((f) => ({ name: f.name, lang: f.lang, half: f.half, ...f.counts })),
    }));
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  for (const r of reports) {
    console.log(`\n# ${r.folder}`);
    for (const f of r.files) {
      console.log(summaryLine(`${f.name.slice(0, 40)}`.padEnd(40), f.counts).replace(/^(.{40})\s+/, '$1 '));
      if (f.unplaced.length) console.log(`    unplaced labels: ${f.unplaced.map((q) => JSON.stringify(q)).join(', ')}`);
      if (verbose && f.half !== 'held') {
        for (const m of f.misses) console.log(`    miss   ${m}`);
        for (const w of f.wrong) console.log(`    wrong  ${w}`);
        for (const p of f.falsePositives) console.log(`    false  ${p}`);
      }
    }
    console.log('');
    for (const [lang, c] of Object.entries(r.byLang).sort()) console.log(summaryLine(`lang ${lang}`, c));
    for (const [h, c] of Object.entries(r.byHalfLang).sort()) console.log(summaryLine(`${h}`, c));
    for (const [h, c] of Object.entries(r.byHalf).sort()) console.log(summaryLine(`half ${h}`, c));
    console.log(summaryLine('total', r.total));
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
