/**
 * The trie's edges as an open-addressing hash over three typed arrays: what the matcher walks.
 * The lexicon keeps its edges as a Map (key: node × 2^24 + token × 2 + gap), whose keys are too
 * big for small integers, so every probe of it hashed a heap number; this table answers the same
 * with integer arithmetic. It is made once per lexicon: from the Map for a lexicon compiled here,
 * or straight from the arrays a prebuilt matcher ships (tables.ts), which then builds no Map at all
 * unless something asks for `lexicon.edges`.
 */
import type { Lexicon } from './lexicon';

export interface EdgeTable {
  mask: number;
  /** Source node + 1; 0 = an empty slot. */
  node: Int32Array;
  /** Token id × 2 + gap. */
  step: Int32Array;
  next: Int32Array;
}

/** The Map's key for (node, step): node × 2^24 + step (as lexicon.ts builds it). */
const NODE_MUL = 2 ** 24;

export function edgeSlot(node: number, step: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(step, 0x85ebca77)) & mask;
}

/** The table holding the same edges as `edges`. */
export function edgeTableOf(edges: Map<number, number>): EdgeTable {
  let size = 16;
  while (size < edges.size * 2) size *= 2;
  const t: EdgeTable = { mask: size - 1, node: new Int32Array(size), step: new Int32Array(size), next: new Int32Array(size) };
  for (const [key, next] of edges) {
    const step = key % NODE_MUL;
    const node = (key - step) / NODE_MUL;
    let i = edgeSlot(node, step, t.mask);
    while (t.node[i] !== 0) i = (i + 1) & t.mask;
    t.node[i] = node + 1;
    t.step[i] = step;
    t.next[i] = next;
  }
  return t;
}

/** The Map the table holds (for code that reads `lexicon.edges` of a prebuilt matcher). */
export function edgeMapOf(t: EdgeTable): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < t.node.length; i++) if (t.node[i] !== 0) m.set((t.node[i]! - 1) * NODE_MUL + t.step[i]!, t.next[i]!);
  return m;
}

/**
 * Where a lexicon keeps its table: a property under a registered symbol, not a module-level
 * WeakMap. In a page the lexicon is loaded by the content script (tables.ts) and walked by the
 * engine chunk, and each bundle has its own copy of this module: a WeakMap in one is empty in the
 * other, so the engine rebuilt the Map and then the table on every page (about 3 ms and a Map of
 * every edge). Symbol.for gives both copies the same key.
 */
const TABLE = Symbol.for('parley.edgeTable');
type WithTable = { [TABLE]?: EdgeTable };

function keep(lex: object, t: EdgeTable): void {
  Object.defineProperty(lex, TABLE, { value: t, enumerable: false, configurable: true, writable: true });
}

/** The lexicon's edge table (made from its Map on first use, unless a prebuilt one was attached). */
export function edgeTable(lex: Lexicon): EdgeTable {
  let t = (lex as WithTable)[TABLE];
  if (!t) keep(lex, (t = edgeTableOf(lex.edges)));
  return t;
}

/**
 * Gives a lexicon decoded without its edge Map the prebuilt table; `lexicon.edges` becomes a Map
 * made from the table the first time it is read.
 */
export function attachEdgeTable(lex: Omit<Lexicon, 'edges'> & { edges?: Map<number, number> }, t: EdgeTable): Lexicon {
  let map: Map<number, number> | null = null;
  Object.defineProperty(lex, 'edges', { get: () => (map ??= edgeMapOf(t)), enumerable: true, configurable: true });
  keep(lex, t);
  return lex as Lexicon;
}
