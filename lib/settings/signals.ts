/**
 * Cross-context change signals. Whoever writes notes or events (background handler, popup, options
 * page) calls `signalDataChanged`; content scripts watch `dataRevisionItem` to refresh an open card
 * and, for event changes, their matcher. Extension storage reaches every context at once, which
 * IndexedDB change events do not (a content script cannot see the extension's IndexedDB).
 */
import { storage } from 'wxt/utils/storage';

export interface DataRevision {
  /** Bumped on every change. */
  rev: number;
  /** What changed: notes only, or events (which changes what pages should match). */
  what: 'notes' | 'events' | 'all';
}

export const dataRevisionItem = storage.defineItem<DataRevision>('local:dataRevision', { fallback: { rev: 0, what: 'all' } });

export async function signalDataChanged(what: DataRevision['what']): Promise<void> {
  const cur = await dataRevisionItem.getValue();
  await dataRevisionItem.setValue({ rev: cur.rev + 1, what });
}

/**
 * The gate's entries for the reader's own events and edits (lib/page/gate.ts): the background
 * writes them whenever events change, pages add them to the built-in gate. Empty while the events
 * are the bundled ones.
 */
export const gateExtraItem = storage.defineItem<string[]>('local:gateExtra', { fallback: [] });
