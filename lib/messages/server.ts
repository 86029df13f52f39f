/** The receiving side: one runtime.onMessage listener dispatching to typed handlers. */
import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Protocol, Reply } from './protocol';

export type Handlers = { [K in MessageType]: (req: Protocol[K]['req']) => Promise<Protocol[K]['res']> };

function isEnvelope(m: unknown): m is Envelope {
  return typeof m === 'object' && m !== null && (m as Envelope).parley === 1 && typeof (m as Envelope).type === 'string';
}

/** Answers one message; exported so tests can drive handlers without a browser. */
export async function dispatch(handlers: Handlers, message: unknown): Promise<Reply | undefined> {
  if (!isEnvelope(message)) return undefined;
  const handler = handlers[message.type] as ((req: unknown) => Promise<unknown>) | undefined;
  if (!handler) return { ok: false, error: `Unknown message "${message.type}".` };
  try {
    return { ok: true, res: (await handler(message.req)) as never };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

export function listen(handlers: Handlers): () => void {
  const listener = (message: unknown) => (isEnvelope(message) ? dispatch(handlers, message) : undefined);
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
