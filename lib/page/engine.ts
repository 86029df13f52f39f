/**
 * What a page gets once its gate opens (lib/page/session.ts decides when): the scanner and the
 * marks, the reader's input, and the card on demand. A chunk of its own (entrypoints/page-engine.ts),
 * loaded only by pages with trigger words. The detector is not in it: the background detects the
 * page's text (lib/page/remote-detect.ts).
 *
 *   matcher version (the background's, asked by the session while this chunk loads) ──> useMatcher
 *   Scanner: full scan of <body> in 8 ms slices ──> text chunks ──> the background's detector
 *            MutationObserver ──> queue ──> idle time ──> only what changed      (remote-detect.ts)
 *                                                                 ──> marks (CSS highlights or <parley-mark>)
 *   input (lib/page/interaction.ts) and the popup ──> the card (lib/page/lazy-card.ts: loaded on first open)
 *
 * Each scan reports what it did as a User Timing measure ('parley:initial', 'parley:update',
 * 'parley:full'; counts only, never page text), which the end-to-end tests and the benchmark read.
 */
import highlightsCss from '../../entrypoints/content/highlights.css?inline';
import type { Mention } from '../detect/types';
import type { send as sendFn } from '../messages/client';
import { aliasFromQuote } from '../messages/alias';
import type { MatcherData } from '../messages/protocol';
import type { PageMention } from '../messages/tab';
import type { CardHost, CardHostDeps } from '../ui/card/host';
import { documentInfo } from './docinfo';
import { followOpenCard } from './follow';
import { reveal, wireInteraction } from './interaction';
import { lazyCard } from './lazy-card';
import { createMarkLayer } from './marks';
import { quoteFromRange } from './quote';
import { remoteDetector } from './remote-detect';
import { MarkRegistry, type Mark } from './registry';
import { Scanner, type ScanStats } from './scan';
import { adoptSheet } from './shadow-style';
import { yieldToMain } from './schedule';
import { measure } from './user-timing';

export type Listen = (target: EventTarget, type: string, fn: (e: Event) => void, opts?: AddEventListenerOptions) => void;

export interface EngineDeps {
  send: typeof sendFn;
  listen: Listen;
  /** Loads the card chunk and makes the card host (entrypoints/content/card-host.tsx). */
  loadCard(deps: Omit<CardHostDeps, 'mount' | 'listen'>): Promise<CardHost>;
  doc?: Document;
}

