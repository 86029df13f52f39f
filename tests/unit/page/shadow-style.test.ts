// Adopting the highlight sheet into a page's shadow root, as Chromium's content scripts see the root
// (the page's own list) and as Firefox's do (an Xray that refuses the list; the page's view of it
// through wrappedJSObject, whose entries are the page's wrappers of the sheets).
import { afterEach, describe, expect, it } from 'vitest';
import { adoptSheet } from '../../../lib/page/shadow-style';

const sheet = (name: string) => ({ name }) as unknown as CSSStyleSheet;

describe('adoptSheet', () => {
  afterEach(() => {
    delete (globalThis as { XPCNativeWrapper?: unknown }).XPCNativeWrapper;
  });

  it('appends the sheet to a root whose list the script reads directly, once, after the page’s own', () => {
    const own = sheet('page');
    const ours = sheet('parley');
    const root = { adoptedStyleSheets: [own] } as unknown as ShadowRoot;
    adoptSheet(root, ours);
    adoptSheet(root, ours);
    expect(root.adoptedStyleSheets).toEqual([own, ours]);
  });

  it('reaches the list through the page’s view when the script’s view of it refuses access (Firefox Xrays)', () => {
    // The page's wrappers of sheets, and the script's view of each (XPCNativeWrapper).
    const ours = sheet('parley');
    const pageOwn = { name: 'page' };
    const pageOurs = { name: 'parley, as the page sees it' };
    const ownView = new Map<unknown, unknown>([[pageOurs, ours], [pageOwn, sheet('page, as the script sees it')]]);
    (globalThis as { XPCNativeWrapper?: unknown }).XPCNativeWrapper = (o: unknown) => ownView.get(o) ?? o;
    const pageList: unknown[] = [pageOwn];
    const root = {
      get adoptedStyleSheets(): never {
        throw new Error('Accessing from Xray wrapper is not supported.');
      },
      set adoptedStyleSheets(_v: unknown) {
        throw new Error('Accessing from Xray wrapper is not supported.');
      },
      wrappedJSObject: {
        adoptedStyleSheets: new Proxy(pageList, {
          // An ObservableArray: an append is a write at index `length`; no method is called.
          get: (t, k) => (k === 'length' || /^\d+$/.test(String(k)) ? Reflect.get(t, k) : undefined),
          set: (t, k, v) => {
            // The page receives the sheet in its own terms: here, its wrapper of ours.
            return Reflect.set(t, k, v === ours ? pageOurs : v);
          },
        }),
      },
    } as unknown as ShadowRoot;
    adoptSheet(root, ours);
    expect(pageList).toEqual([pageOwn, pageOurs]);
    adoptSheet(root, ours);
    expect(pageList).toHaveLength(2);
  });
});
