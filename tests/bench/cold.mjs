#!/usr/bin/env node
// The 1 MB page (every alias of the dataset) with a COLD background, in headless Chromium and Firefox ESR:
// pages send their text to the background's detector (lib/page/remote-detect.ts), so a page that comes
// when the background has just started waits for it to wake, open its database, make its matcher ready,
// and detect in code that has not been optimised yet. Per round, in a new browser with a new profile:
//   first   the first load after the extension is installed (the background started with the install)
//   warm    the same page again right after (the background warm: what tests/bench/overhead.mjs measures)
//   woken   after the background was stopped (Chromium: its service worker closed, as the browser does
//           when idle; Firefox: its event page suspended, the idle timeout set to IDLE_MS for this)
//   warm2   once more right after
// Each: load → marks settled (the end of the 'parley:initial' scan, from the load event), and the same
// page without the extension's load time in the same browser for scale; and from the background's own
// measures (lib/background/timing.ts, builds that have them): the script's fetch and compile, evaluating
// its modules, the dataset check, the matcher ready (from the background's start), when the page's
// first text reached the detector, and the detector's own time over the page.
//
// BENCH_COLD_BUILDS="old=<folder>,new=<folder>" compares builds side by side in the same run, taking
// turns in each round (each folder holds chrome-mv3/ and firefox-mv3/; default: this checkout's .output).
// BENCH_ROUNDS (default 3), BENCH_BROWSERS=chromium,firefox. Results go to .bench/cold.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { browserPath } from '../e2e/browsers.mjs';
import { launch, scanReports, until } from '../e2e/harness.mjs';
import { startServer } from '../e2e/server.mjs';
import { aliasPage, html } from './pages.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const KINDS = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',').filter((k) => browserPath(k));
const BUILDS = (process.env.BENCH_COLD_BUILDS ?? 'this=.output').split(',').map((s) => {
  const [label, dir] = s.split('=');
  return { label, dir: path.resolve(dir) };
});
/** Firefox: the event page's idle timeout for this bench (its default is 30 s). */
const IDLE_MS = 2000;
const LOADS = ['first', 'warm', 'woken', 'warm2'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};

for (const b of BUILDS) {
  if (!fs.existsSync(path.join(b.dir, 'chrome-mv3/manifest.json'))) {
    console.error(`No build in ${b.dir}: run npm run build first.`);
    process.exit(1);
  }
}

const big = aliasPage();
const server = await startServer({ '/bench-1mb': html(big.html) });
const url = (tag) => `${server.url}/bench-1mb?${tag}`;

/** Loads the 1 MB page: load → settled, and the page's own step measures. */
async function load(b, tag) {
  const page = await b.browser.newPage();
  await page.goto(url(tag), { waitUntil: 'load' });
  const [scan] = await until(async () => { const r = await scanReports(page, 'parley:initial'); return r.length && r; }, { timeout: 180_000, what: 'the 1 MB page to be scanned' });
  const loadEnd = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  await page.close();
  return { settledMs: scan.start + scan.duration - loadEnd, waitMs: scan.waitMs ?? null, busyMs: scan.busyMs ?? null };
}

/** The page's load event without the extension (for scale: what the page itself costs here). */
async function loadPlain(b, tag) {
  const page = await b.browser.newPage();
  await page.goto(url(tag), { waitUntil: 'load' });
  const ms = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  await page.close();
  return ms;
}

/** The background's 'parley:bg-…' measures of its current wake-up: { name: { start, ms, detail } }. */
async function backgroundMeasures(b) {
  const read = (perf) => JSON.stringify(perf.getEntriesByType('measure').filter((e) => e.name.startsWith('parley:bg-')).map((e) => ({ name: e.name.slice(10), start: e.startTime, ms: e.duration, detail: e.detail })));
  let json = null;
  if (b.kind === 'chromium') {
    const sw = b.browser.targets().find((t) => t.type() === 'service_worker' && t.url().startsWith(b.base));
    const worker = await sw?.worker();
    json = worker ? await worker.evaluate(`(${read})(performance)`) : null;
  } else {
    // The event page is an extension page: an extension page of the same add-on reaches it.
    const page = await b.extensionPage('options.html');
    json = await page.evaluate(`browser.runtime.getBackgroundPage().then((bg) => (${read})(bg.performance))`).catch(() => null);
    await page.close();
  }
  return json ? Object.fromEntries(JSON.parse(json).map((m) => [m.name, m])) : null;
}

