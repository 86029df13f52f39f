import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildGateSpec, buildGateWords, buildMatcherTables } from './scripts/build/tables';
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

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: E2E ? '.output-e2e' : '.output',
  // Static files (the toolbar icons, drawn by scripts/make-icons.mjs) live under assets/ with the rest.
  publicDir: 'assets/public',
  // parleyTables: the prebuilt matcher (and gate) as virtual modules, computed at build time.
  vite: () => ({ plugins: [preact(), parleyTables({ 'virtual:parley/matcher-tables': buildMatcherTables, 'virtual:parley/gate': buildGateSpec, 'virtual:parley/gate-words': buildGateWords })], define: { __PARLEY_E2E__: JSON.stringify(E2E) } }),
  hooks: {
    // The on-demand chunks are ES modules, not WXT's usual IIFEs, so that a content script can import() them.
    'vite:build:extendConfig'(entrypoints, config) {
      if (entrypoints.length !== 1 || !ON_DEMAND.includes(entrypoints[0]!.name)) return;
      (config.build!.lib as { formats: string[] }).formats = ['es'];
      // WXT's footer names the IIFE's result, which an ES module does not have.
      config.plugins = (config.plugins ?? []).flat().filter((p) => !(p && typeof p === 'object' && 'name' in p && p.name === 'wxt:iife-footer'));
    },
  },
  manifest: ({ browser }) => ({
    name: 'Parley',
    description: 'Context cards for US–Russia and US–Soviet meetings mentioned in the news you read. Offline; your notes stay on your machine.',
    permissions: ['storage', 'unlimitedStorage'],
    // Code pages load on demand (the content script can only import() what a page could load too), and
    // the card's notes frame (entrypoints/notes-frame/), an extension page embedded in web pages. In
    // Chrome only through per-session addresses (use_dynamic_url); Firefox's addresses are per install.
    web_accessible_resources: [
      { resources: ON_DEMAND.map((name) => `${name}.js`), matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
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