export interface Engine {
  /** Detects with the background's matcher of this version (a new one: the page is a new document there). */
  useMatcher(data: MatcherData): void;
  readonly hasMatcher: boolean;
  /** Starts scanning (after the page's own first work); resolves when the first full scan is done. */
  start(isCurrent: () => boolean): Promise<void>;
  /** Stops scanning, removes the marks and the card. */
  stop(): void;
  readonly running: boolean;
  /** The matcher changed: read the whole page again, the open card follows its mention. */
  rescan(): Promise<void>;
  /** The reader's data changed: the open card reloads. */
  refresh(): void;
  /** For the popup: what is on the page, in document order. */
  listMentions(): Promise<PageMention[] | null>;
  /** For the popup: scroll to a mention and open its card. */
  openMention(id: number): boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createEngine(deps: EngineDeps): Engine {
  const doc = deps.doc ?? document;
  const { send } = deps;
  let hasMatcher = false;
  /** The reader's own events (their marks have a style of their own). */
  let userEvents = new Set<string>();
  /** The address the background's document was begun for ('': begin a new one). */
  let stateUrl = '';
  let run: { registry: MarkRegistry; scanner: Scanner; ready: Promise<void> } | null = null;
  let lastMark: Mark | null = null;
  const remote = remoteDetector((req) => send('detect', req));

  // The detector's document state belongs to one article: a single-page app that changes route
  // starts a new one (publication date, title and URL come from the new route). It lives in the
  // background, beside the detector (lib/page/remote-detect.ts).
  const detectChunk = (text: string): Mention[] | Promise<Mention[]> => {
    if (!hasMatcher) return [];
    if (location.href !== stateUrl) {
      remote.reset(documentInfo(doc));
      stateUrl = location.href;
    }
    return remote.detect(text);
  };

  const card = lazyCard(() =>
    deps.loadCard({
      api: (mark) => ({
        // The card's facts only: the reader's notes never reach the content script. They live in the
        // card's notes frame (lib/ui/card/NotesSection.tsx), told by a one-time token what it is for.
        getCard: (eventId) => send('getCard', { eventId }),
        getEventRefs: (ids) => send('getEventRefs', { ids }),
        async openNotes(eventId) {
          const quote = MarkRegistry.alive(mark) ? quoteFromRange(mark.range) : { exact: mark.mention.quote, prefix: '', suffix: '' };
          const { token } = await send('openNotes', {
            eventId,
            ...(eventId ? {} : { mention: mark.mention.quote }),
            target: { url: location.href, title: doc.title, quote },
          });
          return token;
        },
        createEvent: (input) =>
          send('createUserEvent', { ...input, quote: mark.mention.quote, source: { title: doc.title || location.hostname, url: location.href, lang: doc.documentElement.lang } }),
      }),
      createDefaults(mark) {
        const alias = aliasFromQuote(mark.mention.quote);
        const published = documentInfo(doc).publishedAt;
        return {
          title: alias ? alias[0]!.toUpperCase() + alias.slice(1) : '',
          start: published && /^\d{4}-\d{2}/.test(published) ? published.slice(0, 7) : '',
        };
      },
      onClose(mark) {
        if (mark) lastMark = mark;
        run?.registry.setActive(null);
      },
    }),
  );

  const openMark = (mark: Mark, opts: { focus?: boolean; pinned?: boolean }) => {
    if (!run) return;
    lastMark = mark;
    run.registry.setActive(mark);
    card.open(mark, opts);
  };

  wireInteraction({ doc, listen: deps.listen, marks: () => run?.registry ?? null, card, open: openMark, lastMark: () => lastMark });

  const follower = followOpenCard(card, (mark) => run?.registry.setActive(mark));

  const report = (stats: ScanStats, added: Mark[], removed: Mark[]) => {
    try {
      const end = performance.now();
      measure(`parley:${stats.reason}`, end - stats.wallMs, end, { ...stats, marks: run?.registry.size ?? 0 });
      if (performance.getEntriesByName(`parley:${stats.reason}`).length > 200) performance.clearMeasures(`parley:${stats.reason}`);
    } catch {
      /* User Timing is a nicety */
    }
    // The page re-rendered the text under the open card: follow it to its new mark, or close.
    follower.onJob(added, removed);
    if (lastMark && removed.includes(lastMark)) lastMark = null;
  };

  // The page's open shadow roots are scanned too (lib/page/text.ts). A highlight inside one is
  // painted only by ::highlight() rules in that root's own styles: adopt a sheet with ours. That is
  // the one change Parley makes to a page's object (its root's adoptedStyleSheets list, no node;
  // lib/page/shadow-style.ts, which also reaches that list past Firefox's Xray wrappers).
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
          if (r.host.isConnected) adoptSheet(r, markSheet);
        } catch {
          /* a page that froze its root's sheets: its text is marked, but not painted there */
        }
      }
    });
  };

  const engine: Engine = {
    useMatcher(data) {
      hasMatcher = true;
      userEvents = new Set(data.userEvents ?? []);
      stateUrl = '';
    },
    get hasMatcher() {
      return hasMatcher;
    },
    get running() {
      return !!run;
    },
    async start(isCurrent) {
      if (run || !hasMatcher) return run?.ready;
      let scanner: Scanner | null = null;
      const layer = createMarkLayer(doc, {
        write: (fn) => (scanner ? scanner.write(fn) : fn()),
        onSplit: (t) => scanner?.markScanned(t),
      });
      const registry = new MarkRegistry(layer, doc, (id) => userEvents.has(id));
      const sc = (scanner = new Scanner({ registry, detect: detectChunk, onJob: report, onShadowRoot: layer.usesHighlights ? styleShadowRoot : null }));
      // One turn of the event loop first: input and rendering the page has queued go before the
      // first slice. Not idle time: the engine gets here only after its chunk and the background's
      // answer have come, well after the document was parsed, and waiting for an idle period only put off the
      // first marks (by a frame or more; up to the 1 s timeout on a page that keeps busy).
      const ready = yieldToMain().then(() => (isCurrent() && run?.scanner === sc ? sc.start() : undefined));
      run = { registry, scanner: sc, ready };
      await ready;
    },
    stop() {
      if (!run) return;
      run.scanner.stop();
      follower.reset();
      card.destroy();
      run.registry.clear();
      run = null;
      lastMark = null;
    },
    async rescan() {
      const r = run;
      if (!r) return;
      const open = card.openMark;
      const where = open && MarkRegistry.alive(open) ? { node: open.startNode, offset: open.range.startOffset } : null;
      await r.scanner.rescanAll();
      if (open && run === r) {
        const again = where ? r.registry.all.find((m) => m.range.isPointInRange(where.node, where.offset) || m.startNode === where.node) : undefined;
        card.retarget(again ?? null);
        if (again) r.registry.setActive(again);
      }
    },
    refresh: () => card.refresh(),
    async listMentions() {
      const r = run;
      if (r) await Promise.race([r.ready.then(() => r.scanner.settled()), sleep(2000)]);
      if (!run) return null;
      return run.registry.ordered().map((m) => ({
        id: m.id,
        quote: m.mention.quote,
        status: m.mention.status,
        eventId: m.mention.eventId,
        title: m.mention.eventId ? (remote.titles.get(m.mention.eventId) ?? null) : null,
        confidence: m.mention.confidence,
      }));
    },
    openMention(id) {
      const m = run?.registry.get(id);
      if (!m || !MarkRegistry.alive(m)) return false;
      reveal(m);
      openMark(m, { focus: true, pinned: true });
      return true;
    },
  };
  return engine;
}
