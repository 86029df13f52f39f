/**
 * Frames. Parley's content script runs in every frame (manifest `all_frames`), because news text
 * is often framed: embedded live blogs, syndicated articles, AMP viewers, same-origin readers.
 * Each frame scans itself and has its own card; a frame knows nothing of the others.
 *
 * Two rules make that safe and cheap:
 *  - The per-site pause is the pause of the page the reader sees: a frame is active only if
 *    neither the top page's site nor its own site is paused.
 *  - Frames that cannot hold an article are left alone: a frame must be at least
 *    MIN_FRAME_WIDTH × MIN_FRAME_HEIGHT CSS pixels (not an ad, a button, a tracker) and hold at
 *    least MIN_FRAME_TEXT characters of prose (not a video player or a map) before Parley asks
 *    for its matcher, which costs a message and a compile per frame. A frame whose text arrives
 *    later is watched until it has enough.
 */
import { isSkippedElement } from './text';

export const MIN_FRAME_WIDTH = 200;
export const MIN_FRAME_HEIGHT = 100;
export const MIN_FRAME_TEXT = 280;

export function isTopFrame(win: Window = window): boolean {
  try {
    return win === win.top;
  } catch {
    return false;
  }
}

/** The address of the page the reader sees (the top frame), as well as this frame can know it. */
export function topPageUrl(win: Window = window): string {
  if (isTopFrame(win)) return win.location.href;
  try {
    const href = win.top!.location.href; // same-origin frames can read it
    if (href) return href;
  } catch {
    /* cross-origin */
  }
  const ancestors = (win.location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  if (ancestors && ancestors.length) return `${ancestors[ancestors.length - 1]}/`;
  return win.document.referrer || win.location.href;
}

/** Is this frame big enough to hold an article? */
export function isWorthScanning(win: Window = window): boolean {
  return isTopFrame(win) || (win.innerWidth >= MIN_FRAME_WIDTH && win.innerHeight >= MIN_FRAME_HEIGHT);
}

/** Does `root` hold at least `min` characters of prose? Stops counting as soon as it does. */
export function hasProse(root: Node | null, min = MIN_FRAME_TEXT): boolean {
  if (!root) return false;
  const doc = root.ownerDocument ?? (root as Document);
  const w = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.nodeType === 1 ? (isSkippedElement(n as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP) : NodeFilter.FILTER_ACCEPT,
  });
  let chars = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    chars += (n as Text).data.trim().length;
    if (chars >= min) return true;
  }
  return false;
}
