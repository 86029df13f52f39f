/**
 * Marks on the page. With the CSS Custom Highlight API (Chrome 105+, Firefox 140+) a mark is a
 * Range registered in `CSS.highlights`: no node of the page changes. Where the API is missing, the
 * text is wrapped in <parley-mark> elements instead, and unwrapped (text nodes re-joined) on clear.
 *
 * Highlight names: parley-mention (a known US–Russia meeting), parley-related (a related event),
 * parley-unknown (a meeting not in the database); parley-active for the mark whose card is open.
 */
import type { MentionStatus } from '../detect/types';

export type MarkKind = 'mention' | 'related' | 'unknown';

export const HIGHLIGHT_NAME: Record<MarkKind | 'active', string> = {
  mention: 'parley-mention',
  related: 'parley-related',
  unknown: 'parley-unknown',
  active: 'parley-active',
};

export function kindOf(status: MentionStatus): MarkKind {
  return status === 'known' ? 'mention' : status;
}

interface HighlightLike {
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
}

export function createMarkLayer(doc: Document, forceFallback = false): MarkLayer {
  const api = forceFallback ? null : highlightApi(doc.defaultView!);
  return api ? highlightLayer(api) : wrapLayer(doc);
}

function highlightLayer(api: { registry: Map<string, HighlightLike>; Ctor: HighlightCtor }): MarkLayer {
  const sets = new Map<string, HighlightLike>();
  const get = (name: string) => {
    let h = sets.get(name);
    if (!h) {
      h = new api.Ctor();
      sets.set(name, h);
      api.registry.set(name, h);
    }
    return h;
  };
  let active: Range | null = null;
  return {
    usesHighlights: true,
    add(range, kind) {
      get(HIGHLIGHT_NAME[kind]).add(range);
      return range;
    },
    remove(range, kind) {
      get(HIGHLIGHT_NAME[kind]).delete(range);
      if (active === range) this.setActive(null);
    },
    setActive(range) {
      const h = get(HIGHLIGHT_NAME.active);
      h.clear();
      active = range;
      if (range) h.add(range);
    },
    clear() {
      for (const [name, h] of sets) {
        h.clear();
        api.registry.delete(name);
      }
      sets.clear();
      active = null;
    },
  };
}

/** Fallback: wrap each text-node piece of the range in <parley-mark data-kind>. */
function wrapLayer(doc: Document): MarkLayer {
  const wrapped = new Map<Range, HTMLElement[]>();
  const textNodesIn = (range: Range): Text[] => {
    if (range.startContainer === range.endContainer && range.startContainer.nodeType === 3) return [range.startContainer as Text];
    const out: Text[] = [];
    const w = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) if (range.intersectsNode(n)) out.push(n as Text);
    return out;
  };
  return {
    usesHighlights: false,
    add(range, kind) {
      const els: HTMLElement[] = [];
      for (const node of textNodesIn(range)) {
        let t = node;
        const s = t === range.startContainer ? range.startOffset : 0;
        const e = t === range.endContainer ? range.endOffset : t.data.length;
        if (e <= s) continue;
        if (e < t.data.length) t.splitText(e);
        if (s > 0) t = t.splitText(s);
        const el = doc.createElement('parley-mark');
        el.dataset.kind = kind;
        t.parentNode!.insertBefore(el, t);
        el.appendChild(t);
        els.push(el);
      }
      const r = doc.createRange();
      if (els.length) {
        r.setStartBefore(els[0]!);
        r.setEndAfter(els[els.length - 1]!);
      }
      wrapped.set(r, els);
      return r;
    },
    remove(range) {
      for (const el of wrapped.get(range) ?? []) {
        const parent = el.parentNode;
        if (!parent) continue;
        while (el.firstChild) parent.insertBefore(el.firstChild, el);
        el.remove();
        parent.normalize();
      }
      wrapped.delete(range);
    },
    setActive(range) {
      for (const [r, els] of wrapped) for (const el of els) el.toggleAttribute('data-active', r === range);
    },
    clear() {
      for (const r of [...wrapped.keys()]) this.remove(r, 'mention');
    },
  };
}
