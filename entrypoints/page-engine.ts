/**
 * The page engine as a chunk of its own: an ES module that the content script imports (from the
 * extension's origin) only once a page passes the gate; see lib/page/engine.ts. Its default export
 * makes the engine. The card (Preact and lib/ui/card/) is a further chunk (entrypoints/card.ts),
 * imported on first open. Built as an ES module rather than WXT's usual IIFE by the hook in
 * wxt.config.ts, with no imports of its own (see entrypoints/card.ts for why).
 */
import type { ContentScriptContext } from '../lib/page/content-context';
import { createEngine, type Engine, type EngineDeps } from '../lib/page/engine';
import type { CardFactory } from './card';

export interface EngineFactoryDeps {
  ctx: ContentScriptContext;
  send: EngineDeps['send'];
  /** Imports one of the extension's on-demand chunks (content script: import() of runtime.getURL). */
  importChunk(file: '/card.js'): Promise<{ default: unknown }>;
}
export type EngineFactory = (deps: EngineFactoryDeps) => Engine;

export default defineUnlistedScript((): EngineFactory => ({ ctx, send, importChunk }) =>
  createEngine({
    send,
    listen: (target, type, fn, opts) => ctx.addEventListener(target as Window, type as never, fn as never, opts),
    loadCard: async (deps) => ((await importChunk('/card.js')).default as CardFactory)(ctx, deps),
  }),
);
