// @vitest-environment happy-dom
/**
 * The reader's input → the card (lib/page/interaction.ts), and the card's stand-in until its chunk
 * has loaded (lib/page/lazy-card.ts). happy-dom marks every dispatched event isTrusted:false, as a
 * browser does for a page's forged ones, so "the reader's" events here carry the test's own marker.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wireInteraction, type CardView, type MarksView } from '../../../lib/page/interaction';
import { lazyCard } from '../../../lib/page/lazy-card';
import type { Mark } from '../../../lib/page/registry';
import type { CardHost } from '../../../lib/ui/card/host';

const READER = Symbol('reader');
const byReader = <E extends Event>(e: E): E => Object.assign(e, { [READER]: true });
const isTrusted = (e: Event) => (e as unknown as Record<symbol, boolean>)[READER] === true;

/** Two marks side by side: the first at x 0–99, the second at x 100–199 (any y). */
function setup(opts: { trusted?: boolean; noMarks?: boolean } = {}) {
  document.body.innerHTML = '<p id="p">Putin and Trump met at the Anchorage summit.</p><a id="link" href="#">a link</a><textarea id="ta"></textarea>';
  const text = document.getElementById('p')!.firstChild as Text;
  const mark = (id: number): Mark =>
    ({ id, startNode: text, range: { getBoundingClientRect: () => ({ top: 10, bottom: 30, height: 20 }) }, mention: { quote: `m${id}` } }) as unknown as Mark;
  const marks = [mark(1), mark(2)];
  const view: MarksView = {
    get size() {
      return marks.length;
    },
    at: (x) => (x >= 0 && x < 200 ? marks[Math.floor(x / 100)] : undefined),
    next: (from, dir) => marks[from ? (marks.indexOf(from) + dir + marks.length) % marks.length : dir === 1 ? 0 : marks.length - 1],
    ordered: () => marks,
  };
  const card = { openMark: null as Mark | null, pinned: false as boolean, contains: () => false, hoverMark: vi.fn(), close: vi.fn() } satisfies CardView;
  const open = vi.fn((m: Mark, o: { pinned?: boolean }) => {
    card.openMark = m;
    card.pinned = !!o.pinned;
  });
  let last: Mark | null = null;
  wireInteraction({
    doc: document,
    listen: (t, type, fn, o) => t.addEventListener(type, fn, o),
    marks: () => (opts.noMarks ? null : view),
    card,
    open,
    lastMark: () => last,
    ...(opts.trusted === false ? {} : { isTrusted }),
    frame: (fn) => fn(),
  });
  return { marks, card, open, setLast: (m: Mark | null) => (last = m) };
}

const move = (x: number, reader = true) => {
  const e = new MouseEvent('mousemove', { clientX: x, clientY: 5, bubbles: true });
  document.body.dispatchEvent(reader ? byReader(e) : e);
};
const click = (target: Element, x: number, reader = true) => {
  const e = new MouseEvent('click', { clientX: x, clientY: 5, bubbles: true, button: 0 });
  target.dispatchEvent(reader ? byReader(e) : e);
};
const key = (code: string, target: Element = document.body, reader = true) => {
  const e = new KeyboardEvent('keydown', { code, altKey: true, shiftKey: true, bubbles: true, cancelable: true });
  target.dispatchEvent(reader ? byReader(e) : e);
  return e;
};

