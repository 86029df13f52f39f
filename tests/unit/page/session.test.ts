// @vitest-environment happy-dom
/**
 * A page's session (lib/page/session.ts): the settings, the gate, loading the engine and the
 * matcher only for pages that pass it, following changes of settings and data, and the popup's
 * questions. The engine and the background are fakes; the gate is the real, built one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import spec from 'virtual:parley/gate';
import type { Engine } from '../../../lib/page/engine';
import { createSession, retrying, type SessionDeps, type WatchedItem } from '../../../lib/page/session';
import type { MatcherData } from '../../../lib/messages/protocol';
import type { CompiledMatcher } from '../../../lib/detect/matcher';
import { TABLES_FORMAT, type MatcherTables } from '../../../lib/detect/tables';
import type { DataRevision } from '../../../lib/settings/signals';

function item<T>(value: T) {
  const watchers = new Set<(v: T) => void>();
  return {
    getValue: async () => value,
    watch(cb: (v: T) => void) {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
    async set(v: T) {
      value = v;
      for (const w of watchers) await w(v);
    },
  } satisfies WatchedItem<T> & { set(v: T): Promise<void> };
}

function fakeEngine() {
  let running = false;
  let has = false;
  return {
    useMatcher: vi.fn((_: MatcherData, _matcher: CompiledMatcher) => void (has = true)),
    get hasMatcher() {
      return has;
    },
    get running() {
      return running;
    },
    start: vi.fn(async () => void (running = true)),
    stop: vi.fn(() => void (running = false)),
    rescan: vi.fn(async () => {}),
    refresh: vi.fn(),
    listMentions: vi.fn(async () => [{ id: 1, quote: 'the Anchorage summit', status: 'known' as const, eventId: 'e1', title: 'Anchorage', confidence: 0.9 }]),
    openMention: vi.fn((id: number) => id === 1),
  } satisfies Engine;
}

const TABLES = (version: string) => ({ version, tables: {} }) as unknown as MatcherData;
/** What the fake parser makes of tables: a matcher that says which bytes it was made from. */
type FakeMatcher = CompiledMatcher & { bytes: number[] };
const bytesOf = (m: CompiledMatcher) => (m as FakeMatcher).bytes;
const tick = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

function setup(body: string, opts: { enabled?: boolean; paused?: string[] } = {}) {
  document.body.innerHTML = body;
  const engine = fakeEngine();
  const settings = {
    enabled: item(opts.enabled ?? true),
    pausedSites: item<string[]>(opts.paused ?? []),
    gateExtra: item<string[]>([]),
    dataRevision: item<DataRevision>({ rev: 0, what: 'all' }),
  };
  const invalidated: (() => void)[] = [];
  let version = 'v1';
  const getMatcher = vi.fn(async (known?: string) => (known === version ? null : TABLES(version)));
  const loadEngine = vi.fn(async () => engine);
  const loadBuiltinTables = vi.fn(async () => new Uint8Array([9, 8, 7]).buffer);
  const parseTables = vi.fn((t: MatcherTables) => ({ events: [], bytes: [...t.bytes] }) as unknown as CompiledMatcher);
  const deps: SessionDeps = { onInvalidated: (fn) => invalidated.push(fn), settings, gateSpec: spec, getMatcher, loadEngine, loadBuiltinTables, parseTables };
  const session = createSession(deps);
  return { session, engine, settings, getMatcher, loadEngine, loadBuiltinTables, parseTables, setVersion: (v: string) => (version = v), invalidate: () => invalidated.forEach((f) => f()) };
}

const RECIPE = '<article><h1>Black bean soup</h1><p>Add two cups of black beans and a bay leaf, and simmer for forty minutes.</p></article>';
const NEWS = '<article><h1>Summit</h1><p>Putin and Trump met at the Anchorage summit on Friday.</p></article>';

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => vi.restoreAllMocks());

