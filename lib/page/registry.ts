/**
 * The marks on a page: one per mention, each holding its Range (and only that range: live ranges
 * slow every DOM mutation, so we keep none per text node). Finds the mark under a point and walks
 * marks in document order for keyboard navigation.
 */
import type { Mention } from '../detect/types';
import { kindOf, type MarkKind, type MarkLayer } from './marks';

export interface Mark {
  id: number;
  range: Range;
  kind: MarkKind;
  mention: Mention;
}

export class MarkRegistry {
  private marks: Mark[] = [];
  private nextId = 1;
  constructor(private layer: MarkLayer) {}

  get all(): readonly Mark[] {
    return this.marks;
  }

  add(range: Range, mention: Mention): Mark {
    const kind = kindOf(mention.status);
    const mark: Mark = { id: this.nextId++, range: this.layer.add(range, kind), kind, mention };
    this.marks.push(mark);
    return mark;
  }

  /** Drops marks whose text has left the document (re-rendered or removed by the page). */
  prune(): number {
    const keep: Mark[] = [];
    let dropped = 0;
    for (const m of this.marks) {
      if (m.range.startContainer.isConnected && !m.range.collapsed) keep.push(m);
      else {
        this.layer.remove(m.range, m.kind);
        dropped++;
      }
    }
    this.marks = keep;
    return dropped;
  }

  clear(): void {
    this.layer.clear();
    this.marks = [];
  }

  setActive(mark: Mark | null): void {
    this.layer.setActive(mark?.range ?? null);
  }

  /** Is this text node already inside a mark? (So a rescan never marks the same text twice.) */
  covers(node: Node, offset: number): boolean {
    return this.marks.some((m) => m.range.isPointInRange(node, offset));
  }

  /** The mark under a viewport point, by its client rects (works with or without highlightsFromPoint). */
  at(x: number, y: number): Mark | undefined {
    for (const m of this.marks) {
      for (const r of m.range.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return m;
      }
    }
    return undefined;
  }

  /** Marks in document order. */
  ordered(): Mark[] {
    return [...this.marks].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  next(from: Mark | null, dir: 1 | -1): Mark | undefined {
    const list = this.ordered();
    if (!list.length) return undefined;
    const i = from ? list.findIndex((m) => m.id === from.id) : -1;
    if (i < 0) return dir === 1 ? list[0] : list[list.length - 1];
    return list[(i + dir + list.length) % list.length];
  }
}
