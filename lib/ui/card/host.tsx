/**
 * The card on a page: one shadow-root host (<parley-card-host>, made on the first open and removed
 * when Parley is switched off) and the card's life in it. The content script supplies the shadow
 * root (entrypoints/content/card-host.tsx: WXT's createShadowRootUi, closed in the shipped build);
 * tests supply a plain one.
 *
 *  - placement: next to the mark, never over it (place.ts), again on scroll, resize and whenever the
 *    card's own size changes;
 *  - peek or pinned (peek.ts): hover shows the small peek (Peek.tsx) without taking focus; a click,
 *    Enter while it peeks, the keyboard shortcut, the popup or any interaction with the peek pins
 *    it: the full card (Card.tsx) replaces it, focus moves into the dialog and Tab stays inside it
 *    (focus-trap.ts);
 *  - Escape closes it and gives focus back to where it was; so does the close button;
 *  - the keyboard's walk over the marks (lib/page/keyboard-nav.ts) opens a held peek; what it shows
 *    is said in a polite live region inside the shadow root ("Mention 2 of 5: …", facts only: the
 *    peek never has notes), and Enter then opens the full card even from a link of the page;
 *  - key presses inside the card do not reach the page's own keyboard shortcuts;
 *  - only the reader drives it (trusted.ts): forged pointer, focus and key events are ignored.
 */
import { render } from 'preact';
import type { Mark } from '../../page/registry';
import type { NewEventFields } from './Card';
import { CardPanel, type CardApi } from './CardPanel';
import { focusables, focusGuard, trapTab } from './focus-trap';
import { createPeek } from './peek';
import { placeNear } from './place';
import { publicationDate } from '../../page/docinfo';
import { isTrustedEvent, trustedOnly, type TrustCheck } from './trusted';

export const PEEK_CLOSE_MS = 400;

export interface OpenOptions {
  /** Move focus into the card (keyboard, click, popup). */
  focus?: boolean;
  /** Stays open until closed (everything but hover). Focused cards are always pinned. */
  pinned?: boolean;
  /** Opened by the keyboard's walk: a peek that the pointer does not close, and Enter opens in full. */
  keyboard?: boolean;
  /** Said in the live region once the card shows its facts ("Mention 2 of 5"). */
  announce?: string;
}

export interface CardHost {
  open(mark: Mark, opts?: OpenOptions): void;
  close(restoreFocus?: boolean): void;
  /** The reader's data changed elsewhere: reload what the card shows. */
  refresh(): void;
  /** The marks were rebuilt (new matcher data): follow the open card to `mark`, or close it if there is none. */
  retarget(mark: Mark | null): void;
  /** Reposition now (after the page scrolled the mark into view, say). */
  place(): void;
  readonly openMark: Mark | null;
  readonly pinned: boolean;
  /** Is this event target Parley's own UI? */
  contains(target: EventTarget | null): boolean;
  /** The pointer is over the open mark (keeps a peeking card open). */
  hoverMark(over: boolean): void;
  /** Removes the host element from the page (it comes back on the next open). */
  destroy(): void;
}

/** A mounted shadow-root UI: the host element in the page, its (closed) root, the card's frame in it. */
export interface MountedUi {
  host: HTMLElement;
  shadow: ShadowRoot;
  frame: HTMLElement;
  remove(): void;
}

export interface CardHostDeps {
  /** Makes and mounts the host; null if it could not be made (the page removed it meanwhile, say). */
  mount(): Promise<MountedUi | null>;
  api: (mark: Mark) => CardApi;
  createDefaults?: (mark: Mark) => Partial<NewEventFields>;
  onClose?(mark: Mark | null): void;
  /** Adds a listener that goes away with the content script (WXT's ctx.addEventListener). */
  listen?(target: EventTarget, type: string, fn: (e: Event) => void, opts?: AddEventListenerOptions): void;
  /** Tests only: which events count as the reader's (default: isTrusted). */
  isTrusted?: TrustCheck;
  /** Tests only: is a control laid out (default: has client rects). */
  rendered?: (el: Element) => boolean;
  /** The window whose scrolling, resizing and keys matter (default: globalThis). */
  win?: Window;
}

