#!/usr/bin/env node
// Runs every benchmark in tests/bench/ one after another (never in parallel: they time things).
//   matching.ts  the detector alone, in Node: MB/s against a naive one-RegExp-per-alias baseline
//   page.mjs     the whole content script in headless Chromium against a bare TreeWalker walk and mark.js
//   overhead.mjs what Parley adds to a page in headless Chromium and Firefox ESR, each against the same
//                browser without the extension: CPU on a page without trigger words and on a seed article,
//                load to first mark, the 1 MB page (settled marks against mark.js, longest task, memory),
//                and the gzipped size of what runs on every page
//   cold.mjs     the 1 MB page when the background has just started (after install, after it was stopped)
//                and warm, in Chromium and Firefox ESR, with where the waking background's time goes
// Results are printed as tables and written to .bench/*.json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const benches = [
  { file: 'tests/bench/matching.ts', cmd: 'npx', args: ['tsx', 'tests/bench/matching.ts'] },
  { file: 'tests/bench/page.mjs', cmd: 'node', args: ['tests/bench/page.mjs'], needsBuild: true },
  { file: 'tests/bench/overhead.mjs', cmd: 'node', args: ['tests/bench/overhead.mjs'], needsBuild: true },
  { file: 'tests/bench/cold.mjs', cmd: 'node', args: ['tests/bench/cold.mjs'], needsBuild: true },
];
let failed = 0;
for (const b of benches) {
  if (!fs.existsSync(b.file)) continue;
  if (b.needsBuild && !fs.existsSync('.output/chrome-mv3/manifest.json')) {
    console.log('\n▶ building the extension first');
    spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  }
  console.log(`\n▶ ${b.file}`);
  const r = spawnSync(b.cmd, b.args, { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