async function stopBackground(b) {
  if (b.kind === 'chromium') {
    await sleep(300);
    await b.stopServiceWorker();
  } else await sleep(IDLE_MS + 3000);
}

const results = {};
try {
  for (const kind of KINDS) {
    for (let round = 0; round < ROUNDS; round++) {
      // Old and new take turns, first one then the other, then the other way round.
      const order = round % 2 ? [...BUILDS].reverse() : BUILDS;
      for (const build of order) {
        const b = await launch(kind, { extDir: path.join(build.dir, kind === 'chromium' ? 'chrome-mv3' : 'firefox-mv3'), prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
        const r = ((results[kind] ??= {})[build.label] ??= []);
        try {
          const run = {};
          for (const l of LOADS) {
            if (l === 'woken') await stopBackground(b);
            run[l] = await load(b, `${l}${round}`);
            run[l].bg = await backgroundMeasures(b);
          }
          r.push(run);
          console.log(`${kind} ${build.label} round ${round + 1}: ${LOADS.map((l) => `${l} ${run[l].settledMs.toFixed(0)}`).join(', ')} ms`);
        } finally {
          await b.close();
        }
      }
    }
    // The page without the extension, once per round (a browser with no extension at all).
    const plain = await launch(kind, { extDir: null });
    const ms = [];
    try {
      for (let round = 0; round < ROUNDS; round++) ms.push(await loadPlain(plain, `plain${round}`));
    } finally {
      await plain.close();
    }
    results[kind].plainLoadMs = median(ms);
  }
} finally {
  await server.close();
}

// ---- The table ----
const f0 = (x) => (x == null ? 'n/a' : x.toFixed(0));
const cols = KINDS.flatMap((k) => BUILDS.map((b) => ({ kind: k, label: b.label, runs: results[k][b.label] })));
const rows = [];
const row = (label, fn) => rows.push([label, ...cols.map((c) => fn(c.runs, c))]);
const each = (runs, fn) => `${f0(median(runs.map(fn)))} (${runs.map((r) => f0(fn(r))).join(' ')})`;
row('page load without Parley, ms', (_, c) => f0(results[c.kind].plainLoadMs));
for (const l of LOADS) row(`${l}: load → marks settled, ms`, (runs) => each(runs, (r) => r[l].settledMs));
for (const l of ['first', 'woken']) {
  const bg = (name, key = 'ms') => (runs) => each(runs, (r) => r[l].bg?.[name]?.[key] ?? null);
  row(`${l}, background: script fetch+compile`, bg('script'));
  row(`  evaluating its modules`, bg('eval'));
  row(`  dataset check (seeding if due)`, bg('seed'));
  row(`  matcher ready, from its start`, (runs) => each(runs, (r) => (r[l].bg?.matcher ? r[l].bg.matcher.start + r[l].bg.matcher.ms : null)));
  row(`  first text detected from`, (runs) => each(runs, (r) => r[l].bg?.detect?.detail?.first ?? null));
  row(`  detector's time over the page`, bg('detect'));
}
// A warm load's detector time: what the background's running total grew by (the same wake-up).
const grew = (l, before) => (r) => (r[l].bg?.detect && r[before].bg?.detect && r[l].bg.detect.detail.first === r[before].bg.detect.detail.first ? r[l].bg.detect.ms - r[before].bg.detect.ms : null);
row(`warm: detector's time over the page`, (runs) => each(runs, grew('warm', 'first')));
row(`warm2: detector's time over the page`, (runs) => each(runs, grew('warm2', 'woken')));
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length), i ? `${cols[i - 1].kind} ${cols[i - 1].label}`.length : 0));
console.log(`\nThe 1 MB page with a cold background (median of ${ROUNDS} rounds; each round's figure in brackets). Load: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
console.log(`  ${['', ...cols.map((c) => `${c.kind} ${c.label}`)].map((c, i) => c.padEnd(widths[i])).join('  ')}`);
for (const r of rows) console.log(`  ${r.map((c, i) => c.padEnd(widths[i])).join('  ')}`);
fs.mkdirSync('.bench', { recursive: true });
fs.writeFileSync('.bench/cold.json', `${JSON.stringify({ rounds: ROUNDS, builds: BUILDS.map((b) => b.label), results }, null, 2)}\n`);
console.log('\n  written to .bench/cold.json');
