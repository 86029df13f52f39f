#!/usr/bin/env node
/**
 * A/B throughput of the whole detector (detect() over whole articles, the dataset each side ships),
 * and whether both sides mark the same things.
 *
 *   npm run bench:detect -- <A> <B> [--rounds 20] [--corpus <labelled folder> ...]
 *   npm run bench:detect -- HEAD~3 HEAD
 *   npm run bench:detect -- main ../other-clone --rounds 10
 *
 * A and B are git refs of this repository (their lib/ and assets/ are exported with `git archive`)
 * or folders holding a checkout (lib/detect and lib/events/dataset.ts). Each side is bundled with
 * esbuild, its matcher compiled once, then both run in this one process, taking turns (A B, then
 * B A) on each slice of the corpus, so the other work on the machine weighs on both alike. Never
 * compare against a number measured at another time: on a shared machine the load changes from
 * minute to minute. (No forced GC between turns: it makes V8 throw away compiled code.)
 *
 * Corpus: the article text and publication date of each labelled page (as scripts/eval.ts reads
 * them, with this checkout's loader), by default ../shared/news-dev and tests/fixtures/blind/pages*.
 *
 * Prints per side the CPU time (user + system) of a pass over the corpus: its floor (the sum over
 * slices of each slice's least time, the steadiest figure under load), the best and the median
 * round, each with MB/s (a million characters of text per second, as scripts/eval.ts counts);
 * the ratio B/A of throughput by each (above 1: B is faster); whether the marks (span, status,
 * event, also) are identical, and whether the whole mentions are (confidence, reasons, candidates).
 * `--rounds 0` only compares the output.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const argv = process.argv.slice(2).filter((a) => a !== '--');
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const rounds = Number(opt('--rounds', 20));
const warmup = Number(opt('--warmup', 2));
const corpusArgs = [];
for (let i = 0; i < argv.length; i++) if (argv[i] === '--corpus') corpusArgs.push(argv[i + 1]);
const sides = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
if (sides.length !== 2) {
  console.error('usage: npm run bench:detect -- <ref or folder A> <ref or folder B> [--rounds 20] [--warmup 2] [--corpus <folder> ...]');
  process.exit(2);
}

const repo = process.cwd();
const work = path.join(repo, '.bench', 'detect');
fs.mkdirSync(work, { recursive: true });

/** A folder holding the side's lib/ and assets/: the folder given, or the ref exported into .bench. */
function sourceOf(spec) {
  if (fs.existsSync(path.join(spec, 'lib', 'detect'))) return path.resolve(spec);
  const sha = execFileSync('git', ['rev-parse', '--verify', `${spec}^{commit}`], { encoding: 'utf8' }).trim();
  const dir = path.join(work, `src-${sha.slice(0, 12)}`);
  if (!fs.existsSync(path.join(dir, 'lib', 'detect'))) {
    fs.mkdirSync(dir, { recursive: true });
    const tar = `${dir}.tar`;
    execFileSync('git', ['archive', '-o', tar, sha, 'lib', 'assets']);
    execFileSync('tar', ['-x', '-f', tar, '-C', dir]);
    fs.rmSync(tar);
  }
  return dir;
}

async function bundle(name, contents, resolveDir, external = []) {
  const outfile = path.join(work, `${name}.mjs`);
  await esbuild.build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    external,
    logLevel: 'error',
  });
  // A fresh URL each time: two sides may bundle to the same file name in one run.
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}

const detectorEntry = `
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from './lib/detect';
import { BUNDLED_EVENTS } from './lib/events/dataset';
export const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
export const run = (doc) => detect(doc.text, matcher, createDocumentState(doc.info));
`;

const loaderEntry = `export { loadLabelled } from './scripts/eval/labels';`;

const { loadLabelled } = await bundle('corpus', loaderEntry, repo, ['linkedom']);
let folders = corpusArgs;
if (!folders.length) {
  const blind = path.join('tests', 'fixtures', 'blind');
  const pages = fs.existsSync(blind) ? fs.readdirSync(blind).filter((f) => /^pages\d+$/.test(f)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })) : [];
  folders = [path.join('..', 'shared', 'news-dev'), ...pages.map((p) => path.join(blind, p))].filter((f) => fs.existsSync(f));
}
const docs = folders.flatMap((f) => loadLabelled(f)).map((d) => ({ name: d.name, text: d.text, info: d.info }));
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text, 'utf8'), 0);
const chars = docs.reduce((s, d) => s + d.text.length, 0);
console.log(`corpus: ${docs.length} documents from ${folders.length} folders, ${chars} characters (${(bytes / 1e6).toFixed(2)} MB in UTF-8)`);

