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
  /** Offset of the segment's first character in the collected text. */
  start: number;
  end: number;
  /** Where in the node the segment starts (a very long text node is read in pieces); 0 if absent. */
  from?: number;
}

/**
 * A text node longer than this (and than a chunk) is read in pieces of a chunk or so, cut after a
 * sentence; shorter ones are always read whole, so ordinary paragraphs reach the detector intact.
 */
export const LONG_NODE = 16_384;
const MIN_PIECE = 2048;

/** Where to cut a long text between `min` and `max`: after the last sentence end, else the last space. */
function cutPoint(data: string, min: number, max: number): number {
  let space = -1;
  for (let i = max - 1; i > min; i--) {
    const c = data.charCodeAt(i);
    if (c === 10 || ((c === 32 || c === 9) && /[.!?…»"”)]/.test(data[i - 1]!))) return i + 1;
    if (space < 0 && (c === 32 || c === 9)) space = i + 1;
  }
  return space > 0 ? space : max;
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

/**
 * A TreeWalker filter's answers (NodeFilter.FILTER_ACCEPT, _REJECT, _SKIP: fixed by the DOM
 * standard), as numbers: acceptNode runs for every node of the page, and in a Firefox content
 * script `NodeFilter` is the page's global behind an Xray wrapper, about 2.5 µs a read (100,000
 * reads: 253 ms; Chromium 2.5 ms).
 */
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** checkVisibility's options, made once: the walk asks for every element of the page. */
const VISIBILITY = { visibilityProperty: true } as never;

/** True for elements whose subtree is not prose a reader reads. */
export function isSkippedElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) || tag.startsWith(OWN_PREFIX)) return true;
  // Most elements of an article have no attribute at all: one call instead of four for them.
  if (el.hasAttributes()) {
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
    const ce = el.getAttribute('contenteditable');
    if (ce !== null && ce !== 'false') return true;
  }
  // checkVisibility() covers display:none and content-visibility; it exists in every browser we support.
  const html = el as HTMLElement;
  if (typeof html.checkVisibility === 'function' && !html.checkVisibility(VISIBILITY)) {
    // An element with `display: contents` has no box of its own, so checkVisibility() says false,
    // but its children are painted (web components and framework wrappers use it): look inside.
    // Only asked when checkVisibility said no, so visible pages pay nothing for it.
    // (Its ancestors are checked on their own: the walk prunes hidden subtrees from the top.)
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    return !(style?.display === 'contents' && style.visibility !== 'hidden');
  }
  return false;
}

function isBlock(el: Element): boolean {
  return !INLINE_TAGS.has(el.tagName.toUpperCase());
}

/** The nearest block-level ancestor of a node (inline tags do not start a new line of text). */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !isBlock(el)) el = el.parentElement;
  return el;
}

