#!/usr/bin/env node
// The whole test suite, in order: type check, build, lint of the Firefox build, unit tests, end-to-end tests.
// End-to-end tests need Debian's `chromium` and `firefox-esr`. On a developer machine without them they
// are skipped with a plain message; in CI (CI=true) a missing browser fails the run.
import { execFileSync, spawnSync } from 'node:child_process';
import { findBrowsers } from '../tests/e2e/browsers.mjs';

const run = (label, cmd, args) => {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${r.status}).`);
    process.exit(r.status || 1);
  }
};

run('type check (tsc)', 'npx', ['tsc', '--noEmit']);
run('build (Chrome + Firefox)', 'node', ['scripts/build.mjs']);
run('end-to-end test build (open card root, .output-e2e/)', 'node', ['scripts/build.mjs', '--e2e']);
run('lint (web-ext lint on the Firefox build)', 'node', ['scripts/lint.mjs']);
run('unit tests (vitest)', 'npx', ['vitest', 'run']);

const { missing } = findBrowsers();
if (missing.length) {
  const msg = `Browsers missing for end-to-end tests: ${missing.map((m) => `${m.name} (apt-get install -y ${m.pkg})`).join(', ')}.`;
  if (process.env.CI) {
    console.error(`\n✖ ${msg}`);
    process.exit(1);
  }
  console.warn(`\n⚠ ${msg}\n  End-to-end tests SKIPPED. Install them to run the whole suite.`);
} else {
  run('end-to-end tests (Chromium + Firefox ESR)', 'node', ['--test', '--test-concurrency=1', 'tests/e2e/']);
}
void execFileSync;
