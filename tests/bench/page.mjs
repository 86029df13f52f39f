#!/usr/bin/env node
// The page benchmark: Parley's content script in real, headless Chromium on a page of about 1 MB of
// text that uses every alias of the dataset, side by side in one run with
//   - a bare TreeWalker walk over the same page's text (the floor: reading the text at all),
//   - mark.js marking the same keywords (every alias), the usual way extensions highlight.
// (and a TreeWalker text extraction that filters out what is not prose, the least any marker must do).
// It reports the times, their ratios, Parley's longest slice and the longest long task seen while
// Parley worked (PerformanceObserver 'longtask'), the matcher compile time, and the gzipped size
// of the content script bundle. Run after a build:  node tests/bench/page.mjs   (or npm run bench)
// Results go to .bench/page.json.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { launch, scanReports, setSettings, waitForScan } from '../e2e/harness.mjs';
import { startServer } from '../e2e/server.mjs';
import { aliasPage } from './pages.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CONTENT_JS = '.output/chrome-mv3/content-scripts/content.js';

if (!fs.existsSync(CONTENT_JS)) {
  console.error(`No build (${CONTENT_JS}): run npm run build first.`);
  process.exit(1);
}

const page1mb = aliasPage();
const { keywords } = page1mb;

const LONGTASKS = `(() => {
  window.__longtasks = [];
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

const server = await startServer({
  '/bench': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page1mb.html);
  },
});
const b = await launch('chromium');
const result = {};
try {
  const url = `${server.url}/bench`;

  // 1. Parley: load the page RUNS times; the content script scans it and reports (User Timing).
  const parley = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await b.newPage();
    await page.evaluateOnNewDocument(LONGTASKS);
    await page.goto(url, { waitUntil: 'load' });
    const r = await waitForScan(page, page.mainFrame(), 120_000);
    const [compile] = await scanReports(page, 'parley:compile');
    const tasks = await page.evaluate(() => window.__longtasks);
    // Long tasks that overlap Parley's compile or scan (the page's own parsing comes before).
    const from = Math.min(compile?.start ?? r.start, r.start);
    const to = r.start + r.duration;
    const during = tasks.filter(([s, d]) => s + d > from && s < to).map(([, d]) => d);
    parley.push({ ...r, compileMs: compile?.duration ?? 0, longestTaskMs: during.length ? Math.max(...during) : 0, longTasks: during.length });
    await page.close();
  }

  // 2. A bare TreeWalker walk over the same text, in the page, Parley switched off (median of 7 after a warm-up).
  await setSettings(b, { enabled: false });
  const walkPage = await b.newPage(url);
  const walks = await walkPage.evaluate(() => {
    const once = () => {
      const t0 = performance.now();
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let chars = 0;
      for (let n = w.nextNode(); n; n = w.nextNode()) chars += n.data.length;
      return [performance.now() - t0, chars];
    };
    once();
    return Array.from({ length: 7 }, once);
  });
  const walkMs = median(walks.map((w) => w[0]));
  // And the walk a text extractor must do at least: skip what is not prose (by tag, attribute and
  // checkVisibility), join the text with block breaks. Parley's own extraction does this much.
  const extracts = await walkPage.evaluate(() => {
    const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'BUTTON', 'CODE', 'PRE', 'SVG', 'IFRAME']);
    const once = () => {
      const t0 = performance.now();
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode: (n) =>
          n.nodeType === 1
            ? SKIP.has(n.tagName) || n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true' || !n.checkVisibility({ visibilityProperty: true })
              ? NodeFilter.FILTER_REJECT
              : NodeFilter.FILTER_SKIP
            : NodeFilter.FILTER_ACCEPT,
      });
      const parts = [];
      for (let n = w.nextNode(); n; n = w.nextNode()) parts.push(n.data);
      const text = parts.join('\n');
      return [performance.now() - t0, text.length];
    };
    once();
    return Array.from({ length: 7 }, once);
  });
  const extractMs = median(extracts.map((w) => w[0]));
  await walkPage.close();

  // 3. mark.js marking every alias (one pass per keyword, wrapping matches in <mark>), Parley off.
  const markPage = await b.newPage(url);
  await markPage.evaluate(fs.readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8'));
  const markjs = await markPage.evaluate(
    (keywords) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        new globalThis.Mark(document.body).mark(keywords, {
          separateWordSearch: false,
          done: (n) => resolve({ ms: performance.now() - t0, marks: n }),
        });
      }),
    keywords,
  );
  await markPage.close();
  await setSettings(b, { enabled: true });

  const pick = (k) => median(parley.map((p) => p[k]));
  const gz = zlib.gzipSync(fs.readFileSync(CONTENT_JS), { level: 9 }).length;
  Object.assign(result, {
    page: { textChars: page1mb.textChars, htmlBytes: Buffer.byteLength(page1mb.html), aliases: keywords.length, mentionsPlaced: page1mb.mentions },
    runs: RUNS,
    treeWalkerMs: walkMs,
    textExtractionMs: extractMs,
    parley: {
      busyMs: pick('busyMs'),
      wallMs: pick('wallMs'),
      detectMs: pick('detectMs'),
      waitMs: pick('waitMs'),
      markMs: pick('markMs'),
      compileMs: pick('compileMs'),
      slices: pick('slices'),
      chunks: pick('chunks'),
      marks: pick('marksAdded'),
      longestSliceMs: Math.max(...parley.map((p) => p.longestSliceMs)),
      longestTaskMs: Math.max(...parley.map((p) => p.longestTaskMs)),
      perRun: parley.map((p) => ({ busyMs: p.busyMs, wallMs: p.wallMs, longestSliceMs: p.longestSliceMs, compileMs: p.compileMs, longestTaskMs: p.longestTaskMs })),
    },
    markjs: { ms: markjs.ms, marks: markjs.marks },
    ratios: {
      parleyBusyOverTreeWalker: pick('busyMs') / walkMs,
      parleyBusyOverTextExtraction: pick('busyMs') / extractMs,
      markjsOverParleyBusy: markjs.ms / pick('busyMs'),
      markjsOverParleyWall: markjs.ms / pick('wallMs'),
    },
    contentScriptGzipBytes: gz,
    contentScriptBytes: fs.statSync(CONTENT_JS).size,
  });

  const rows = [
    ['page', `${(page1mb.textChars / 1e6).toFixed(2)} MB of text, ${keywords.length} aliases, ${page1mb.mentions} placed mentions`],
    ['bare TreeWalker walk', ms(walkMs)],
    ['TreeWalker text extraction (prose filter + join)', ms(extractMs)],
    ['Parley: whole scan + marks (main-thread time)', `${ms(result.parley.busyMs)}  (${result.ratios.parleyBusyOverTreeWalker.toFixed(0)}× the bare walk, ${result.ratios.parleyBusyOverTextExtraction.toFixed(0)}× the extraction; detector ${ms(result.parley.detectMs)}, marking ${ms(result.parley.markMs)})`],
    ['Parley: wall time, sliced', `${ms(result.parley.wallMs)} in ${result.parley.slices} slices, ${result.parley.marks} marks; waiting for the background's detector ${ms(result.parley.waitMs ?? 0)}`],
    ['mark.js, same keywords', `${ms(markjs.ms)}  (${result.ratios.markjsOverParleyBusy.toFixed(1)}× Parley's main-thread time), ${markjs.marks} marks`],
    ['Parley: longest slice', ms(result.parley.longestSliceMs)],
    ['longest task while Parley worked', result.parley.longestTaskMs ? ms(result.parley.longestTaskMs) : 'none over 50 ms'],
    ['content script bundle', `${(result.contentScriptBytes / 1024).toFixed(1)} KiB, ${(gz / 1024).toFixed(1)} KiB gzipped`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`\nPage benchmark (headless Chromium, median of ${RUNS} page loads)\n`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
  fs.mkdirSync('.bench', { recursive: true });
  fs.writeFileSync('.bench/page.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log('\n  written to .bench/page.json');
} finally {
  await b.close();
  await server.close();
}
