/**
 * How the card (content script) and its notes frame (extension page) talk: one MessageChannel, its
 * port handed to the frame by the content script with `postMessage(…, <extension origin>, [port])`.
 *
 * Why this way: a message posted to the frame's window with the extension's origin as target is
 * delivered to the frame only, so the page never sees it; the frame takes the port only from a
 * message that carries the token in its own address (which the page cannot read), and only once.
 * After that the two talk over the port, which the page has no handle on. Everything else the
 * frame's window receives (a page's postMessage to `frames[i]`) is ignored.
 *
 * What travels: the frame's height (so the card sizes it to its content), Escape and Tab at either
 * end (keys in the frame never reach the card's own key handling), and the card asking the frame to
 * focus its first or last control. Never a note.
 */
export interface Handshake {
  parleyNotes: string;
}

export type FrameToCard =
  | { type: 'height'; px: number }
  | { type: 'escape' }
  /** Tab past the frame's last control (or Shift+Tab past its first). */
  | { type: 'tab'; back: boolean };

export type CardToFrame = { type: 'focus'; where: 'first' | 'last' };

export function isHandshake(data: unknown, token: string): data is Handshake {
  return !!token && typeof data === 'object' && data !== null && (data as Handshake).parleyNotes === token;
}

export function isFrameToCard(data: unknown): data is FrameToCard {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as FrameToCard;
  return (d.type === 'height' && Number.isFinite(d.px)) || d.type === 'escape' || (d.type === 'tab' && typeof d.back === 'boolean');
}

/**
 * Frame side: resolves with the port from the first message that carries `token` and a port. Any
 * other message is dropped unread.
 */
export function acceptPort(win: Window, token: string): Promise<MessagePort> {
  return new Promise((resolve) => {
    const onMessage = (e: MessageEvent) => {
      if (!isHandshake(e.data, token) || !e.ports[0]) return;
      win.removeEventListener('message', onMessage);
      resolve(e.ports[0]);
    };
    win.addEventListener('message', onMessage);
  });
}
