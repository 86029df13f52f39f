#!/usr/bin/env node
// What Parley adds to a page, in headless Chromium AND Firefox ESR, each side by side in one run
// against the same pages in the same browser without any extension:
//   - added CPU on a page without trigger words (a recipe: the gate turns it away) and on a seed article:
//       (on the recipe page also that of an extension whose content script is empty, in the same run: the
//       floor any content script costs in that browser, which Parley's figure cannot go below)
//       Chromium: CPU time of the page renderers' main threads, from before the navigation to the page settled,
//       read from Linux's /proc (…/task/<pid>/schedstat, nanoseconds), so a busy machine's waits do not count;
//       elsewhere the renderer's main-thread task time (CDP Performance.getMetrics TaskDuration), wall time;
//       Firefox: main-thread CPU time of the page's content process (ChromeUtils.requestProcInfo, read in
//       the browser's chrome scope over WebDriver BiDi), from before the navigation to the page settled;
//       (read, like Chromium's, from Linux's /proc/<pid>/task/<pid>/schedstat where it can be: the
//       browser's own figure counts in 10 ms ticks)
//   (CPU: the mean of the loads without the lowest and highest)
//   - load → first mark on the seed article (an in-page poll of CSS.highlights every 5 ms, in separate loads);
//   - on the 1 MB page with every alias: load → marks settled (the end of the 'parley:initial' scan),
//     against mark.js marking the same aliases in the same browser without the extension;
//     the longest task page-wide as the page's own PerformanceObserver('longtask') sees it (Chromium;
//     Firefox has no 'longtask' entries), and in both the longest gap of a page heartbeat (a 0 ms
//     timer chain: a gap is a task that held the page's thread), each with and without Parley;
//     Chromium, in one more traced load (here and on the seed article): the longest task's wall and
//     thread CPU time, and the most CPU any task took (on a busy machine the wall time is mostly
//     waiting for a core; the CPU time is the work the task held the thread for);
//     memory: Chromium: JS heap of the page's isolate (page and content script worlds) after a GC, with
//     minus without; Firefox: the page process's unique memory, with minus without (its JS heap can't be
//     read over the protocol);
//   - Chromium: Parley's own main-thread JS on those two pages, from V8's sampling profiler (by script file):
//     far steadier than the CPU difference on a busy machine, so the figure to compare for a regression;
//   - the gzipped size of what runs on every page (content script + its CSS), and of what pages load on demand.
// Benchmark figures only, never assertions. Run after a build (npm run build):  node tests/bench/overhead.mjs
// (npm run bench runs it). BENCH_RUNS (default 7) loads per figure; BENCH_BROWSERS=chromium,firefox;
// BENCH_SKIP_BIG=1 leaves out the 1 MB page and mark.js (minutes on a busy machine) when only the small pages matter,
// BENCH_SKIP_MARKJS=1 only mark.js.
// Results go to .bench/overhead.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { browserPath } from '../e2e/browsers.mjs';
import { launch, scanReports, until } from '../e2e/harness.mjs';
import { startServer } from '../e2e/server.mjs';
import { seedsAvailable } from '../fixtures/pages/seed-page.mjs';
import { aliasPage, html, RECIPE } from './pages.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SETTLE_MS = 1500;
/** mark.js on the 1 MB page takes minutes on a busy machine: longer than puppeteer's default wait for one call. */
const PROTOCOL_TIMEOUT_MS = 900_000;
const SKIP_BIG = process.env.BENCH_SKIP_BIG === '1';
/** BENCH_SKIP_SMALL=1: the 1 MB page alone (no recipe, no seed article). */
const SKIP_SMALL = process.env.BENCH_SKIP_SMALL === '1';
/** BENCH_SKIP_MARKJS=1: the 1 MB page without mark.js (its minutes), when only Parley's figures matter. */
const SKIP_MARKJS = process.env.BENCH_SKIP_MARKJS === '1';
const KINDS = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',').filter((k) => browserPath(k));
const OUT = { chromium: '.output/chrome-mv3', firefox: '.output/firefox-mv3' };
if (!fs.existsSync(path.join(OUT.chromium, 'manifest.json'))) {
  console.error('No build in .output/: run npm run build first.');
  process.exit(1);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null);
