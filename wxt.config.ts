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

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: E2E ? '.output-e2e' : '.output',
  // Static files (the toolbar icons, drawn by scripts/make-icons.mjs) live under assets/ with the rest.
  publicDir: 'assets/public',
  // parleyTables: the prebuilt matcher (and gate) as virtual modules, computed at build time.
  vite: () => ({ plugins: [preact(), parleyTables({ 'virtual:parley/matcher-tables': buildMatcherTables, 'virtual:parley/gate': buildGateSpec, 'virtual:parley/gate-words': buildGateWords })], define: { __PARLEY_E2E__: JSON.stringify(E2E) } }),
  manifest: ({ browser }) => ({
    name: 'Parley',
    description: 'Context cards for US–Russia and US–Soviet meetings mentioned in the news you read. Offline; your notes stay on your machine.',
    permissions: ['storage', 'unlimitedStorage'],
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
