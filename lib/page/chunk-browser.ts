/**
 * `browser` (wxt/browser) as the card chunk sees it (wxt.config.ts points the card's build here).
 * The chunk is a module of its own, so it would otherwise carry a second copy of
 * webextension-polyfill (the content script's copy is not reachable from it): about 10 KB of
 * promise wrappers, for a chunk that only asks runtime.getURL, which is synchronous and the same
 * in Chrome's `chrome`. Firefox has `browser` itself; MV3 Chrome's `chrome` APIs return promises.
 */
type Browser = typeof import('webextension-polyfill');
const g = globalThis as unknown as { browser?: Browser; chrome?: Browser };

export const browser: Browser = (g.browser?.runtime?.id ? g.browser : g.chrome)!;
export default browser;