/** The mean without the lowest and highest (a load that waited on a busy machine, or a garbage collection, is dropped). */
const trimmedMean = (xs) => {
  const s = [...xs].filter((x) => x != null).sort((a, b) => a - b);
  const t = s.length > 4 ? s.slice(1, -1) : s;
  return t.length ? t.reduce((a, b) => a + b, 0) / t.length : null;
};
const f1 = (x) => (x == null ? 'n/a' : `${x.toFixed(1)} ms`);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const mb = (n) => (n == null ? 'n/a' : `${(n / 1048576).toFixed(1)} MiB`);
const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

const big = aliasPage();
const server = await startServer({ '/recipe': html(RECIPE), '/bench-1mb': html(big.html) });
const pages = SKIP_SMALL ? {} : { recipe: `${server.url}/recipe`, ...(seedsAvailable() ? { seed: `${server.url}/seed/0` } : {}) };

// ---- In-page probes (added before the page's own scripts, in the page's world) ----

const FIRST_MARK = `(() => {
  addEventListener('load', () => {
    const t0 = performance.now();
    const poll = setInterval(() => {
      for (const h of CSS.highlights?.values?.() ?? []) if (h.size) { window.__firstMark = performance.now() - t0; clearInterval(poll); return; }
      if (document.querySelector('parley-mark')) { window.__firstMark = performance.now() - t0; clearInterval(poll); }
    }, 5);
    setTimeout(() => clearInterval(poll), 20000);
  });
})();`;

const TASKS = `(() => {
  window.__longtasks = [];
  window.__gaps = [];
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  window.__longtaskSupported = (PerformanceObserver.supportedEntryTypes || []).includes('longtask');
  // The heartbeat starts at load (the page's own parsing comes before) and runs until told to stop.
  addEventListener('load', () => {
    let last = performance.now();
    const beat = () => {
      const t = performance.now();
      if (t - last > 50) window.__gaps.push([last, t - last]);
      last = t;
      if (!window.__stopBeat) setTimeout(beat, 0);
    };
    setTimeout(beat, 0);
  });
})();`;

// ---- Browsers ----

async function launchPlain(kind, { extensions = false } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), `parley-bench-${kind}-`));
  const browser =
    kind === 'chromium'
      ? await puppeteer.launch({
          executablePath: browserPath('chromium'),
          headless: true,
          userDataDir,
          enableExtensions: extensions,
          args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--window-size=1280,900'],
          defaultViewport: { width: 1280, height: 900 },
          protocolTimeout: PROTOCOL_TIMEOUT_MS,
        })
      : await puppeteer.launch({ browser: 'firefox', protocolTimeout: PROTOCOL_TIMEOUT_MS, executablePath: browserPath('firefox'), headless: true, userDataDir, args: ['--remote-allow-system-access', '--width=1280', '--height=900'], defaultViewport: { width: 1280, height: 900 } });
  return { browser, close: async () => { await browser.close(); fs.rmSync(userDataDir, { recursive: true, force: true }); } };
}

/**
 * The same browser with an extension whose content script is empty (same matches, frames and timing
 * as Parley's): what merely having a content script costs a page.
 */
