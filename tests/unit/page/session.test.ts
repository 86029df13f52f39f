// @vitest-environment happy-dom
/**
 * A page's session (lib/page/session.ts): the settings, the gate, loading the engine and asking
 * for the matcher only for pages that pass it, following changes of settings and data, and the popup's
 * questions. The engine and the background are fakes; the gate is the real, built one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import spec from 'virtual:parley/gate';
import type { Engine } from '../../../lib/page/engine';
import { createSession, retrying, type SessionDeps, type WatchedItem } from '../../../lib/page/session';
import type { MatcherData } from '../../../lib/messages/protocol';
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
    useMatcher: vi.fn((_: MatcherData) => void (has = true)),
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

const DATA = (version: string): MatcherData => ({ version });
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
  const getMatcher = vi.fn(async (known?: string) => (known === version ? null : DATA(version)));
  const loadEngine = vi.fn(async () => engine);
  const deps: SessionDeps = { onInvalidated: (fn) => invalidated.push(fn), settings, gateSpec: spec, getMatcher, loadEngine };
  const session = createSession(deps);
  return { session, engine, settings, getMatcher, loadEngine, setVersion: (v: string) => (version = v), invalidate: () => invalidated.forEach((f) => f()) };
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
    const p = document.createElement('p');
    p.textContent = 'Later: the Kremlin confirmed the talks.';
    document.querySelector('article')!.append(p);
    await tick();
    expect(s.loadEngine).toHaveBeenCalledTimes(1);
    expect(s.engine.useMatcher).toHaveBeenCalledWith(DATA('v1'));
    expect(s.engine.start).toHaveBeenCalledTimes(1);
  });

  it('a page with a mention loads the engine and asks for the matcher once, and starts it', async () => {
    const s = setup(NEWS);
    await s.session.apply();
    await s.session.apply(); // a second apply (a settings echo) starts nothing new
    expect(s.loadEngine).toHaveBeenCalledTimes(1);
    expect(s.getMatcher).toHaveBeenCalledTimes(1);
    expect(s.getMatcher).toHaveBeenCalledWith(undefined);
    expect(s.engine.useMatcher).toHaveBeenCalledWith(DATA('v1'));
    expect(s.engine.start).toHaveBeenCalledTimes(1);
    expect(s.session.engine).toBe(s.engine);
  });

  it('switched off or paused for this site: nothing starts; switching off stops a running engine, on again starts it with the matcher it had', async () => {
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
    // The matcher is asked for again with the version held: the background answers null, nothing changes.
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
    const session = createSession({ onInvalidated: () => {}, settings, gateSpec: spec, getMatcher: vi.fn(), loadEngine, win });
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

  it('where the off hint ran: a page with a mention is not read, and the chunk is not loaded', async () => {
    performance.clearMeasures('parley:gate');
    const s = held(NEWS, { paused: [location.hostname], offHere: true });
    const applied = s.session.apply();
    await tick();
    s.release();
    await applied;
    expect(gateChecks()).toBe(0);
    expect(s.preloadEngine).not.toHaveBeenCalled();
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
    expect(s.engine.useMatcher).toHaveBeenCalledWith(DATA('v1'));
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

  it('events changed: a new matcher version means a rescan; the same version means none', async () => {
    const s = setup(NEWS);
    await s.session.apply();
    await s.settings.dataRevision.set({ rev: 1, what: 'events' });
    expect(s.getMatcher).toHaveBeenLastCalledWith('v1');
    expect(s.engine.rescan).not.toHaveBeenCalled();
    expect(s.engine.refresh).toHaveBeenCalledTimes(1);
    s.setVersion('v2');
    await s.settings.dataRevision.set({ rev: 2, what: 'events' });
    expect(s.engine.useMatcher).toHaveBeenLastCalledWith(DATA('v2'));
    expect(s.engine.rescan).toHaveBeenCalledTimes(1);
    expect(s.engine.refresh).toHaveBeenCalledTimes(2);
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
