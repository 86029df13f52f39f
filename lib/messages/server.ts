/**
 * The receiving side: one runtime.onMessage listener dispatching to typed handlers, after checking
 * who sent the message (sender.ts) and that this kind of caller may ask it (ALLOWED).
 */
import { browser } from 'wxt/browser';
import { describeStorageError } from '../db/storage';
import type { Envelope, MessageType, Protocol, Reply } from './protocol';
import { callerOf, type Caller, type SenderLike } from './sender';

export type Handlers = { [K in MessageType]: (req: Protocol[K]['req']) => Promise<Protocol[K]['res']> };

/**
 * Which callers may send each message. Content scripts need the matcher, a card's facts, the notes
 * on the event whose card the reader opened, and the card's two writes; extension pages open the
 * database themselves and need none of these, but may use them.
 */
export const ALLOWED: { [K in MessageType]: readonly Caller[] } = {
  getMatcher: ['content', 'extension'],
  getCard: ['content', 'extension'],
  getNotes: ['content', 'extension'],
  getEventRefs: ['content', 'extension'],
  saveNote: ['content', 'extension'],
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
export async function dispatch(handlers: Handlers, message: unknown, caller: Caller | null = 'extension'): Promise<Reply | undefined> {
  if (!isEnvelope(message)) return undefined;
  if (!caller) return { ok: false, error: REFUSED };
  if (!Object.prototype.hasOwnProperty.call(ALLOWED, message.type)) return { ok: false, error: `Unknown message "${message.type}".` };
  if (!ALLOWED[message.type].includes(caller)) return { ok: false, error: REFUSED };
  const handler = handlers[message.type] as ((req: unknown) => Promise<unknown>) | undefined;
  if (!handler) return { ok: false, error: `Unknown message "${message.type}".` };
  if (typeof message.req !== 'object' || message.req === null) return { ok: false, error: `Message "${message.type}" has no request.` };
  try {
    return { ok: true, res: (await handler(message.req)) as never };
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
  const listener = (message: unknown, sender: SenderLike) => (isEnvelope(message) ? dispatch(handlers, message, callerOf(sender, own())) : undefined);
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
