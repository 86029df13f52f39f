/**
 * The card's host element on a page, made with WXT's createShadowRootUi: <parley-card-host>, its
 * shadow root (with the card's styles, so page CSS cannot reach it) and the frame the card renders
 * into. Everything else about the card on a page (placement, peek and pin, focus, trusted input)
 * is lib/ui/card/host.tsx.
 *
 * The root is CLOSED in what ships: a page's script gets `null` from host.shadowRoot, cannot
 * attach another root, and events from inside are retargeted to the host, so nothing of the card
 * (the reader's notes above all) is reachable from the page. Only the end-to-end tests' own build
 * (PARLEY_E2E=1, see wxt.config.ts) opens it, so those tests can look inside.
 */
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import type { ContentScriptContext } from '../../lib/page/content-context';
import cardCss from '../../lib/ui/card/card.css?inline';
import { createCardHost as createHost, type CardHost, type CardHostDeps } from '../../lib/ui/card/host';

export type { CardHost, OpenOptions } from '../../lib/ui/card/host';

export const HOST_NAME = 'parley-card-host';
export const SHADOW_MODE: ShadowRootMode = __PARLEY_E2E__ ? 'open' : 'closed';

export function createCardHost(ctx: ContentScriptContext, deps: Omit<CardHostDeps, 'mount' | 'listen'>): CardHost {
  return createHost({
    ...deps,
    listen: (target, type, fn, opts) => ctx.addEventListener(target as Window, type as never, fn as never, opts),
    async mount() {
      let frame: HTMLElement | null = null;
      // (The content script's context is lib/page/content-context.ts's: WXT's API, see there.)
      const ui = await createShadowRootUi(ctx as unknown as WxtContext, {
        name: HOST_NAME,
        mode: SHADOW_MODE,
        position: 'inline',
        anchor: 'html',
        append: 'last',
        css: cardCss,
        onMount(container) {
          const f = document.createElement('div');
          f.className = 'frame';
          f.hidden = true;
          container.append(f);
          frame = f;
          return f;
        },
      });
      ui.mount();
      if (!frame) return null;
      return { host: ui.shadowHost, shadow: ui.shadow, frame, remove: () => ui.remove() };
    },
  });
}
