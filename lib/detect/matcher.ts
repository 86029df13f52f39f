/**
 * The single-pass matcher: normalise → tokenise (vocabulary ids looked up on the fly) → walk the
 * token trie from every known token. Cost is linear in the text: unknown words cost one hash
 * probe, a known word at most `maxPhraseLen` trie steps; the number of aliases only changes how
 * full the hash table and the trie are, not how many passes we make.
 */
import type { MatcherEvent } from './types';
import { buildLexiconSteps, BREAK_FLAGS, runToEnd, Ticker, type Lexicon } from './lexicon';
import { normalize, type Normalized } from './normalize';
import { tokenize, type TokenStream } from './tokenize';

export interface CompiledMatcher {
  readonly lexicon: Lexicon;
  readonly events: readonly MatcherEvent[];
  /** Index of an event id in `events`. */
  readonly eventIndex: ReadonlyMap<string, number>;
}

function compiled(events: MatcherEvent[], lexicon: Lexicon): CompiledMatcher {
  const eventIndex = new Map<string, number>();
  events.forEach((e, i) => eventIndex.set(e.id, i));
  return { lexicon, events, eventIndex };
}

export function compileMatcher(events: MatcherEvent[]): CompiledMatcher {
  return compiled(events, runToEnd(buildLexiconSteps(events, new Ticker())));
}

/**
 * compileMatcher in slices of about `budgetMs`, awaiting `yieldFn` between them (in a page: the
 * scheduler's yieldToMain), so compiling never holds the thread for a long task. Same result as
 * compileMatcher: the same steps, only paused. The events must not change until it resolves.
 */
export async function compileMatcherAsync(events: MatcherEvent[], yieldFn: () => Promise<void>, budgetMs = 8): Promise<CompiledMatcher> {
  const tk = new Ticker(budgetMs);
  const steps = buildLexiconSteps(events, tk);
  for (;;) {
    tk.start = performance.now();
    const r = steps.next();
    if (r.done) return compiled(events, r.value);
    await yieldFn();
  }
}

export interface Hits {
  count: number;
  /** Phrase id, first token, end token (exclusive), packed in threes. */
  data: Int32Array;
}

export interface Scan {
  original: string;
  norm: Normalized;
  toks: TokenStream;
  hits: Hits;
}

const EDGE_MUL = 1 << 23;

/**
 * The trie's edges as an open-addressing hash over typed arrays, made once per lexicon from its
 * Map (whose keys, node × 2^24 + token × 2 + gap, are too big for small integers: every Map probe
 * hashed a heap number). Same content, same answers; a miss costs a probe or two.
 */
interface EdgeTable {
  mask: number;
  node: Int32Array; // node + 1; 0 = empty slot
  step: Int32Array; // token id × 2 + gap
  next: Int32Array;
}

const edgeTables = new WeakMap<Map<number, number>, EdgeTable>();

function edgeSlot(node: number, step: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(step, 0x85ebca77)) & mask;
}

function edgeTable(edges: Map<number, number>): EdgeTable {
  let t = edgeTables.get(edges);
  if (t) return t;
  let size = 16;
  while (size < edges.size * 2) size *= 2;
  t = { mask: size - 1, node: new Int32Array(size), step: new Int32Array(size), next: new Int32Array(size) };
  for (const [key, next] of edges) {
    const step = key % (EDGE_MUL * 2);
    const node = (key - step) / (EDGE_MUL * 2);
    let i = edgeSlot(node, step, t.mask);
    while (t.node[i] !== 0) i = (i + 1) & t.mask;
    t.node[i] = node + 1;
    t.step[i] = step;
    t.next[i] = next;
  }
  edgeTables.set(edges, t);
  return t;
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const d = new Int32Array(a.length * 2);
  d.set(a);
  return d;
}

/** Every phrase occurrence in the token stream (all lengths, overlapping ones included). */
export function matchPhrases(lex: Lexicon, toks: TokenStream): Hits {
  let data: Int32Array<ArrayBuffer> = new Int32Array(Math.max(64, toks.count >> 2) * 3);
  let count = 0;
  const { rootNext, nodeOut, maxPhraseLen } = lex;
  const { mask, node: edgeNode, step: edgeStep, next: edgeNext } = edgeTable(lex.edges);
  const ids = toks.id;
  const flags = toks.flags;
  const n = toks.count;
  for (let t = 0; t < n; t++) {
    const id = ids[t];
    if (id < 0) continue;
    let node = rootNext[id];
    if (node === 0) continue;
    let out = nodeOut[node];
    if (out >= 0) {
      if ((count + 1) * 3 > data.length) data = grow(data);
      data[count * 3] = out;
      data[count * 3 + 1] = t;
      data[count * 3 + 2] = t + 1;
      count++;
    }
    const lim = Math.min(n, t + maxPhraseLen);
    for (let u = t + 1; u < lim; u++) {
      const id2 = ids[u];
      if (id2 < 0) break;
      const step = id2 * 2 + (flags[u] & BREAK_FLAGS ? 1 : 0);
      let i = edgeSlot(node, step, mask);
      let stored = edgeNode[i];
      while (stored !== 0 && (stored !== node + 1 || edgeStep[i] !== step)) {
        i = (i + 1) & mask;
        stored = edgeNode[i];
      }
      if (stored === 0) break;
      node = edgeNext[i];
      out = nodeOut[node];
      if (out >= 0) {
        if ((count + 1) * 3 > data.length) data = grow(data);
        data[count * 3] = out;
        data[count * 3 + 1] = t;
        data[count * 3 + 2] = u + 1;
        count++;
      }
    }
  }
  return { count, data };
}

/** Normalise, tokenise and match: everything the patterns read. */
export function scanText(matcher: CompiledMatcher, text: string): Scan {
  const norm = normalize(text);
  const toks = tokenize(norm, text, matcher.lexicon.table);
  const hits = matchPhrases(matcher.lexicon, toks);
  return { original: text, norm, toks, hits };
}
