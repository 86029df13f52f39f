/**
 * The card's two ways to be open, as a small state machine with no DOM of its own:
 *
 *  - "peek" (hover): no focus taken; closes `closeMs` after the pointer has left both the mark and
 *    the card (or at once when the host says the mark scrolled away);
 *  - "pinned" (click, keyboard, popup, or any interaction with a peeking card): stays until closed;
 *  - a peek the keyboard opened (Alt+Shift+N/P) is "held": the pointer was never on it, so the pointer
 *    being elsewhere does not close it, until the pointer comes onto its mark or the card.
 *
 * The host tells it where the pointer is (`overMark`, `overCard`) and when the reader interacts
 * (`pin`); it calls `close()` when a peek runs out.
 */
export interface PeekOptions {
  closeMs: number;
  /** A peek ran out: close the card (without moving focus). */
  close(): void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
}

export interface Peek {
  readonly pinned: boolean;
  readonly open: boolean;
  /** A card opens: pinned or peeking (held: opened by the keyboard). Re-opening the same card keeps it pinned if it was. */
  opened(pinned: boolean, sameCard: boolean, held?: boolean): void;
  /** The reader interacted with the card: it stays. Returns true when this pinned it. */
  pin(): boolean;
  overMark(over: boolean): void;
  overCard(over: boolean): void;
  /** The card closed (for whatever reason): forget everything, cancel a pending close. */
  closed(): void;
}

export function createPeek(opts: PeekOptions): Peek {
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  let open = false;
  let pinned = false;
  let onMark = false;
  let onCard = false;
  let held = false;
  let timer: unknown;

  const cancel = () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  };
  const maybeClose = () => {
    if (!open || pinned || held || onMark || onCard) return cancel();
    if (timer !== undefined) return;
    timer = setTimer(() => {
      timer = undefined;
      if (open && !pinned && !onMark && !onCard) opts.close();
    }, opts.closeMs);
  };

  return {
    get pinned() {
      return pinned;
    },
    get open() {
      return open;
    },
    opened(pin, same, byKeys = false) {
      pinned = pinned && open && same ? true : pin;
      open = true;
      held = !pinned && byKeys;
      // A hover opens the card with the pointer on its mark.
      onMark = !pinned && !held;
      cancel();
    },
    pin() {
      if (pinned || !open) return false;
      pinned = true;
      cancel();
      return true;
    },
    overMark(over) {
      onMark = over;
      if (over) held = false;
      if (over) cancel();
      else maybeClose();
    },
    overCard(over) {
      onCard = over;
      if (over) held = false;
      if (over) cancel();
      else maybeClose();
    },
    closed() {
      cancel();
      open = pinned = onMark = onCard = held = false;
    },
  };
}
