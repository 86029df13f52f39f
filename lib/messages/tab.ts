/**
 * Messages from extension pages (the popup) to the content script of one tab:
 *  - listMentions: what Parley found on this page, in document order;
 *  - openMention:  scroll to a mention and open its card.
 * Sent with browser.tabs.sendMessage; the content script answers only these envelopes.
 */
import { browser } from 'wxt/browser';
import type { MentionStatus } from '../detect/types';

export interface PageMention {
  /** The mark's id within this page load. */
  id: number;
  quote: string;
  status: MentionStatus;
  eventId: string | null;
  title: string | null;
  confidence: number;
}

export interface TabProtocol {
  listMentions: { req: Record<string, never>; res: { active: boolean; mentions: PageMention[]; /** The page's address now (single-page apps change it). */ url?: string } };
  openMention: { req: { id: number }; res: boolean };
}
export type TabMessageType = keyof TabProtocol;
export interface TabEnvelope<K extends TabMessageType = TabMessageType> {
  parleyTab: 1;
  type: K;
  req: TabProtocol[K]['req'];
}

export function isTabEnvelope(m: unknown): m is TabEnvelope {
  return typeof m === 'object' && m !== null && (m as TabEnvelope).parleyTab === 1;
}

/** Popup side. Resolves null when the tab has no Parley content script (e.g. a browser page). */
export async function sendToTab<K extends TabMessageType>(tabId: number, type: K, req: TabProtocol[K]['req']): Promise<TabProtocol[K]['res'] | null> {
  try {
    const env: TabEnvelope<K> = { parleyTab: 1, type, req };
    return ((await browser.tabs.sendMessage(tabId, env)) as TabProtocol[K]['res'] | undefined) ?? null;
  } catch {
    return null;
  }
}
