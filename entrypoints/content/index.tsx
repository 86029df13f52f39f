/**
 * Parley's content script.
 *
 *   settings ──off?──> nothing runs, nothing stays on the page
 *      │ on
 *   matcher data (background, once per page) ──> compiled matcher
 *      │
 *   scan(document.body) ──> text + offset map ──> detect ──> marks (CSS highlights, or <parley-mark>)
 *      │
 *   pointer / keyboard ──> mark under pointer / next mark ──> card host (one shadow root) ──> card
 *
 * The global switch and the per-site pause are watched: turning Parley off removes every mark and
 * the card at once; turning it back on scans again.
 */
import './highlights.css';
import { compileMatcher, createDocumentState, type CompiledMatcher } from '../../lib/detect';
import { send } from '../../lib/messages/client';
import { documentInfo } from '../../lib/page/docinfo';
import { createMarkLayer } from '../../lib/page/marks';
import { MarkRegistry, type Mark } from '../../lib/page/registry';
import { scanRoot } from '../../lib/page/scan';
import { enabledItem, isActiveFor, pausedSitesItem } from '../../lib/settings/settings';
import { createCardHost, type CardHost } from './card-host';

const HOVER_DELAY_MS = 350;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    let registry: MarkRegistry | null = null;
    let card: CardHost | null = null;
    let matcher: CompiledMatcher | null = null;
    let focused: Mark | null = null;
    let hoverTimer: ReturnType<typeof setTimeout> | undefined;

    const start = async () => {
      if (registry) return;
      const data = await send('getMatcher', {});
      if (!data) return;
      matcher = compileMatcher(data.events);
      registry = new MarkRegistry(createMarkLayer(document));
      scanRoot(document.body, matcher, createDocumentState(documentInfo(document)), registry);
      card ??= await createCardHost(ctx, { onClose: () => registry?.setActive(null) });
    };
    const stop = () => {
      card?.close();
      registry?.clear();
      registry = null;
    };
    const openMark = async (mark: Mark, focus: boolean) => {
      if (!card || !registry) return;
      focused = mark;
      registry.setActive(mark);
      await card.open(mark, { focus });
    };

    const apply = async () => {
      const active = isActiveFor(await enabledItem.getValue(), await pausedSitesItem.getValue(), location.href);
      if (active) await start();
      else stop();
    };
    enabledItem.watch(() => void apply());
    pausedSitesItem.watch(() => void apply());
    ctx.onInvalidated(stop);

    // Pointer: hover (after a short pause) or click on a mark opens its card.
    ctx.addEventListener(document, 'mousemove', (e: MouseEvent) => {
      if (!registry || card?.contains(e.target)) return;
      clearTimeout(hoverTimer);
      const mark = registry.at(e.clientX, e.clientY);
      if (mark && mark !== card?.openMark) hoverTimer = setTimeout(() => void openMark(mark, false), HOVER_DELAY_MS);
    }, { passive: true });
    ctx.addEventListener(document, 'click', (e: MouseEvent) => {
      if (!registry || card?.contains(e.target)) return;
      const mark = registry.at(e.clientX, e.clientY);
      if (mark) void openMark(mark, false);
      else if (card?.openMark) card.close();
    }, { capture: true });

    // Keyboard: Alt+Shift+N / Alt+Shift+P move to the next / previous mention and open its card.
    ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
      if (!registry || !e.altKey || !e.shiftKey || (e.code !== 'KeyN' && e.code !== 'KeyP')) return;
      const mark = registry.next(card?.openMark ?? focused, e.code === 'KeyN' ? 1 : -1);
      if (!mark) return;
      e.preventDefault();
      mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      void openMark(mark, true);
    }, { capture: true });

    await apply();
  },
});
