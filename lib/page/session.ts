/**
 * A page's Parley session: whether Parley works in this frame, and the lifecycle of that work.
 * This is what runs on every page; it stays small, and the rest is loaded only when needed.
 *
 *   settings (global switch, per-site pause; watched) ──off──> nothing runs, nothing stays
 *      │ on                                                   (marks cleared, card removed; where
 *      │                                      the background's off hint ran, the page is not even read)
 *   frame holds prose? (lib/page/frames.ts; a frame without is watched until it has some)
 *      │
 *   gate (lib/page/gate.ts): no trigger word ──> no engine, no matcher, a watch on what the page adds
 *      │ open     (the built-in words are read while the settings are; a yes there starts the engine
 *      │          chunk's import and the read of the built-in tables' file at once: the longest steps
 *      │          before the first marks; no engine is made until the settings say on, and the
 *      │          tables are parsed before then only where the hint says they are the reader's)
 *   engine (lib/page/engine.ts, a chunk)  +  which tables (background, once; cached by version)  +  the
 *      built-in tables' file; the tables are parsed here (loadMatcher, no compile) while the engine
 *      chunk is still loading, and handed to it ready
 *      │
 *   data revision (watched): events changed ──> new tables, rescan; notes changed ──> the card reloads
 *
 * Everything it touches comes in through SessionDeps, so tests drive it with fakes.
 */
