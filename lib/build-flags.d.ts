/**
 * Set at build time by wxt.config.ts (Vite `define`). True only in the end-to-end tests' build
 * (PARLEY_E2E=1, written to .output-e2e/), never in `npm run build` or `npm run zip`.
 */
declare const __PARLEY_E2E__: boolean;
