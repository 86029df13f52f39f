/**
 * Marks on the page. With the CSS Custom Highlight API (Chrome 105+, Firefox 140+) a mark is a
 * Range registered in `CSS.highlights`: no node of the page changes. Where the API is missing, the
 * text is wrapped in <parley-mark> elements instead, and unwrapped (text nodes re-joined) on clear.
 *
 * Highlight names: parley-mention (a known US–Russia meeting), parley-related (a related event),
 * parley-unknown (a meeting not in the database), parley-user (a meeting the reader added: reported,
 * not checked); parley-active for the mark whose card is open.
 */
import type { MentionStatus } from '../detect/types';

export type MarkKind = 'mention' | 'related' | 'unknown' | 'user';

export const HIGHLIGHT_NAME: Record<MarkKind | 'active', string> = {
  mention: 'parley-mention',
  related: 'parley-related',
  unknown: 'parley-unknown',
  user: 'parley-user',
  active: 'parley-active',
};

/** `userEvent`: the mention resolved to an event the reader added (its own mark style). */
export function kindOf(status: MentionStatus, userEvent = false): MarkKind {
  if (status === 'known' && userEvent) return 'user';
  return status === 'known' ? 'mention' : status;
}

interface HighlightLike {
  priority?: number;
  add(r: AbstractRange): unknown;
  delete(r: AbstractRange): unknown;
  clear(): void;
}
type HighlightCtor = new (...ranges: AbstractRange[]) => HighlightLike;

function highlightApi(win: Window): { registry: Map<string, HighlightLike>; Ctor: HighlightCtor } | null {
  const css = (win as unknown as { CSS?: { highlights?: Map<string, HighlightLike> } }).CSS;
  const Ctor = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Ctor ? { registry: css.highlights, Ctor } : null;
}

export interface MarkLayer {
  readonly usesHighlights: boolean;
  /** Marks a range; returns the range to hit-test and position against (a fresh one for wrapped marks). */
  add(range: Range, kind: MarkKind): Range;
  remove(range: Range, kind: MarkKind): void;
  setActive(range: Range | null): void;
  clear(): void;
  /** Puts the marks added so far on the page now (highlights take them in batches; see FLUSH_FIRST_MS). */
  flush(): void;
  /** The <parley-mark> elements of a wrapped mark (fallback only; [] with highlights). */
  elementsOf(range: Range): readonly HTMLElement[];
}

export interface MarkLayerOptions {
  /** Use <parley-mark> wrapping even where CSS highlights exist (tests). */
  forceFallback?: boolean;
  /**
   * Fallback only: runs every change Parley makes to the page's nodes, so the caller can keep its
   * MutationObserver from reacting to Parley's own edits.
   */
  write?: (fn: () => void) => void;
  /** Fallback only: text nodes created by splitting while wrapping (the scanner counts them as scanned). */
  onSplit?: (t: Text) => void;
}

/** Does this document's window have the CSS Custom Highlight API? */
export function hasHighlights(doc: Document): boolean {
  return !!doc.defaultView && !!highlightApi(doc.defaultView);
}

export function createMarkLayer(doc: Document, opts: boolean | MarkLayerOptions = {}): MarkLayer {
  const o: MarkLayerOptions = typeof opts === 'boolean' ? { forceFallback: opts } : opts;
  const api = o.forceFallback ? null : highlightApi(doc.defaultView!);
  return api ? highlightLayer(api) : wrapLayer(doc, o);
}

/**
 * How often new ranges reach the registered highlights while a scan adds them. Every change to a
 * registered Highlight makes the browser work out again which text it paints, and that work grows
 * with the page and with the ranges already there: on the 1 MB page Chromium spent longer in that
 * paint step than in the whole scan when each 8 ms slice added its few ranges at once (one long
 * rendering task per slice, some over 100 ms). So ranges wait and go in together: the first batch
 * at once (the first marks show without delay), the next after FLUSH_FIRST_MS, each further wait
 * twice the last up to FLUSH_MAX_MS while ranges keep coming, and the rest when the scan's job ends
 * (MarkLayer.flush). After a quiet FLUSH_MAX_MS the next range goes in at once again.
 */
export const FLUSH_FIRST_MS = 250;
export const FLUSH_MAX_MS = 1000;

