/**
 * The page's settings read straight from storage (lib/page/local-items.ts): the same values the
 * rest of Parley writes through WXT's storage items (lib/settings/), from one read and one listener.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAGE_SETTINGS, lazyStorage, localItems, pageSettings, type StorageLike } from '../../../lib/page/local-items';
import { enabledItem, pausedSitesItem, setSitePaused } from '../../../lib/settings/settings';
import { dataRevisionItem, gateExtraItem, signalDataChanged } from '../../../lib/settings/signals';

const api = () => fakeBrowser.storage as unknown as StorageLike;
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the page settings', () => {
  it('use the keys and fallbacks of the settings the popup and the background write', () => {
    const items = { enabled: enabledItem, pausedSites: pausedSitesItem, gateExtra: gateExtraItem, dataRevision: dataRevisionItem };
    expect(Object.keys(PAGE_SETTINGS).sort()).toEqual(Object.keys(items).sort());
    for (const [key, item] of Object.entries(items)) {
      expect(item.key).toBe(`local:${key}`);
      expect(PAGE_SETTINGS[key as keyof typeof PAGE_SETTINGS]).toEqual(item.fallback);
    }
  });

  it('read the fallbacks when nothing is stored, and what the settings wrote once they are set', async () => {
    const s = pageSettings(api());
    expect(await s.enabled.getValue()).toBe(true);
    expect(await s.pausedSites.getValue()).toEqual([]);
    expect(await s.dataRevision.getValue()).toEqual({ rev: 0, what: 'all' });
    await enabledItem.setValue(false);
    await setSitePaused('news.example', true);
    await gateExtraItem.setValue(['kennedy']);
    await signalDataChanged('events');
    expect(await s.enabled.getValue()).toBe(false);
    expect(await s.pausedSites.getValue()).toEqual(['news.example']);
    expect(await s.gateExtra.getValue()).toEqual(['kennedy']);
    expect(await s.dataRevision.getValue()).toEqual({ rev: 1, what: 'events' });
  });

  it('over lazy storage, touch the storage API only when a value is read or watched, and then work the same', async () => {
    const touch = vi.fn(api);
    const s = pageSettings(lazyStorage(touch));
    expect(touch).not.toHaveBeenCalled();
    await enabledItem.setValue(false);
    expect(await s.enabled.getValue()).toBe(false);
    const seen = vi.fn();
    const stop = s.pausedSites.watch(seen);
    await setSitePaused('news.example', true);
    await flush();
    expect(seen).toHaveBeenCalledWith(['news.example']);
    stop();
    expect(touch).toHaveBeenCalled();
  });

  it('read every key in one storage call for the values asked for together', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const s = pageSettings(api());
    const values = await Promise.all([s.enabled.getValue(), s.pausedSites.getValue(), s.gateExtra.getValue()]);
    expect(values).toEqual([true, [], []]);
    expect(get).toHaveBeenCalledTimes(1);
    // A later question reads again: the value may have changed since.
    await enabledItem.setValue(false);
    expect(await s.enabled.getValue()).toBe(false);
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('tell watchers of a change of their own key, with the fallback when the key is removed', async () => {
    const s = pageSettings(api());
    const enabled: boolean[] = [];
    const revs: unknown[] = [];
    s.enabled.watch((v) => enabled.push(v));
    s.dataRevision.watch((v) => revs.push(v));
    await enabledItem.setValue(false);
    await flush();
    await signalDataChanged('notes');
    await flush();
    await enabledItem.removeValue();
    await flush();
    expect(enabled).toEqual([false, true]);
    expect(revs).toEqual([{ rev: 1, what: 'notes' }]);
  });

  it('listen once for all watchers, ignore other areas and writes of an equal value, and stop listening when the last watcher goes', () => {
    const listeners = new Set<(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void>();
    const fake: StorageLike = {
      local: { get: async () => ({}) },
      onChanged: { addListener: (fn) => listeners.add(fn), removeListener: (fn) => listeners.delete(fn) },
    };
    const s = localItems(fake, { a: 1, b: [] as string[] });
    const seen: unknown[] = [];
    const stopA = s.a.watch((v) => seen.push(['a', v]));
    const stopB = s.b.watch((v) => seen.push(['b', v]));
    expect(listeners.size).toBe(1);
    const fire = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area = 'local') => listeners.forEach((fn) => fn(changes, area));
    fire({ a: { oldValue: 1, newValue: 2 } }, 'sync');
    fire({ b: { oldValue: ['x'], newValue: ['x'] } });
    fire({ a: { oldValue: 1, newValue: 2 }, c: { newValue: 5 } });
    expect(seen).toEqual([['a', 2]]);
    stopA();
    expect(listeners.size).toBe(1);
    stopB();
    expect(listeners.size).toBe(0);
  });
});
