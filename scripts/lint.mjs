#!/usr/bin/env node
// web-ext lint on the Firefox build. Errors fail; warnings are printed. The only warnings we accept are
// Preact's own innerHTML code path (dangerouslySetInnerHTML, which Parley never uses).
import { spawnSync } from 'node:child_process';

const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
} catch {
  console.error(r.stdout, r.stderr);
  process.exit(1);
}
const fmt = (m) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} — ${m.message}`;
const accepted = (m) => m.code === 'UNSAFE_VAR_ASSIGNMENT' && /innerHTML/.test(m.message);
const warnings = report.warnings.filter((m) => !accepted(m));
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - warnings.length} of them Preact's innerHTML path), ${report.notices.length} notices`);
for (const m of [...report.errors, ...warnings]) console.log(fmt(m));
process.exit(report.errors.length || warnings.length ? 1 : 0);
