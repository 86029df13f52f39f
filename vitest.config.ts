import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { parleyTables } from './scripts/build/vite-tables';

export default defineConfig({
  plugins: [WxtVitest(), parleyTables()],
  // Unit tests run the shipped code paths (a closed card); see wxt.config.ts.
  define: { __PARLEY_E2E__: 'false' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // A guard against hangs, not a speed check: some tests compile the whole lexicon or build a
    // 10,000-note database, which takes seconds when the machine is busy (speed is `npm run bench`).
    testTimeout: 30_000,
  },
});