describe('which pages get the engine', () => {
  it('a page without trigger words loads no engine and asks for no matcher, until it adds a mention', async () => {
    const s = setup(RECIPE);
    await s.session.apply();
    expect(s.loadEngine).not.toHaveBeenCalled();
    expect(s.getMatcher).not.toHaveBeenCalled();
    expect(s.loadBuiltinTables).not.toHaveBeenCalled();
    const p = document.createElement('p');
    p.textContent = 'Later: the Kremlin confirmed the talks.';
    document.querySelector('article')!.append(p);
    await tick();
    expect(s.loadEngine).toHaveBeenCalledTimes(1);
    expect(s.engine.useMatcher).toHaveBeenCalledWith(TABLES('v1'), expect.anything());
    expect(s.engine.start).toHaveBeenCalledTimes(1);
  });

  it('a page that cannot read the tables\' file gets their bytes from the background', async () => {
    const s = setup(NEWS);
    s.loadBuiltinTables.mockRejectedValue(new TypeError('Failed to fetch'));
    s.getMatcher.mockImplementation(async (_known?: string, inline?: boolean) => ({ version: 'v1', tables: { format: 2, source: 'x', ...(inline ? { base64: 'AQIDBA==' } : {}) } }));
    await s.session.apply();
    expect(bytesOf(s.engine.useMatcher.mock.calls[0]![1])).toEqual([1, 2, 3, 4]);
    expect(s.getMatcher).toHaveBeenLastCalledWith(undefined, true);
  });

  it('a page with a mention loads the engine and the tables once, and starts it', async () => {
    const s = setup(NEWS);
    await s.session.apply();
    await s.session.apply(); // a second apply (a settings echo) starts nothing new
    expect(s.loadEngine).toHaveBeenCalledTimes(1);
    expect(s.getMatcher).toHaveBeenCalledTimes(1);
    expect(s.getMatcher).toHaveBeenCalledWith(undefined);
    // The built-in tables' file is read once, as soon as the gate opens, parsed by the session and
    // handed to the engine as a matcher.
    expect(s.loadBuiltinTables).toHaveBeenCalledTimes(1);
    expect(s.parseTables).toHaveBeenCalledTimes(1);
    expect(bytesOf(s.engine.useMatcher.mock.calls[0]![1])).toEqual([9, 8, 7]);
    expect(s.engine.start).toHaveBeenCalledTimes(1);
    expect(s.session.engine).toBe(s.engine);
  });

  it('switched off or paused for this site: nothing starts; switching off stops a running engine, on again starts it without new tables', async () => {
    const off = setup(NEWS, { enabled: false });
    await off.session.apply();
    expect(off.loadEngine).not.toHaveBeenCalled();
    const paused = setup(NEWS, { paused: [location.hostname] });
    await paused.session.apply();
    expect(paused.loadEngine).not.toHaveBeenCalled();

    const s = setup(NEWS);
    await s.session.apply();
    await s.settings.enabled.set(false);
    expect(s.engine.stop).toHaveBeenCalled();
    expect(s.engine.running).toBe(false);
    await s.settings.enabled.set(true);
    await tick();
    expect(s.engine.start).toHaveBeenCalledTimes(2);
    // Tables are asked again with the version held: the background answers null, nothing reloads.
    expect(s.getMatcher).toHaveBeenLastCalledWith('v1');
    expect(s.engine.useMatcher).toHaveBeenCalledTimes(1);
  });

  it('a frame too small to hold an article reads no settings and loads nothing', async () => {
    document.body.innerHTML = NEWS;
    const settings = { enabled: item(true), pausedSites: item<string[]>([]), gateExtra: item<string[]>([]), dataRevision: item<DataRevision>({ rev: 0, what: 'all' }) };
    const reads = Object.values(settings).map((s) => vi.spyOn(s, 'getValue'));
    const loadEngine = vi.fn();
    // An ad frame: 120 × 60, not the top window.
    const win = { top: {}, innerWidth: 120, innerHeight: 60, location: window.location } as unknown as Window;
    const session = createSession({ onInvalidated: () => {}, settings, gateSpec: spec, getMatcher: vi.fn(), loadEngine, loadBuiltinTables: vi.fn(), win });
    await session.apply();
    for (const r of reads) expect(r).not.toHaveBeenCalled();
    expect(loadEngine).not.toHaveBeenCalled();
  });

  it('the content script going away stops the engine', async () => {
    const s = setup(NEWS);
    await s.session.apply();
    s.invalidate();
    expect(s.engine.stop).toHaveBeenCalled();
  });

  it('an engine chunk that fails to load leaves the page unmarked, with a warning', async () => {
    const s = setup(NEWS);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    s.loadEngine.mockRejectedValueOnce(new Error('blocked'));
    await s.session.apply();
    expect(s.engine.start).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
  });
});

