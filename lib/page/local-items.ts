/**
 * The few settings a page's session reads (lib/page/session.ts), straight from extension storage:
 * one read for all of them and one change listener for all of them.
 *
 * Why not WXT's storage items (lib/settings/), which every other context uses: an item reads its key
 * once when it is defined, again on each getValue, and adds a storage listener of its own per watch.
 * For the four a page needs that is seven storage reads and four listeners on every page, each an
 * extension API call in the page's process, before the gate has looked at a word. Here the values
 * are the same (same keys in the `local` area, same fallbacks: tests/unit/page/local-items.test.ts
 * checks them against lib/settings/), read in one call.
 */
import type { DataRevision } from '../settings/signals';
import type { SessionDeps, WatchedItem } from './session';

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/** What this needs of `browser.storage` (the `local` area and the change event). */
export interface StorageLike {
  local: { get(keys: string[]): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(fn: (changes: Record<string, StorageChange>, area: string) => void): void;
    removeListener(fn: (changes: Record<string, StorageChange>, area: string) => void): void;
  };
}

/**
 * `browser.storage` reached only when first used: in Firefox the first touch of the namespace in a
 * page sets up its API there (milliseconds of the page's main thread), which a page that never
 * reads a setting (see lib/page/session.ts, the "built-in words only" hint) should not pay.
 */
export function lazyStorage(get: () => StorageLike): StorageLike {
  return {
    local: { get: (keys) => get().local.get(keys) },
    onChanged: {
      addListener: (fn) => get().onChanged.addListener(fn),
      removeListener: (fn) => get().onChanged.removeListener(fn),
    },
  };
}

/** Values compared as JSON (what storage holds): a write of an equal value is no change. */
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Items for the keys of `fallbacks` (keys of the `local` area, as WXT's 'local:<key>' names them).
 * getValue calls made in the same turn share one read of every key; watch callbacks get the new
 * value, or the fallback when the key was removed.
 */
export function localItems<T extends Record<string, unknown>>(api: StorageLike, fallbacks: T): { [K in keyof T]: WatchedItem<T[K]> } {
  const keys = Object.keys(fallbacks);
  let reading: Promise<Record<string, unknown>> | null = null;
  const read = () =>
    (reading ??= Promise.resolve().then(() => {
      // Calls from now on read again (a value may change after this read).
      reading = null;
      return api.local.get(keys);
    }));

  const watchers = new Map<string, Set<(v: unknown) => void>>();
  let listening = false;
  const onChanged = (changes: Record<string, StorageChange>, area: string) => {
    if (area !== 'local') return;
    for (const [key, ch] of Object.entries(changes)) {
      const ws = watchers.get(key);
      if (!ws?.size || same(ch.newValue, ch.oldValue)) continue;
      const value = ch.newValue ?? fallbacks[key];
      for (const w of [...ws]) w(value);
    }
  };

  const items = {} as { [K in keyof T]: WatchedItem<T[K]> };
  for (const key of keys as (keyof T & string)[]) {
    items[key] = {
      async getValue() {
        const v = (await read())[key];
        return (v ?? fallbacks[key]) as T[typeof key];
      },
      watch(cb) {
        if (!watchers.has(key)) watchers.set(key, new Set());
        const ws = watchers.get(key)!;
        const fn = cb as (v: unknown) => void;
        ws.add(fn);
        if (!listening) {
          listening = true;
          api.onChanged.addListener(onChanged);
        }
        return () => {
          ws.delete(fn);
          if (listening && [...watchers.values()].every((s) => !s.size)) {
            listening = false;
            api.onChanged.removeListener(onChanged);
          }
        };
      },
    };
  }
  return items;
}

/** The session's settings: the keys and fallbacks of lib/settings/ (settings.ts, signals.ts). */
export const PAGE_SETTINGS = {
  enabled: true as boolean,
  pausedSites: [] as string[],
  gateExtra: [] as string[],
  dataRevision: { rev: 0, what: 'all' } as DataRevision,
};

export function pageSettings(api: StorageLike): SessionDeps['settings'] {
  return localItems(api, PAGE_SETTINGS);
}