function highlightLayer(api: { registry: Map<string, HighlightLike>; Ctor: HighlightCtor }): MarkLayer {
  const sets = new Map<string, HighlightLike>();
  const get = (name: string) => {
    let h = sets.get(name);
    if (!h) {
      h = new api.Ctor();
      // The open mark's tint paints over its kind's underline.
      if (name === HIGHLIGHT_NAME.active) h.priority = 1;
      sets.set(name, h);
      api.registry.set(name, h);
    }
    return h;
  };
  let active: Range | null = null;
  // Ranges added but not yet in their highlight, by highlight name.
  const pending = new Map<string, Set<Range>>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastFlush = -Infinity;
  let wait = 0;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!pending.size) return;
    lastFlush = performance.now();
    for (const [name, ranges] of pending) {
      const h = get(name);
      for (const r of ranges) h.add(r);
    }
    pending.clear();
  };
  return {
    usesHighlights: true,
    add(range, kind) {
      const name = HIGHLIGHT_NAME[kind];
      let p = pending.get(name);
      if (!p) pending.set(name, (p = new Set()));
      p.add(range);
      if (!timer) {
        const since = performance.now() - lastFlush;
        wait = since > FLUSH_MAX_MS ? 0 : Math.min(FLUSH_MAX_MS, Math.max(FLUSH_FIRST_MS, wait * 2));
        timer = setTimeout(flush, Math.max(0, wait - since));
      }
      return range;
    },
    remove(range, kind) {
      const name = HIGHLIGHT_NAME[kind];
      if (!pending.get(name)?.delete(range)) get(name).delete(range);
      if (active === range) this.setActive(null);
    },
    setActive(range) {
      const h = get(HIGHLIGHT_NAME.active);
      h.clear();
      active = range;
      if (range) h.add(range);
    },
    clear() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending.clear();
      for (const [name, h] of sets) {
        h.clear();
        if (api.registry.get(name) === h) api.registry.delete(name);
      }
      sets.clear();
      active = null;
    },
    flush,
    elementsOf: () => [],
  };
}

/**
 * Fallback: wrap each text-node piece of the range in <parley-mark data-kind>. This changes the
 * page's nodes, so it is only used where the Highlight API is missing, and every change is undone
 * on clear (text nodes re-joined).
 */
function wrapLayer(doc: Document, o: MarkLayerOptions): MarkLayer {
  /** Per mark: its elements, and per element the text nodes that were one node before we split it. */
  const wrapped = new Map<Range, { el: HTMLElement; pieces: Text[] }[]>();
  const write = o.write ?? ((fn: () => void) => fn());
  const textNodesIn = (range: Range): Text[] => {
    if (range.startContainer === range.endContainer && range.startContainer.nodeType === 3) return [range.startContainer as Text];
    const out: Text[] = [];
    const w = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) if (range.intersectsNode(n)) out.push(n as Text);
    return out;
  };
  // Undo exactly what we did: take the text out of the element and re-join only the pieces we split
  // (never normalize(): that would also merge the page's own adjacent text nodes, which frameworks
  // such as React hold references to).
  const unwrap = (items: { el: HTMLElement; pieces: Text[] }[]) => {
    for (const { el, pieces } of items) {
      const parent = el.parentNode;
      if (parent) {
        while (el.firstChild) parent.insertBefore(el.firstChild, el);
        el.remove();
      }
      const [first, ...rest] = pieces;
      for (const p of rest) {
        if (first!.parentNode && p.previousSibling === first) {
          first!.appendData(p.data);
          p.remove();
        }
      }
    }
  };
  return {
    usesHighlights: false,
    add(range, kind) {
      const items: { el: HTMLElement; pieces: Text[] }[] = [];
      write(() => {
        for (const node of textNodesIn(range)) {
          const s = node === range.startContainer ? range.startOffset : 0;
          const e = node === range.endContainer ? range.endOffset : node.data.length;
          if (e <= s) continue;
          const pieces = [node];
          let t = node;
          if (s > 0) {
            t = t.splitText(s);
            pieces.push(t);
            o.onSplit?.(t);
          }
          if (e - s < t.data.length) {
            const tail = t.splitText(e - s);
            pieces.push(tail);
            o.onSplit?.(tail);
          }
          const el = doc.createElement('parley-mark');
          el.dataset.kind = kind;
          t.parentNode!.insertBefore(el, t);
          el.appendChild(t);
          items.push({ el, pieces });
        }
      });
      const r = doc.createRange();
      if (items.length) {
        r.setStartBefore(items[0]!.el);
        r.setEndAfter(items[items.length - 1]!.el);
      }
      wrapped.set(r, items);
      return r;
    },
    remove(range) {
      const items = wrapped.get(range);
      if (items) write(() => unwrap(items));
      wrapped.delete(range);
    },
    setActive(range) {
      write(() => {
        for (const [r, items] of wrapped) for (const { el } of items) el.toggleAttribute('data-active', r === range);
      });
    },
    clear() {
      const all = [...wrapped.values()].flat();
      wrapped.clear();
      write(() => unwrap(all));
    },
    flush() {
      /* wrapped marks are on the page as soon as they are added */
    },
    elementsOf(range) {
      return (wrapped.get(range) ?? []).map((i) => i.el);
    },
  };
}
