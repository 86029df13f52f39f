/**
 * Where the card goes. Rules, in order:
 *  1. it never covers the mention it explains: it sits below it, or above it, never across;
 *  2. it fits in the viewport: if neither side has room for the whole card, it takes the roomier
 *     side and scrolls inside (max-height);
 *  3. it lines up with the mention's line horizontally, clamped to the viewport.
 * A mention scrolled out of view leaves the card at the nearest edge of the viewport (the host
 * closes a card that was only opened by hovering).
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Height the card may take before it scrolls. */
  maxHeight: number;
  side: 'below' | 'above';
}

export const MARGIN = 8;
export const GAP = 6;

/** The union of a mention's line boxes (a mention can wrap onto two lines). */
export function unionBox(rects: ArrayLike<Box>): Box | null {
  if (!rects.length) return null;
  let { left, top, right, bottom } = rects[0]!;
  for (let i = 1; i < rects.length; i++) {
    const r = rects[i]!;
    left = Math.min(left, r.left);
    top = Math.min(top, r.top);
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  return { left, top, right, bottom };
}

/**
 * @param anchor  the mention's box (viewport coordinates)
 * @param lineLeft left edge of the line the card attaches to (the last line when below, the first when above)
 * @param size    the card's natural size (before any max-height)
 */
export function placeCard(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  lineLeft: { below: number; above: number } = { below: anchor.left, above: anchor.left },
): Placement {
  const vw = viewport.width;
  const vh = viewport.height;
  const below = vh - MARGIN - (anchor.bottom + GAP);
  const above = anchor.top - GAP - MARGIN;
  const side: Placement['side'] = size.height <= below ? 'below' : size.height <= above ? 'above' : below >= above ? 'below' : 'above';
  const room = Math.max(0, Math.min(side === 'below' ? below : above, vh - 2 * MARGIN));
  const maxHeight = Math.min(size.height, room);
  let top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - Math.min(size.height, maxHeight);
  // Mention scrolled out of view: stay at the edge.
  top = Math.max(MARGIN, Math.min(top, vh - MARGIN - Math.min(size.height, maxHeight)));
  const width = Math.min(size.width, vw - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(side === 'below' ? lineLeft.below : lineLeft.above, vw - MARGIN - width));
  return { left: Math.round(left), top: Math.round(top), maxHeight: Math.floor(maxHeight), side };
}

/** Do two boxes overlap? (Tests use it to prove rule 1.) */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The card's place next to a mention given its line boxes (Range.getClientRects()): below the last
 * line or above the first, never across. `inView` is false when the mention is out of the viewport
 * or gone (no boxes): the host then closes a peeking card; a pinned one waits at the edge.
 */
export function placeNear(
  rects: ArrayLike<Box>,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement & { inView: boolean } {
  const box = unionBox(rects);
  const inView = !!box && box.bottom >= 0 && box.top <= viewport.height;
  const anchor = box ?? { left: 0, top: viewport.height, right: 0, bottom: viewport.height };
  const first = rects.length ? rects[0] : undefined;
  const last = rects.length ? rects[rects.length - 1] : undefined;
  return { ...placeCard(anchor, size, viewport, { below: last?.left ?? anchor.left, above: first?.left ?? anchor.left }), inView };
}
