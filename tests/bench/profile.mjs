#!/usr/bin/env node
// Where Parley's time goes in one page load, in headless Chromium with the shipped build: a CPU
// profile of the page's renderer (V8's sampling profiler, every 100 µs) over the load and what
// follows, summed by function (self time) for the extension's own scripts, plus Parley's User
// Timing steps. A look, not a benchmark: one load at a time; run it a few times.
//   node tests/bench/profile.mjs [seed|recipe|big|<url path>] [loads=3] [top=30]
// The first load of each run is the browser's first (cold caches); each figure is the median over the loads.
import puppeteer from 'puppeteer-core';
import { launch } from '../e2e/harness.mjs';
import { startServer } from '../e2e/server.mjs';
import { aliasPage, html, RECIPE } from './pages.mjs';

const [which = 'seed', loadsArg = '3', topArg = '30'] = process.argv.slice(2);
const LOADS = Number(loadsArg);
const TOP = Number(topArg);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const server = await startServer({ '/recipe': html(RECIPE), '/bench-1mb': html(aliasPage().html) });
const path = which === 'seed' ? '/seed/0' : which === 'recipe' ? '/recipe' : which === 'big' ? '/bench-1mb' : which;
const url = `${server.url}${path}`;
const ext = await launch('chromium', { shipped: true });
void puppeteer;
try {
  // One load first: the extension's background and the browser's caches warm up.
  const warm = await ext.browser.newPage();
  await warm.goto(url, { waitUntil: 'load' });
  await sleep(which === 'big' ? 8000 : 1500);
  await warm.close();

  const runs = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await ext.browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await sleep(which === 'big' ? 8000 : 1500);
    const { profile } = await cdp.send('Profiler.stop');
    const steps = await page.evaluate(() => performance.getEntriesByType('measure').filter((e) => e.name.startsWith('parley:')).map((e) => [e.name.slice(7), Math.round(e.startTime), Math.round(e.duration)]));
    const load = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventStart);
    await page.close();

    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map();
    const byFile = new Map();
    let own = 0;
    let gc = 0;
    const dt = profile.timeDeltas;
    for (let k = 0; k < profile.samples.length; k++) {
      const n = byId.get(profile.samples[k]);
      const ms = (dt[k + 1] ?? dt[k] ?? 100) / 1000;
      const cf = n.callFrame;
      if (cf.functionName === '(garbage collector)') gc += ms;
      if (!cf.url.startsWith('chrome-extension://')) continue;
      const file = cf.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
      const key = `${cf.functionName || '(anonymous)'} ${file}:${cf.lineNumber + 1}:${cf.columnNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + ms);
      byFile.set(file, (byFile.get(file) ?? 0) + ms);
      own += ms;
    }
    runs.push({ self, byFile, own, gc, steps, load });
  }
  console.log(`\n${url}: Parley's own JS (self time in the extension's scripts), median of ${LOADS} loads: ${median(runs.map((r) => r.own)).toFixed(1)} ms; GC (whole page) ${median(runs.map((r) => r.gc)).toFixed(1)} ms`);
  const files = new Set(runs.flatMap((r) => [...r.byFile.keys()]));
  for (const f of files) console.log(`  ${f}: ${median(runs.map((r) => r.byFile.get(f) ?? 0)).toFixed(1)} ms`);
  const keys = new Set(runs.flatMap((r) => [...r.self.keys()]));
  const rows = [...keys].map((k) => [k, median(runs.map((r) => r.self.get(k) ?? 0))]).sort((a, b) => b[1] - a[1]).slice(0, TOP);
  console.log(`\n  top ${TOP} functions by self time (median ms):`);
  for (const [k, ms] of rows) console.log(`  ${ms.toFixed(1).padStart(7)}  ${k}`);
  console.log('\n  steps of each load (name start→ from navigation, duration; load event at):');
  for (const r of runs) console.log(`  load@${Math.round(r.load)}: ${r.steps.map(([n, s, d]) => `${n} ${s}+${d}`).join(', ')}`);
} finally {
  await ext.browser.close();
  await server.close();
}
