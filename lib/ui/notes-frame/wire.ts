/**
 * The frame's side of the channel to its card (channel.ts): report the content's height whenever
 * it changes, hand Escape and Tab at either end back to the card, and focus the first or last
 * control when the card asks.
 *
 * The frame listens from the moment its script runs, not from the moment the card's port arrives:
 * the card hands the port over only once the frame has loaded, and the reader can be in the frame
 * before that (Tab reaches it as soon as it is in the card). An Escape pressed then is kept and
 * sent with the port, so it still closes the card; it was lost before. (Tab at an end is left to
 * the browser until the port is there: the card's focus guards catch it, focus-trap.ts.)
 */
import { focusables } from '../card/focus-trap';
import type { CardToFrame, FrameToCard } from './channel';

export function wireToCard(doc: Document, content: HTMLElement, portOrPromise: MessagePort | Promise<MessagePort>): () => void {
  let port: MessagePort | null = null;
  let closed = false;
  /** What the frame had to say before the port came: its last height, and whether Escape was pressed. */
  let heldHeight: FrameToCard | null = null;
  let heldEscape = false;
  const post = (m: FrameToCard) => {
    if (port) port.postMessage(m);
    else if (m.type === 'height') heldHeight = m;
    else if (m.type === 'escape') heldEscape = true;
  };
  let last = -1;
  const report = () => {
    const px = Math.ceil(content.getBoundingClientRect().height);
    if (px !== last) post({ type: 'height', px: (last = px) });
  };
  const ro = new ResizeObserver(report);
  ro.observe(content);
  report();

  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      post({ type: 'escape' });
    } else if (e.key === 'Tab' && port) {
      const items = focusables(doc);
      const i = items.indexOf(doc.activeElement as HTMLElement);
      if ((e.shiftKey && i <= 0) || (!e.shiftKey && i === items.length - 1)) {
        e.preventDefault();
        post({ type: 'tab', back: e.shiftKey });
      }
    }
  };
  doc.addEventListener('keydown', onKey);
  // The card focuses the frame itself (its "Your notes" button, or its focus trap going round): put
  // the caret in the note field. Tab into the frame focuses a control of the frame's own; leave that.
  const win = doc.defaultView;
  /** Caret in the note field unless a control of the frame already has focus; false if the field is not drawn yet. */
  const caretToField = (): boolean => {
    if (doc.activeElement && doc.activeElement !== doc.body) return true;
    const field = doc.querySelector('[data-testid="note-body"]') as HTMLElement | null;
    field?.focus();
    return !!field;
  };
  let waiting: MutationObserver | null = null;
  const onFocus = () => {
    if (caretToField() || waiting) return;
    // The reader may reach the notes before the frame has drawn its form (it is still reading the
    // notes): put the caret there as soon as the field appears, if the frame still has focus.
    const mo = new MutationObserver(() => {
      if (!doc.hasFocus() || caretToField()) stop();
    });
    const stop = () => {
      mo.disconnect();
      if (waiting === mo) waiting = null;
    };
    waiting = mo;
    mo.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
    win?.setTimeout(stop, 5_000);
  };
  win?.addEventListener('focus', onFocus);
  // The card may have focused the frame before this ran.
  if (doc.hasFocus()) onFocus();

  const connect = (p: MessagePort) => {
    if (closed) return p.close();
    port = p;
    p.onmessage = (e: MessageEvent<CardToFrame>) => {
      if (e.data?.type !== 'focus') return;
      const items = focusables(doc);
      (e.data.where === 'first' ? items[0] : items.at(-1))?.focus();
    };
    p.start();
    if (heldHeight) p.postMessage(heldHeight);
    if (heldEscape) p.postMessage({ type: 'escape' } satisfies FrameToCard);
  };
  if (portOrPromise instanceof Promise) void portOrPromise.then(connect);
  else connect(portOrPromise);
  return () => {
    closed = true;
    ro.disconnect();
    doc.removeEventListener('keydown', onKey);
    win?.removeEventListener('focus', onFocus);
    waiting?.disconnect();
    port?.close();
  };
}
