/**
 * The trie's edge table (lib/detect/edges.ts) as the page uses it: the content script loads the
 * tables with its own copy of the detector's modules, and the engine chunk walks them with another
 * copy. The table a loaded lexicon carries must reach the engine's copy as it is, without the
 * engine rebuilding the edge Map and a second table from it on every page.
 */
import { describe, expect, it, vi } from 'vitest';

describe('edge table across copies of the module', () => {
  it('a table attached by one copy is the one another copy walks, and the edge Map is never built', async () => {
    const loader = await import('../../../lib/detect/edges');
    vi.resetModules();
    const engine = await import('../../../lib/detect/edges');
    expect(engine).not.toBe(loader); // two copies, as in the content script and the engine chunk

    const edges = new Map([
      [1 * 2 ** 24 + 4, 2],
      [2 * 2 ** 24 + 6, 3],
    ]);
    const table = loader.edgeTableOf(edges);
    const lex = loader.attachEdgeTable({} as never, table);
    // Reading the Map now would mean the engine rebuilds what it was given.
    Object.defineProperty(lex, 'edges', {
      get() {
        throw new Error('the edge Map was built');
      },
    });
    expect(engine.edgeTable(lex)).toBe(table);
    expect(loader.edgeTable(lex)).toBe(table);
  });

  it('a lexicon compiled here gets its table from its Map once', async () => {
    const { edgeTable, edgeMapOf } = await import('../../../lib/detect/edges');
    const edges = new Map([[3 * 2 ** 24 + 8, 5]]);
    const lex = { edges } as never;
    const t = edgeTable(lex);
    expect(edgeTable(lex)).toBe(t);
    expect(edgeMapOf(t)).toEqual(edges);
    // The table is not an own enumerable field: dumps and copies of the lexicon leave it out.
    expect(Object.keys(lex)).toEqual(['edges']);
  });
});