async function launchEmpty(kind) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-empty-ext-'));
  fs.writeFileSync(path.join(dir, 'empty.js'), '');
  fs.writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty content script',
      version: '1.0',
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['empty.js'], run_at: 'document_end', all_frames: true }],
      ...(kind === 'firefox' ? { browser_specific_settings: { gecko: { id: 'empty-content-script@parley.bench' } } } : {}),
    }),
  );
  const b = await launchPlain(kind, { extensions: true });
  await b.browser.installExtension(dir);
  return { ...b, close: async () => { await b.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

/**
 * Firefox: its content processes, read in the browser's chrome scope (needs --remote-allow-system-access
 * and a Firefox whose WebDriver BiDi has that scope), with the pages each shows; where that scope is
 * missing (Firefox ESR 140), read from Linux's /proc instead: the browser's web content processes
 * (Firefox names them "Isolated Web Co" / "Web Content"; not the extensions' process), without pages.
 * Each process's main-thread CPU time in nanoseconds, from /proc where it can be read (the browser's
 * own figure counts in 10 ms ticks: a few milliseconds of difference drowned in them).
 */
async function firefoxProcesses(browser) {
  let procs = browser.__noChromeScope ? null : await chromeScopeProcesses(browser).catch(() => null);
  if (!procs) {
    browser.__noChromeScope = true;
    procs = procWebProcesses(browser);
  }
  for (const p of procs) {
    try {
      p.main = Number(fs.readFileSync(`/proc/${p.pid}/task/${p.pid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      /* not Linux, or the process ended: the browser's figure */
    }
  }
  return procs;
}

async function chromeScopeProcesses(browser) {
  const conn = browser.connection;
  const { contexts } = (await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result;
  const chrome = contexts.find((c) => c.url.startsWith('chrome://'));
  if (!chrome) return null;
  const r = await conn.send('script.evaluate', {
    expression: `ChromeUtils.requestProcInfo().then((p) => JSON.stringify(p.children.map((c) => ({ pid: c.pid, type: c.type, memory: c.memory,
      urls: (c.windows ?? []).map((w) => w.documentURI?.spec ?? ''), main: (c.threads.find((t) => t.tid === c.pid) ?? { cpuTime: c.cpuTime }).cpuTime }))))`,
    target: { context: chrome.context },
    awaitPromise: true,
  });
  return r.result.result?.value ? JSON.parse(r.result.result.value) : null;
}

/** The browser's web content processes from /proc (Linux): { pid, type: 'web', memory (private bytes), urls: [] }. */
function procWebProcesses(browser) {
  const root = browser.process()?.pid;
  if (!root || !fs.existsSync('/proc/self/task')) return [];
  const parent = new Map();
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* gone */
    }
  }
  const under = (pid) => {
    for (let p = pid, i = 0; p > 1 && i < 10; p = parent.get(p), i++) if (p === root) return true;
    return false;
  };
  const out = [];
  for (const pid of parent.keys()) {
    if (pid === root || !under(pid)) continue;
    try {
      const comm = fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      if (!/^(Isolated Web Co|Web Content)/.test(comm)) continue;
      const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(rollup)?.[1] ?? 0);
      out.push({ pid, type: 'web', memory: (kb('Private_Clean') + kb('Private_Dirty')) * 1024, urls: [] });
    } catch {
      /* gone */
    }
  }
  return out;
}
/** The content process showing `url` (without pages known: the web process that used the most CPU since `before`, or the largest). */
const processOf = (procs, url, before) =>
  procs.find((p) => /^web/.test(p.type) && p.urls.some((u) => u.startsWith(url))) ??
  [...procs].filter((p) => p.type === 'web').sort((a, b) => (before ? b.main - (before.get(b.pid) ?? 0) - (a.main - (before.get(a.pid) ?? 0)) : b.memory - a.memory))[0];

/**
 * Chromium on Linux: the CPU time (ms) so far of the main threads of this browser's page renderers
 * (not the extension's own process), from /proc; null where that cannot be read. Task durations are
 * wall time: on a machine shared with other work they count the time the thread waited for a core,
 * which drowned the difference this benchmark looks for (one page's figure went from 24 to 99 ms).
 */
function rendererCpuMs(browser) {
  const dir = (browser.process()?.spawnargs ?? []).find((a) => a.startsWith('--user-data-dir='));
  if (!dir || !fs.existsSync('/proc/self/task')) return null;
  let ns = 0;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      // (Chromium rewrites its processes' titles: the arguments are then one line, split by spaces.)
      const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
      if (!args.includes('--type=renderer') || args.includes('--extension-process') || !args.includes(dir)) continue;
      // The main thread is the one whose id is the process's.
      ns += Number(fs.readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return ns / 1e6;
}

/**
 * Linux: the CPU time (ms, every thread) so far of this browser's extension processes: where the
 * background runs (Chromium: the renderers started with --extension-process; Firefox: its
 * "WebExtensions" process). Pages send their text to the background's detector
 * (lib/page/remote-detect.ts): that work is Parley's too, if not the page's. null where it cannot be read.
 */
function extensionCpuMs(kind, browser) {
  if (!fs.existsSync('/proc/self/task')) return null;
  const dir = (browser.process()?.spawnargs ?? []).find((a) => a.startsWith('--user-data-dir='));
  const root = browser.process()?.pid;
  let ns = 0;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (kind === 'chromium') {
        const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
        if (!args.includes('--extension-process') || !dir || !args.includes(dir)) continue;
      } else {
        if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'WebExtensions') continue;
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== root) continue;
      }
      for (const tid of fs.readdirSync(`/proc/${pid}/task`)) ns += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      /* the process or thread ended meanwhile */
    }
  }
  return ns / 1e6;
}

/** CPU time (ms) the page's load cost: `run` loads it in a new page and waits for it to settle. */
async function cpu(kind, browser, url) {
  const page = await browser.newPage();
  let ms;
  const extBefore = extensionCpuMs(kind, browser);
  if (kind === 'chromium') {
    const before = rendererCpuMs(browser);
    await page.goto(url, { waitUntil: 'load' });
    await sleep(SETTLE_MS);
    const after = rendererCpuMs(browser);
    ms = before != null && after != null ? after - before : (await page.metrics()).TaskDuration * 1000;
  } else {
    const before = new Map((await firefoxProcesses(browser)).map((p) => [p.pid, p.main]));
    await page.goto(url, { waitUntil: 'load' });
    await sleep(SETTLE_MS);
    const after = await firefoxProcesses(browser);
    // The page's process, whatever it was before (a preallocated one, say): its main thread's time since.
    const proc = processOf(after, url, before);
    ms = proc ? (proc.main - (before.get(proc.pid) ?? 0)) / 1e6 : null;
  }
  const extAfter = extensionCpuMs(kind, browser);
  const extMs = extBefore != null && extAfter != null ? extAfter - extBefore : null;
  // Parley's own User Timing measures (lib/page/session.ts, engine.ts): each step's first duration.
  const steps = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('measure').filter((e) => e.name.startsWith('parley:')).reverse().map((e) => [e.name.slice(7), e.duration]))).catch(() => ({}));
  await page.close();
  return { ms, extMs, gateMs: steps.gate ?? null, steps };
}

/**
 * Chromium: main-thread time in Parley's own scripts during a load, from V8's sampling profiler
 * (samples whose function comes from the extension, times the interval; the page's own scripts, the
 * browser's native work and garbage collection are left out). Samples are taken only while the
 * thread runs, so unlike the CPU difference above this hardly moves with the machine's load: it is
 * the figure to compare when looking for a regression in Parley's code. { total, by script file }.
 */
const SAMPLE_US = 100;
async function ownJs(browser, url) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await sleep(SETTLE_MS);
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
  const byFile = {};
  let total = 0;
  for (const id of profile.samples) {
    const u = nodes.get(id);
    if (!u?.startsWith('chrome-extension://')) continue;
    const file = u.replace(/^chrome-extension:\/\/[^/]+\//, '');
    byFile[file] = (byFile[file] ?? 0) + SAMPLE_US / 1000;
    total += SAMPLE_US / 1000;
  }
  return { total, byFile };
}

/**
 * Chromium: one more load of `url`, traced, waiting `until(page)`: the page renderer's main-thread
 * tasks after its load event, the longest by wall time (what 'longtask' sees: on a busy machine
 * mostly time spent waiting for a core) with its thread CPU time, and the most CPU any one task
 * took (the work a task really held the thread for, which a quiet machine would show as its length).
 */
async function tracedTasks(browser, url, until) {
  const page = await browser.newPage();
  await page.tracing.start({ categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  await page.goto(url, { waitUntil: 'load' });
  await until(page);
  const loadEnd = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
  await page.close();
  const threads = new Map(traceEvents.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const nav = traceEvents.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url).pop();
  if (!nav) return null;
  const from = nav.ts + loadEnd * 1000;
  const tasks = traceEvents.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === nav.pid && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && e.ts >= from);
  if (!tasks.length) return { longestWallMs: 0, itsCpuMs: 0, mostCpuMs: 0 };
  const longest = tasks.reduce((a, b) => (b.dur > a.dur ? b : a));
  return { longestWallMs: longest.dur / 1000, itsCpuMs: (longest.tdur ?? 0) / 1000, mostCpuMs: Math.max(...tasks.map((t) => t.tdur ?? 0)) / 1000 };
}

async function firstMark(browser, url) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(FIRST_MARK);
  await page.goto(url, { waitUntil: 'load' });
  let t = null;
  for (let k = 0; k < 150 && t == null; k++) {
    await sleep(100);
    t = await page.evaluate(() => window.__firstMark ?? null);
  }
  await page.close();
  return t;
}

/** The 1 MB page with Parley: load → settled marks, long tasks, heartbeat gaps, memory. */
async function bigWith(kind, b) {
  const page = await b.browser.newPage();
  await page.evaluateOnNewDocument(TASKS);
  const extBefore = extensionCpuMs(kind, b.browser);
  await page.goto(`${server.url}/bench-1mb`, { waitUntil: 'load' });
  const [scan] = await until(async () => { const r = await scanReports(page, 'parley:initial'); return r.length && r; }, { timeout: 120_000, what: 'the 1 MB page to be scanned' });
  const extAfter = extensionCpuMs(kind, b.browser);
  await sleep(300);
  const probe = await page.evaluate(() => {
    window.__stopBeat = true;
    const nav = performance.getEntriesByType('navigation')[0];
    return { loadEnd: nav.loadEventEnd, tasks: window.__longtasks, gaps: window.__gaps, longtaskSupported: window.__longtaskSupported };
  });
  const after = (xs) => xs.filter(([s]) => s >= probe.loadEnd).map(([, d]) => d);
  const out = {
    settledMs: scan.start + scan.duration - probe.loadEnd,
    marks: scan.marks ?? scan.marksAdded,
    // Where the scan's own slices went (lib/page/scan.ts ScanStats; main-thread wall time inside
    // its slices): the detector, creating ranges and registering marks, and the rest (the walk).
    scanBusyMs: scan.busyMs ?? null,
    scanDetectMs: scan.detectMs ?? null,
    scanMarkMs: scan.markMs ?? null,
    // Wall time the scan waited, its thread free, for the background's detector (lib/page/remote-detect.ts).
    scanWaitMs: scan.waitMs ?? null,
    extensionCpuMs: extBefore != null && extAfter != null ? extAfter - extBefore : null,
    scanSlices: scan.slices ?? null,
    longestTaskMs: probe.longtaskSupported ? Math.max(0, ...after(probe.tasks)) : null,
    longestGapMs: Math.max(0, ...after(probe.gaps)),
    memory: await memory(kind, b.browser, page),
    memoryLater: await memoryLater(kind, b.browser, page),
  };
  await page.close();
  return out;
}

/** The 1 MB page without Parley: the same probes, and mark.js marking every alias. */
async function bigWithout(kind, browser, markjs) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(TASKS);
  await page.goto(`${server.url}/bench-1mb`, { waitUntil: 'load' });
  await sleep(1500);
  const probe = await page.evaluate(() => {
    window.__stopBeat = true;
    const nav = performance.getEntriesByType('navigation')[0];
    return { loadEnd: nav.loadEventEnd, tasks: window.__longtasks, gaps: window.__gaps, longtaskSupported: window.__longtaskSupported };
  });
  const after = (xs) => xs.filter(([s]) => s >= probe.loadEnd).map(([, d]) => d);
  const out = { longestTaskMs: probe.longtaskSupported ? Math.max(0, ...after(probe.tasks)) : null, longestGapMs: Math.max(0, ...after(probe.gaps)), memory: await memory(kind, browser, page), memoryLater: await memoryLater(kind, browser, page) };
  if (markjs) {
    await page.evaluate(fs.readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8'));
    out.markjs = await page.evaluate(
      // In batches: mark.js goes through its keywords by recursion, deeper than Firefox's stack allows
      // for all of them at once. Only the batches' own time counts (not the turns between them).
      (keywords) =>
        new Promise((resolve) => {
          const m = new globalThis.Mark(document.body);
          let ms = 0;
          let marks = 0;
          const next = (i) => {
            if (i >= keywords.length) return resolve({ ms, marks });
            const t0 = performance.now();
            m.mark(keywords.slice(i, i + 100), { separateWordSearch: false, done: (n) => { ms += performance.now() - t0; marks += n; setTimeout(() => next(i + 100), 0); } });
          };
          next(0);
        }),
      big.keywords,
    );
  }
  await page.close();
  return out;
}

/**
 * Firefox: the page process's unique memory again RETAIN_WAIT_MS after the first reading. The first
 * comes right after the scan and holds the garbage the detector left (it cannot force a GC): on the
 * 1 MB page about 100 MiB more than without Parley, gone ten seconds later, when Firefox has
 * collected it and handed the memory back. What stays then is what Parley keeps. (Chromium's
 * reading is taken after a forced GC already: null here.)
 */
const RETAIN_WAIT_MS = 10_000;
async function memoryLater(kind, browser, page) {
  if (kind === 'chromium') return null;
  await sleep(RETAIN_WAIT_MS);
  return memory(kind, browser, page);
}

/** Chromium: the page isolate's JS heap after a GC. Firefox: the page process's unique memory. */
async function memory(kind, browser, page) {
  if (kind === 'chromium') {
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize;
  }
  await sleep(500);
  const procs = await firefoxProcesses(browser);
  return processOf(procs, page.url())?.memory ?? null;
}

const result = { runs: RUNS, browsers: {} };
try {
  for (const kind of KINDS) {
    const ext = await launch(kind, { shipped: true, protocolTimeout: PROTOCOL_TIMEOUT_MS });
    const plain = await launchPlain(kind);
    const empty = await launchEmpty(kind);
    const r = (result.browsers[kind] = { pages: {} });
    try {
      for (const [name, url] of Object.entries(pages)) {
        await cpu(kind, ext.browser, url); // warm both (caches, the extension's background)
        await cpu(kind, plain.browser, url);
        const withExt = [];
        const without = [];
        const withEmpty = [];
        if (name === 'recipe') await cpu(kind, empty.browser, url);
        const gates = [];
        const exts = [];
        const steps = {};
        for (let i = 0; i < RUNS; i++) {
          const w = await cpu(kind, ext.browser, url);
          withExt.push(w.ms);
          if (w.gateMs != null) gates.push(w.gateMs);
          if (w.extMs != null) exts.push(w.extMs);
          for (const [k, d] of Object.entries(w.steps)) (steps[k] ??= []).push(d);
          without.push((await cpu(kind, plain.browser, url)).ms);
          if (name === 'recipe') withEmpty.push((await cpu(kind, empty.browser, url)).ms);
        }
        const own = [];
        if (kind === 'chromium') for (let i = 0; i < RUNS; i++) own.push(await ownJs(ext.browser, url));
        const ownFiles = [...new Set(own.flatMap((o) => Object.keys(o.byFile)))];
        r.pages[name] = {
          ownJsMs: own.length ? median(own.map((o) => o.total)) : null,
          ownJsByFileMs: Object.fromEntries(ownFiles.map((f) => [f, median(own.map((o) => o.byFile[f] ?? 0))])),
          cpuWithMs: trimmedMean(withExt),
          cpuWithoutMs: trimmedMean(without),
          addedCpuMs: trimmedMean(withExt) - trimmedMean(without),
          ...(withEmpty.length ? { cpuEmptyScriptMs: trimmedMean(withEmpty) } : {}),
          gateMs: median(gates),
          extensionCpuMs: trimmedMean(exts),
          stepsMs: Object.fromEntries(Object.entries(steps).map(([k, ds]) => [k, median(ds)])),
        };
      }
      if (pages.seed) {
        const marks = [];
        for (let i = 0; i < RUNS; i++) {
          const t = await firstMark(ext.browser, pages.seed);
          if (t != null) marks.push(t);
        }
        r.loadToFirstMarkMs = median(marks);
        if (kind === 'chromium') r.seedTasks = await tracedTasks(ext.browser, pages.seed, () => sleep(SETTLE_MS));
      }
      if (SKIP_BIG) continue;
      const BIG_RUNS = Math.max(1, Math.min(3, RUNS));
      const withs = [];
      for (let i = 0; i < BIG_RUNS; i++) withs.push(await bigWith(kind, ext));
      const withouts = [];
      for (let i = 0; i < BIG_RUNS; i++) withouts.push(await bigWithout(kind, plain.browser, i === 0 && !SKIP_MARKJS));
      const pick = (xs, k) => median(xs.map((x) => x[k]).filter((v) => v != null));
      const bigTasks =
        kind === 'chromium'
          ? await tracedTasks(ext.browser, `${server.url}/bench-1mb`, (page) => until(async () => (await scanReports(page, 'parley:initial')).length, { timeout: 120_000, what: 'the traced 1 MB page to be scanned' }).then(() => sleep(300)))
          : null;
      r.big = {
        settledMs: pick(withs, 'settledMs'),
        marks: pick(withs, 'marks'),
        scanBusyMs: pick(withs, 'scanBusyMs'),
        scanDetectMs: pick(withs, 'scanDetectMs'),
        scanMarkMs: pick(withs, 'scanMarkMs'),
        scanWaitMs: pick(withs, 'scanWaitMs'),
        extensionCpuMs: pick(withs, 'extensionCpuMs'),
        scanSlices: pick(withs, 'scanSlices'),
        markjsMs: withouts[0].markjs?.ms ?? null,
        markjsMarks: withouts[0].markjs?.marks ?? null,
        longestTaskWithMs: kind === 'chromium' ? Math.max(...withs.map((w) => w.longestTaskMs)) : null,
        longestTaskWithoutMs: kind === 'chromium' ? Math.max(...withouts.map((w) => w.longestTaskMs)) : null,
        tasks: bigTasks,
        longestGapWithMs: Math.max(...withs.map((w) => w.longestGapMs)),
        longestGapWithoutMs: Math.max(...withouts.map((w) => w.longestGapMs)),
        memoryWith: pick(withs, 'memory'),
        memoryWithout: pick(withouts, 'memory'),
        memoryLaterWith: pick(withs, 'memoryLater'),
        memoryLaterWithout: pick(withouts, 'memoryLater'),
      };
    } finally {
      await ext.close();
      await plain.close();
      await empty.close();
    }
  }

  const dir = OUT.chromium;
  const files = fs.readdirSync(dir);
  const everyPage = ['content-scripts/content.js', 'content-scripts/content.css'].filter((f) => fs.existsSync(path.join(dir, f)));
  const onDemand = ['page-engine.js', 'card.js'].filter((f) => files.includes(f));
  result.everyPageGzipBytes = everyPage.reduce((n, f) => n + gz(path.join(dir, f)), 0);
  result.everyPageBytes = everyPage.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
  result.onDemand = Object.fromEntries(onDemand.map((f) => [f, { bytes: fs.statSync(path.join(dir, f)).size, gzipBytes: gz(path.join(dir, f)) }]));

  // ---- The table: one column per browser ----
  const cols = KINDS;
  const rows = [];
  const row = (label, fn) => rows.push([label, ...cols.map((k) => fn(result.browsers[k]))]);
  const diff = (w, wo) => (w == null || wo == null ? 'n/a' : `+${(w - wo).toFixed(1)} ms (${w.toFixed(1)} vs ${wo.toFixed(1)})`);
  // Wall time of the longest task and the thread CPU it used; the most CPU of any task (Chromium traces).
  const tasksRow = (t) => (t == null ? 'n/a (Chromium only)' : `${f1(t.longestWallMs)} wall, ${f1(t.itsCpuMs)} CPU; most CPU in a task ${f1(t.mostCpuMs)}`);
  const ownRow = (b, page) => (b.pages[page].ownJsMs == null ? 'n/a (Chromium only)' : `${f1(b.pages[page].ownJsMs)} (${Object.entries(b.pages[page].ownJsByFileMs).map(([f, ms]) => `${f} ${ms.toFixed(1)}`).join(', ')})`);
  if (pages.recipe) {
    row('added CPU, page without trigger words', (b) => diff(b.pages.recipe.cpuWithMs, b.pages.recipe.cpuWithoutMs));
    row("  of which 'parley:gate'", (b) => f1(b.pages.recipe.gateMs));
    row("  Parley's own JS (sampled)", (b) => ownRow(b, 'recipe'));
    // The floor: what any content script costs here (Parley's figure cannot go below it).
    row('  an empty content script instead', (b) => diff(b.pages.recipe.cpuEmptyScriptMs, b.pages.recipe.cpuWithoutMs));
  }
  if (pages.seed) {
    row('added CPU, seed article', (b) => diff(b.pages.seed.cpuWithMs, b.pages.seed.cpuWithoutMs));
    row("  Parley's own JS (sampled)", (b) => ownRow(b, 'seed'));
    // Not the page's: the background's detector works in the extension's process.
    row("  CPU of the extension's process", (b) => f1(b.pages.seed.extensionCpuMs));
    row('seed article: load → first mark', (b) => f1(b.loadToFirstMarkMs));
    row('  longest task after load, traced', (b) => tasksRow(b.seedTasks));
    // Wall time of each step (medians; waits included: the engine import and the background's answer overlap).
    row('  steps (wall, median)', (b) => Object.entries(b.pages.seed.stepsMs ?? {}).map(([k, d]) => `${k} ${d.toFixed(0)}`).join(', ') || 'n/a');
  }
  if (!SKIP_BIG) {
    row('1 MB page: load → marks settled', (b) => `${f1(b.big.settledMs)} (${b.big.marks} marks)`);
    // What dominates the settled time: the scan's slices, by part (medians of each part).
    const pct = (part, whole) => `${((100 * part) / whole).toFixed(0)}%`;
    row('  the scan in its slices (busy)', (b) => (b.big.scanBusyMs == null ? 'n/a' : `${f1(b.big.scanBusyMs)} in ${b.big.scanSlices} slices: detector ${pct(b.big.scanDetectMs, b.big.scanBusyMs)}, marks ${pct(b.big.scanMarkMs, b.big.scanBusyMs)}, walk and the rest ${pct(b.big.scanBusyMs - b.big.scanDetectMs - b.big.scanMarkMs, b.big.scanBusyMs)}${b.big.scanWaitMs ? `; waiting for the background's detector ${f1(b.big.scanWaitMs)}` : ''}`));
    row("  CPU of the extension's process", (b) => f1(b.big.extensionCpuMs));
    row('  mark.js, same aliases, no Parley', (b) => (b.big.markjsMs == null ? 'left out (BENCH_SKIP_MARKJS)' : `${f1(b.big.markjsMs)} (${(b.big.markjsMs / b.big.settledMs).toFixed(1)}× Parley's time)`));
    row('  longest task after load (longtask)', (b) => (b.big.longestTaskWithMs == null ? 'no longtask entries' : `${f1(b.big.longestTaskWithMs)} (without: ${b.big.longestTaskWithoutMs ? f1(b.big.longestTaskWithoutMs) : 'none'})`));
    row('  longest task after load, traced', (b) => tasksRow(b.big.tasks));
    row('  longest heartbeat gap after load', (b) => `${f1(b.big.longestGapWithMs)} (without: ${f1(b.big.longestGapWithoutMs)})`);
    row('  memory with minus without', (b) => (b.big.memoryWith == null || b.big.memoryWithout == null ? 'n/a' : `${mb(b.big.memoryWith - b.big.memoryWithout)} (${mb(b.big.memoryWith)} vs ${mb(b.big.memoryWithout)}; ${b === result.browsers.chromium ? 'JS heap after a GC' : 'process USS right after the scan, garbage included'})`));
    row(`  the same ${RETAIN_WAIT_MS / 1000} s later`, (b) => (b.big.memoryLaterWith == null || b.big.memoryLaterWithout == null ? 'n/a (Firefox only)' : `${mb(b.big.memoryLaterWith - b.big.memoryLaterWithout)} (${mb(b.big.memoryLaterWith)} vs ${mb(b.big.memoryLaterWithout)}; process USS, retained)`));
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length), (['', ...cols][i] ?? '').length));
  console.log(`\nOverhead benchmark: the shipped build against no extension, same browser, same run (CPU: mean of ${RUNS} loads without the extremes; first mark: median of ${RUNS}; 1 MB page: ${SKIP_BIG ? 'left out' : `median of ${Math.min(3, RUNS)}`})\n`);
  console.log(`  ${['', ...cols].map((c, i) => c.padEnd(widths[i])).join('  ')}`);
  for (const r of rows) console.log(`  ${r.map((c, i) => c.padEnd(widths[i])).join('  ')}`);
  console.log(`\n  runs on every page (content script + CSS): ${kb(result.everyPageBytes)}, ${kb(result.everyPageGzipBytes)} gzipped`);
  for (const [f, s] of Object.entries(result.onDemand)) console.log(`  on demand: ${f} ${kb(s.bytes)}, ${kb(s.gzipBytes)} gzipped`);
  fs.mkdirSync('.bench', { recursive: true });
  fs.writeFileSync('.bench/overhead.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log('\n  written to .bench/overhead.json');
} finally {
  await server.close();
}