/** Enter on these belongs to the page (a link, a button, a field), not to a peeking card. */
const PAGE_CONTROL = 'a[href], button, input, select, textarea, summary, [role="button"], [role="link"], [contenteditable]:not([contenteditable="false"])';
const onPageControl = (t: EventTarget | null): boolean => !!(t as Element | null)?.closest?.(PAGE_CONTROL);
const isEditable = (t: EventTarget | null): boolean => {
  const el = t as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? ''));
};

/** What the live region says of a card once its facts are in: the peek's title, status, date and place. */
export function spokenSummary(f: HTMLElement): string | null {
  const text = (id: string) => f.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '';
  const title = text('peek-title') || text('card-title');
  if (!title || title === 'Loading…') return null;
  const line = [text('peek-status'), text('peek-when')].filter(Boolean).join(', ');
  const unknown = text('peek-unknown');
  return [title, line, unknown].filter(Boolean).join('. ');
}

export function createCardHost(deps: CardHostDeps): CardHost {
  const win = deps.win ?? window;
  const doc = win.document;
  const trusted = deps.isTrusted ?? isTrustedEvent;
  const listen = deps.listen ?? ((t, type, fn, o) => t.addEventListener(type, fn, o));
  let ui: MountedUi | null = null;
  let uiPromise: Promise<void> | null = null;
  let current: Mark | null = null;
  let returnFocus: HTMLElement | null = null;
  let refreshN = 0;
  /** One per open(): the card keeps its state (navigation, a half-written note) across retargets. */
  let openSeq = 0;
  let rafPending = false;
  let resizeObs: ResizeObserver | null = null;
  let uiGen = 0;
  /** The live region (in the shadow root, beside the frame), and what it should say once the facts are in. */
  let live: HTMLElement | null = null;
  /** The tab stop after the card that sends focus round to its first control (focus-trap.ts). */
  let guard: HTMLElement | null = null;
  /** Its mirror before the card: Shift+Tab out of a notes frame that does not listen yet goes round to the card's last control. */
  let guardBefore: HTMLElement | null = null;
  let toAnnounce: string | null = null;
  let keyboardPeek = false;
  // The page's date, for "6 days before this article" (a single-page app may change it: read per paint).
  const publishedAt = () => {
    try {
      return publicationDate(doc);
    } catch {
      return undefined;
    }
  };
  const peek = createPeek({ closeMs: PEEK_CLOSE_MS, close: () => host.close(false) });

  const frame = () => (ui && ui.host.isConnected ? ui.frame : null);
  const focusInside = () => !!ui && ui.shadow.activeElement !== null;

  const ensureUi = (): Promise<void> => {
    // The page removed our host (to hunt it, or by re-rendering <html>): make a new one.
    if (ui && !ui.host.isConnected) dropUi();
    return (uiPromise ??= (async () => {
      const gen = uiGen;
      const made = await deps.mount();
      if (!made) return void (uiPromise = null);
      if (gen !== uiGen) return made.remove(); // switched off meanwhile
      ui = made;
      wireFrame(made.frame);
    })());
  };

  const dropUi = () => {
    if (ui?.frame) render(null, ui.frame);
    resizeObs?.disconnect();
    resizeObs = null;
    live = null;
    guard = null;
    guardBefore = null;
    ui?.remove();
    ui = null;
    uiPromise = null;
  };

  const schedulePlace = () => {
    if (rafPending) return;
    rafPending = true;
    win.requestAnimationFrame(() => {
      rafPending = false;
      place();
    });
  };

  const place = () => {
    const f = frame();
    if (!current || !f || f.hidden) return;
    const card = f.firstElementChild as HTMLElement | null;
    const size = { width: f.offsetWidth, height: card?.offsetHeight ?? f.offsetHeight };
    const p = placeNear(current.range.getClientRects(), size, { width: doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight });
    // The mention scrolled out of view (or left the page): a peeking card goes, a pinned one waits at the edge.
    if (!p.inView && !peek.pinned) return host.close(false);
    f.style.left = `${p.left}px`;
    f.style.top = `${p.top}px`;
    f.style.maxHeight = `${p.maxHeight}px`;
    f.dataset.side = p.side;
  };

  const pin = () => {
    if (!peek.pin()) return;
    keyboardPeek = false;
    if (!returnFocus) returnFocus = activeOutside();
    paint(); // the peek becomes the full card
    // Focus goes into it once the click that pinned it is done (its mousedown would move focus itself).
    win.setTimeout(() => {
      const f = frame();
      if (current && peek.pinned && f && !focusInside()) (f.querySelector('[role="dialog"]') as HTMLElement | null)?.focus({ preventScroll: true });
    }, 0);
  };

  const activeOutside = (): HTMLElement | null => {
    const a = doc.activeElement as HTMLElement | null;
    return a && ui && a === ui.host ? null : a;
  };

  const announce = () => {
    const f = frame();
    if (toAnnounce === null || !f || !live) return;
    const summary = spokenSummary(f);
    if (summary === null && !peek.pinned) return; // still loading: say it once the facts are there
    live.textContent = summary && !peek.pinned ? `${toAnnounce}: ${summary}. Enter opens the card; Escape closes.` : `${toAnnounce}.`;
    toAnnounce = null;
  };
  const onLayout = () => {
    schedulePlace();
    announce();
  };

  function wireFrame(f: HTMLElement) {
    // A polite live region, made with the frame so it exists before anything is said in it.
    live = doc.createElement('div');
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    live.className = 'visually-hidden';
    live.dataset.testid = 'parley-live';
    f.after(live);
    guard = focusGuard(doc, () => focusables(f, deps.rendered)[0]);
    f.after(guard);
    guardBefore = focusGuard(doc, () => focusables(f, deps.rendered).at(-1));
    f.before(guardBefore);
    const on = <E extends Event>(type: string, fn: (e: E) => void) => f.addEventListener(type, trustedOnly(fn, trusted) as EventListener);
    on('pointerenter', () => peek.overCard(true));
    on('pointerleave', () => peek.overCard(false));
    on('pointerdown', pin);
    on('focusin', pin);
    // Keys typed in the card are Parley's: handle ours, and keep the page's shortcuts from firing.
    const keys = (e: KeyboardEvent) => {
      if (e.type === 'keydown') {
        if (e.key === 'Escape') {
          e.preventDefault();
          host.close(true);
        } else if (e.key === 'Tab') {
          if (ui && trapTab(e, ui.shadow, ui.shadow.activeElement, deps.rendered)) e.preventDefault();
        } else if (e.altKey && e.shiftKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
          return; // the content script's navigation commands work from inside the card too
        }
      }
      e.stopPropagation();
    };
    // Untrusted key events never come from inside a closed root, but stop them all the same.
    const allKeys = (e: Event) => (trusted(e) ? keys(e as KeyboardEvent) : e.stopPropagation());
    f.addEventListener('keydown', allKeys);
    f.addEventListener('keyup', allKeys);
    f.addEventListener('keypress', allKeys);
    if (typeof ResizeObserver === 'function') {
      resizeObs = new ResizeObserver(schedulePlace);
      resizeObs.observe(f);
    }
  }

  let painted: boolean | null = null;
  const paint = () => {
    const f = frame();
    if (!f || !current) return;
    const mark = current;
    painted = peek.pinned;
    if (guard) guard.hidden = !peek.pinned;
    if (guardBefore) guardBefore.hidden = !peek.pinned;
    f.dataset.mode = peek.pinned ? 'card' : 'peek';
    render(
      <CardPanel
        key={openSeq}
        mention={mark.mention}
        api={deps.api(mark)}
        refresh={refreshN}
        createDefaults={deps.createDefaults?.(mark)}
        pinned={peek.pinned}
        publishedAt={publishedAt()}
        onClose={() => host.close(true)}
        onLayout={onLayout}
      />,
      f,
    );
  };

  // While a card is open: follow scrolling (of the page or any scroller in it) and resizing. Those
  // only move the card, but a page could fire a million of them: trusted ones only.
  listen(win, 'scroll', trustedOnly(() => current && schedulePlace(), trusted), { capture: true, passive: true });
  listen(win, 'resize', trustedOnly(() => current && schedulePlace(), trusted), { passive: true });
  // Escape with focus outside the card (a peeking card, or focus left on the page) closes it; Enter
  // while a card peeks opens it in full (unless the reader is typing or on a control of the page).
  listen(
    win,
    'keydown',
    trustedOnly((e: Event) => {
      const k = e as KeyboardEvent;
      if (!current || host.contains(e.target)) return;
      if (k.key === 'Escape') host.close(true);
      else if (k.key === 'Enter' && !peek.pinned && !k.altKey && !k.ctrlKey && !k.metaKey && !k.shiftKey && (keyboardPeek ? !isEditable(e.target) : !onPageControl(e.target))) {
        k.preventDefault();
        k.stopPropagation();
        host.open(current, { pinned: true, focus: true });
      }
    }, trusted),
    { capture: true },
  );

  const host: CardHost = {
    get openMark() {
      return current;
    },
    get pinned() {
      return peek.pinned;
    },
    contains(target) {
      return !!target && !!ui && (target === ui.host || ui.host.contains(target as Node));
    },
    open(mark, opts = {}) {
      const wantFocus = !!opts.focus;
      const wasOpen = current;
      if (!wasOpen) returnFocus = wantFocus ? activeOutside() : null;
      else if (wantFocus && !returnFocus && !focusInside()) returnFocus = activeOutside();
      current = mark;
      peek.opened(!!opts.pinned || wantFocus, wasOpen === mark, !!opts.keyboard);
      keyboardPeek = !peek.pinned && !!opts.keyboard;
      toAnnounce = opts.announce ?? null;
      const hostGone = !!ui && !ui.host.isConnected;
      void ensureUi().then(() => {
        const f = frame();
        if (current !== mark || !f) return;
        if (f.hidden || wasOpen !== mark || hostGone) {
          f.hidden = false;
          openSeq++;
          paint();
        } else if (painted !== peek.pinned) paint(); // a peek opened in full
        place();
        if (wantFocus) (f.querySelector('[role="dialog"]') as HTMLElement | null)?.focus({ preventScroll: true });
        announce();
      });
    },
    close(restoreFocus = false) {
      const was = current;
      if (!was) return;
      const hadFocus = focusInside();
      current = null;
      peek.closed();
      keyboardPeek = false;
      toAnnounce = null;
      if (live) live.textContent = '';
      if (ui) {
        render(null, ui.frame);
        ui.frame.hidden = true;
      }
      if (guard) guard.hidden = true;
      if (guardBefore) guardBefore.hidden = true;
      deps.onClose?.(was);
      if (hadFocus || restoreFocus) {
        const back = returnFocus;
        if (back && back.isConnected && back !== doc.body) back.focus({ preventScroll: true });
        else (ui?.shadow.activeElement as HTMLElement | null)?.blur();
      }
      returnFocus = null;
    },
    refresh() {
      refreshN++;
      const f = frame();
      if (current && f && !f.hidden) paint();
    },
    retarget(mark) {
      if (!current) return;
      if (!mark) return host.close(false);
      current = mark;
      paint();
      schedulePlace();
    },
    place,
    hoverMark(over) {
      peek.overMark(over);
    },
    destroy() {
      uiGen++;
      host.close(false);
      dropUi();
    },
  };
  return host;
}