describe('the engine chunk while the settings are read', () => {
  /** A setup whose settings read waits until `release` is called. */
  function held(body: string, opts: { enabled?: boolean; paused?: string[]; offHere?: boolean; builtinOnly?: boolean; orphan?: boolean } = {}) {
    const s = setup(body, opts);
    const preloadEngine = vi.fn();
    const wake = vi.fn(() => !opts.orphan);
    let release!: () => void;
    const gateOpen = new Promise<void>((r) => (release = r));
    const read = s.settings.enabled.getValue;
    vi.spyOn(s.settings.enabled, 'getValue').mockImplementation(async () => (await gateOpen, read()));
    const invalidated: (() => void)[] = [];
    const session = createSession({
      onInvalidated: (fn) => invalidated.push(fn),
      settings: s.settings,
      gateSpec: spec,
      getMatcher: s.getMatcher,
      loadEngine: s.loadEngine,
      loadBuiltinTables: s.loadBuiltinTables,
      parseTables: s.parseTables,
      preloadEngine,
      wake,
      ...(opts.offHere === undefined && opts.builtinOnly === undefined ? {} : { hints: () => ({ offHere: !!opts.offHere, builtinOnly: !!opts.builtinOnly }) }),
    });
    return { ...s, session, preloadEngine, wake, release, invalidate: () => invalidated.forEach((f) => f()) };
  }
  const gateChecks = () => performance.getEntriesByName('parley:gate').length;

  it('a page with a mention starts the chunk before the settings arrive; the engine is made only after', async () => {
    const s = held(NEWS);
    const applied = s.session.apply();
    await tick();
    expect(s.preloadEngine).toHaveBeenCalledTimes(1);
    expect(s.loadEngine).not.toHaveBeenCalled();
    expect(s.getMatcher).not.toHaveBeenCalled();
    s.release();
    await applied;
    expect(s.loadEngine).toHaveBeenCalledTimes(1);
    expect(s.engine.start).toHaveBeenCalledTimes(1);
  });

  it('a page with a mention reads the tables\' file before the settings arrive, parses it only after, and reads it once', async () => {
    const s = held(NEWS);
    const applied = s.session.apply();
    await tick();
    expect(s.loadBuiltinTables).toHaveBeenCalledTimes(1);
    expect(s.parseTables).not.toHaveBeenCalled();
    s.release();
    await applied;
    expect(s.loadBuiltinTables).toHaveBeenCalledTimes(1);
    expect(s.parseTables).toHaveBeenCalledTimes(1);
    expect(bytesOf(s.engine.useMatcher.mock.calls[0]![1])).toEqual([9, 8, 7]);
  });

  it('a tables\' file that failed to read before the settings arrived: the background sends the bytes', async () => {
    const s = held(NEWS);
    s.loadBuiltinTables.mockRejectedValue(new TypeError('Failed to fetch'));
    s.getMatcher.mockImplementation(async (_known?: string, inline?: boolean) => ({ version: 'v1', tables: { format: 2, source: 'x', ...(inline ? { base64: 'AQIDBA==' } : {}) } }));
    const applied = s.session.apply();
    await tick();
    expect(s.getMatcher).not.toHaveBeenCalled();
    s.release();
    await applied;
    expect(bytesOf(s.engine.useMatcher.mock.calls[0]![1])).toEqual([1, 2, 3, 4]);
  });

  it('a page without trigger words loads no chunk, and the page is read once per round', async () => {
    performance.clearMeasures('parley:gate');
    const s = held(RECIPE);
    const applied = s.session.apply();
    s.release();
    await applied;
    expect(s.preloadEngine).not.toHaveBeenCalled();
    expect(gateChecks()).toBe(1);
    // Its watch is on: a mention the page adds later opens the gate.
    const p = document.createElement('p');
    p.textContent = 'Later: the Kremlin confirmed the talks.';
    document.querySelector('article')!.append(p);
    await tick();
    expect(s.loadEngine).toHaveBeenCalledTimes(1);
  });

  it('where the off hint ran: a page with a mention is not read, and neither the chunk nor the tables\' file is loaded', async () => {
    performance.clearMeasures('parley:gate');
    const s = held(NEWS, { paused: [location.hostname], offHere: true });
    const applied = s.session.apply();
    await tick();
    s.release();
    await applied;
    expect(gateChecks()).toBe(0);
    expect(s.preloadEngine).not.toHaveBeenCalled();
    expect(s.loadBuiltinTables).not.toHaveBeenCalled();
    expect(s.loadEngine).not.toHaveBeenCalled();
    // Unpaused later: the page is read then, and marked.
    await s.settings.pausedSites.set([]);
    await tick(20);
    expect(gateChecks()).toBeGreaterThan(0);
    expect(s.loadEngine).toHaveBeenCalled();
    expect(s.engine.start).toHaveBeenCalled();
  });

  it('a stale off hint on a page Parley is on for: the page is read once the settings arrive, and marked', async () => {
    const s = held(NEWS, { offHere: true });
    const applied = s.session.apply();
    await tick();
    expect(s.preloadEngine).not.toHaveBeenCalled();
    s.release();
    await applied;
    expect(s.loadEngine).toHaveBeenCalledTimes(1);
    expect(s.engine.start).toHaveBeenCalledTimes(1);
    expect(bytesOf(s.engine.useMatcher.mock.calls[0]![1])).toEqual([9, 8, 7]);
  });

  it('"built-in words only" and a page they shut: no setting is read and no storage watched, until the page adds a trigger word', async () => {
    const s = held(RECIPE, { builtinOnly: true });
    await tick(); // (earlier tests' sessions may still watch the page, and see its new body)
    performance.clearMeasures('parley:gate');
    const watches = [s.settings.enabled, s.settings.pausedSites, s.settings.gateExtra, s.settings.dataRevision].map((i) => vi.spyOn(i, 'watch'));
    const reads = [s.settings.enabled, s.settings.pausedSites, s.settings.gateExtra].map((i) => vi.spyOn(i, 'getValue'));
    s.release();
    await s.session.apply();
    expect(gateChecks()).toBe(1);
    for (const r of reads) expect(r).not.toHaveBeenCalled();
    for (const w of watches) expect(w).not.toHaveBeenCalled();
    // Nor is the extension API touched at all (lib/page/content-context.ts).
    expect(s.wake).not.toHaveBeenCalled();
    const p = document.createElement('p');
    p.textContent = 'Later: the Kremlin confirmed the talks.';
    document.querySelector('article')!.append(p);
    await tick(20);
    expect(s.wake).toHaveBeenCalled();
    expect(reads[0]).toHaveBeenCalled();
    for (const w of watches) expect(w).toHaveBeenCalledTimes(1);
    expect(s.loadEngine).toHaveBeenCalledTimes(1);
    s.invalidate();
  });

  it('an orphaned copy (its extension reloaded) that wakes reads no setting and starts nothing', async () => {
    const s = held(RECIPE, { builtinOnly: true, orphan: true });
    s.release();
    await s.session.apply();
    const read = vi.spyOn(s.settings.enabled, 'getValue');
    const p = document.createElement('p');
    p.textContent = 'Later: the Kremlin confirmed the talks.';
    document.querySelector('article')!.append(p);
    await tick(20);
    expect(s.wake).toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
    expect(s.loadEngine).not.toHaveBeenCalled();
    s.invalidate();
  });

  it('"built-in words only" and a page with a mention: the page is read once, and marked', async () => {
    const s = held(NEWS, { builtinOnly: true });
    await tick(); // (earlier tests' sessions may still watch the page, and see its new body)
    performance.clearMeasures('parley:gate');
    const applied = s.session.apply();
    await tick();
    expect(s.preloadEngine).toHaveBeenCalledTimes(1);
    s.release();
    await applied;
    expect(gateChecks()).toBe(1);
    expect(s.engine.start).toHaveBeenCalledTimes(1);
    s.invalidate();
  });

  it('"built-in words only" and a page with a mention: the built-in tables are parsed as soon as their file is read, before the settings and the background\'s answer, and used once it names them', async () => {
    const s = held(NEWS, { builtinOnly: true });
    let answer!: () => void;
    const answered = new Promise<void>((r) => (answer = r));
    s.getMatcher.mockImplementation(async () => (await answered, { version: 'v1', tables: { format: TABLES_FORMAT, source: 'x' } }) as unknown as MatcherData);
    const applied = s.session.apply();
    await tick();
    expect(s.parseTables).toHaveBeenCalledTimes(1);
    expect([...s.parseTables.mock.calls[0]![0].bytes]).toEqual([9, 8, 7]);
    s.release();
    await tick();
    expect(s.engine.useMatcher).not.toHaveBeenCalled();
    answer();
    await applied;
    expect(s.parseTables).toHaveBeenCalledTimes(1);
    expect(bytesOf(s.engine.useMatcher.mock.calls[0]![1])).toEqual([9, 8, 7]);
    expect(s.engine.start).toHaveBeenCalledTimes(1);
    s.invalidate();
  });

  it('"built-in words only", but the background sends tables of its own (the hint was stale): those are parsed and used', async () => {
    const s = held(NEWS, { builtinOnly: true });
    s.getMatcher.mockImplementation(async () => ({ version: 'v2', tables: { format: TABLES_FORMAT, source: 'y', base64: 'AQIDBA==' } }) as unknown as MatcherData);
    const applied = s.session.apply();
    await tick();
    s.release();
    await applied;
    expect(s.parseTables).toHaveBeenCalledTimes(2);
    expect(bytesOf(s.engine.useMatcher.mock.calls[0]![1])).toEqual([1, 2, 3, 4]);
    s.invalidate();
  });

  it('"built-in words only" while switched off: a page that adds a trigger word reads the settings then, and starts nothing', async () => {
    const s = held(RECIPE, { builtinOnly: true, enabled: false });
    s.release();
    await s.session.apply();
    const p = document.createElement('p');
    p.textContent = 'Later: the Kremlin confirmed the talks.';
    document.querySelector('article')!.append(p);
    await tick(20);
    expect(s.settings.enabled.getValue).toHaveBeenCalled();
    expect(s.loadEngine).not.toHaveBeenCalled();
    s.invalidate();
  });

  it('paused for this site: the chunk may load, but no engine is made, nothing is asked, and no watch stays', async () => {
    const news = held(NEWS, { paused: [location.hostname] });
    const a = news.session.apply();
    news.release();
    await a;
    expect(news.loadEngine).not.toHaveBeenCalled();
    expect(news.getMatcher).not.toHaveBeenCalled();
    // The tables' file may have been read meanwhile (like the chunk), but nothing is made of it.
    expect(news.parseTables).not.toHaveBeenCalled();

    const recipe = held(RECIPE, { enabled: false });
    const b = recipe.session.apply();
    recipe.release();
    await b;
    const reads = vi.mocked(recipe.settings.enabled.getValue).mock.calls.length;
    const p = document.createElement('p');
    p.textContent = 'Later: the Kremlin confirmed the talks.';
    document.querySelector('article')!.append(p);
    await tick();
    // No watch reacted: the settings were not read again, nothing loaded.
    expect(vi.mocked(recipe.settings.enabled.getValue).mock.calls.length).toBe(reads);
    expect(recipe.preloadEngine).not.toHaveBeenCalled();
    expect(recipe.loadEngine).not.toHaveBeenCalled();
  });
});