import { createGate, nodePasses, watchShut, withEntries, type Gate, type GateSpec } from './gate';
import { hasProse, isTopFrame, isWorthScanning, topPageUrl } from './frames';
import { runSliced, whenIdle, type Sliced } from './schedule';
import { measure as pageMeasure } from './user-timing';
import { TABLES_FORMAT, fromBase64, fromSent, loadMatcherSteps, type MatcherTables } from '../detect/tables';
import type { Steps } from '../detect/steps';
import type { CompiledMatcher } from '../detect/matcher';
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
  /**
   * The prebuilt matcher from the background; null when `knownVersion` is still current. `inline`:
   * with the tables in the answer even when they are the build's own.
   */
  getMatcher(knownVersion?: string, inline?: boolean): Promise<MatcherData | null>;
  /**
   * The bytes of the build's own tables (an extension file). Asked for as soon as the gate opens,
   * beside the engine and the background's answer, which says whether they are the ones to use.
   */
  loadBuiltinTables(): Promise<ArrayBuffer>;
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
  /**
   * Turns tables into a matcher, at once or as steps run in slices (lib/detect/tables.ts
   * loadMatcherSteps; tests pass a fake).
   */
  parseTables?(tables: MatcherTables): CompiledMatcher | Steps<CompiledMatcher>;
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

  let builtin: Promise<ArrayBuffer> | null = null;
  /**
   * The built-in tables' bytes, read as soon as the built-in gate opens (see peek), before the
   * settings say whether they will be used: reading the file is local and cheap, and its parse then
   * ends before the engine chunk is ready, instead of holding the main thread just when the chunk's
   * module is waiting for it (a late parse put off the first marks). Nothing is asked of the
   * background until the settings say this page is on, and nothing parsed unless the page hint says
   * the built-in tables are the reader's (parseAhead); bytes that go unused are dropped.
   */
  let prefetched: Promise<ArrayBuffer> | null = null;
  const readFile = () => {
    const t0 = performance.now();
    return deps.loadBuiltinTables().then((bytes) => {
      measure('parley:tables-file', t0);
      return bytes;
    });
  };
  const prefetch = () => {
    if (prefetched || builtin) return;
    (prefetched = readFile()).catch(() => {}); // a failure is seen by builtinTables, if the bytes are wanted
  };
  const builtinTables = () => {
    if (builtin) return builtin;
    const read = prefetched ?? readFile();
    prefetched = null;
    const p = (builtin = read.catch(async (err) => {
      // The file could not be read here (a page's policy, say): the background sends the bytes.
      const data = await retrying(() => deps.getMatcher(undefined, true));
      if (data?.tables.base64 === undefined) throw err;
      return fromBase64(data.tables.base64).buffer;
    }));
    p.catch(() => {
      if (builtin === p) builtin = null; // ask again next time
    });
    return p;
  };

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
  /** The reader's entries the gate holds (none while the events are the bundled ones). */
  let extraWords: string[] = [];
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
   * `builtinOnly`: the hint says the reader has no events of their own, so the built-in tables are
   * the ones the background will name: they are parsed as soon as their file is read (parseAhead).
   */
  const peek = (builtinOnly = false): boolean => {
    const open = check((builtinGate ??= createGate(deps.gateSpec)));
    if (open) {
      deps.preloadEngine?.();
      prefetch();
      if (builtinOnly) parseAhead();
    }
    return open;
  };
  /** Does the page pass the gate? `peeked`: the built-in gate's answer of this round, if it was asked. */
  const gateOpen = async (peeked: boolean | null): Promise<boolean> => {
    if (!gate) {
      extraWords = await (extra ?? gateExtra.getValue());
      gate ??= extraWords.length ? createGate(withEntries(deps.gateSpec, extraWords)) : (builtinGate ??= createGate(deps.gateSpec));
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
   * The tables, once per page; after a pause or a change of events, again only if they changed
   * (the background answers null while `matcherVersion` is current). True if new tables were loaded.
   * They are parsed here, in the content script, as soon as their bytes are in: the engine chunk
   * takes longer to load than the tables' file, and its wait left the main thread idle while the
   * first marks waited for both (parsing after the engine had loaded put 15-30 ms on that path).
   * In slices (runSliced): at once, the parse was a long task of its own on a busy machine.
   */
  const parse = async (tables: MatcherTables): Promise<Sliced<CompiledMatcher> & { start: number }> => {
    const start = performance.now();
    const parsed = (deps.parseTables ?? loadMatcherSteps)(tables);
    const r = typeof (parsed as Partial<Steps<CompiledMatcher>>).next === 'function' ? await runSliced(parsed as Steps<CompiledMatcher>) : { value: parsed as CompiledMatcher, slices: 1, longestSliceMs: 0, busyMs: 0 };
    return { ...r, start };
  };
  /**
   * The built-in tables parsed ahead: on a page whose hint says the reader has no events of their
   * own, as soon as the file's bytes are in, without waiting for the background to name them (its
   * answer took as long as the file's read, and the parse that waited for both could end after the
   * engine chunk had loaded). Taken by fetchMatcher when the answer names the built-in tables;
   * dropped when it names others, or when the settings say Parley is off here after all.
   */
  let ahead: Promise<Sliced<CompiledMatcher> & { start: number }> | null = null;
  const parseAhead = () => {
    if (ahead || !prefetched) return;
    const p = (ahead = prefetched.then((bytes) => fromSent({ format: TABLES_FORMAT, source: '' }, () => Promise.resolve(bytes))).then(parse));
    p.catch(() => {
      if (ahead === p) ahead = null; // fetchMatcher reads and parses them its own way
    });
  };
  let loading = 0;
  const fetchMatcher = async (): Promise<boolean> => {
    const t0 = performance.now();
    const data = await retrying(() => deps.getMatcher(engine?.hasMatcher ? matcherVersion : undefined));
    measure('parley:matcher-ask', t0);
    if (!data) return false;
    const my = ++loading;
    const early = data.tables.base64 === undefined && data.tables.format === TABLES_FORMAT ? await ahead?.catch(() => null) : null;
    ahead = null;
    let parsed = early;
    if (!parsed) {
      const tables = await fromSent(data.tables, builtinTables);
      prefetched = null; // the reader's own tables came instead: the file's bytes go unused
      if (my !== loading) return false; // newer tables came meanwhile
      parsed = await parse(tables);
    }
    const { value: matcher, slices, longestSliceMs, busyMs } = parsed;
    measure('parley:compile', parsed.start, { events: matcher.events.length, slices, longestSliceMs, busyMs, prebuilt: true, ahead: !!early });
    const e = await loadEngine();
    if (my !== loading) return false;
    e.useMatcher(data, matcher);
    matcherVersion = data.version;
    return true;
  };

  const start = async (peeked: boolean | null = null) => {
    if (engine?.running) return;
    const gen = ++generation;
    if (!(await gateOpen(peeked)) || gen !== generation) return;
    let e: Engine;
    try {
      // The engine chunk, the background's answer and the built-in tables, all at once. Not the
      // tables' file when the reader has events of their own (entries in the gate): the background
      // then sends its own tables, and the file would go unread (builtinTables still reads it later
      // if the answer names the built-in tables after all).
      if (!extraWords.length) void builtinTables().catch(() => {});
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
      early = peek(true);
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
    const peeked = early ?? (!engine?.running && !(gate && gate !== builtinGate) && !hints.offHere && (top || hasProse(doc.body)) ? peek(hints.builtinOnly) : null);
    const [on, paused] = await settings;
    measure('parley:settings', t0);
    const active = isActiveFor(on, paused, topPageUrl(win)) && isActiveFor(on, paused, win.location.href);
    if (active && frameReady()) await start(peeked);
    else if (!active) {
      // Off here: no watch stays either (the peek may have set one), nor the file's bytes it read.
      unwatch();
      prefetched = null;
      ahead = null;
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
