/**
 * The receiving side: one runtime.onMessage listener dispatching to typed handlers, after checking
 * who sent the message (sender.ts) and that this kind of caller may ask it (ALLOWED).
 */
import { browser } from 'wxt/browser';
import { describeStorageError } from '../db/storage';
import type { Envelope, MessageType, Protocol, Reply } from './protocol';
import { callerOf, type Caller, type SenderLike } from './sender';

/** Who sent a message: the kind of caller, and the tab it is in (content scripts, and pages in a tab). */
export interface From {
  caller: Caller;
  tabId?: number;
  frameId?: number;
}

export type Handlers = { [K in MessageType]: (req: Protocol[K]['req'], from?: From) => Promise<Protocol[K]['res']> };

/**
 * Which callers may send each message. Content scripts need the matcher's version and its detector, a card's facts, a token
 * for the card's notes frame and the "add this meeting" write, and never any note text: the notes
 * frame (an extension page) reads and writes notes itself. Extension pages open the database
 * themselves and need little of this, but may use it; only the notes frame redeems a token.
 */
export const ALLOWED: { [K in MessageType]: readonly Caller[] } = {
  getMatcher: ['content', 'extension'],
  detect: ['content'],
  getCard: ['content', 'extension'],
  getNotes: ['extension'],
  getEventRefs: ['content', 'extension'],
  saveNote: ['extension'],
  openNotes: ['content'],
  redeemNotes: ['extension'],
  createUserEvent: ['content', 'extension'],
};

export const REFUSED = 'Refused: Parley answers only its own pages and content scripts.';

function isEnvelope(m: unknown): m is Envelope {
  return typeof m === 'object' && m !== null && (m as Envelope).parley === 1 && typeof (m as Envelope).type === 'string';
}

/**
 * Answers one message from `caller` (null: not one of ours); exported so tests can drive handlers
 * without a browser. Omitting `caller` means a trusted in-process call (tests).
 */
export async function dispatch(handlers: Handlers, message: unknown, caller: Caller | null = 'extension', sender?: SenderLike): Promise<Reply | undefined> {
  if (!isEnvelope(message)) return undefined;
  if (!caller) return { ok: false, error: REFUSED };
  if (!Object.prototype.hasOwnProperty.call(ALLOWED, message.type)) return { ok: false, error: `Unknown message "${message.type}".` };
  if (!ALLOWED[message.type].includes(caller)) return { ok: false, error: REFUSED };
  const handler = handlers[message.type] as ((req: unknown, from: From) => Promise<unknown>) | undefined;
  if (!handler) return { ok: false, error: `Unknown message "${message.type}".` };
  if (typeof message.req !== 'object' || message.req === null) return { ok: false, error: `Message "${message.type}" has no request.` };
  try {
    const tabId = sender?.tab?.id;
    const from: From = { caller, ...(typeof tabId === 'number' && tabId >= 0 ? { tabId } : {}), ...(typeof sender?.frameId === 'number' ? { frameId: sender.frameId } : {}) };
    return { ok: true, res: (await handler(message.req, from)) as never };
  } catch (err) {
    // Validation errors pass through as they are; storage faults (full disk, no database) in words.
    return { ok: false, error: describeStorageError(err) };
  }
}

/** This extension's id and origin ('chrome-extension://<id>', 'moz-extension://<uuid>'). */
export function ownIdentity(): { id: string; origin: string } {
  let origin = '';
  try {
    origin = new URL(browser.runtime.getURL('/')).origin;
  } catch {
    /* no runtime (tests): callerOf then only accepts by tab */
  }
  return { id: browser.runtime.id, origin };
}

export function listen(handlers: Handlers, own: () => { id: string; origin: string } = ownIdentity): () => void {
  const listener = (message: unknown, sender: SenderLike) => (isEnvelope(message) ? dispatch(handlers, message, callerOf(sender, own()), sender) : undefined);
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