describe('data changes', () => {
  it('notes changed: the card reloads, the matcher is not asked again', async () => {
    const s = setup(NEWS);
    await s.session.apply();
    await s.settings.dataRevision.set({ rev: 1, what: 'notes' });
    expect(s.engine.refresh).toHaveBeenCalledTimes(1);
    expect(s.getMatcher).toHaveBeenCalledTimes(1);
    expect(s.engine.rescan).not.toHaveBeenCalled();
  });

  it('events changed: new tables mean a rescan; the same version means none', async () => {
    const s = setup(NEWS);
    await s.session.apply();
    await s.settings.dataRevision.set({ rev: 1, what: 'events' });
    expect(s.getMatcher).toHaveBeenLastCalledWith('v1');
    expect(s.engine.rescan).not.toHaveBeenCalled();
    expect(s.engine.refresh).toHaveBeenCalledTimes(1);
    s.setVersion('v2');
    await s.settings.dataRevision.set({ rev: 2, what: 'events' });
    expect(s.engine.useMatcher).toHaveBeenLastCalledWith(TABLES('v2'), expect.anything());
    expect(s.engine.rescan).toHaveBeenCalledTimes(1);
    expect(s.engine.refresh).toHaveBeenCalledTimes(2);
  });

  it('with events of the reader’s own, the page leaves the tables’ file unread when the background sends tables, and reads it when the answer names it', async () => {
    const own = setup(NEWS);
    await own.settings.gateExtra.set(['zanzibar accord']);
    own.getMatcher.mockResolvedValue({ version: 'u1', tables: { format: 2, source: 'mine', base64: 'AQID' } } as unknown as MatcherData);
    await own.session.apply();
    expect(own.engine.start).toHaveBeenCalledTimes(1);
    // Read at most once (the built-in words opened the gate before the reader's were known), never parsed.
    expect(own.loadBuiltinTables.mock.calls.length).toBeLessThanOrEqual(1);
    expect(own.parseTables).toHaveBeenCalled();
    for (const [t] of own.parseTables.mock.calls) expect([...t.bytes]).toEqual([1, 2, 3]);
    expect(bytesOf(own.engine.useMatcher.mock.calls[0]![1])).toEqual([1, 2, 3]);

    const named = setup(NEWS);
    await named.settings.gateExtra.set(['zanzibar accord']);
    await named.session.apply();
    // Asked for only once the answer names the built-in tables.
    expect(named.loadBuiltinTables).toHaveBeenCalledTimes(1);
    expect(bytesOf(named.engine.useMatcher.mock.calls[0]![1])).toEqual([9, 8, 7]);
  });

  it('the reader’s own events open the gate of a page that names only them', async () => {
    const s = setup('<p>The Zanzibar accord talks resumed on Tuesday.</p>');
    await s.session.apply();
    expect(s.loadEngine).not.toHaveBeenCalled();
    await s.settings.gateExtra.set(['zanzibar accord']);
    await tick();
    expect(s.loadEngine).toHaveBeenCalledTimes(1);
  });
});

