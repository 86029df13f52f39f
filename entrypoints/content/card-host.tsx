/**
 * The one shadow-root host for Parley's UI on a page (<parley-card-host>, created on the first
 * open and removed when Parley is switched off), and the card's life in it:
 *
 *  - open next to a mark, never over it (lib/ui/card/place.ts), repositioned on scroll, resize and
 *    whenever the card's own size changes;
 *  - two ways to be open: "peek" (hover: no focus taken, closes when the pointer leaves the mark
 *    and the card, or the mark scrolls away) and "pinned" (click, keyboard, popup, or any
 *    interaction with a peeking card: focus moves into the dialog and Tab stays inside it);
 *  - Escape closes it and gives focus back to where it was; so does the close button.
 *  - Key presses inside the card do not reach the page's own keyboard shortcuts.
 */
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../lib/ui/card/card.css?inline';
import { CardPanel, type CardApi } from '../../lib/ui/card/CardPanel';
import type { NewEventFields } from '../../lib/ui/card/Card';
import { placeCard, unionBox } from '../../lib/ui/card/place';
import type { Mark } from '../../lib/page/registry';

export const HOST_NAME = 'parley-card-host';
const PEEK_CLOSE_MS = 400;

export interface OpenOptions {
  /** Move focus into the card (keyboard, click, popup). */
  focus?: boolean;
  /** Stays open until closed (everything but hover). Focused cards are always pinned. */
  pinned?: boolean;
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

export interface CardHostDeps {
  api: (mark: Mark) => CardApi;
  createDefaults?: (mark: Mark) => Partial<NewEventFields>;
  onClose?(mark: Mark | null): void;
}

export function createCardHost(ctx: ContentScriptContext, deps: CardHostDeps): CardHost {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let uiPromise: Promise<void> | null = null;
  let frame: HTMLElement | null = null;
  let current: Mark | null = null;
  let pinned = false;
  let returnFocus: HTMLElement | null = null;
  let refreshN = 0;
  /** One per open(): the card keeps its state (navigation, a half-written note) across retargets. */
  let openSeq = 0;
  let overMark = false;
  let overCard = false;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let rafPending = false;
  let resizeObs: ResizeObserver | null = null;
  let uiGen = 0;

  const focusInside = () => !!ui && ui.shadow.activeElement !== null;

  const ensureUi = (): Promise<void> =>
    (uiPromise ??= (async () => {
      const gen = uiGen;
      const made = await createShadowRootUi(ctx, {
        name: HOST_NAME,
        position: 'inline',
        anchor: 'html',
        append: 'last',
        css: cardCss,
        onMount(container) {
          const f = document.createElement('div');
          f.className = 'frame';
          f.hidden = true;
          container.append(f);
          return f;
        },
        onRemove(f) {
          if (f) render(null, f);
        },
      });
      if (gen !== uiGen) return; // switched off meanwhile
      made.mount();
      ui = made;
      frame = made.mounted ?? null;
      if (!frame) return;
      wireFrame(frame);
    })());

  const schedulePlace = () => {
    if (rafPending) return;
    rafPending = true;
    requestAnimationFrame(() => {
      rafPending = false;
      place();
    });
  };

  const place = () => {
    if (!current || !frame || frame.hidden) return;
    const rects = current.range.getClientRects();
    const box = unionBox(rects);
    if (!box || (box.bottom < 0 || box.top > innerHeight)) {
      // The mention scrolled out of view (or left the page): a peeking card goes, a pinned one waits at the edge.
      if (!pinned) return host.close(false);
    }
    const card = frame.firstElementChild as HTMLElement | null;
    const size = { width: frame.offsetWidth, height: card?.offsetHeight ?? frame.offsetHeight };
    const anchor = box ?? { left: 0, top: innerHeight, right: 0, bottom: innerHeight };
    const first = rects[0];
    const last = rects[rects.length - 1];
    const p = placeCard(anchor, size, { width: document.documentElement.clientWidth || innerWidth, height: innerHeight }, {
      below: last?.left ?? anchor.left,
      above: first?.left ?? anchor.left,
    });
    frame.style.left = `${p.left}px`;
    frame.style.top = `${p.top}px`;
    frame.style.maxHeight = `${p.maxHeight}px`;
    frame.dataset.side = p.side;
  };

  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const maybeClosePeek = () => {
    if (pinned || !current || overMark || overCard) return cancelClose();
    if (closeTimer) return;
    closeTimer = setTimeout(() => {
      closeTimer = undefined;
      if (!pinned && !overMark && !overCard) host.close(false);
    }, PEEK_CLOSE_MS);
  };

  const pin = () => {
    if (pinned || !current) return;
    pinned = true;
    cancelClose();
    if (!returnFocus) returnFocus = activeOutside();
  };

  const activeOutside = (): HTMLElement | null => {
    const a = document.activeElement as HTMLElement | null;
    return a && ui && a === ui.shadowHost ? null : a;
  };

  const focusables = (): HTMLElement[] =>
    ui
      ? [...ui.shadow.querySelectorAll<HTMLElement>('button, a[href], textarea, input, select, summary')].filter(
          (el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0,
        )
      : [];

  function wireFrame(f: HTMLElement) {
    f.addEventListener('pointerenter', () => {
      overCard = true;
      cancelClose();
    });
    f.addEventListener('pointerleave', () => {
      overCard = false;
      maybeClosePeek();
    });
    f.addEventListener('pointerdown', pin);
    f.addEventListener('focusin', pin);
    // Keys typed in the card are Parley's: handle ours, and keep the page's shortcuts from firing.
    const keys = (e: KeyboardEvent) => {
      if (e.type === 'keydown') {
        if (e.key === 'Escape') {
          e.preventDefault();
          host.close(true);
        } else if (e.key === 'Tab') {
          const items = focusables();
          const active = ui?.shadow.activeElement as HTMLElement | null;
          const i = active ? items.indexOf(active) : -1;
          if (items.length && (i === -1 || (e.shiftKey && i === 0) || (!e.shiftKey && i === items.length - 1))) {
            e.preventDefault();
            items[e.shiftKey ? items.length - 1 : 0]!.focus();
          }
        } else if (e.altKey && e.shiftKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
          return; // the content script's navigation commands work from inside the card too
        }
      }
      e.stopPropagation();
    };
    f.addEventListener('keydown', keys);
    f.addEventListener('keyup', keys);
    f.addEventListener('keypress', keys);
    resizeObs = new ResizeObserver(schedulePlace);
    resizeObs.observe(f);
  }

  const paint = () => {
    if (!frame || !current) return;
    const mark = current;
    render(
      <CardPanel
        key={openSeq}
        mention={mark.mention}
        api={deps.api(mark)}
        refresh={refreshN}
        createDefaults={deps.createDefaults?.(mark)}
        onClose={() => host.close(true)}
        onLayout={schedulePlace}
      />,
      frame,
    );
  };

  // While a card is open: follow scrolling (of the page or any scroller in it) and resizing.
  ctx.addEventListener(window, 'scroll', () => current && schedulePlace(), { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', () => current && schedulePlace(), { passive: true });
  // Escape with focus outside the card (a peeking card, or focus left on the page).
  ctx.addEventListener(
    window,
    'keydown',
    (e: KeyboardEvent) => {
      if (!current || e.key !== 'Escape' || host.contains(e.target)) return;
      host.close(true);
    },
    { capture: true },
  );

  const host: CardHost = {
    get openMark() {
      return current;
    },
    get pinned() {
      return pinned;
    },
    contains(target) {
      return !!target && !!ui && (target === ui.shadowHost || ui.shadowHost.contains(target as Node));
    },
    open(mark, opts = {}) {
      const wantFocus = !!opts.focus;
      const wasOpen = current;
      if (!wasOpen) returnFocus = wantFocus ? activeOutside() : null;
      else if (wantFocus && !returnFocus && !focusInside()) returnFocus = activeOutside();
      current = mark;
      pinned = pinned && wasOpen === mark ? true : !!opts.pinned || wantFocus;
      overMark = !pinned;
      cancelClose();
      void ensureUi().then(() => {
        if (current !== mark || !frame) return;
        if (frame.hidden || wasOpen !== mark) {
          frame.hidden = false;
          openSeq++;
          paint();
        }
        place();
        if (wantFocus) (frame.querySelector('[role="dialog"]') as HTMLElement | null)?.focus({ preventScroll: true });
      });
    },
    close(restoreFocus = false) {
      const was = current;
      if (!was) return;
      cancelClose();
      const hadFocus = focusInside();
      current = null;
      pinned = false;
      overMark = overCard = false;
      if (frame) {
        render(null, frame);
        frame.hidden = true;
      }
      deps.onClose?.(was);
      if (hadFocus || restoreFocus) {
        const back = returnFocus;
        if (back && back.isConnected && back !== document.body) back.focus({ preventScroll: true });
        else (ui?.shadow.activeElement as HTMLElement | null)?.blur();
      }
      returnFocus = null;
    },
    refresh() {
      refreshN++;
      if (current && frame && !frame.hidden) paint();
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
      overMark = over;
      if (over) cancelClose();
      else maybeClosePeek();
    },
    destroy() {
      uiGen++;
      host.close(false);
      resizeObs?.disconnect();
      resizeObs = null;
      ui?.remove();
      ui = null;
      frame = null;
      uiPromise = null;
    },
  };
  return host;
}
