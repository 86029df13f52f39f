#!/usr/bin/env node
// Builds the unpacked extension for Chrome (MV3) and Firefox (MV3), then says where they are and how to load them.
// `--e2e`: the end-to-end tests' build instead (PARLEY_E2E=1: the card's shadow root is open so tests can
// look inside it), in .output-e2e/. What ships is always the plain build (.output/), whose card is closed.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const e2e = process.argv.includes('--e2e');
const env = { ...process.env, PARLEY_E2E: e2e ? '1' : '0' };

const targets = [
  { args: ['build', '-b', 'chrome'], dir: '.output/chrome-mv3', how: 'Chrome/Chromium: open chrome://extensions, turn on Developer mode, "Load unpacked", choose this folder.' },
  { args: ['build', '-b', 'firefox', '--mv3'], dir: '.output/firefox-mv3', how: 'Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose manifest.json in this folder.' },
];
const t0 = Date.now();
if (e2e) for (const t of targets) t.dir = t.dir.replace('.output/', '.output-e2e/');
for (const t of targets) execFileSync('npx', ['wxt', ...t.args], { stdio: 'inherit', env });
if (e2e) {
  console.log(`\nParley's end-to-end test build (open card root; never ship it): ${targets.map((t) => t.dir).join(', ')}`);
  process.exit(0);
}
console.log(`\nParley built in ${((Date.now() - t0) / 1000).toFixed(1)} s:`);
for (const t of targets) console.log(`  ${path.resolve(t.dir)}\n    ${t.how}`);
