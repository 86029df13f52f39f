/**
 * Keyboard reading of the marks. Marks are CSS Custom Highlights, not elements, so they cannot take
 * focus, and Parley adds nothing focusable to the page's own content. Instead two keys walk them:
 *
 *   Alt+Shift+N / Alt+Shift+P   next / previous mention (wrapping): it scrolls into view, gets the
 *                               active tint, and its PEEK opens without moving focus; the card's
 *                               live region (inside its closed shadow root) says "Mention 2 of 5: …"
 *   Enter (while it peeks)      the full card, focus inside it (the card host, lib/ui/card/host.tsx)
 *   Escape                      closes; focus goes back to where it was before the card
 *
 * With a full card already open the walk stays in full cards (a reader who pinned one is reading
 * cards, not glancing), so a keyboard reader can read every card in turn.
 *
 * Why page keys and not the manifest's `commands`: a command reaches the background, which would
 * have to find the frame the reader is in; a key on the document is handled by the frame that has
 * focus, works in every frame and needs no round trip. Keys typed in the page's own fields are left
 * to the page, and forged keys (isTrusted false) do nothing.
 */
import type { OpenOptions } from '../ui/card/host';
import { isTrustedEvent, type TrustCheck } from '../ui/card/trusted';
import type { Mark } from './registry';

export interface NavMarks {
  next(from: Mark | null, dir: 1 | -1): Mark | undefined;
  /** Marks in document order (for "2 of 5"). */
  ordered(): readonly Mark[];
}

export interface NavCard {
  readonly openMark: Mark | null;
  readonly pinned: boolean;
  contains(target: EventTarget | null): boolean;
}

export interface KeyboardNavDeps {
  doc: Document;
  listen(target: EventTarget, type: string, fn: (e: Event) => void, opts?: AddEventListenerOptions): void;
  marks(): NavMarks | null;
  card: NavCard;
  open(mark: Mark, opts: OpenOptions): void;
  lastMark(): Mark | null;
  isTrusted?: TrustCheck;
}

function isEditable(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? ''));
}

/** "Mention 2 of 5" (what the live region starts with; the peek's facts follow once loaded). */
export function positionWords(mark: Mark, ordered: readonly Mark[]): string {
  const i = ordered.indexOf(mark);
  return i < 0 ? 'Mention' : `Mention ${i + 1} of ${ordered.length}`;
}

/**
 * Brings a mark into view at once. `behavior: 'instant'` because a page with `scroll-behavior:
 * smooth` would otherwise still be scrolling when the peek is placed, and a peek whose mention is
 * out of view closes.
 */
export function revealNow(mark: Mark, win: Window): void {
  const r = mark.range.getBoundingClientRect();
  if (r.height === 0 || r.top < 0 || r.bottom > win.innerHeight) {
    mark.startNode.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
  }
}

export function wireKeyboardNav(deps: KeyboardNavDeps): void {
  const { doc, card } = deps;
  const trusted = deps.isTrusted ?? isTrustedEvent;
  const win = doc.defaultView ?? window;
  deps.listen(
    doc,
    'keydown',
    (e) => {
      const ke = e as KeyboardEvent;
      const marks = deps.marks();
      if (!marks || !trusted(e) || !ke.altKey || !ke.shiftKey || ke.ctrlKey || ke.metaKey) return;
      if (ke.code !== 'KeyN' && ke.code !== 'KeyP') return;
      if (isEditable(ke.target) && !card.contains(ke.target)) return;
      const m = marks.next(card.openMark ?? deps.lastMark(), ke.code === 'KeyN' ? 1 : -1);
      if (!m) return;
      ke.preventDefault();
      ke.stopPropagation();
      revealNow(m, win);
      const announce = positionWords(m, marks.ordered());
      if (card.openMark && card.pinned) deps.open(m, { pinned: true, focus: true, announce });
      else deps.open(m, { pinned: false, keyboard: true, announce });
    },
    { capture: true },
  );
}
