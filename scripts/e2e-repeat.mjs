#!/usr/bin/env node
// Runs the end-to-end suite N times in a row and prints its failures grouped by test name, to find
// flaky tests:   npm run build && npm run build:e2e && npm run test:e2e:repeat -- 10
// Further arguments are the test files or folders to run instead of tests/e2e/ (E2E_BROWSER=firefox
// runs one browser only). Each run is `node --test --test-concurrency=1 --test-reporter=tap`, as
// `npm run test:e2e` but with TAP output, which is parsed here; the runs' full output is kept in a
// temporary folder (printed at the start). Exit code 1 if any run failed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Parses node --test TAP output into its test results:
 * [{ name: 'suite › test', ok, skipped, todo, type, durationMs, failureType, error, location, depth }].
 */
export function parseTap(text) {
  const results = [];
  const stack = []; // names of the open subtests, by depth
  const lines = text.split('\n');
  const unescape = (s) => s.replace(/\\#/g, '#').replace(/\\\\/g, '\\');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const sub = /^( *)# Subtest: (.*)$/.exec(line);
    if (sub) {
      const depth = sub[1].length / 4;
      stack.length = depth;
      stack[depth] = unescape(sub[2]);
      continue;
    }
    const res = /^( *)(not ok|ok) \d+ - (.*?)(?: # (SKIP|TODO)\b.*)?$/.exec(line);
    if (!res) continue;
    const depth = res[1].length / 4;
    const own = unescape(res[3]);
    stack.length = depth;
    const r = { name: [...stack, own].join(' › '), depth, ok: res[2] === 'ok', skipped: res[4] === 'SKIP', todo: res[4] === 'TODO', type: 'test' };
    // The YAML block under the result: "---" … "...", indented two more spaces.
    const ind = `${res[1]}  `;
    if (lines[i + 1] === `${ind}---`) {
      let j = i + 2;
      for (; j < lines.length && lines[j] !== `${ind}...`; j++) {
        const kv = new RegExp(`^${ind}(\\w+): ?(.*)$`).exec(lines[j]);
        if (!kv) continue;
        let [, key, value] = kv;
        if (/^[|>][-+]?$/.test(value)) {
          // A block scalar: the lines indented deeper than the key.
          const block = [];
          while (j + 1 < lines.length && lines[j + 1].startsWith(`${ind}  `)) block.push(lines[++j].slice(ind.length + 2));
          value = block.join('\n');
        } else value = value.replace(/^'(.*)'$/, (_, v) => v.replace(/''/g, "'"));
        if (key === 'duration_ms') r.durationMs = Number(value);
        else if (key === 'type') r.type = value;
        else if (key === 'failureType') r.failureType = value;
        else if (key === 'error') r.error = value;
        else if (key === 'location') r.location = value.startsWith(process.cwd()) ? path.relative(process.cwd(), value) : value;
      }
      i = j;
    }
    results.push(r);
  }
  return results;
}

/**
 * The failures worth reporting: tests and hooks, not the suites that failed only because a test in
 * them did, nor TODO tests (node --test does not count those as failures either).
 */
export const failuresOf = (results) => results.filter((r) => !r.ok && !r.skipped && !r.todo && r.failureType !== 'subtestsFailed');

/** Seconds spent per browser: the top-level suites are named "chromium: …" / "firefox: …". */
export function browserSeconds(results) {
  const out = {};
  for (const r of results) {
    const kind = r.depth === 0 && /^(\w+): /.exec(r.name)?.[1];
    if (kind && r.durationMs != null) out[kind] = (out[kind] ?? 0) + r.durationMs / 1000;
  }
  return out;
}

function runOnce(args, logFile) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=tap', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const log = fs.createWriteStream(logFile);
    child.stdout.on('data', (d) => {
      out.push(d);
      log.write(d);
    });
    child.stderr.on('data', (d) => log.write(d));
    child.on('close', (code) => {
      log.end();
      resolve({ code, seconds: (Date.now() - t0) / 1000, tap: Buffer.concat(out).toString('utf8') });
    });
  });
}

