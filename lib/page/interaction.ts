/**
 * The reader's input on a page → the card. Hover (after a short pause) opens a peeking card; a
 * click opens a pinned one and moves focus into it; Alt+Shift+N / Alt+Shift+P move to the next /
 * previous mention and peek at it (keyboard-nav.ts). Everything else about the card (peek and pin, Escape, focus
 * return) is the card host's (lib/ui/card/host.tsx).
 *
 * Only the reader drives it: every handler drops events whose isTrusted is false (trusted.ts), so a
 * page's forged mousemove, click or Alt+Shift+N opens nothing.
 *
 * The card is loaded on demand (lib/page/lazy-card.ts): until then `card` answers as a closed card.
 */
import type { Mark } from './registry';
import type { OpenOptions } from '../ui/card/host';
import { isTrustedEvent, type TrustCheck } from '../ui/card/trusted';
import { wireKeyboardNav } from './keyboard-nav';

export const HOVER_DELAY_MS = 300;
/** A click on one of these is the page's, even over a mark (a link that is a mention, say). */
export const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [contenteditable]:not([contenteditable="false"])';

/** What input needs of the marks (lib/page/registry.ts's MarkRegistry). */
export interface MarksView {
  readonly size: number;
  at(x: number, y: number): Mark | undefined;
  next(from: Mark | null, dir: 1 | -1): Mark | undefined;
  /** Marks in document order. */
  ordered(): readonly Mark[];
}

/** What input needs of the card (lib/ui/card/host.tsx's CardHost, or its stand-in until loaded). */
export interface CardView {
  readonly openMark: Mark | null;
  readonly pinned: boolean;
  contains(target: EventTarget | null): boolean;
  hoverMark(over: boolean): void;
  close(restoreFocus?: boolean): void;
}

export interface InteractionDeps {
  doc: Document;
  /** Adds a listener that goes away with the content script (WXT's ctx.addEventListener). */
  listen(target: EventTarget, type: string, fn: (e: Event) => void, opts?: AddEventListenerOptions): void;
  /** The marks, or null while there is no scan (switched off, a shut gate). */
  marks(): MarksView | null;
  card: CardView;
  /** Opens the card on a mark (and makes it the active one). */
  open(mark: Mark, opts: OpenOptions): void;
  /** The mark whose card was open last (where the keyboard goes on from). */
  lastMark(): Mark | null;
  /** Tests only: which events count as the reader's (default: isTrusted). */
  isTrusted?: TrustCheck;
  hoverDelayMs?: number;
  /** Tests only: the next animation frame (default: requestAnimationFrame). */
  frame?: (fn: () => void) => void;
}

/** Brings a mark into view (keyboard and popup navigation). */
export function reveal(mark: Mark, win: Window = window): void {
  const r = mark.range.getBoundingClientRect();
  if (r.height === 0 || r.top < 0 || r.bottom > win.innerHeight) {
    mark.startNode.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }
}

export function wireInteraction(deps: InteractionDeps): void {
  const { doc, card } = deps;
  const trusted = deps.isTrusted ?? isTrustedEvent;
  const delay = deps.hoverDelayMs ?? HOVER_DELAY_MS;
  const frame = deps.frame ?? ((fn) => requestAnimationFrame(fn));
  const win = doc.defaultView ?? window;

  let pointer = { x: -1, y: -1, target: null as EventTarget | null };
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let moveQueued = false;

  const onHover = () => {
    moveQueued = false;
    const marks = deps.marks();
    if (!marks || !marks.size) return;
    if (card.contains(pointer.target)) return;
    const m = marks.at(pointer.x, pointer.y);
    const open = card.openMark;
    card.hoverMark(!!m && m === open);
    clearTimeout(hoverTimer);
    if (!m || m === open || (open && card.pinned)) return;
    hoverTimer = setTimeout(() => {
      const now = deps.marks();
      if (now && now.at(pointer.x, pointer.y) === m && !(card.openMark && card.pinned)) deps.open(m, { pinned: false });
    }, delay);
  };

  deps.listen(
    doc,
    'mousemove',
    (e) => {
      if (!trusted(e)) return; // a page's forged mousemove opens nothing
      const me = e as MouseEvent;
      pointer = { x: me.clientX, y: me.clientY, target: me.target };
      if (!moveQueued) {
        moveQueued = true;
        frame(onHover);
      }
    },
    { passive: true },
  );
  deps.listen(doc, 'mouseleave', (e) => {
    if (!trusted(e)) return;
    clearTimeout(hoverTimer);
    card.hoverMark(false);
  });
  deps.listen(
    doc,
    'click',
    (e) => {
      const me = e as MouseEvent;
      const marks = deps.marks();
      if (!marks || !trusted(e) || me.button !== 0 || card.contains(me.target)) return;
      const m = marks.size ? marks.at(me.clientX, me.clientY) : undefined;
      const onControl = (me.target as Element | null)?.closest?.(INTERACTIVE);
      const selecting = !(win.getSelection()?.isCollapsed ?? true);
      if (m && !onControl && !selecting) {
        clearTimeout(hoverTimer);
        deps.open(m, { pinned: true, focus: true });
      } else if (card.openMark) card.close(false);
    },
    { capture: true },
  );
  // Alt+Shift+N / P: the keyboard's way to the marks (keyboard-nav.ts).
  wireKeyboardNav({ doc, listen: deps.listen, marks: deps.marks, card, open: deps.open, lastMark: deps.lastMark, isTrusted: trusted });
}
