// @vitest-environment happy-dom
// The scanner with a stand-in detector (a regular expression): chunking, slicing, the mutation
// queue, and the rule that nothing is scanned or marked twice.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../../lib/detect/types';
import { createMarkLayer } from '../../../lib/page/marks';
import { MarkRegistry } from '../../../lib/page/registry';
import { BIG_BATCH, CHUNK_CHARS, READ_AHEAD, Scanner, type ScanStats } from '../../../lib/page/scan';
import { TextWalker, collectText } from '../../../lib/page/text';

const RE = /\b(Helsinki|Reykjavik|Anchorage|Geneva) (summit|talks)\b/g;
const texts: string[] = [];
function fakeDetect(text: string): Mention[] {
  texts.push(text);
  return [...text.matchAll(RE)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    quote: m[0],
    status: m[1] === 'Geneva' ? 'unknown' : 'known',
    eventId: m[1] === 'Geneva' ? null : m[1]!.toLowerCase(),
    confidence: 0.9,
    reasons: [],
    candidates: [],
    via: 'alias',
  }));
}

let scanner: Scanner;
let registry: MarkRegistry;
let jobs: ScanStats[];

function setup(html: string, opts: { chunkChars?: number; budgetMs?: number } = {}) {
  document.body.innerHTML = html;
  registry = new MarkRegistry(createMarkLayer(document, { forceFallback: false, write: (fn) => scanner.write(fn) }), document);
  jobs = [];
  scanner = new Scanner({ registry, detect: fakeDetect, ...opts, onJob: (s) => jobs.push(s) });
  return scanner;
}
const marked = () => registry.ordered().map((m) => m.range.toString());
const settle = async () => {
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 5));
    if (!scanner.busy) return;
  }
  await scanner.settled();
};

// happy-dom has no CSS Custom Highlight API; the browsers we test in do. A minimal stand-in (a
// Highlight is a set of ranges; CSS.highlights a map of names to highlights) lets these tests run
// the same path as Chromium and Firefox. The fallback (<parley-mark>) path has its own tests.
class FakeHighlight extends Set<AbstractRange> {}
const w = window as unknown as { Highlight?: unknown; CSS?: { highlights?: Map<string, FakeHighlight> } };
beforeEach(() => {
  texts.length = 0;
  w.Highlight = FakeHighlight;
  w.CSS = Object.assign(w.CSS ?? {}, { highlights: new Map() });
});
afterEach(() => {
  scanner?.stop();
  registry?.clear();
  document.body.innerHTML = '';
  delete w.Highlight;
  vi.restoreAllMocks();
});

