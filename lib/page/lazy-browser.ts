/**
 * `browser` for the content script: the object WXT's @wxt-dev/browser gives (Firefox's `browser`,
 * else Chrome's `chrome`), looked up on first use rather than when the script is evaluated.
 * @wxt-dev/browser reads `browser.runtime.id` at the top of its module, and in Firefox that first
 * touch sets up the extension API in the page (milliseconds of its main thread): a page the gate
 * shuts never needs the API, so it should not pay for it (see lib/page/content-context.ts).
 * wxt.config.ts makes `wxt/browser` this module in the content script's build only.
 */
import type { browser as wxtBrowser } from 'wxt/browser';

type Api = typeof wxtBrowser;

let real: object | undefined;
const get = (): object => {
  if (!real) {
    const g = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: object };
    real = (g.browser?.runtime?.id ? g.browser : g.chrome) as object;
  }
  return real;
};

export const browser = new Proxy({} as object, {
  get: (_, key) => Reflect.get(get(), key),
  has: (_, key) => key in get(),
}) as Api;
