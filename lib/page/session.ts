/**
 * A page's Parley session: whether Parley works in this frame, and the lifecycle of that work.
 * This is what runs on every page; it stays small, and the rest is loaded only when needed.
 *
 *   settings (global switch, per-site pause; watched) ──off──> nothing runs, nothing stays
 *      │ on                                                   (marks cleared, card removed; where
 *      │                                      the background's off hint ran, the page is not even read)
 *   frame holds prose? (lib/page/frames.ts; a frame without is watched until it has some)
 *      │
 *   gate (lib/page/gate.ts): no trigger word ──> no engine, no background, a watch on what the page adds
 *      │ open     (the built-in words are read while the settings are; a yes there starts the engine
 *      │          chunk's import at once: the longest step before the first marks; no engine is made
 *      │          until the settings say on)
 *   engine (lib/page/engine.ts, a chunk)  +  which matcher (the background's version, once; the
 *      background detects the page's text with it: lib/page/remote-detect.ts, so the page loads
 *      neither a detector nor tables)
 *      │
 *   data revision (watched): events changed ──> a new version, rescan; notes changed ──> the card reloads
 *
 * Everything it touches comes in through SessionDeps, so tests drive it with fakes.
 */
import { createGate, nodePasses, watchShut, withEntries, type Gate, type GateSpec } from './gate';
import { hasProse, isTopFrame, isWorthScanning, topPageUrl } from './frames';
import { whenIdle } from './schedule';
import { measure as pageMeasure } from './user-timing';
import { isActiveFor } from '../settings/site';
import type { MatcherData } from '../messages/protocol';
import type { DataRevision } from '../settings/signals';
import type { Engine } from './engine';
import { isTabEnvelope, type TabEnvelope, type TabProtocol } from '../messages/tab';

/** An extension-storage item as WXT's storage.defineItem makes it. */
export interface WatchedItem<T> {
  getValue(): Promise<T>;
  watch(cb: (value: T) => void): () => void;
}

export interface SessionDeps {
  /** Runs `fn` when the content script goes away (WXT's ctx.onInvalidated). */
  onInvalidated(fn: () => void): void;
  /**
   * Called before the session first uses the extension (reads a setting); false if this copy is an
   * orphan (its extension reloaded or removed): it then stops. A page the gate shuts before reading
   * any setting never calls it (lib/page/content-context.ts).
   */
  wake?(): boolean;
  settings: { enabled: WatchedItem<boolean>; pausedSites: WatchedItem<string[]>; gateExtra: WatchedItem<string[]>; dataRevision: WatchedItem<DataRevision> };
  /** The built-in gate (virtual:parley/gate). */
  gateSpec: GateSpec;
  /** Which matcher the background detects with; null when `knownVersion` is still current. */
  getMatcher(knownVersion?: string): Promise<MatcherData | null>;
  /** Loads the engine chunk and makes this frame's engine (once). */
  loadEngine(): Promise<Engine>;
  /**
   * Starts fetching and compiling the engine chunk without making an engine (loadEngine then finds
   * it loaded). Asked for as soon as the built-in gate opens, while the settings are still being read.
   */
  preloadEngine?(): void;
  /**
   * The background's page hints (lib/settings/page-hints.ts), read synchronously: `offHere`, the
   * settings will say Parley is off here (the page is then not read before they do); `builtinOnly`,
   * the reader has no gate words of their own (a page the built-in gate shuts then reads no
   * settings and watches no storage). Hints, not answers: whatever passes them reads the settings.
   */
  hints?(): { offHere: boolean; builtinOnly: boolean };
  doc?: Document;
  win?: Window;
}

export interface Session {
  /** Reads the settings and starts or stops accordingly. */
  apply(): Promise<void>;
  /** The engine, once loaded. */
  readonly engine: Engine | null;
  /** Answers the popup's tab messages (top frame only); undefined for anything else. */
  onTabMessage(msg: unknown): Promise<unknown> | undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A User Timing measure from `start` to now (the benchmark reads them: where a page's time goes). */
function measure(name: string, start: number, detail?: unknown): void {
  pageMeasure(name, start, performance.now(), detail);
}

/** The background may be waking up (MV3 service worker): ask again a few times before giving up. */
export async function retrying<T>(ask: () => Promise<T>, tries = 4, firstWaitMs = 250): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await ask();
    } catch (err) {
      if (i >= tries - 1) throw err;
      await sleep(firstWaitMs * 4 ** i);
    }
  }
}

