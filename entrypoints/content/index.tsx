/**
 * Parley's content script, in every frame of every http(s) page. It holds only what every page
 * needs: the settings, the frame check and the gate (lib/page/session.ts). A page past the gate
 * loads the page engine (entrypoints/page-engine.ts: detector, scanner, marks, input), and the
 * engine loads the card when the reader first opens one; both are ES module chunks of the
 * extension, imported from its own origin (web-accessible, see wxt.config.ts).
 */
import './highlights.css';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from '../../lib/page/content-context';
import gateSpec from 'virtual:parley/gate';
import { BUILTIN_TABLES_FILE } from '../../lib/detect/tables';
import { send } from '../../lib/messages/client';
import { createSession } from '../../lib/page/session';
import { lazyStorage, pageSettings, type StorageLike } from '../../lib/page/local-items';
import { readHints, WAKE_FN } from '../../lib/settings/page-hints';
import { guardStartSignal, startSignalName } from '../../lib/page/start-signal';
import type { EngineFactory } from '../page-engine';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // As soon as the document is parsed, before its images and other loads: a page past the gate
  // imports the engine and reads the tables meanwhile (the scan itself waits for idle time).
  runAt: 'document_end',
  allFrames: true,
  cssInjectionMode: 'manifest',
  // No start-up postMessage: every script of the page would get it, with the extension's id.
  noScriptStartedPostMessage: true,
  async main(wxtCtx) {
    // WXT constructs lib/page/content-context.ts's class for this script (wxt.config.ts): a context
    // that touches the extension API only once woken. A page the gate shuts never wakes it.
    const ctx = wxtCtx as unknown as ContentScriptContext;
    // Chunks are imported by the address runtime.getURL gives (in Chromium a per-session one, see wxt.config.ts).
    const importChunk = (file: '/page-engine.js' | '/card.js') => import(/* @vite-ignore */ browser.runtime.getURL(file)) as Promise<{ default: unknown }>;
    const engineChunk = () => importChunk('/page-engine.js') as Promise<{ default: EngineFactory }>;

    // The popup asks the top frame (only it listens) what is on the page, and to open a mention. Only this
    // extension's own pages (the popup, in its panel or a tab) drive the card from outside the page.
    // Answered through sendResponse: `browser` here is Chrome's own `chrome` (see wxt.config.ts),
    // whose listeners cannot answer by returning a promise.
    const onTabMessage = (msg: unknown, sender: { id?: string; url?: string } | undefined, respond: (answer: unknown) => void): true | undefined => {
      if (!sender || sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
      const answer = session.onTabMessage(msg);
      if (!answer) return undefined;
      answer.then(respond, () => respond(undefined));
      return true;
    };
    // Woken (first use of the extension API): the start signal's guard (a page cannot forge WXT's
    // "a newer copy started" event to switch Parley off, start-signal.ts) and the popup's listener.
    const wake = () =>
      ctx.wake(() => {
        const unguard = guardStartSignal(window, startSignalName(ContentScriptContext, browser.runtime.id, 'content'), () => browser.runtime?.id == null);
        ctx.onInvalidated(unguard);
        if (window === window.top) {
          browser.runtime.onMessage.addListener(onTabMessage as never);
          ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onTabMessage as never));
        }
      });
    // A popup opened on a page that never woke finds no listener: it wakes the page through this
    // (lib/messages/tab.ts, scripting.executeScript in the extension's own script world) and asks again.
    if (window === window.top) (globalThis as Record<string, unknown>)[WAKE_FN] = wake;

    const session = createSession({
      onInvalidated: (fn) => ctx.onInvalidated(fn),
      wake,
      settings: pageSettings(lazyStorage(() => browser.storage as unknown as StorageLike)),
      gateSpec,
      getMatcher: (knownVersion, inline) => send('getMatcher', { ...(knownVersion ? { knownVersion } : {}), ...(inline ? { inline } : {}) }),
      // (getURL's type knows only the files WXT saw; the tables are written by a build hook.)
      loadBuiltinTables: async () => (await fetch(browser.runtime.getURL(`/${BUILTIN_TABLES_FILE}` as '/card.js'))).arrayBuffer(),
      preloadEngine: () => void engineChunk().catch(() => {}),
      hints: () => readHints(globalThis as Record<string, unknown>),
      loadEngine: async () => (await engineChunk()).default({ ctx, send, importChunk }),
    });

    await session.apply();
  },
});