describe('TextWalker', () => {
  it('cuts chunks at block boundaries and never inside a block', () => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<p>Paragraph ${i} about the <b>Helsinki</b> summit.</p>`).join('');
    const w = new TextWalker(document.body, { chunkChars: 200 });
    const chunks = [];
    for (let c = w.next(); c; c = w.next()) chunks.push(c);
    expect(w.done).toBe(true);
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks) {
      expect(c.text.startsWith('\n')).toBe(false);
      expect(c.text.match(/Helsinki summit/g)!.length).toBe(c.text.split('\n').length);
    }
    expect(chunks.map((c) => c.text).join('\n')).toBe(collectText(document.body).text);
  });

  it('stops when the deadline passes and goes on where it stopped', () => {
    document.body.innerHTML = Array.from({ length: 200 }, (_, i) => `<p>p${i}</p>`).join('');
    const w = new TextWalker(document.body, { chunkChars: Infinity });
    let calls = 0;
    const expired = { expired: () => ++calls % 2 === 0 };
    let chunk = null;
    let rounds = 0;
    while (!w.done) {
      chunk = w.next(expired) ?? chunk;
      rounds++;
    }
    expect(rounds).toBeGreaterThan(2);
    expect(chunk!.text).toBe(collectText(document.body).text);
  });

  it('starts over if the page removes the node it stood on', () => {
    document.body.innerHTML = `<div id="old">${'<p>old</p>'.repeat(100)}</div>`;
    const seen = new Set<Text>();
    const w = new TextWalker(document.body, { chunkChars: 20, skipText: (t) => seen.has(t) });
    const first = w.next({ expired: () => true });
    for (const s of first?.segments ?? []) seen.add(s.node);
    expect(w.done).toBe(false);
    document.getElementById('old')!.remove();
    document.body.insertAdjacentHTML('beforeend', '<p>new one</p><p>new two</p>');
    const rest = [];
    while (!w.done) {
      const c = w.next();
      if (c) rest.push(c.text);
    }
    expect(rest.join('\n')).toBe('new one\nnew two');
  });
});

describe('Scanner', () => {
  it('marks mentions, skipping what is not prose', async () => {
    setup('<p>At the <i>Helsinki</i> summit.</p><pre>Reykjavik summit</pre><p hidden>Anchorage summit</p><p>Then the Anchorage summit.</p>');
    await scanner.start();
    expect(marked()).toEqual(['Helsinki summit', 'Anchorage summit']);
    expect(jobs[0]!.reason).toBe('initial');
  });

  it('slices a big page into chunks and gives the thread back between slices', async () => {
    setup(Array.from({ length: 600 }, (_, i) => `<p>Para ${i}: the Helsinki summit and more words to read.</p>`).join(''), { chunkChars: 2048, budgetMs: 1 });
    await scanner.start();
    expect(registry.size).toBe(600);
    expect(jobs[0]!.chunks).toBeGreaterThan(10);
    expect(marked().every((t) => t === 'Helsinki summit')).toBe(true);
    expect(jobs[0]!.slices).toBeGreaterThan(1);
    for (const t of texts) expect(t.length).toBeLessThan(2048 + 200);
  });

  const PAGE600 = Array.from({ length: 600 }, (_, i) => `<p>Para ${i}: the Helsinki summit and more words to read.</p>`).join('');
  /**
   * Scans PAGE600 with a clock that stands still except inside the detector, where each call takes
   * `msOfCall(i)` for the i-th call; returns the texts the detector was given.
   */
  const chunksWith = async (msOfCall: (i: number) => number) => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 0.001));
    texts.length = 0;
    setup(PAGE600);
    let calls = 0;
    scanner.detect = (text) => {
      clock += msOfCall(calls++);
      return fakeDetect(text);
    };
    await scanner.start();
    expect(registry.size).toBe(600);
    const stats = jobs[0]!;
    scanner.stop();
    registry.clear();
    vi.restoreAllMocks();
    return { texts: [...texts], stats };
  };

  it('cuts the same chunks however long the detector takes (chunk boundaries can change what it finds)', async () => {
    const slow = await chunksWith((i) => (i < 5 ? 60 : 30));
    const fast = await chunksWith(() => 0.01);
    expect(slow.texts.length).toBeGreaterThan(3);
    expect(slow.texts).toEqual(fast.texts);
    for (const t of slow.texts.slice(0, -1)) expect(t.length).toBeGreaterThanOrEqual(CHUNK_CHARS);
    expect(CHUNK_CHARS).toBe(4096);
  });

  it('pauses a detector given as steps inside a chunk: no slice runs past its budget by more than one step, and the marks are the same', async () => {
    // A fake clock that moves only inside the detector: each of its steps takes 3 ms, and a call
    // has ten (a cold detector on 4096 characters: 30 ms of work, which used to be one task).
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    setup(PAGE600, { budgetMs: 8 });
    let steps = 0;
    scanner.detect = function* (text) {
      for (let k = 0; k < 10; k++) {
        clock += 3;
        steps++;
        yield;
      }
      return fakeDetect(text);
    };
    await scanner.start();
    const stats = jobs[0]!;
    expect(registry.size).toBe(600);
    expect(marked().every((t) => t === 'Helsinki summit')).toBe(true);
    expect(stats.chunks).toBeGreaterThan(3);
    expect(steps).toBe(stats.chunks * 10);
    // Every slice ends within one step of its budget, though every call takes almost four budgets.
    expect(stats.longestSliceMs).toBeLessThanOrEqual(8 + 3);
    expect(stats.slices).toBeGreaterThanOrEqual(Math.floor((stats.chunks * 30) / 11));
    expect(stats.longestDetectStepMs).toBe(3);
    expect(stats.detectMs).toBe(stats.chunks * 30);
  });

  it('a detector that answers later (the background\'s): the walk reads ahead, the same chunks and marks, each chunk marked in order', async () => {
    const sync = await chunksWith(() => 0.01);
    setup(PAGE600, { budgetMs: 2 });
    texts.length = 0;
    /** Texts handed over but not answered yet, at most. */
    let open = 0;
    let most = 0;
    // No answer comes before the walk has handed over all it may read ahead (every chunk, or
    // READ_AHEAD of them): the scanner then has to wait for the oldest, whatever the machine's
    // speed. (Answers on a timer alone raced the walk: on a loaded machine every answer was in
    // before the walk ended, nothing was waited for, and waitMs stayed 0.)
    const held: (() => void)[] = [];
    let released = false;
    const release = () => ((released = true), held.splice(0).forEach((answer, i) => setTimeout(answer, 5 * (i + 1))));
    scanner.detect = (text) => {
      most = Math.max(most, ++open);
      const found = fakeDetect(text);
      return new Promise((r) => {
        held.push(() => (open--, r(found)));
        if (released || held.length >= Math.min(sync.texts.length, READ_AHEAD)) release();
      });
    };
    const order: number[] = [];
    const add = registry.add.bind(registry);
    vi.spyOn(registry, 'add').mockImplementation((range, m) => (order.push(Number(/Para (\d+)/.exec(range.startContainer.textContent ?? '')?.[1])), add(range, m)));
    await scanner.start();
    expect(texts).toEqual(sync.texts);
    expect(registry.size).toBe(600);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(READ_AHEAD);
    expect(jobs[0]!.waitMs).toBeGreaterThan(0);
  });

  it('a page that changes text while its chunk is with the detector: that mention is not marked on the changed text, and the change is read again', async () => {
    setup('<p id="a">The Helsinki summit.</p><p>The Reykjavik summit.</p>');
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    scanner.detect = async (text) => {
      const found = fakeDetect(text);
      await held;
      return found;
    };
    const done = scanner.start();
    await new Promise((r) => setTimeout(r, 5));
    document.getElementById('a')!.firstChild!.textContent = 'The Geneva talks.';
    release();
    await done;
    scanner.detect = fakeDetect;
    await vi.waitFor(() => expect(marked()).toEqual(['Geneva talks', 'Reykjavik summit']));
  });

  it('scans only what the page adds later (infinite scroll), once', async () => {
    setup('<main><article><p>The Helsinki summit.</p></article></main>');
    await scanner.start();
    texts.length = 0;
    const art = document.createElement('article');
    art.innerHTML = '<p>Later, the Reykjavik summit.</p>';
    document.querySelector('main')!.append(art);
    await vi.waitFor(() => expect(marked()).toEqual(['Helsinki summit', 'Reykjavik summit']));
    await settle();
    expect(texts.join('|')).toBe('Later, the Reykjavik summit.');
    const last = jobs[jobs.length - 1]!;
    expect(last.reason).toBe('update');
    expect(last.chars).toBe('Later, the Reykjavik summit.'.length);
  });

  it('re-reads a block whose text changed, and drops marks of removed text', async () => {
    setup('<p id="p">The <span id="s">Helsinki</span> summit.</p><p id="q">The Anchorage summit.</p>');
    await scanner.start();
    expect(marked()).toEqual(['Helsinki summit', 'Anchorage summit']);
    document.getElementById('s')!.firstChild!.nodeValue = 'Reykjavik';
    document.getElementById('q')!.remove();
    await vi.waitFor(() => expect(marked()).toEqual(['Reykjavik summit']));
  });

  it('follows a page that re-renders the same content: one mark per mention, never two', async () => {
    setup('<div id="app"><p>The Helsinki summit, and the Geneva talks.</p></div>');
    await scanner.start();
    for (let i = 0; i < 5; i++) {
      document.getElementById('app')!.innerHTML = '<p>The Helsinki summit, and the Geneva talks.</p>';
      await settle();
    }
    await vi.waitFor(() => expect(marked()).toEqual(['Helsinki summit', 'Geneva talks']));
    expect(registry.ordered().map((m) => m.kind)).toEqual(['mention', 'unknown']);
  });

  it('treats a huge mutation batch as one rescan that skips text already scanned', async () => {
    setup('<div id="old"><p>The Helsinki summit.</p></div><div id="feed"></div>');
    await scanner.start();
    texts.length = 0;
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < BIG_BATCH + 50; i++) {
      const p = document.createElement('p');
      p.textContent = i === 7 ? 'A new Anchorage summit.' : `item ${i}`;
      feed.append(p);
    }
    await vi.waitFor(() => expect(marked()).toEqual(['Helsinki summit', 'Anchorage summit']));
    await settle();
    expect(jobs[jobs.length - 1]!.reason).toBe('full');
    expect(texts.join('\n')).not.toContain('The Helsinki summit.');
  });

  it('reveals: text that was hidden is scanned when it is shown', async () => {
    setup('<p>Visible.</p><section id="more" hidden><p>The Reykjavik summit.</p></section>');
    await scanner.start();
    expect(marked()).toEqual([]);
    document.getElementById('more')!.hidden = false;
    await vi.waitFor(() => expect(marked()).toEqual(['Reykjavik summit']));
  });

  it('rescanAll forgets everything and marks again (new matcher data)', async () => {
    setup('<p>The Helsinki summit.</p>');
    await scanner.start();
    const first = registry.ordered()[0]!;
    await scanner.rescanAll();
    expect(marked()).toEqual(['Helsinki summit']);
    expect(registry.ordered()[0]!.id).not.toBe(first.id);
  });

  it('fallback marks leave the page exactly as it was once cleared, and do not feed the observer', async () => {
    delete w.Highlight;
    setup('<p>Before the <i>Reykjavik</i> summit, after.</p><p>Also the Helsinki summit.</p>');
    const before = document.body.innerHTML;
    await scanner.start();
    expect(document.querySelectorAll('parley-mark').length).toBe(3);
    await settle();
    expect(jobs.length).toBe(1);
    scanner.stop();
    registry.clear();
    expect(document.body.innerHTML).toBe(before);
  });

  it('never merges the page’s own adjacent text nodes when unwrapping', () => {
    document.body.innerHTML = '<p id="p"></p>';
    const p = document.getElementById('p')!;
    const a = document.createTextNode('The ');
    const b = document.createTextNode('Helsinki summit');
    const c = document.createTextNode(' of 2018');
    p.append(a, b, c);
    const layer = createMarkLayer(document, true);
    const r = document.createRange();
    r.setStart(b, 0);
    r.setEnd(b, 8);
    layer.add(r, 'mention');
    layer.clear();
    expect([...p.childNodes]).toEqual([a, b, c]);
    expect(b.data).toBe('Helsinki summit');
  });
});

describe('MarkRegistry', () => {
  it('refuses overlapping marks and walks marks in document order', async () => {
    setup('<p>The Anchorage summit.</p><p>The Helsinki summit.</p>');
    await scanner.start();
    expect(w.CSS!.highlights!.get('parley-mention')!.size).toBe(2);
    const [a, h] = registry.ordered();
    expect(registry.next(null, 1)).toBe(a);
    expect(registry.next(a!, 1)).toBe(h);
    expect(registry.next(h!, 1)).toBe(a);
    expect(registry.next(null, -1)).toBe(h);
    const r = document.createRange();
    const t = document.querySelector('p')!.firstChild as Text;
    r.setStart(t, 4);
    r.setEnd(t, 13);
    expect(registry.overlaps(r)).toBe(true);
  });
});