export function createSession(deps: SessionDeps): Session {
  const doc = deps.doc ?? document;
  const win = deps.win ?? window;
  const top = isTopFrame(win);
  const { enabled, pausedSites, gateExtra, dataRevision } = deps.settings;
  let engine: Engine | null = null;
  let enginePromise: Promise<Engine> | null = null;
  let matcherVersion: string | undefined;
  let generation = 0;

  const loadEngine = () => {
    const t0 = performance.now();
    return (enginePromise ??= deps.loadEngine().then(
      (e) => {
        measure('parley:engine-load', t0);
        return (engine = e);
      },
      (err) => {
        enginePromise = null;
        throw err;
      },
    ));
  };

  // The gate: a page without trigger words gets no engine and no matcher, only a cheap check of
  // what it adds later.
  let gate: Gate | null = null;
  /** The gate of the built-in words alone (the reader's entries only add to it). */
  let builtinGate: Gate | null = null;
  let gateWatch: (() => void) | null = null;
  /** The gate the watch checks mutations with. */
  let watchedWith: Gate | null = null;
  let extra: Promise<string[]> | null = null;
  /** Reads the page through `g` now; when it is shut, watches what the page adds from this moment on. */
  const check = (g: Gate): boolean => {
    const t0 = performance.now();
    // The page's text and its open shadow roots' (the roots the scan reads).
    const roots: ShadowRoot[] = [];
    const open = nodePasses(g, doc.body ?? doc.documentElement, (r) => roots.push(r));
    measure('parley:gate', t0, { open });
    if (open) unwatch();
    else if (!gateWatch || watchedWith !== g) {
      gateWatch?.();
      watchedWith = g;
      const stopWatch = (gateWatch = watchShut(g, doc, roots, () => {
        if (gateWatch === stopWatch) {
          gateWatch = null;
          watchedWith = null;
        }
        void apply();
      }));
    }
    return open;
  };
  /**
   * The built-in words' answer, asked while the settings are read (before the reader's entries are
   * known): a yes holds whatever the reader added, and starts the engine chunk's import now.
   */
  const peek = (): boolean => {
    const open = check((builtinGate ??= createGate(deps.gateSpec)));
    if (open) deps.preloadEngine?.();
    return open;
  };
  /** Does the page pass the gate? `peeked`: the built-in gate's answer of this round, if it was asked. */
  const gateOpen = async (peeked: boolean | null): Promise<boolean> => {
    if (!gate) {
      // The reader's entries (none while the events are the bundled ones).
      const words = await (extra ?? gateExtra.getValue());
      gate ??= words.length ? createGate(withEntries(deps.gateSpec, words)) : (builtinGate ??= createGate(deps.gateSpec));
    }
    if (peeked) return true;
    // The same gate said no a moment ago, and its watch has seen every change since.
    if (peeked === false && gate === watchedWith && gateWatch) return false;
    return check(gate);
  };
  const unwatch = () => {
    gateWatch?.();
    gateWatch = null;
    watchedWith = null;
  };
  deps.onInvalidated(unwatch);

  /**
   * Which matcher, once per page; after a pause or a change of events, again only if it changed
   * (the background answers null while `matcherVersion` is current). True if it is a new one.
   */
  let loading = 0;
  const fetchMatcher = async (): Promise<boolean> => {
    const t0 = performance.now();
    const data = await retrying(() => deps.getMatcher(engine?.hasMatcher ? matcherVersion : undefined));
    measure('parley:matcher-ask', t0);
    if (!data) return false;
    const my = ++loading;
    const e = await loadEngine();
    if (my !== loading) return false; // a newer answer came meanwhile
    e.useMatcher(data);
    matcherVersion = data.version;
    return true;
  };

  const start = async (peeked: boolean | null = null) => {
    if (engine?.running) return;
    const gen = ++generation;
    if (!(await gateOpen(peeked)) || gen !== generation) return;
    let e: Engine;
    try {
      // The engine chunk and the background's answer at once.
      [e] = await Promise.all([loadEngine(), fetchMatcher()]);
    } catch (err) {
      console.warn(`Parley: the background did not answer, or the page engine did not load; no marks on this page. (${err})`, err);
      return;
    }
    if (gen !== generation || e.running || !e.hasMatcher) return;
    await e.start(() => gen === generation);
  };

  const stop = () => {
    generation++;
    engine?.stop();
  };

  // A frame starts only once it holds some prose (see lib/page/frames.ts); until then a
  // MutationObserver, checked in idle time, waits for its text to arrive.
  let frameWatch: MutationObserver | null = null;
  const frameReady = (): boolean => {
    if (top || hasProse(doc.body)) return true;
    if (!frameWatch) {
      let queued = false;
      frameWatch = new MutationObserver(() => {
        if (queued) return;
        queued = true;
        void whenIdle(2000).then(() => {
          queued = false;
          if (hasProse(doc.body)) {
            frameWatch?.disconnect();
            frameWatch = null;
            void apply();
          }
        });
      });
      frameWatch.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
      deps.onInvalidated(() => frameWatch?.disconnect());
    }
    return false;
  };

  const apply = async () => {
    // A frame too small to hold an article never starts, whatever the settings: it reads none of them.
    if (!isWorthScanning(win)) {
      stop();
      return;
    }
    const hints = deps.hints?.() ?? { offHere: false, builtinOnly: false };
    // The built-in words are the whole gate (the hint says the reader has none of their own) and they
    // shut this page: nothing the settings could say would start anything, so none is read and no
    // storage is watched (in Firefox the first use of extension storage in a page is its largest
    // fixed cost). Only what the page adds is watched, and a trigger word there comes back here.
    let early: boolean | null = null;
    if (hints.builtinOnly && !hints.offHere && !watchingSettings && !engine && (top || hasProse(doc.body))) {
      early = peek();
      if (!early) return;
    }
    if (deps.wake && !deps.wake()) {
      unwatch();
      stop();
      return;
    }
    watchSettings();
    // The reader's gate entries are read alongside the settings (one round of storage reads, not two).
    if (!gate) (extra = gateExtra.getValue()).catch(() => {}); // awaited (and any failure seen) by the gate
    const t0 = performance.now();
    const settings = Promise.all([enabled.getValue(), pausedSites.getValue()]);
    // Meanwhile the built-in gate reads the page (a frame only once it holds prose): on a yes the
    // engine chunk is fetched and compiled while the settings are on their way. Not where the off
    // hint says Parley is off: the page is read only if the settings say on after all.
    const peeked = early ?? (!engine?.running && !(gate && gate !== builtinGate) && !hints.offHere && (top || hasProse(doc.body)) ? peek() : null);
    const [on, paused] = await settings;
    measure('parley:settings', t0);
    const active = isActiveFor(on, paused, topPageUrl(win)) && isActiveFor(on, paused, win.location.href);
    if (active && frameReady()) await start(peeked);
    else if (!active) {
      // Off here: no watch stays either (the peek may have set one).
      unwatch();
      stop();
    }
  };

  /** Do the settings say Parley is on for this frame and its page? */
  const isOnHere = async (): Promise<boolean> => {
    const [on, paused] = await Promise.all([enabled.getValue(), pausedSites.getValue()]);
    return isActiveFor(on, paused, topPageUrl(win)) && isActiveFor(on, paused, win.location.href);
  };

  deps.onInvalidated(stop);
  /**
   * The settings' watches, set up by the first apply that reads the settings (a page the built-in
   * gate shut under the "built-in words only" hint has none; see apply).
   */
  let watchingSettings = false;
  const watchSettings = () => {
    if (watchingSettings) return;
    watchingSettings = true;
    // The reader's own events add to the gate: check again with them.
    deps.onInvalidated(
      gateExtra.watch(() => {
        gate = null;
        extra = null;
        unwatch();
        if (!engine?.running) void apply();
      }),
    );
    // Settings live in extension storage: a change reaches every tab and frame at once.
    deps.onInvalidated(enabled.watch(() => void apply()));
    deps.onInvalidated(pausedSites.watch(() => void apply()));
    // Notes or events changed (in this tab, another tab, the popup or the options page).
    deps.onInvalidated(
      dataRevision.watch(async (rev) => {
        const e = engine;
        if (!e?.running) return;
        if (rev.what !== 'notes' && (await fetchMatcher().catch(() => false)) && e.running) await e.rescan();
        e.refresh();
      }),
    );
  };

  return {
    apply,
    get engine() {
      return engine;
    },
    onTabMessage(msg) {
      if (!top || !isTabEnvelope(msg)) return undefined;
      const env = msg as TabEnvelope;
      if (env.type === 'listMentions') {
        return (async (): Promise<TabProtocol['listMentions']['res']> => {
          const mentions = engine?.running ? await engine.listMentions() : null;
          // No engine: Parley is off here, or on and the gate found nothing (a page it shut before
          // reading any setting is told apart by reading them now).
          const active = !!mentions || (isWorthScanning(win) && (await isOnHere()));
          return { active, url: win.location.href, mentions: mentions ?? [] };
        })();
      }
      if (env.type === 'openMention') return Promise.resolve(!!engine?.openMention((env.req as TabProtocol['openMention']['req']).id));
      return undefined;
    },
  };
}
