/**
 * Messages from extension pages (the popup) to the content script of one tab:
 *  - listMentions: what Parley found on this page, in document order;
 *  - openMention:  scroll to a mention and open its card.
 * Sent with browser.tabs.sendMessage; the content script answers only these envelopes.
 */
import { browser } from 'wxt/browser';
import type { MentionStatus } from '../detect/types';
import { WAKE_FN } from '../settings/page-hints';

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

/**
 * Popup side. Resolves null when the tab has no Parley content script (e.g. a browser page). A page
 * the gate shut has one that never woke, and so does not listen yet (lib/page/content-context.ts):
 * when nothing answers, the popup wakes it (in the extension's own script world, which the page
 * cannot reach) and asks once more.
 */
export async function sendToTab<K extends TabMessageType>(tabId: number, type: K, req: TabProtocol[K]['req']): Promise<TabProtocol[K]['res'] | null> {
  const env: TabEnvelope<K> = { parleyTab: 1, type, req };
  const ask = async () => ((await browser.tabs.sendMessage(tabId, env)) as TabProtocol[K]['res'] | undefined) ?? null;
  try {
    return await ask();
  } catch {
    try {
      return (await wakeTab(tabId)) ? await ask() : null;
    } catch {
      return null;
    }
  }
}

/** Wakes the content script of a tab's top frame (see sendToTab); false where there is none. */
async function wakeTab(tabId: number): Promise<boolean> {
  try {
    const [r] = await browser.scripting.executeScript({
      target: { tabId },
      // Runs in the content script's world: the function it left there, if any.
      func: (name: string) => {
        const wake = (globalThis as Record<string, unknown>)[name];
        return typeof wake === 'function' ? wake() === true : false;
      },
      args: [WAKE_FN],
    });
    return r?.result === true;
  } catch {
    return false;
  }
}