const runners = [];
for (const [i, spec] of sides.entries()) {
  const src = sourceOf(spec);
  runners.push({ label: 'AB'[i], spec, ...(await bundle(`detector-${'ab'[i]}`, detectorEntry, src)), cpu: [], wall: [] });
}

// The corpus in slices of about 20,000 characters: A and B take turns slice by slice, so a change
// of load on the machine falls on both within a fraction of a second of each other.
const slices = [];
for (let i = 0, size = Infinity; i < docs.length; i++) {
  if (size > 20_000) slices.push((size = 0) || []);
  slices[slices.length - 1].push(docs[i]);
  size += docs[i].text.length;
}

/** One side over one slice; CPU and wall time in ms. */
function pass(r, slice) {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  for (const d of slice) r.run(d);
  const w = performance.now() - w0;
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall: w };
}

// The least CPU time each side took on each slice over the rounds: on a loaded machine, the sum of
// these (the "floor") is the steadiest figure, as every slice had some quiet turn.
const floor = [slices.map(() => Infinity), slices.map(() => Infinity)];
for (let k = 0; k < warmup + rounds; k++) {
  const cpu = [0, 0];
  const wall = [0, 0];
  slices.forEach((slice, j) => {
    const order = (k + j) % 2 ? [1, 0] : [0, 1];
    for (const i of order) {
      const t = pass(runners[i], slice);
      cpu[i] += t.cpu;
      wall[i] += t.wall;
      if (k >= warmup) floor[i][j] = Math.min(floor[i][j], t.cpu);
    }
  });
  if (k < warmup) continue;
  for (const i of [0, 1]) {
    runners[i].cpu.push(cpu[i]);
    runners[i].wall.push(wall[i]);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mbs = (ms) => chars / 1e6 / (ms / 1000);
const floors = floor.map((f) => f.reduce((x, y) => x + y, 0));
for (const [i, r] of (rounds > 0 ? runners : []).entries()) {
  const best = Math.min(...r.cpu);
  const med = median(r.cpu);
  console.log(
    `${r.label} ${r.spec}: CPU floor ${floors[i].toFixed(0)} ms (${mbs(floors[i]).toFixed(2)} MB/s), best round ${best.toFixed(0)} ms (${mbs(best).toFixed(2)} MB/s), median ${med.toFixed(0)} ms (${mbs(med).toFixed(2)} MB/s); wall median ${median(r.wall).toFixed(0)} ms`,
  );
}
const [a, b] = runners;
if (rounds > 0) {
// Per-round ratios pair each A pass with the B pass next to it, under the same load.
const paired = a.cpu.map((x, i) => x / b.cpu[i]);
console.log(
  `throughput B/A: floor ${(floors[0] / floors[1]).toFixed(3)}, best ${(Math.min(...a.cpu) / Math.min(...b.cpu)).toFixed(3)}, median ${(median(a.cpu) / median(b.cpu)).toFixed(3)}, median of paired rounds ${median(paired).toFixed(3)}`,
);
}

/** What a reader sees: where the marks are and what they point at. */
const marksOf = (r) => JSON.stringify(docs.map((d) => [d.name, r.run(d).map((m) => [m.start, m.end, m.status, m.eventId, m.also ?? []])]));
const fullOf = (r) => JSON.stringify(docs.map((d) => r.run(d)));
const ma = marksOf(a);
const mb = marksOf(b);
const count = JSON.parse(ma).reduce((s, [, ms]) => s + ms.length, 0);
console.log(`marks identical: ${ma === mb ? 'yes' : 'NO'} (${count} marks on A)`);
if (ma !== mb) {
  const pa = JSON.parse(ma);
  const pb = JSON.parse(mb);
  let shown = 0;
  for (let i = 0; i < pa.length && shown < 10; i++) {
    if (JSON.stringify(pa[i]) === JSON.stringify(pb[i])) continue;
    shown++;
    const sa = new Set(pa[i][1].map((m) => JSON.stringify(m)));
    const sb = new Set(pb[i][1].map((m) => JSON.stringify(m)));
    console.log(`  ${pa[i][0]}: only A ${[...sa].filter((m) => !sb.has(m)).join(' ')} | only B ${[...sb].filter((m) => !sa.has(m)).join(' ')}`);
  }
}
console.log(`whole mentions identical (confidence, reasons, candidates): ${fullOf(a) === fullOf(b) ? 'yes' : 'no'}`);
