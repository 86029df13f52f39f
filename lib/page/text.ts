/**
 * DOM → text, and back. One pass with a TreeWalker collects the visible prose of a subtree into
 * one string, with a segment per text node so any offset in the string maps back to (node, offset).
 *
 * Block boundaries become '\n' (mapped to no node), so a sentence never runs from a headline into
 * the next paragraph. Subtrees that are not prose (scripts, code, inputs, editable regions, hidden
 * or aria-hidden content, Parley's own UI) are pruned whole, which also keeps the walk cheap.
 */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the collected text. */
  start: number;
  end: number;
}

export interface PageText {
  text: string;
  segments: TextSegment[];
}

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'SVG', 'MATH', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS',
  'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK', 'PARLEY-MARK',
]);

/** Parley's own elements start with this prefix ('parley-card-host', 'parley-mark'). */
export const OWN_PREFIX = 'PARLEY-';

const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'I', 'LABEL', 'MARK', 'Q', 'RUBY', 'RT', 'RP',
  'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'WBR', 'FONT', 'INS', 'DEL', 'BIG', 'NOBR',
]);

/** True for elements whose subtree is not prose a reader reads. */
export function isSkippedElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) || tag.startsWith(OWN_PREFIX)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  // checkVisibility() covers display:none and content-visibility; it exists in every browser we support.
  const html = el as HTMLElement;
  if (typeof html.checkVisibility === 'function' && !html.checkVisibility({ visibilityProperty: true } as never)) return true;
  return false;
}

function isBlock(el: Element): boolean {
  return !INLINE_TAGS.has(el.tagName.toUpperCase());
}

/** Walks `root` and collects its visible text. */
export function collectText(root: Node): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const segments: TextSegment[] = [];
  const parts: string[] = [];
  let length = 0;
  let lastBlock: Element | null = null;

  // Is `root` itself inside something we skip? Then nothing in it is prose.
  for (let el = root.nodeType === 1 ? (root as Element) : root.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return { text: '', segments };
  }

  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(n) {
      if (n.nodeType === 1) return isSkippedElement(n as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      return (n as Text).data.length ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    let block: Element | null = t.parentElement;
    while (block && !isBlock(block)) block = block.parentElement;
    if (lastBlock && block !== lastBlock) {
      parts.push('\n');
      length += 1;
    }
    lastBlock = block;
    segments.push({ node: t, start: length, end: length + t.data.length });
    parts.push(t.data);
    length += t.data.length;
  }
  return { text: parts.join(''), segments };
}

/** The segment holding `offset` (binary search). For an offset on a boundary, `preferEnd` picks the earlier node. */
export function segmentAt(segments: readonly TextSegment[], offset: number, preferEnd = false): TextSegment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (preferEnd ? offset <= s.start : offset < s.start) hi = mid - 1;
    else if (preferEnd ? offset > s.end : offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** A DOM Range for [start, end) of the collected text; null if the nodes have left the document. */
export function rangeFor(pageText: PageText, start: number, end: number): Range | null {
  const a = segmentAt(pageText.segments, start);
  const b = segmentAt(pageText.segments, end, true);
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, Math.min(start - a.start, a.node.data.length));
  range.setEnd(b.node, Math.min(end - b.start, b.node.data.length));
  return range;
}
