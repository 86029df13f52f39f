/**
 * The "built-in words only" hint (lib/settings/page-hints.ts): registered by the background for
 * every page while the reader has no gate words of their own, so that a page the built-in gate
 * shuts reads no settings. It sets a flag in the extension's own script world, and does nothing else.
 */
import { BUILTIN_HINT } from '../lib/settings/page-hints';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[BUILTIN_HINT.flag] = true;
});
