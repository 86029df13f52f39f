/**
 * Focus inside the pinned card: Tab and Shift+Tab go round the card's own controls and never out
 * into the page (the card is a non-modal dialog the reader is working in; Escape leaves it).
 */
const FOCUSABLE = 'button, a[href], textarea, input, select, summary, iframe, [tabindex]:not([tabindex="-1"])';

/** Is an element laid out (not display:none, not in a closed <details>)? */
export const isRendered = (el: Element): boolean => el.getClientRects().length > 0;

/** The card's focusable controls, in document order. */
export function focusables(root: ParentNode, rendered: (el: Element) => boolean = isRendered): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hasAttribute('disabled') && !el.hasAttribute(GUARD) && rendered(el));
}

const GUARD = 'data-focus-guard';

/**
 * An invisible tab stop just after the card (and its mirror just before it, for Shift+Tab). Tab out of the notes frame's last control is the
 * frame's to hand back (notes-frame/wire.ts), but while that frame is still loading nothing in it
 * listens, and the browser moves focus to its next stop: this one, which sends focus round to
 * the card's first control instead of out into the page. Shown only while a card is pinned, so a
 * reader tabbing through the page never meets it.
 */
export function focusGuard(doc: Document, wrapTo: () => HTMLElement | undefined): HTMLElement {
  const g = doc.createElement('span');
  g.setAttribute(GUARD, '');
  g.tabIndex = 0;
  g.hidden = true;
  g.addEventListener('focus', () => wrapTo()?.focus());
  return g;
}

/**
 * Handles a Tab keydown inside the card: wraps from the last control to the first (and back with
 * Shift), or pulls focus in when it is on none of them. Returns true when it moved focus itself
 * (the caller then prevents the default); false lets the browser move focus to the next control.
 */
export function trapTab(e: Pick<KeyboardEvent, 'key' | 'shiftKey'>, root: ParentNode, active: Element | null, rendered?: (el: Element) => boolean): boolean {
  if (e.key !== 'Tab') return false;
  const items = focusables(root, rendered);
  if (!items.length) return false;
  const i = active ? items.indexOf(active as HTMLElement) : -1;
  if (i === -1 || (e.shiftKey && i === 0) || (!e.shiftKey && i === items.length - 1)) {
    items[e.shiftKey ? items.length - 1 : 0]!.focus();
    return true;
  }
  return false;
}
