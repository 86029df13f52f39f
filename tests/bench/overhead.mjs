#!/usr/bin/env node
// What Parley adds to an ordinary page load, in headless Chromium, side by side in one run against
// the same pages in the same Chromium without the extension:
//   - added renderer CPU (CDP Performance.getMetrics TaskDuration after the page settled) on a
//     page without trigger words (a recipe: the gate turns it away) and on a seed article;
//   - on the seed article: time from the load event to the first mark (an in-page poll, 5 ms steps,
//     in separate loads so the poll does not count as Parley's CPU);
//   - the 'parley:gate' User Timing entry on each page (reading the reader's own entries from
//     storage, building the gate, its pass over the text);
//   - the gzipped size of the content script (what runs on every page).
// Benchmark figures only, never assertions. Run after a build:  node tests/bench/overhead.mjs
// (npm run bench runs it). Results go to .bench/overhead.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { browserPath } from '../e2e/browsers.mjs';
import { launch } from '../e2e/harness.mjs';
import { startServer } from '../e2e/server.mjs';
import { seedsAvailable } from '../fixtures/pages/seed-page.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SETTLE_MS = 1500;
const CONTENT_JS = '.output/chrome-mv3/content-scripts/content.js';
if (!fs.existsSync(CONTENT_JS)) {
  console.error(`No build (${CONTENT_JS}): run npm run build first.`);
  process.exit(1);
}

const RECIPE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Black bean soup</title></head><body>
<nav><a href="#">Home</a> <a href="#">Soups</a> <a href="#">Desserts</a></nav><article><h1>Black bean soup</h1>
${Array.from({ length: 40 }, (_, i) => `<p>Step ${i + 1}: add two cups of black beans, a pinch of salt and a bay leaf, stir, and simmer for a few minutes more until the beans are soft; taste and season.</p>`).join('\n')}
</article><footer>© The Kitchen</footer></body></html>`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f1 = (x) => (x == null ? 'n/a' : `${x.toFixed(1)} ms`);

const server = await startServer({
  '/recipe': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(RECIPE);
  },
});
const pages = { recipe: `${server.url}/recipe`, ...(seedsAvailable() ? { seed: `${server.url}/seed/0` } : {}) };

let gateMs = [];

/** Renderer main-thread time of one load, settled (ms). */
async function cpu(browser, url) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await sleep(SETTLE_MS);
  const m = await page.metrics();
  // The gate's own time (its User Timing entry), with the extension.
  const gate = await page.evaluate(() => performance.getEntriesByName('parley:gate').map((e) => e.duration));
  if (gate.length) gateMs.push(gate[0]);
  await page.close();
  return m.TaskDuration * 1000;
}

const FIRST_MARK = `(() => {
  addEventListener('load', () => {
    const t0 = performance.now();
    const poll = setInterval(() => {
      for (const h of CSS.highlights?.values?.() ?? []) if (h.size) { window.__firstMark = performance.now() - t0; clearInterval(poll); return; }
      if (document.querySelector('parley-mark')) { window.__firstMark = performance.now() - t0; clearInterval(poll); }
    }, 5);
    setTimeout(() => clearInterval(poll), 10000);
  });
})();`;

const ext = await launch('chromium', { shipped: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-plain-'));
const plain = await puppeteer.launch({
  executablePath: browserPath('chromium'),
  headless: true,
  userDataDir: dataDir,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--window-size=1280,900'],
  defaultViewport: { width: 1280, height: 900 },
});
const result = { runs: RUNS, pages: {} };
try {
  for (const [name, url] of Object.entries(pages)) {
    // Warm both (caches, the extension's worker), then alternate loads.
    await cpu(ext.browser, url);
    await cpu(plain, url);
    gateMs = [];
    const withExt = [];
    const without = [];
    for (let i = 0; i < RUNS; i++) {
      withExt.push(await cpu(ext.browser, url));
      without.push(await cpu(plain, url));
    }
    result.pages[name] = { cpuWithMs: median(withExt), cpuWithoutMs: median(without), addedCpuMs: median(withExt) - median(without), gateMs: gateMs.length ? median(gateMs) : null };
  }
  if (pages.seed) {
    const marks = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await ext.browser.newPage();
      await page.evaluateOnNewDocument(FIRST_MARK);
      await page.goto(pages.seed, { waitUntil: 'load' });
      let t = null;
      for (let k = 0; k < 100 && t == null; k++) {
        await sleep(100);
        t = await page.evaluate(() => window.__firstMark ?? null);
      }
      if (t != null) marks.push(t);
      await page.close();
    }
    result.loadToFirstMarkMs = marks.length ? median(marks) : null;
  }
  const raw = fs.readFileSync(CONTENT_JS);
  result.contentScriptBytes = raw.length;
  result.contentScriptGzipBytes = zlib.gzipSync(raw, { level: 9 }).length;

  const rows = [];
  for (const [name, r] of Object.entries(result.pages)) {
    rows.push([`added CPU, ${name === 'recipe' ? 'page without trigger words' : 'seed article'}`, `${f1(r.addedCpuMs)}  (${f1(r.cpuWithMs)} with Parley, ${f1(r.cpuWithoutMs)} without; 'parley:gate' ${f1(r.gateMs)})`]);
  }
  if (pages.seed) rows.push(['seed article: load to first mark', f1(result.loadToFirstMarkMs)]);
  else rows.push(['seed article', 'skipped (no ../shared/seeds)']);
  rows.push(['content script', `${(result.contentScriptBytes / 1024).toFixed(1)} KiB, ${(result.contentScriptGzipBytes / 1024).toFixed(1)} KiB gzipped`]);
  const w = Math.max(...rows.map(([k]) => k.length));
  console.log(`\nOverhead benchmark (headless Chromium, with the shipped build and without any extension, median of ${RUNS} loads)\n`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
  fs.mkdirSync('.bench', { recursive: true });
  fs.writeFileSync('.bench/overhead.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log('\n  written to .bench/overhead.json');
} finally {
  await ext.close?.();
  await plain.close();
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
