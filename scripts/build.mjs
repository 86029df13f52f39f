#!/usr/bin/env node
// Builds the unpacked extension for Chrome (MV3) and Firefox (MV3), then says where they are and how to load them.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const targets = [
  { args: ['build', '-b', 'chrome'], dir: '.output/chrome-mv3', how: 'Chrome/Chromium: open chrome://extensions, turn on Developer mode, "Load unpacked", choose this folder.' },
  { args: ['build', '-b', 'firefox', '--mv3'], dir: '.output/firefox-mv3', how: 'Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose manifest.json in this folder.' },
];
const t0 = Date.now();
for (const t of targets) execFileSync('npx', ['wxt', ...t.args], { stdio: 'inherit' });
console.log(`\nParley built in ${((Date.now() - t0) / 1000).toFixed(1)} s:`);
for (const t of targets) console.log(`  ${path.resolve(t.dir)}\n    ${t.how}`);
