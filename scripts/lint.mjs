#!/usr/bin/env node
// web-ext lint on the Firefox build. Errors fail; warnings are printed. The only warnings we accept are
// Preact's own innerHTML code path (dangerouslySetInnerHTML, which Parley never uses) and the one
// import() of the extension's own page engine (below).
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
// Also accepted: the content script's one dynamic import, of the extension's own page engine by
// the address runtime.getURL gives (entrypoints/content/index.tsx; wxt.config.ts says why). The
// linter flags any import() whose argument is not a literal; this one can only name a file of
// the extension itself.
const accepted = (m) =>
  m.code === 'UNSAFE_VAR_ASSIGNMENT' &&
  (/innerHTML/.test(m.message) || (/Unsafe call to import/.test(m.message) && m.file === 'content-scripts/content.js'));
const warnings = report.warnings.filter((m) => !accepted(m));
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - warnings.length} of them known: Preact's innerHTML path, the content script's import of its own engine), ${report.notices.length} notices`);
for (const m of [...report.errors, ...warnings]) console.log(fmt(m));
process.exit(report.errors.length || warnings.length ? 1 : 0);
