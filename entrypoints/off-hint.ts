/**
 * The "off here" hint (lib/settings/page-hints.ts): registered by the background only for the pages
 * Parley is off for, at document_start, so the content script knows before it reads a setting.
 * It sets a flag in the extension's own script world, and does nothing else.
 */
import { OFF_HINT } from '../lib/settings/page-hints';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[OFF_HINT.flag] = true;
});
