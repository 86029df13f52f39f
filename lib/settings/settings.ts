/**
 * Reader settings, in extension storage so that every context (each tab's content script, the
 * popup, the options page) sees a change at once through `watch`.
 */
import { storage } from 'wxt/utils/storage';

/** The global switch. Off means off: no scan, no marks, no UI on any page. */
export const enabledItem = storage.defineItem<boolean>('local:enabled', { fallback: true });

/** Hostnames where Parley is paused ('www.example.com'). */
export const pausedSitesItem = storage.defineItem<string[]>('local:pausedSites', { fallback: [] });

export { isActiveFor, siteKey } from './site';

export async function setSitePaused(site: string, paused: boolean): Promise<void> {
  const cur = await pausedSitesItem.getValue();
  const next = paused ? [...new Set([...cur, site])] : cur.filter((s) => s !== site);
  await pausedSitesItem.setValue(next);
}
