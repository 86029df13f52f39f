/**
 * The card as a chunk of its own: Preact and lib/ui/card/, an ES module the page engine imports
 * (from the extension's origin) only when the reader first opens a card. Its default export makes
 * the card host (entrypoints/content/card-host.tsx). Built as an ES module by the hook in
 * wxt.config.ts, with no imports of its own: in Chromium it is loaded by a per-session address
 * (use_dynamic_url), against which a relative import would not resolve.
 */
import { createCardHost } from './content/card-host';

export type CardFactory = typeof createCardHost;

export default defineUnlistedScript((): CardFactory => createCardHost);