/** Is `node` inside something we skip (so nothing in it is prose)? */
export function insideSkipped(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

export interface WalkOptions {
  /** Text nodes to leave out (already scanned). They are treated as absent. */
  skipText?: (t: Text) => boolean;
  /**
   * Called for each open shadow root of the page the walk enters (its text is read in place of
   * the host's children, as the browser paints it). Off (null) to stay in the light DOM.
   */
  onShadowRoot?: ((root: ShadowRoot) => void) | null;
  /** A chunk ends at the first block boundary after this many characters. */
  chunkChars?: number;
}

/** Something that says when a time slice is used up (see schedule.ts). */
export interface Deadline {
  expired(): boolean;
}

const NEVER: Deadline = { expired: () => false };

/**
 * Collects the visible text of `root` in chunks, a slice of time at a time. Each chunk ends on a
 * block boundary, so no mention (which never crosses a block) is cut in two. `next()` returns a
 * chunk when one is complete, or null when the deadline passed first (call again later) or the
 * walk is done (`done`).
 *
 * If the page removes the node the walk stands on between two slices, the walk starts over from
 * `root` (with `skipText`, what was already collected is not collected twice).
 */
export class TextWalker {
  done = false;
  private walker: TreeWalker;
  /** Walks of the open shadow roots we are inside, innermost last (the document's walk is `walker`). */
  private inner: { root: ShadowRoot; walker: TreeWalker }[] = [];
  private pending: Text | null = null;
  /** Where in `pending` to go on (a long text node read in pieces); 0: from its start. */
  private pendingFrom = 0;
  /** A shadow root was entered or left since the last text node. */
  private crossed = false;
  private parts: string[] = [];
  private segments: TextSegment[] = [];
  private length = 0;
  private lastBlock: Element | null = null;
  private lastParent: Node | null = null;
  private lastParentBlock: Element | null = null;
  /** A chunk ends at the first block boundary after this many characters (may be tuned between chunks). */
  chunkChars: number;
  /** Text nodes visited (collected or not): a cost measure for the scanner's stats. */
  visited = 0;

  constructor(
    readonly root: Node,
    private opts: WalkOptions = {},
  ) {
    this.chunkChars = opts.chunkChars ?? 16_384;
    this.walker = this.makeWalker(root);
    if (!root.isConnected || insideSkipped(root)) this.done = true;
  }

  private makeWalker(root: Node): TreeWalker {
    const doc = root.ownerDocument ?? (root as Document);
    const shadows = this.opts.onShadowRoot !== null;
    return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(n) {
        if (n.nodeType === 1) {
          if (isSkippedElement(n as Element)) return FILTER_REJECT;
          // A host with an open shadow root: the walk stops on it and goes inside (see next()).
          return shadows && (n as Element).shadowRoot ? FILTER_ACCEPT : FILTER_SKIP;
        }
        return (n as Text).data.length ? FILTER_ACCEPT : FILTER_SKIP;
      },
    });
  }

  /** The next text node, going into open shadow roots and out of them again. */
  private nextText(): Text | null {
    for (;;) {
      const top = this.inner[this.inner.length - 1];
      const n = (top ? top.walker : this.walker).nextNode();
      if (!n) {
        if (!top) return null;
        this.inner.pop();
        this.boundary();
        continue;
      }
      if (n.nodeType === 3) return n as Text;
      const root = (n as Element).shadowRoot;
      if (!root || this.inner.some((i) => i.root === root)) continue;
      this.opts.onShadowRoot?.(root);
      this.inner.push({ root, walker: this.makeWalker(root) });
      this.boundary();
    }
  }

  /**
   * Adds `t` from `from` on. A node too long for the chunk (a single 1 MB text node, say) is cut
   * after a sentence: returns false when the chunk must end there (the rest is pending), so the
   * detector and the time slices never take a whole huge node at once.
   */
  private piece(t: Text, from: number): boolean {
    const data = t.data;
    const room = Math.max(MIN_PIECE, this.chunkChars - this.length);
    if (data.length - from > Math.max(LONG_NODE, this.chunkChars)) {
      const cut = cutPoint(data, from + (room >> 1), from + room);
      this.segments.push({ node: t, start: this.length, end: this.length + (cut - from), from });
      this.parts.push(data.slice(from, cut));
      this.length += cut - from;
      this.pending = t;
      this.pendingFrom = cut;
      return false;
    }
    this.segments.push({ node: t, start: this.length, end: this.length + (data.length - from), ...(from ? { from } : {}) });
    this.parts.push(from ? data.slice(from) : data);
    this.length += data.length - from;
    return true;
  }

  /**
   * May the chunk end before `t`, inside one block? After a sentence: the text so far ends in . ! ? …
   * (perhaps a closing quote or bracket, and spaces) and `t` does not go on with a lowercase letter
   * or a digit ('e.g.' + 'the', '3.' + '5 million'); lines split by <br> have no space between them.
   * Once the chunk is four times a block's usual limit (a block without sentences), at any space
   * between two nodes. Never inside a word.
   */
  private mayCutBefore(t: Text): boolean {
    let tail = '';
    for (let i = this.parts.length - 1; i >= 0 && tail.length < 8; i--) tail = this.parts[i]! + tail;
    if (/[.!?…]["'»”’)\]]*\s*$/.test(tail) && !/^\s*[\p{Ll}\p{N}]/u.test(t.data)) return true;
    return this.length >= 4 * Math.max(LONG_NODE, this.chunkChars) && (/\s$/.test(tail) || /^\s/.test(t.data));
  }

  /** Entering or leaving a shadow root ends the current block of text (and a chunk may end there). */
  private boundary(): void {
    this.crossed = true;
  }

  /** The walk lost its place (the page removed the node it stood on): start again from the root. */
  private resync(): void {
    // Inside shadow roots: drop the walks whose root or place the page removed.
    while (this.inner.length) {
      const top = this.inner[this.inner.length - 1]!;
      const cur = top.walker.currentNode;
      if (top.root.host.isConnected && (cur === top.root || top.root.contains(cur))) break;
      this.inner.pop();
    }
    const cur = this.walker.currentNode;
    if (cur === this.root || this.root.contains(cur)) return;
    // What we collected of the unfinished chunk may be gone too: drop it and walk again (nodes
    // still on the page are collected again; with skipText, finished chunks are not).
    this.walker.currentNode = this.root;
    this.inner = [];
    this.pending = null;
    this.pendingFrom = 0;
    this.flush();
  }

  private blockOfText(t: Text): Element | null {
    const p = t.parentNode;
    if (p !== this.lastParent) {
      this.lastParent = p;
      this.lastParentBlock = blockOf(t);
    }
    return this.lastParentBlock;
  }

  private flush(): PageText | null {
    const chunk = this.segments.length ? { text: this.parts.join(''), segments: this.segments } : null;
    this.parts = [];
    this.segments = [];
    this.length = 0;
    this.lastBlock = null;
    this.crossed = false;
    return chunk;
  }

  next(deadline: Deadline = NEVER): PageText | null {
    if (this.done) return this.flush();
    if (!this.root.isConnected) {
      this.done = true;
      this.segments = [];
      return this.flush();
    }
    this.resync();
    const skip = this.opts.skipText;
    for (let n = 1; ; n++) {
      const t = this.pending ?? this.nextText();
      const from = this.pendingFrom;
      this.pending = null;
      this.pendingFrom = 0;
      if (!t) {
        this.done = true;
        return this.flush();
      }
      if (from) {
        // The rest of a long text node whose first pieces ended the previous chunks.
        this.lastBlock = this.blockOfText(t);
        if (!this.piece(t, from)) return this.flush();
        continue;
      }
      this.visited++;
      if (skip?.(t)) continue;
      const block = this.blockOfText(t);
      if ((this.lastBlock && block !== this.lastBlock) || (this.crossed && this.length)) {
        if (this.length >= this.chunkChars) {
          this.pending = t;
          return this.flush();
        }
        this.parts.push('\n');
        this.length += 1;
      } else if (this.length >= Math.max(LONG_NODE, this.chunkChars) && this.mayCutBefore(t)) {
        // A very long block (thousands of lines under one element, with <br> or inline tags
        // between them) is cut between its nodes, after a sentence, as a long text node is: so
        // that no detector call, and no slice, takes a whole huge block at once.
        this.pending = t;
        return this.flush();
      }
      this.lastBlock = block;
      this.crossed = false;
      if (!this.piece(t, 0)) return this.flush();
      // Every 8 nodes: a node in a shadow root or under a deep chain can cost far more than one in
      // plain prose (performance.now() is cheap next to the walk).
      if ((n & 7) === 0 && deadline.expired()) return null;
    }
  }
}

/** Walks `root` and collects its visible text, all at once. */
export function collectText(root: Node): PageText {
  const w = new TextWalker(root, { chunkChars: Infinity });
  return w.next() ?? { text: '', segments: [] };
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
  range.setStart(a.node, Math.min(start - a.start + (a.from ?? 0), a.node.data.length));
  range.setEnd(b.node, Math.min(end - b.start + (b.from ?? 0), b.node.data.length));
  return range;
}
