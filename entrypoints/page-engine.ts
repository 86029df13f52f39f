/**
 * The page engine as a chunk of its own: an ES module that the content script imports (from the
 * extension's origin) only once a page passes the gate; see lib/page/engine.ts. Its default export
 * makes the engine. The card (Preact and lib/ui/card/) is a further chunk, imported on first open.
 * Built as an ES module rather than WXT's usual IIFE by the hook in wxt.config.ts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createEngine, type Engine, type EngineDeps } from '../lib/page/engine';

export type EngineFactory = (deps: { ctx: ContentScriptContext; send: EngineDeps['send'] }) => Engine;

export default defineUnlistedScript((): EngineFactory => ({ ctx, send }) =>
  createEngine({
    send,
    listen: (target, type, fn, opts) => ctx.addEventListener(target as Window, type as never, fn as never, opts),
    loadCard: async (deps) => (await import('./content/card-host')).createCardHost(ctx, deps),
  }),
);
