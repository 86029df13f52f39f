/**
 * The marks on a page: one per mention, each holding its Range (and only that range: live ranges
 * slow every DOM mutation of the page, so we keep none per text node and drop each as soon as its
 * text leaves the page). Finds the mark under a point (hover, click) and walks marks in document
 * order (keyboard).
 *
 * Hit-testing, cheapest first:
 *  1. `CSS.highlights.highlightsFromPoint()` (Chrome 140+, Firefox 150+): the browser's own answer.
 *  2. Wrapped marks (fallback): the <parley-mark> element under the point.
 *  3. Otherwise the caret position under the point gives a text node; only marks starting or ending
 *     in that node are tested against their client rects.
 */
import type { Mention } from '../detect/types';
import { kindOf, type MarkKind, type MarkLayer } from './marks';

export interface Mark {
  id: number;
  range: Range;
  kind: MarkKind;
  mention: Mention;
  /** The text nodes the mention started and ended in when it was marked. */
  startNode: Text;
  endNode: Text;
}

interface HitResult {
  highlight?: unknown;
  ranges?: AbstractRange[];
}
type FromPoint = (x: number, y: number, opts?: unknown) => (HitResult | unknown)[];

function inRects(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/** The node itself, or the outermost shadow host it sits under (what the document's order can compare). */
function inDocument(n: Node): Node {
  for (let root = n.getRootNode() as Node & { host?: Element | null }; root.host; root = n.getRootNode() as Node & { host?: Element | null }) n = root.host;
  return n;
}

/** Document order of two ranges, also when they sit in different (shadow) trees. */
export function compareRanges(a: Range, b: Range): number {
  if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) return a.compareBoundaryPoints(Range.START_TO_START, b);
  const x = inDocument(a.startContainer);
  const y = inDocument(b.startContainer);
  if (x === y) return 0;
  const pos = x.compareDocumentPosition(y);
  return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
}

export class MarkRegistry {
  /** The page's open shadow roots that hold marks' text (hit-testing must name them to see inside). */
  readonly shadowRoots = new Set<ShadowRoot>();
  private marks = new Map<number, Mark>();
  private byRange = new Map<AbstractRange, Mark>();
  private byNode = new Map<Text, Mark[]>();
  private byElement = new WeakMap<Element, Mark>();
  private sorted: Mark[] | null = null;
  private nextId = 1;
  private active: Mark | null = null;

  constructor(
    readonly layer: MarkLayer,
    private doc: Document = document,
    /** Is this event one the reader added? (Its marks get their own style.) */
    private isUserEvent: (eventId: string) => boolean = () => false,
  ) {}

  get all(): Mark[] {
    return [...this.marks.values()];
  }

  get size(): number {
    return this.marks.size;
  }

  get(id: number): Mark | undefined {
    return this.marks.get(id);
  }

  private index(node: Text, m: Mark): void {
    const list = this.byNode.get(node);
    if (list) list.push(m);
    else this.byNode.set(node, [m]);
  }

  private unindex(node: Text, m: Mark): void {
    const list = this.byNode.get(node);
    if (!list) return;
    const i = list.indexOf(m);
    if (i >= 0) list.splice(i, 1);
    if (!list.length) this.byNode.delete(node);
  }

  /** Marks that start or end in this text node. */
  inNode(node: Text): readonly Mark[] {
    return this.byNode.get(node) ?? [];
  }

  /** Does `range` overlap a mark we already have? (A rescan never marks the same text twice.) */
  overlaps(range: Range): boolean {
    const seen = new Set<Mark>();
    for (const node of [range.startContainer, range.endContainer]) {
      for (const m of this.byNode.get(node as Text) ?? []) {
        if (seen.has(m)) continue;
        seen.add(m);
        const r = m.range;
        if (r.collapsed) continue;
        // Overlap: r.start < range.end && range.start < r.end.
        if (r.compareBoundaryPoints(Range.END_TO_START, range) < 0 && range.compareBoundaryPoints(Range.END_TO_START, r) < 0) return true;
      }
    }
    return false;
  }

  /** Marks `range` as `mention`. Returns null when the text is already marked. */
  add(range: Range, mention: Mention): Mark | null {
    if (range.collapsed || this.overlaps(range)) return null;
    const kind = kindOf(mention.status, !!mention.eventId && this.isUserEvent(mention.eventId));
    const startNode = range.startContainer as Text;
    const endNode = range.endContainer as Text;
    const mark: Mark = { id: this.nextId++, range: this.layer.add(range, kind), kind, mention, startNode, endNode };
    this.marks.set(mark.id, mark);
    this.byRange.set(mark.range, mark);
    this.index(startNode, mark);
    if (endNode !== startNode) this.index(endNode, mark);
    for (const el of this.layer.elementsOf(mark.range)) this.byElement.set(el, mark);
    this.sorted = null;
    return mark;
  }

