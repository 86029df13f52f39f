/** The sending side of the protocol, used by content scripts and extension pages. */
import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Reply, Request, Response } from './protocol';

export class MessageError extends Error {}

export async function send<K extends MessageType>(type: K, req: Request<K>): Promise<Response<K>> {
  const envelope: Envelope<K> = { parley: 1, type, req };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new MessageError(`No answer from Parley's background for "${type}".`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.res;
}