describe('the popup’s questions', () => {
  it('lists nothing on a page that never started (on, or off), and the mentions of one that did; opens a mention by id', async () => {
    const shut = setup(RECIPE);
    await shut.session.apply();
    // On here, and the gate found nothing: active, no mentions (not "Parley is off").
    expect(await shut.session.onTabMessage({ parleyTab: 1, type: 'listMentions', req: {} })).toEqual({ active: true, url: location.href, mentions: [] });
    expect(await shut.session.onTabMessage({ parleyTab: 1, type: 'openMention', req: { id: 1 } })).toBe(false);
    const off = setup(NEWS, { enabled: false });
    await off.session.apply();
    expect(await off.session.onTabMessage({ parleyTab: 1, type: 'listMentions', req: {} })).toEqual({ active: false, url: location.href, mentions: [] });

    const s = setup(NEWS);
    await s.session.apply();
    const list = (await s.session.onTabMessage({ parleyTab: 1, type: 'listMentions', req: {} })) as { active: boolean; mentions: unknown[] };
    expect(list.active).toBe(true);
    expect(list.mentions).toHaveLength(1);
    expect(await s.session.onTabMessage({ parleyTab: 1, type: 'openMention', req: { id: 1 } })).toBe(true);
    expect(s.session.onTabMessage({ type: 'listMentions' })).toBeUndefined(); // not a tab envelope
  });
});

describe('retrying', () => {
  it('asks again while the background wakes up, and gives up after the last try', async () => {
    const ask = vi.fn().mockRejectedValueOnce(new Error('no receiver')).mockResolvedValueOnce('tables');
    expect(await retrying(ask, 4, 0)).toBe('tables');
    const never = vi.fn().mockRejectedValue(new Error('no receiver'));
    await expect(retrying(never, 3, 0)).rejects.toThrow('no receiver');
    expect(never).toHaveBeenCalledTimes(3);
  });
});