  remove(mark: Mark): void {
    if (!this.marks.delete(mark.id)) return;
    if (this.active === mark) this.setActive(null);
    this.layer.remove(mark.range, mark.kind);
    this.byRange.delete(mark.range);
    this.unindex(mark.startNode, mark);
    this.unindex(mark.endNode, mark);
    this.sorted = null;
  }

  /** Is the mark's text still on the page? */
  static alive(m: Mark): boolean {
    return !m.range.collapsed && m.startNode.isConnected && m.endNode.isConnected;
  }

  /** Drops marks whose text has left the document (re-rendered or removed by the page). Returns them. */
  prune(): Mark[] {
    const dropped: Mark[] = [];
    for (const m of this.marks.values()) if (!MarkRegistry.alive(m)) dropped.push(m);
    for (const m of dropped) this.remove(m);
    return dropped;
  }

  /** Removes the marks inside `root` (its text is about to be scanned again). Returns them. */
  removeWithin(root: Node): Mark[] {
    const gone: Mark[] = [];
    for (const m of this.marks.values()) if (root.contains(m.startNode) || root.contains(m.endNode)) gone.push(m);
    for (const m of gone) this.remove(m);
    return gone;
  }

  clear(): void {
    this.layer.clear();
    this.marks.clear();
    this.byRange.clear();
    this.byNode.clear();
    this.byElement = new WeakMap();
    this.sorted = null;
    this.active = null;
  }

  get activeMark(): Mark | null {
    return this.active;
  }

  setActive(mark: Mark | null): void {
    this.active = mark;
    this.layer.setActive(mark?.range ?? null);
  }

  /** The mark under a viewport point. */
  at(x: number, y: number): Mark | undefined {
    if (!this.marks.size) return undefined;
    const doc = this.doc;
    if (this.layer.usesHighlights) {
      const reg = (doc.defaultView as unknown as { CSS?: { highlights?: { highlightsFromPoint?: FromPoint } } }).CSS?.highlights;
      if (typeof reg?.highlightsFromPoint === 'function') {
        try {
          const roots = this.liveShadowRoots();
          for (const hit of reg.highlightsFromPoint.call(reg, x, y, roots.length ? { shadowRoots: roots } : undefined)) {
            for (const r of (hit as HitResult).ranges ?? []) {
              const m = this.byRange.get(r);
              if (m) return m;
            }
          }
          // Older shape (a list of Highlight objects) or a miss: fall through to the caret test.
        } catch {
          /* fall through */
        }
      }
    } else {
      const el = doc.elementFromPoint(x, y)?.closest('parley-mark');
      return el ? this.byElement.get(el) : undefined;
    }
    const node = this.caretNode(x, y);
    if (node) {
      for (const m of this.byNode.get(node) ?? []) if (inRects(m.range, x, y)) return m;
      // A mark can span several text nodes (an <em> inside it): the node may lie in its middle.
      for (const m of this.marks.values()) if (m.range.intersectsNode(node) && inRects(m.range, x, y)) return m;
      return undefined;
    }
    for (const m of this.marks.values()) if (inRects(m.range, x, y)) return m;
    return undefined;
  }

  private caretNode(x: number, y: number): Text | null {
    const doc = this.doc as Document & {
      caretPositionFromPoint?: (x: number, y: number, opts?: unknown) => { offsetNode: Node } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    let n: Node | null | undefined;
    const roots = this.liveShadowRoots();
    if (typeof doc.caretPositionFromPoint === 'function') n = (doc.caretPositionFromPoint as (x: number, y: number, o?: unknown) => { offsetNode: Node } | null)(x, y, roots.length ? { shadowRoots: roots } : undefined)?.offsetNode;
    else if (typeof doc.caretRangeFromPoint === 'function') n = doc.caretRangeFromPoint(x, y)?.startContainer;
    return n && n.nodeType === 3 ? (n as Text) : null;
  }

  private liveShadowRoots(): ShadowRoot[] {
    for (const r of this.shadowRoots) if (!r.host.isConnected) this.shadowRoots.delete(r);
    return [...this.shadowRoots];
  }

  /** Marks in document order. */
  ordered(): Mark[] {
    if (!this.sorted) {
      this.sorted = [...this.marks.values()].filter(MarkRegistry.alive);
      this.sorted.sort((a, b) => compareRanges(a.range, b.range));
    }
    return this.sorted;
  }

  /** The next (or previous) mark after `from`; from the start (or end) when there is none. */
  next(from: Mark | null, dir: 1 | -1): Mark | undefined {
    const list = this.ordered();
    if (!list.length) return undefined;
    const i = from ? list.findIndex((m) => m.id === from.id) : -1;
    if (i < 0) {
      if (from && MarkRegistry.alive(from)) {
        // `from` is gone from the list (removed): continue from where it stood.
        const j = list.findIndex((m) => compareRanges(m.range, from.range) > 0);
        if (dir === 1) return list[j < 0 ? 0 : j];
        return list[(j < 0 ? list.length : j) - 1] ?? list[list.length - 1];
      }
      return dir === 1 ? list[0] : list[list.length - 1];
    }
    return list[(i + dir + list.length) % list.length];
  }
}