const fmt = (s) => `${s.toFixed(0)} s`;
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? `min ${fmt(s[0])}, median ${fmt(s[Math.floor((s.length - 1) / 2)])}, max ${fmt(s[s.length - 1])}` : '-';
};

async function main() {
  const [nArg, ...rest] = process.argv.slice(2);
  const n = Number(nArg);
  if (!Number.isInteger(n) || n < 1) {
    console.error('usage: npm run test:e2e:repeat -- N [test files or folders]   (runs the e2e suite N times; needs a build)');
    process.exit(2);
  }
  const args = rest.length ? rest : ['tests/e2e/'];
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-e2e-repeat-'));
  console.log(`e2e suite × ${n}: node --test ${args.join(' ')}${process.env.E2E_BROWSER ? ` (E2E_BROWSER=${process.env.E2E_BROWSER})` : ''}; each run's output in ${logDir}`);

  const runs = [];
  const byTest = new Map(); // name → [{ run, error, location, failureType }]
  for (let i = 1; i <= n; i++) {
    const logFile = path.join(logDir, `run-${String(i).padStart(2, '0')}.tap`);
    const r = await runOnce(args, logFile);
    const results = parseTap(r.tap);
    const failures = failuresOf(results);
    const counts = /^# pass (\d+)$/m.exec(r.tap)?.[1];
    const perBrowser = browserSeconds(results);
    const failed = r.code !== 0 || failures.length > 0;
    runs.push({ i, failed, seconds: r.seconds, perBrowser });
    for (const f of failures) {
      if (!byTest.has(f.name)) byTest.set(f.name, []);
      byTest.get(f.name).push({ run: i, error: f.error, location: f.location, failureType: f.failureType });
    }
    if (r.code !== 0 && failures.length === 0) {
      const name = '(the run itself: exited with no failing test in its output)';
      if (!byTest.has(name)) byTest.set(name, []);
      byTest.get(name).push({ run: i, error: `exit code ${r.code}; see ${logFile}` });
    }
    const browsers = Object.entries(perBrowser).map(([k, s]) => `${k} ${fmt(s)}`).join(', ');
    console.log(`run ${i}/${n}: ${failed ? 'FAIL' : 'pass'}, ${counts ?? '?'} passed, ${failures.length} failed, ${fmt(r.seconds)}${browsers ? ` (${browsers})` : ''}`);
    for (const f of failures) console.log(`  ✖ ${f.name}\n      ${(f.error ?? '').split('\n')[0].slice(0, 200)}`);
  }

  const failedRuns = runs.filter((r) => r.failed);
  console.log(`\n${n} runs: ${n - failedRuns.length} passed, ${failedRuns.length} failed${failedRuns.length ? ` (runs ${failedRuns.map((r) => r.i).join(', ')})` : ''}`);
  console.log(`duration per run: ${stats(runs.map((r) => r.seconds))}`);
  for (const kind of [...new Set(runs.flatMap((r) => Object.keys(r.perBrowser)))]) {
    console.log(`  ${kind} suites: ${stats(runs.map((r) => r.perBrowser[kind]).filter((s) => s != null))}`);
  }
  if (byTest.size) {
    console.log('\nfailures by test:');
    for (const [name, fs_] of [...byTest].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`\n${fs_.length}× ${name}   (run${fs_.length > 1 ? 's' : ''} ${fs_.map((f) => f.run).join(', ')})`);
      const seen = new Set();
      for (const f of fs_) {
        const msg = (f.error ?? '').split('\n')[0].slice(0, 300);
        const key = `${msg}|${f.location ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        console.log(`    ${f.failureType ? `[${f.failureType}] ` : ''}${msg}${f.location ? `\n      at ${f.location}` : ''}`);
      }
    }
  }
  process.exit(failedRuns.length ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
