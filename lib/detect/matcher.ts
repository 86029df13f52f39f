/**
 * The single-pass matcher: normalise → tokenise (vocabulary ids looked up on the fly) → walk the
 * token trie from every known token. Cost is linear in the text: unknown words cost one hash
 * probe, a known word at most `maxPhraseLen` trie steps; the number of aliases only changes how
 * full the hash table and the trie are, not how many passes we make.
 */
import type { MatcherEvent } from './types';
import { buildLexiconSteps, BREAK_FLAGS, runToEnd, Ticker, type Lexicon } from './lexicon';
import { edgeSlot, edgeTable } from './edges';
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
  const { mask, node: edgeNode, step: edgeStep, next: edgeNext } = edgeTable(lex);
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
