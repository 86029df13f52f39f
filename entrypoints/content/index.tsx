/**
 * Parley's content script, in every frame of every http(s) page. It holds only what every page
 * needs: the settings, the frame check and the gate (lib/page/session.ts). A page past the gate
 * loads the page engine (entrypoints/page-engine.ts: scanner, marks, input; the background detects
 * its text: lib/page/remote-detect.ts), and the
 * engine loads the card when the reader first opens one; both are ES module chunks of the
 * extension, imported from its own origin (web-accessible, see wxt.config.ts).
 */
import './highlights.css';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from '../../lib/page/content-context';
import gateSpec from 'virtual:parley/gate';
import { send } from '../../lib/messages/client';
import { createSession } from '../../lib/page/session';
import { lazyStorage, pageSettings, type StorageLike } from '../../lib/page/local-items';
import { readHints } from '../../lib/settings/page-hints';
import { wakeFor, type WakeApi } from '../../lib/page/wake';
import type { EngineFactory } from '../page-engine';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // As soon as the document is parsed, before its images and other loads: a page past the gate
  // imports the engine meanwhile.
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

    // The guard of the start signal and the popup's listener, set up when first needed (lib/page/wake.ts).
    const wake = wakeFor(ctx, () => browser as unknown as WakeApi, (msg) => session.onTabMessage(msg));
    const session = createSession({
      onInvalidated: (fn) => ctx.onInvalidated(fn),
      wake,
      settings: pageSettings(lazyStorage(() => browser.storage as unknown as StorageLike)),
      gateSpec,
      getMatcher: (knownVersion) => send('getMatcher', knownVersion ? { knownVersion } : {}),
      preloadEngine: () => void engineChunk().catch(() => {}),
      hints: () => readHints(globalThis as Record<string, unknown>),
      loadEngine: async () => (await engineChunk()).default({ ctx, send, importChunk }),
    });

    await session.apply();
  },
});
