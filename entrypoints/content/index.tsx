/**
 * Parley's content script, in every frame of every http(s) page.
 *
 *   settings (global switch, per-site pause; storage, watched) ──off──> nothing runs, nothing stays
 *      │ on                                                             (marks cleared, host removed)
 *   matcher tables (background, once; again when events change) ──> loaded matcher (prebuilt, no compile)
 *      │
 *   Scanner (lib/page/scan.ts)
 *      full scan of <body> in 8 ms slices ──> text chunks ──> detect ──> marks (CSS highlights,
 *      MutationObserver ──> queue ──> idle time ──> only what changed        or <parley-mark>)
 *      │
 *   pointer (hover, click) ──> mark under the pointer ─┐
 *   keyboard (Alt+Shift+N / P) ──> next / previous mark ├──> card host (one shadow root) ──> card
 *   popup (tab messages: listMentions, openMention) ───┘
 *      │
 *   data revision (storage, watched): notes changed ──> refresh the card;
 *                                     events changed ──> new matcher, rescan, card follows
 *
 * Each scan reports what it did as a User Timing measure ('parley:initial', 'parley:update',
 * 'parley:full'; counts only, never page text), which the end-to-end tests and the benchmark read.
 */
import './highlights.css';
import highlightsCss from './highlights.css?inline';
import { browser } from 'wxt/browser';
import { createDocumentState, detect, type CompiledMatcher, type DocumentState } from '../../lib/detect';
import { loadMatcher } from '../../lib/detect/tables';
import gateSpec from 'virtual:parley/gate';
import { createGate, nodePasses, watchShut, withEntries, type Gate } from '../../lib/page/gate';
import type { Mention } from '../../lib/detect/types';
import { send } from '../../lib/messages/client';
import { aliasFromQuote } from '../../lib/messages/new-event';
import type { MatcherData } from '../../lib/messages/protocol';
import { isTabEnvelope, type PageMention, type TabEnvelope, type TabProtocol } from '../../lib/messages/tab';
import { documentInfo } from '../../lib/page/docinfo';
import { hasProse, isTopFrame, isWorthScanning, topPageUrl } from '../../lib/page/frames';
import { createMarkLayer } from '../../lib/page/marks';
import { quoteFromRange } from '../../lib/page/quote';
import { MarkRegistry, type Mark } from '../../lib/page/registry';
import { Scanner, type ScanStats } from '../../lib/page/scan';
import { whenIdle } from '../../lib/page/schedule';
import { enabledItem, isActiveFor, pausedSitesItem } from '../../lib/settings/settings';
import { dataRevisionItem, gateExtraItem } from '../../lib/settings/signals';
import { isTrustedEvent } from '../../lib/ui/card/trusted';
import { createCardHost } from './card-host';

const HOVER_DELAY_MS = 300;
const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [contenteditable]:not([contenteditable="false"])';

interface Session {
  registry: MarkRegistry;
  scanner: Scanner;
  /** Resolves when the first full scan is done. */
  ready: Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function isEditable(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? ''));
}

