/**
 * Who is asking. The background answers only this extension's own contexts:
 *
 *  - 'content':   a content script of this extension in a real tab (sender.id is ours, sender.tab is
 *                 there, and the sender's URL is not an extension page);
 *  - 'extension': one of this extension's own pages (popup, options, the card's notes frame), by its
 *                 URL's origin, whether or not it sits in a tab or in a frame of a web page (Chrome
 *                 loads the notes frame through a per-session address, but the document it makes
 *                 has the extension's own URL and origin).
 *
 * Anything else (another extension, a page through externally_connectable if that were ever
 * added, a message with no sender) is refused. Fields per browser: Chrome and Firefox both give
 * `id` and `url`; `tab` only for senders in a tab; `frameId` with `tab`; `origin` only in Chrome.
 */
export type Caller = 'content' | 'extension';

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number } | undefined;
  frameId?: number;
}

export function callerOf(sender: SenderLike | undefined, own: { id: string; origin: string }): Caller | null {
  if (!sender || !own.id || sender.id !== own.id) return null;
  const url = sender.url ?? '';
  const origin = own.origin.replace(/\/$/, '');
  if (origin && (url === origin || url.startsWith(`${origin}/`))) return 'extension';
  if (sender.tab && typeof sender.tab.id === 'number' && sender.tab.id >= 0 && /^https?:/i.test(url)) return 'content';
  return null;
}
