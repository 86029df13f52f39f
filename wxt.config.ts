import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { BUILTIN_TABLES_FILE } from './lib/detect/tables';
import { BUNDLED_EVENTS_FILE } from './lib/db/seed';
import { buildDatasetFile, buildDatasetVersion, buildGateSpec, buildGateWords, buildMatcherInfo, buildMatcherTables } from './scripts/build/tables';
import { parleyTables } from './scripts/build/vite-tables';

// One config for every target: `wxt build -b chrome` (MV3 service worker) and
// `wxt build -b firefox --mv3` (MV3 event page). See scripts/build.mjs.
//
// PARLEY_E2E=1 (scripts/build.mjs --e2e, used by `npm test`) makes the end-to-end tests' build: the same
// code, except that the card's shadow root is open so the tests can look inside it. It goes to its own
// folder (.output-e2e/); `npm run build` and `npm run zip` never set it, so what ships has a closed card.
const E2E = process.env.PARLEY_E2E === '1';

// What pages load on demand: the page engine (after the gate) and the card (on first open). A content
// script can import() only what pages may load too, so these two are web-accessible; in Chromium only
// by a per-session address (use_dynamic_url), so a page cannot probe a fixed one to learn Parley is
// installed. They are code only (no data, no notes: the reader's data stays in the background's
// IndexedDB). Each is one self-contained ES module (see the hook below).
const ON_DEMAND = ['page-engine', 'card'];
// Everything that runs in web pages.
const IN_PAGES = ['content', ...ON_DEMAND];
// Code only: the matcher's tables (the build's, BUILTIN_TABLES_FILE) are read by the background,
// which detects pages' text (lib/messages/detect-service.ts), so no page may load them.
const WEB_ACCESSIBLE = ON_DEMAND.map((name) => `${name}.js`);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: E2E ? '.output-e2e' : '.output',
  // Static files (the toolbar icons, drawn by scripts/make-icons.mjs) live under assets/ with the rest.
  publicDir: 'assets/public',
  // parleyTables: the prebuilt matcher (and gate) as virtual modules, computed at build time.
  vite: () => ({ plugins: [preact(), parleyTables({ 'virtual:parley/matcher-info': buildMatcherInfo, 'virtual:parley/gate': buildGateSpec, 'virtual:parley/gate-words': buildGateWords, 'virtual:parley/dataset-version': buildDatasetVersion })], define: { __PARLEY_E2E__: JSON.stringify(E2E) } }),
  hooks: {
    // The prebuilt matcher's bytes, as a file of the extension (WXT writes generated files as text only,
    // so the bytes go through a file outside the output folder), and the bundled events.
    'build:publicAssets'(wxt, files) {
      const dir = path.join(wxt.config.root, 'node_modules/.cache/parley');
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, BUILTIN_TABLES_FILE);
      fs.writeFileSync(file, buildMatcherTables().bytes);
      files.push({ absoluteSrc: file, relativeDest: BUILTIN_TABLES_FILE });
      // The bundled events, which the background seeds its database from (lib/db/seed.ts).
      const events = path.join(dir, BUNDLED_EVENTS_FILE);
      fs.writeFileSync(events, buildDatasetFile());
      files.push({ absoluteSrc: events, relativeDest: BUNDLED_EVENTS_FILE });
    },
    // The page engine runs almost whole on every page past the gate: V8 (Chrome 136+) compiles a file
    // that starts with this comment eagerly, in one pass and off the main thread where it can, instead
    // of function by function on first call in the middle of the first scan. Other engines ignore it.
    'build:done'(wxt) {
      const file = path.join(wxt.config.outDir, 'page-engine.js');
      const hint = '//# allFunctionsCalledOnLoad\n';
      const code = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
      if (code !== null && !code.startsWith(hint)) fs.writeFileSync(file, hint + code);
    },
    // The on-demand chunks are ES modules, not WXT's usual IIFEs, so that a content script can import() them.
    // What runs in pages (the content script and its chunks) gets `browser` as WXT's own small
    // @wxt-dev/browser gives it (Firefox's `browser`, Chrome's `chrome`, whose MV3 APIs return
    // promises) rather than webextension-polyfill: its wrappers cost every page about 10 KB of code
    // and their set-up, and each chunk would carry a copy of its own. Extension pages keep the polyfill.
    'vite:build:extendConfig'(entrypoints, config) {
      const names = entrypoints.map((e) => e.name);
      if (names.every((n) => IN_PAGES.includes(n))) {
        // The content script itself (every page) touches the extension API only once it needs it
        // (lib/page/content-context.ts): its `browser` is looked up on first use, and WXT's
        // content-script context, which reads the extension's id as soon as it is evaluated, is
        // replaced by one that waits. The chunks loaded past the gate use the API at once anyway.
        const content = names.length === 1 && names[0] === 'content';
        const direct = [
          { find: /^wxt\/browser$/, replacement: content ? path.resolve('lib/page/lazy-browser.ts') : '@wxt-dev/browser' },
          ...(content ? [{ find: /^wxt\/utils\/content-script-context$/, replacement: path.resolve('lib/page/content-context.ts') }] : []),
        ];
        const alias = config.resolve?.alias;
        config.resolve = { ...config.resolve, alias: Array.isArray(alias) ? [...direct, ...alias] : [...direct, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))] };
      }
      if (entrypoints.length !== 1 || !ON_DEMAND.includes(entrypoints[0]!.name)) return;
      (config.build!.lib as { formats: string[] }).formats = ['es'];
      // WXT's footer names the IIFE's result, which an ES module does not have.
      config.plugins = (config.plugins ?? []).flat().filter((p) => !(p && typeof p === 'object' && 'name' in p && p.name === 'wxt:iife-footer'));
    },
  },
  manifest: ({ browser }) => ({
    name: 'Parley',
    description: 'Context cards for US–Russia and US–Soviet meetings mentioned in the news you read. Offline; your notes stay on your machine.',
    // scripting: the page hints, content scripts registered for the pages whose settings they
    // foretell (lib/settings/page-hints.ts). A registered script needs host permissions (Chromium injects none
    // without): the same pages the manifest's content script already runs on, so no new warning.
    permissions: ['storage', 'unlimitedStorage', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    // Code pages load on demand (the content script can only import() what a page could load too), the
    // prebuilt matcher it reads past the gate, and the card's notes frame (entrypoints/notes-frame/), an extension page embedded in web pages. In
    // Chrome only through per-session addresses (use_dynamic_url); Firefox's addresses are per install.
    web_accessible_resources: [
      { resources: WEB_ACCESSIBLE, matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
      { resources: ['notes-frame.html'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parley@parley.example',
              // 140: CSS Custom Highlight API and data_collection_permissions both arrive here.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