/** The background may be waking up (MV3 service worker): ask again a few times before giving up. */
async function getMatcher(knownVersion?: string) {
  for (let i = 0; ; i++) {
    try {
      return await send('getMatcher', knownVersion ? { knownVersion } : {});
    } catch (err) {
      if (i >= 3) throw err;
      await sleep(250 * 4 ** i);
    }
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const top = isTopFrame();
    let session: Session | null = null;
    let generation = 0;
    let matcher: CompiledMatcher | null = null;
    let matcherVersion: string | undefined;
    let titles = new Map<string, string>();
    let userEvents = new Set<string>();
    let state: DocumentState | null = null;
    let stateUrl = '';
    let lastMark: Mark | null = null;

    // The detector's document state belongs to one article: a single-page app that changes route
    // starts a new one (publication date, title and URL come from the new route).
    const detectChunk = (text: string): Mention[] => {
      if (!matcher) return [];
      if (!state || location.href !== stateUrl) {
        state = createDocumentState(documentInfo(document));
        stateUrl = location.href;
      }
      return detect(text, matcher, state);
    };

    // The matcher arrives prebuilt (lib/detect/tables.ts): loading it is one short task, no compile.
    let loading = 0;
    const useMatcher = async (data: MatcherData): Promise<boolean> => {
      const my = ++loading;
      const t0 = performance.now();
      const m = loadMatcher(data.tables);
      if (my !== loading) return false;
      const end = performance.now();
      matcher = m;
      try {
        performance.measure('parley:compile', { start: t0, end, detail: { events: m.events.length, slices: 1, longestSliceMs: end - t0, busyMs: end - t0, prebuilt: true } });
      } catch {
        /* a nicety */
      }
      matcherVersion = data.version;
      titles = new Map(m.events.map((e) => [e.id, e.title]));
      userEvents = new Set(data.userEvents ?? []);
      state = null;
      return true;
    };

    const report = (stats: ScanStats, added: Mark[], removed: Mark[]) => {
      try {
        const end = performance.now();
        performance.measure(`parley:${stats.reason}`, { start: end - stats.wallMs, end, detail: { ...stats, marks: session?.registry.size ?? 0 } });
        if (performance.getEntriesByName(`parley:${stats.reason}`).length > 200) performance.clearMeasures(`parley:${stats.reason}`);
      } catch {
        /* User Timing is a nicety */
      }
      // The page re-rendered the text under the open card: follow it to its new mark, or close.
      const open = card.openMark;
      if (open && removed.includes(open)) {
        const again = added.find((m) => m.mention.eventId === open.mention.eventId && m.mention.quote === open.mention.quote);
        card.retarget(again ?? null);
        if (again) session?.registry.setActive(again);
      }
      if (lastMark && removed.includes(lastMark)) lastMark = null;
    };

    const card = createCardHost(ctx, {
      api: (mark) => ({
        // The card's facts and the reader's notes on its event, asked separately: notes only ever for
        // the card the reader opened (every path to openMark is a trusted event or the popup).
        async getCard(eventId) {
          const [facts, notes] = await Promise.all([send('getCard', { eventId }), send('getNotes', { eventId })]);
          return facts && { ...facts, notes };
        },
        getEventRefs: (ids) => send('getEventRefs', { ids }),
        async saveNote({ eventId, body, tags }) {
          const quote = MarkRegistry.alive(mark) ? quoteFromRange(mark.range) : { exact: mark.mention.quote, prefix: '', suffix: '' };
          await send('saveNote', {
            eventId,
            ...(eventId ? {} : { mention: mark.mention.quote }),
            body,
            tags: tags ?? [],
            target: { url: location.href, title: document.title, quote },
          });
        },
        createEvent: (input) =>
          send('createUserEvent', { ...input, quote: mark.mention.quote, source: { title: document.title || location.hostname, url: location.href } }),
      }),
      createDefaults(mark) {
        const alias = aliasFromQuote(mark.mention.quote);
        const published = documentInfo(document).publishedAt;
        return {
          title: alias ? alias[0]!.toUpperCase() + alias.slice(1) : '',
          start: published && /^\d{4}-\d{2}/.test(published) ? published.slice(0, 7) : '',
        };
      },
      onClose(mark) {
        if (mark) lastMark = mark;
        session?.registry.setActive(null);
      },
    });

    const openMark = (mark: Mark, opts: { focus?: boolean; pinned?: boolean }) => {
      if (!session) return;
      lastMark = mark;
      session.registry.setActive(mark);
      card.open(mark, opts);
    };

    /** Brings a mark into view (keyboard and popup navigation). */
    const reveal = (mark: Mark) => {
      const r = mark.range.getBoundingClientRect();
      if (r.height === 0 || r.top < 0 || r.bottom > innerHeight) {
        mark.startNode.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
      }
    };

    // The page's open shadow roots are scanned too (lib/page/text.ts). A highlight inside one is
    // painted only by ::highlight() rules in that root's own styles: adopt a sheet with ours. That is
    // the one change Parley makes to a page's object (its root's adoptedStyleSheets list, no node).
    // With the <parley-mark> fallback, shadow roots are left alone (wrapping would change their nodes).
    // Adopted in one batch per frame: each adoption invalidates that root's style, and the scan's
    // visibility checks would otherwise recompute style once per root.
    let markSheet: CSSStyleSheet | null = null;
    const unstyled: ShadowRoot[] = [];
    const styleShadowRoot = (root: ShadowRoot) => {
      if (unstyled.push(root) > 1) return;
      requestAnimationFrame(() => {
        for (const r of unstyled.splice(0)) {
          try {
            if (!markSheet) {
              markSheet = new CSSStyleSheet();
              markSheet.replaceSync(highlightsCss);
            }
            if (r.host.isConnected && !r.adoptedStyleSheets.includes(markSheet)) r.adoptedStyleSheets.push(markSheet);
          } catch {
            /* a page that froze its root's sheets: its text is marked, but not painted there */
          }
        }
      });
    };

    // The gate (lib/page/gate.ts): a page without trigger words gets no detector and no matcher,
    // only a cheap check of what it adds later.
    let gate: Gate | null = null;
    let gateWatch: (() => void) | null = null;
    const gateOpen = async (): Promise<boolean> => {
      const t0 = performance.now();
      gate ??= createGate(withEntries(gateSpec, await gateExtraItem.getValue()));
      const g = gate;
      // The page's text and its open shadow roots' (the roots the scan reads).
      const roots: ShadowRoot[] = [];
      const open = nodePasses(g, document.body ?? document.documentElement, (r) => roots.push(r));
      try {
        performance.measure('parley:gate', { start: t0, end: performance.now(), detail: { open } });
      } catch {
        /* a nicety */
      }
      if (open) {
        gateWatch?.();
        gateWatch = null;
      } else if (!gateWatch) {
        const stopWatch = (gateWatch = watchShut(g, document, roots, () => {
          if (gateWatch === stopWatch) gateWatch = null;
          void apply();
        }));
      }
      return open;
    };
    ctx.onInvalidated(() => gateWatch?.());

    const start = async () => {
      if (session) return;
      const gen = ++generation;
      if (!(await gateOpen()) || gen !== generation) return;
      let data;
      try {
        // Once per page; after a pause, only if events changed meanwhile (null when current).
        data = await getMatcher(matcher ? matcherVersion : undefined);
      } catch (err) {
        console.warn('Parley: the background did not answer; no marks on this page.', err);
        return;
      }
      if (gen !== generation || session) return;
      if (data) await useMatcher(data);
      if (gen !== generation || session || !matcher) return;
      let scanner: Scanner | null = null;
      const layer = createMarkLayer(document, {
        write: (fn) => (scanner ? scanner.write(fn) : fn()),
        onSplit: (t) => scanner?.markScanned(t),
      });
      const registry = new MarkRegistry(layer, document, (id) => userEvents.has(id));
      const sc = (scanner = new Scanner({ registry, detect: detectChunk, onJob: report, onShadowRoot: layer.usesHighlights ? styleShadowRoot : null }));
      // Let the page finish its own first rendering work before we read it.
      const ready = whenIdle(1000).then(() => (gen === generation ? sc.start() : undefined));
      session = { registry, scanner: sc, ready };
      await ready;
    };

    const stop = () => {
      generation++;
      if (!session) return;
      session.scanner.stop();
      card.destroy();
      session.registry.clear();
      session = null;
      lastMark = null;
    };

    // A frame starts only once it holds some prose (see lib/page/frames.ts); until then a
    // MutationObserver, checked in idle time, waits for its text to arrive.
    let frameWatch: MutationObserver | null = null;
    const frameReady = (): boolean => {
      if (top || hasProse(document.body)) return true;
      if (!frameWatch) {
        let queued = false;
        frameWatch = new MutationObserver(() => {
          if (queued) return;
          queued = true;
          void whenIdle(2000).then(() => {
            queued = false;
            if (hasProse(document.body)) {
              frameWatch?.disconnect();
              frameWatch = null;
              void apply();
            }
          });
        });
        frameWatch.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
        ctx.onInvalidated(() => frameWatch?.disconnect());
      }
      return false;
    };

    const apply = async () => {
      const [enabled, paused] = await Promise.all([enabledItem.getValue(), pausedSitesItem.getValue()]);
      const active = isActiveFor(enabled, paused, topPageUrl()) && isActiveFor(enabled, paused, location.href) && isWorthScanning();
      if (active && frameReady()) await start();
      else if (!active) stop();
    };

    // The reader's own events add to the gate: check again with them.
    ctx.onInvalidated(
      gateExtraItem.watch(() => {
        gate = null;
        gateWatch?.();
        gateWatch = null;
        if (!session) void apply();
      }),
    );

    // Settings live in extension storage: a change reaches every tab and frame at once.
    ctx.onInvalidated(enabledItem.watch(() => void apply()));
    ctx.onInvalidated(pausedSitesItem.watch(() => void apply()));
    ctx.onInvalidated(stop);

    // Notes or events changed (in this tab, another tab, the popup or the options page).
    ctx.onInvalidated(
      dataRevisionItem.watch(async (rev) => {
        if (!session) return;
        if (rev.what !== 'notes') {
          const data = await getMatcher(matcherVersion).catch(() => null);
          if (data && session && (await useMatcher(data)) && session) {
            const s = session;
            const open = card.openMark;
            const where = open && MarkRegistry.alive(open) ? { node: open.startNode, offset: open.range.startOffset } : null;
            await s.scanner.rescanAll();
            if (open && session === s) {
              const again = where ? s.registry.all.find((m) => m.range.isPointInRange(where.node, where.offset) || m.startNode === where.node) : undefined;
              card.retarget(again ?? null);
              if (again) s.registry.setActive(again);
            }
          }
        }
        card.refresh();
      }),
    );

    // Pointer: hover (after a short pause) opens a peeking card; click opens a pinned one.
    let pointer = { x: -1, y: -1, target: null as EventTarget | null };
    let hoverTimer: ReturnType<typeof setTimeout> | undefined;
    let moveQueued = false;
    const onHover = () => {
      moveQueued = false;
      if (!session || !session.registry.size) return;
      if (card.contains(pointer.target)) return;
      const m = session.registry.at(pointer.x, pointer.y);
      const open = card.openMark;
      card.hoverMark(!!m && m === open);
      if (m === open && m) {
        clearTimeout(hoverTimer);
        return;
      }
      clearTimeout(hoverTimer);
      if (!m || (open && card.pinned)) return;
      hoverTimer = setTimeout(() => {
        if (!session) return;
        if (session.registry.at(pointer.x, pointer.y) === m && !(card.openMark && card.pinned)) openMark(m, { pinned: false });
      }, HOVER_DELAY_MS);
    };
    ctx.addEventListener(
      document,
      'mousemove',
      (e: MouseEvent) => {
        if (!isTrustedEvent(e)) return; // a page's forged mousemove opens nothing
        pointer = { x: e.clientX, y: e.clientY, target: e.target };
        if (!moveQueued) {
          moveQueued = true;
          requestAnimationFrame(onHover);
        }
      },
      { passive: true },
    );
    ctx.addEventListener(document, 'mouseleave', (e: MouseEvent) => {
      if (!isTrustedEvent(e)) return;
      clearTimeout(hoverTimer);
      card.hoverMark(false);
    });
    ctx.addEventListener(
      document,
      'click',
      (e: MouseEvent) => {
        if (!session || !isTrustedEvent(e) || e.button !== 0 || card.contains(e.target)) return;
        const m = session.registry.size ? session.registry.at(e.clientX, e.clientY) : undefined;
        const onControl = (e.target as Element | null)?.closest?.(INTERACTIVE);
        const selecting = !(getSelection()?.isCollapsed ?? true);
        if (m && !onControl && !selecting) {
          clearTimeout(hoverTimer);
          openMark(m, { pinned: true, focus: true });
        } else if (card.openMark) card.close(false);
      },
      { capture: true },
    );

    // Keyboard: Alt+Shift+N / Alt+Shift+P move to the next / previous mention and open its card.
    ctx.addEventListener(
      document,
      'keydown',
      (e: KeyboardEvent) => {
        if (!session || !isTrustedEvent(e) || !e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
        if (e.code !== 'KeyN' && e.code !== 'KeyP') return;
        if (isEditable(e.target) && !card.contains(e.target)) return;
        const m = session.registry.next(card.openMark ?? lastMark, e.code === 'KeyN' ? 1 : -1);
        if (!m) return;
        e.preventDefault();
        e.stopPropagation();
        reveal(m);
        openMark(m, { focus: true, pinned: true });
      },
      { capture: true },
    );

    // The popup asks the top frame what is on the page, and to open a mention.
    const pageMention = (m: Mark): PageMention => ({
      id: m.id,
      quote: m.mention.quote,
      status: m.mention.status,
      eventId: m.mention.eventId,
      title: m.mention.eventId ? (titles.get(m.mention.eventId) ?? null) : null,
      confidence: m.mention.confidence,
    });
    const onTabMessage = (msg: unknown, sender?: { id?: string; url?: string }): Promise<unknown> | undefined => {
      if (!top || !isTabEnvelope(msg)) return undefined;
      // Only this extension's own pages (the popup, in its panel or a tab) drive the card from outside the page.
      if (!sender || sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
      const env = msg as TabEnvelope;
      if (env.type === 'listMentions') {
        return (async (): Promise<TabProtocol['listMentions']['res']> => {
          const s = session;
          if (s) await Promise.race([s.ready.then(() => s.scanner.settled()), sleep(2000)]);
          return { active: !!session, url: location.href, mentions: session ? session.registry.ordered().map(pageMention) : [] };
        })();
      }
      if (env.type === 'openMention') {
        const id = (env.req as TabProtocol['openMention']['req']).id;
        const m = session?.registry.get(id);
        if (!m || !MarkRegistry.alive(m)) return Promise.resolve(false);
        reveal(m);
        openMark(m, { focus: true, pinned: true });
        return Promise.resolve(true);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onTabMessage as never);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onTabMessage as never));

    await apply();
  },
});
