// @vitest-environment happy-dom
/**
 * The highlight layer hands new ranges to CSS.highlights in batches (lib/page/marks.ts): each change
 * to a registered highlight makes the browser redo its paint bookkeeping for all of them. These
 * tests drive its clock with fake timers and look at what the page's highlight registry holds.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLUSH_FIRST_MS, FLUSH_MAX_MS, createMarkLayer } from '../../../lib/page/marks';

class FakeHighlight extends Set<AbstractRange> {}
const w = window as unknown as { Highlight?: unknown; CSS?: { highlights?: Map<string, FakeHighlight> } };
const shown = (name = 'parley-mention') => w.CSS!.highlights!.get(name)?.size ?? 0;

let texts: Text[] = [];
const range = (i: number): Range => {
  const r = document.createRange();
  r.setStart(texts[i]!, 0);
  r.setEnd(texts[i]!, 4);
  return r;
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  w.Highlight = FakeHighlight;
  w.CSS = Object.assign(w.CSS ?? {}, { highlights: new Map() });
  document.body.innerHTML = Array.from({ length: 20 }, (_, i) => `<p>Talk ${i}</p>`).join('');
  texts = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
});
afterEach(() => {
  vi.useRealTimers();
  delete w.Highlight;
  document.body.innerHTML = '';
});

describe('highlight layer batches', () => {
  it('shows the first marks at once, then batches the ones that keep coming, and flush() shows the rest', () => {
    const layer = createMarkLayer(document);
    expect(layer.usesHighlights).toBe(true);
    layer.add(range(0), 'mention');
    layer.add(range(1), 'mention');
    vi.advanceTimersByTime(0);
    expect(shown()).toBe(2);
    // More ranges right after: they wait for the next batch.
    layer.add(range(2), 'mention');
    layer.add(range(3), 'related');
    vi.advanceTimersByTime(FLUSH_FIRST_MS - 1);
    expect(shown()).toBe(2);
    expect(shown('parley-related')).toBe(0);
    vi.advanceTimersByTime(1);
    expect(shown()).toBe(3);
    expect(shown('parley-related')).toBe(1);
    // The wait doubles while ranges keep coming; flush() (a scan's job ended) shows them at once.
    layer.add(range(4), 'mention');
    vi.advanceTimersByTime(FLUSH_FIRST_MS);
    expect(shown()).toBe(3);
    layer.flush();
    expect(shown()).toBe(4);
    // After a quiet spell, a new mark shows at once again.
    vi.advanceTimersByTime(FLUSH_MAX_MS + 1);
    layer.add(range(5), 'mention');
    vi.advanceTimersByTime(0);
    expect(shown()).toBe(5);
  });

  it('a range removed before its batch never shows, and clear() drops what waits', () => {
    const layer = createMarkLayer(document);
    layer.add(range(0), 'mention');
    vi.advanceTimersByTime(0);
    const r1 = range(1);
    layer.add(r1, 'mention');
    layer.add(range(2), 'mention');
    layer.remove(r1, 'mention');
    layer.flush();
    expect(shown()).toBe(2);
    expect([...w.CSS!.highlights!.get('parley-mention')!].includes(r1)).toBe(false);
    layer.add(range(3), 'mention');
    layer.clear();
    vi.advanceTimersByTime(FLUSH_MAX_MS * 2);
    expect(w.CSS!.highlights!.size).toBe(0);
  });

  it('the open mark is tinted at once, even while its own range waits for a batch', () => {
    const layer = createMarkLayer(document);
    layer.add(range(0), 'mention');
    vi.advanceTimersByTime(0);
    const r = range(1);
    layer.add(r, 'mention');
    layer.setActive(r);
    expect(shown('parley-active')).toBe(1);
  });
});