let listeners: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  // Each test wires its own listeners on the same document: start from a fresh document body and
  // drop the previous test's listeners by replacing the document's event target methods' owner.
  listeners = new AbortController();
  const add = document.addEventListener.bind(document);
  vi.spyOn(document, 'addEventListener').mockImplementation((t, fn, o) => add(t, fn, { ...(typeof o === 'object' ? o : { capture: !!o }), signal: listeners.signal }));
});
afterEach(() => {
  listeners.abort();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('hover, click and keys open the card', () => {
  it('hovering a mark opens a peeking card after a pause; moving off it before then opens nothing', () => {
    const { marks, open } = setup();
    move(50);
    vi.advanceTimersByTime(200);
    move(500); // off the marks
    vi.advanceTimersByTime(1000);
    expect(open).not.toHaveBeenCalled();
    move(150);
    vi.advanceTimersByTime(299);
    expect(open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(open).toHaveBeenCalledWith(marks[1], { pinned: false });
  });

  it('a click on a mark opens a pinned card with focus; a click on a link over a mark is the page’s; a click elsewhere closes', () => {
    const { marks, card, open } = setup();
    click(document.getElementById('link')!, 50);
    expect(open).not.toHaveBeenCalled();
    click(document.getElementById('p')!, 50);
    expect(open).toHaveBeenCalledWith(marks[0], { pinned: true, focus: true });
    click(document.getElementById('p')!, 900);
    expect(card.close).toHaveBeenCalledWith(false);
  });

  it('a pinned card is not replaced by hovering another mark', () => {
    const { card, open } = setup();
    click(document.getElementById('p')!, 50);
    expect(card.pinned).toBe(true);
    move(150);
    vi.advanceTimersByTime(1000);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('Alt+Shift+N / P peek at the next / previous mention (focus stays), say which of how many, and take the keys from the page', () => {
    const { marks, card, open, setLast } = setup();
    const e = key('KeyN');
    expect(open).toHaveBeenLastCalledWith(marks[0], { pinned: false, keyboard: true, announce: 'Mention 1 of 2' });
    expect(e.defaultPrevented).toBe(true);
    key('KeyN');
    expect(open).toHaveBeenLastCalledWith(marks[1], { pinned: false, keyboard: true, announce: 'Mention 2 of 2' });
    key('KeyN'); // wraps
    expect(open).toHaveBeenLastCalledWith(marks[0], { pinned: false, keyboard: true, announce: 'Mention 1 of 2' });
    card.openMark = null;
    setLast(marks[1]!);
    key('KeyP');
    expect(open).toHaveBeenLastCalledWith(marks[0], { pinned: false, keyboard: true, announce: 'Mention 1 of 2' });
  });

  it('with a full card open, the walk goes on in full cards (focus inside)', () => {
    const { marks, open } = setup();
    click(document.getElementById('p')!, 50);
    key('KeyN');
    expect(open).toHaveBeenLastCalledWith(marks[1], { pinned: true, focus: true, announce: 'Mention 2 of 2' });
  });

  it('keys typed into the page’s own fields are the page’s', () => {
    const { open } = setup();
    const e = key('KeyN', document.getElementById('ta')!);
    expect(open).not.toHaveBeenCalled();
    expect(e.defaultPrevented).toBe(false);
  });

  it('without a scan (switched off, a shut gate) input does nothing', () => {
    const { open } = setup({ noMarks: true });
    move(50);
    vi.advanceTimersByTime(1000);
    click(document.getElementById('p')!, 50);
    key('KeyN');
    expect(open).not.toHaveBeenCalled();
  });
});

describe('forged input', () => {
  it('with the real check (isTrusted), a page’s synthetic mousemove, click and Alt+Shift+N open nothing', () => {
    const { open } = setup({ trusted: false });
    move(50, false);
    vi.advanceTimersByTime(1000);
    click(document.getElementById('p')!, 50, false);
    const e = key('KeyN', document.body, false);
    expect(open).not.toHaveBeenCalled();
    expect(e.defaultPrevented).toBe(false);
    // Even events carrying the test's marker are not the reader's for the real check.
    move(50);
    vi.advanceTimersByTime(1000);
    click(document.getElementById('p')!, 50);
    key('KeyN');
    expect(open).not.toHaveBeenCalled();
  });
});

describe('the card on demand (lazyCard)', () => {
  const fakeHost = () => {
    let current: Mark | null = null;
    return {
      open: vi.fn((m: Mark) => void (current = m)),
      close: vi.fn(() => void (current = null)),
      refresh: vi.fn(),
      retarget: vi.fn(),
      place: vi.fn(),
      contains: vi.fn(() => true),
      hoverMark: vi.fn(),
      destroy: vi.fn(),
      get openMark() {
        return current;
      },
      pinned: true,
    } satisfies CardHost;
  };
  const m1 = { id: 1 } as Mark;
  const m2 = { id: 2 } as Mark;

  it('loads nothing until the first open; then opens the card on the mark last asked for', async () => {
    vi.useRealTimers();
    const host = fakeHost();
    let resolve!: (h: CardHost) => void;
    const load = vi.fn(() => new Promise<CardHost>((r) => (resolve = r)));
    const card = lazyCard(load);
    card.hoverMark(true);
    card.refresh();
    card.close();
    expect(card.contains(document.body)).toBe(false);
    expect(load).not.toHaveBeenCalled();
    card.open(m1, { pinned: false });
    expect(card.openMark).toBe(m1); // answers as open while loading
    expect(card.pinned).toBe(false);
    card.open(m2, { focus: true });
    expect(card.pinned).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
    resolve(host);
    await new Promise((r) => setTimeout(r, 0));
    expect(host.open).toHaveBeenCalledTimes(1);
    expect(host.open).toHaveBeenCalledWith(m2, { focus: true });
    expect(card.openMark).toBe(m2);
    card.open(m1, {});
    expect(host.open).toHaveBeenLastCalledWith(m1, {});
    expect(load).toHaveBeenCalledTimes(1);
    expect(card.contains(document.body)).toBe(true);
  });

  it('closed or switched off while loading: nothing opens', async () => {
    vi.useRealTimers();
    const host = fakeHost();
    const card = lazyCard(async () => host);
    card.open(m1, {});
    card.close();
    await new Promise((r) => setTimeout(r, 0));
    expect(host.open).not.toHaveBeenCalled();
    const host2 = fakeHost();
    const card2 = lazyCard(async () => host2);
    card2.open(m1, {});
    card2.destroy();
    await new Promise((r) => setTimeout(r, 0));
    expect(host2.open).not.toHaveBeenCalled();
    expect(host2.destroy).toHaveBeenCalled();
  });

  it('a chunk that fails to load is tried again on the next open', async () => {
    vi.useRealTimers();
    const host = fakeHost();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(host);
    const card = lazyCard(load);
    card.open(m1, {});
    await new Promise((r) => setTimeout(r, 0));
    expect(card.openMark).toBe(null);
    expect(warn).toHaveBeenCalled();
    card.open(m2, {});
    await new Promise((r) => setTimeout(r, 0));
    expect(host.open).toHaveBeenCalledWith(m2, {});
    expect(load).toHaveBeenCalledTimes(2);
  });
});
