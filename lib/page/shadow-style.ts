/**
 * Adopting Parley's highlight sheet into a page's open shadow root (see lib/page/engine.ts: a
 * highlight inside a shadow root is painted only by ::highlight() rules in that root's own styles).
 *
 * Chromium's content scripts read and write the page's DOM objects directly: the root's
 * adoptedStyleSheets is an array to check and push to.
 *
 * Firefox's content scripts see the page's DOM through Xray wrappers, and an Xray of the root's
 * adoptedStyleSheets (a WebIDL ObservableArray) refuses every use: it reads as an empty object (no
 * length, no includes(), no entries) and assigning a new list throws "Accessing from Xray wrapper is
 * not supported" (Firefox ESR 140). The sheet was then never adopted and marks inside shadow roots
 * went unpainted. There the list is reached through the root's `wrappedJSObject` (the page's own
 * view of it): its length, its entries and a write at index `length` (an append) are the
 * ObservableArray's own operations, not page methods a script could have replaced. Its entries come
 * back as the page's objects; `XPCNativeWrapper(entry)` is the content script's view of the same
 * sheet, to compare with ours.
 *
 * What the page gets either way is the sheet itself (the marks' colours), as it does in Chromium;
 * nothing of the reader's (no notes, no page text) is in it.
 */

interface XrayRoot {
  wrappedJSObject?: { adoptedStyleSheets?: CSSStyleSheet[] };
}
type XPCNativeWrapperFn = <T>(obj: T) => T;

/** Adds `sheet` to `root`'s adopted style sheets unless it is there already. Throws if the page froze them. */
export function adoptSheet(root: ShadowRoot, sheet: CSSStyleSheet): void {
  const pageList = (root as unknown as XrayRoot).wrappedJSObject?.adoptedStyleSheets;
  if (!pageList) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets.push(sheet);
    return;
  }
  const ownView = (globalThis as { XPCNativeWrapper?: XPCNativeWrapperFn }).XPCNativeWrapper ?? (<T>(o: T) => o);
  const n = pageList.length;
  for (let i = 0; i < n; i++) if (ownView(pageList[i]) === sheet) return;
  pageList[n] = sheet;
}
