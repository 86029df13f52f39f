/**
 * The marks' style (entrypoints/content/highlights.css) as one constructed style sheet per
 * document, adopted by the document once its gate opens and by each open shadow root the scan
 * marks in (a highlight in a shadow tree is painted only by rules in that tree).
 *
 * Not injected by the manifest: a sheet the manifest names is parsed and matched on every page,
 * those without a single trigger word too. Adopted at the moment the gate opens, before the engine
 * loads, the document's style is usually not yet computed (the content script runs at
 * document_end), so the sheet costs no extra recalculation. adoptedStyleSheets is a list on the
 * document object, not a node: the page's elements stay as they were.
 */
import css from '../../entrypoints/content/highlights.css?inline';

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

/** This document's sheet of mark styles (made once); null where constructed sheets are missing. */
export function markSheet(doc: Document): CSSStyleSheet | null {
  let sheet = sheets.get(doc);
  if (sheet !== undefined) return sheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  } catch {
    sheet = null;
  }
  sheets.set(doc, sheet);
  return sheet;
}

/** Adopts the sheet into a document or shadow root (once). False if it could not be adopted. */
export function adoptMarkStyle(root: Document | ShadowRoot, sheet: CSSStyleSheet | null): boolean {
  if (!sheet) return false;
  try {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets.push(sheet);
    return true;
  } catch {
    // A page that froze its list (or a root whose list cannot take it): its text is marked, not painted.
    return false;
  }
}

/** Takes the sheet out again (Parley switched off on the page). */
export function dropMarkStyle(root: Document | ShadowRoot, sheet: CSSStyleSheet | null): void {
  if (!sheet) return;
  try {
    const i = root.adoptedStyleSheets.indexOf(sheet);
    if (i >= 0) root.adoptedStyleSheets.splice(i, 1);
  } catch {
    /* as above */
  }
}
