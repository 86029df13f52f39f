// @vitest-environment happy-dom
// The card host (lib/ui/card/host.tsx) and its parts: peek and pin (peek.ts), the focus trap
// (focus-trap.ts), placement next to the mark (place.ts: placeNear) and trusted input only
// (trusted.ts). happy-dom marks every dispatched event isTrusted:false, as a browser does for a
// page's forged ones, so "trusted" here is an event carrying the test's own marker.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toStored } from '../../../lib/db/seed';
import type { Mention } from '../../../lib/detect/types';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import type { Mark } from '../../../lib/page/registry';
import type { CardApi } from '../../../lib/ui/card/CardPanel';
import { focusables, trapTab } from '../../../lib/ui/card/focus-trap';
import { createCardHost, PEEK_CLOSE_MS, type CardHost, type MountedUi } from '../../../lib/ui/card/host';
import { createPeek } from '../../../lib/ui/card/peek';
import { overlaps, placeNear } from '../../../lib/ui/card/place';
import { isTrustedEvent, trustedOnly } from '../../../lib/ui/card/trusted';

const READER = Symbol('reader');
const byReader = <E extends Event>(e: E): E => Object.assign(e, { [READER]: true });
const isTrusted = (e: Event) => (e as unknown as Record<symbol, boolean>)[READER] === true;

describe('peek and pin', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a peek closes after the pointer left the mark and the card, not while it is on either', () => {
    const close = vi.fn();
    const p = createPeek({ closeMs: 400, close });
    p.opened(false, false);
    p.overMark(false);
    vi.advanceTimersByTime(300);
    p.overCard(true); // reached the card in time
    vi.advanceTimersByTime(1000);
    expect(close).not.toHaveBeenCalled();
    p.overCard(false);
    vi.advanceTimersByTime(399);
    expect(close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('pinning stops a pending close; a pinned card ignores the pointer; reopening the same card keeps the pin', () => {
    const close = vi.fn();
    const p = createPeek({ closeMs: 400, close });
    p.opened(false, false);
    p.overMark(false);
    expect(p.pin()).toBe(true);
    expect(p.pin()).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(close).not.toHaveBeenCalled();
    p.opened(false, true); // hover over the same mark again
    expect(p.pinned).toBe(true);
    p.opened(false, false); // another mark
    expect(p.pinned).toBe(false);
    p.closed();
    expect(p.open).toBe(false);
    expect(p.pin()).toBe(false); // nothing open, nothing to pin
  });
});

describe('focus trap', () => {
  it('wraps Tab and Shift+Tab inside the card and pulls focus in from outside', () => {
    const root = document.createElement('div');
    root.innerHTML = '<button id="a">a</button><button disabled>x</button><textarea id="b"></textarea><a id="c" href="#">c</a>';
    document.body.append(root);
    const all = () => true;
    expect(focusables(root, all).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    const [a, , c] = focusables(root, all);
    expect(trapTab({ key: 'Tab', shiftKey: false }, root, c!, all)).toBe(true);
    expect(document.activeElement).toBe(a);
    expect(trapTab({ key: 'Tab', shiftKey: true }, root, a!, all)).toBe(true);
    expect(document.activeElement).toBe(c);
    expect(trapTab({ key: 'Tab', shiftKey: false }, root, a!, all)).toBe(false); // the browser moves on to b
    expect(trapTab({ key: 'Tab', shiftKey: false }, root, document.body, all)).toBe(true);
    expect(document.activeElement).toBe(a);
    expect(trapTab({ key: 'Enter', shiftKey: false }, root, a!, all)).toBe(false);
    root.remove();
  });
});

describe('placement', () => {
  const vp = { width: 1000, height: 800 };
  it('below the last line of a wrapped mention, never over it; above when there is no room below', () => {
    const rects = [{ left: 600, top: 100, right: 990, bottom: 120 }, { left: 10, top: 122, right: 80, bottom: 142 }];
    const p = placeNear(rects, { width: 360, height: 300 }, vp);
    expect(p).toMatchObject({ side: 'below', left: 10, inView: true });
    for (const r of rects) expect(overlaps(r, { left: p.left, top: p.top, right: p.left + 360, bottom: p.top + p.maxHeight })).toBe(false);
    const low = placeNear([{ left: 500, top: 700, right: 600, bottom: 720 }], { width: 360, height: 300 }, vp);
    expect(low.side).toBe('above');
    expect(low.top + 300).toBeLessThanOrEqual(700);
  });
  it('a mention out of view or gone is not in view (a peek closes; a pinned card waits at the edge)', () => {
    expect(placeNear([{ left: 0, top: -200, right: 50, bottom: -180 }], { width: 300, height: 200 }, vp).inView).toBe(false);
    const gone = placeNear([], { width: 300, height: 200 }, vp);
    expect(gone.inView).toBe(false);
    expect(gone.top).toBeGreaterThanOrEqual(8);
    expect(gone.top + gone.maxHeight).toBeLessThanOrEqual(800 - 8);
  });
});

describe('trusted input', () => {
  it('trustedOnly drops events the browser did not mark as the reader’s', () => {
    const fn = vi.fn();
    const h = trustedOnly(fn);
    h(new MouseEvent('click'));
    expect(fn).not.toHaveBeenCalled();
    h({ isTrusted: true } as Event);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(isTrustedEvent(new KeyboardEvent('keydown'))).toBe(false);
  });
});

// ---- the host itself, on a plain (closed) shadow root ----

const HELSINKI = '2018-helsinki-summit';
/** What only the full card shows (its notes button and section; a peek has no notes): it must stay inside the closed root. */
const NOTE = 'Your notes';
const mention: Mention = { start: 0, end: 15, quote: 'Helsinki summit', status: 'known', eventId: HELSINKI, confidence: 0.95, reasons: [], candidates: [], via: 'alias' };

function setup() {
  document.body.innerHTML = '<p id="p">They met at the Helsinki summit in 2018.</p><button id="outside">page button</button>';
  const text = document.getElementById('p')!.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 16);
  range.setEnd(text, 31);
  // happy-dom lays nothing out: the mark's line box, in view.
  range.getClientRects = () => [{ left: 40, top: 20, right: 160, bottom: 40 }] as unknown as DOMRectList;
  const mark = { id: 1, range, kind: 'mention', mention, startNode: text, endNode: text } as Mark;
  const api: CardApi = {
    getCard: vi.fn(async () => ({ event: toStored(structuredClone(BUNDLED_EVENTS.find((e) => e.id === HELSINKI)!), 'bundled'), series: [] })),
    getEventRefs: vi.fn(async () => []),
    openNotes: vi.fn(async () => 'token'),
    createEvent: vi.fn(),
  };
  let shadow: ShadowRoot | null = null;
  let mounts = 0;
  const onClose = vi.fn();
  const host: CardHost = createCardHost({
    api: () => api,
    onClose,
    isTrusted,
    rendered: () => true,
    async mount(): Promise<MountedUi> {
      mounts++;
      const el = document.createElement('parley-card-host');
      shadow = el.attachShadow({ mode: 'closed' });
      const frame = document.createElement('div');
      frame.className = 'frame';
      frame.hidden = true;
      shadow.append(frame);
      document.documentElement.append(el);
      return { host: el, shadow, frame, remove: () => el.remove() };
    },
  });
  return { host, mark, api, onClose, shadow: () => shadow!, mounts: () => mounts };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('card host', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.querySelectorAll('parley-card-host').forEach((e) => e.remove());
  });

  it('opens a closed root the page cannot look into, with the card inside it only', async () => {
    const t = setup();
    t.host.open(t.mark, { focus: true, pinned: true });
    await vi.waitFor(() => expect(t.shadow().textContent).toContain(NOTE));
    const el = document.querySelector('parley-card-host')!;
    expect(el.shadowRoot).toBeNull();
    expect(document.documentElement.outerHTML).not.toContain(NOTE);
    expect([...el.attributes].map((a) => a.value).join(' ')).not.toContain(NOTE);
    expect(t.host.pinned).toBe(true);
    expect(t.host.contains(el)).toBe(true);
    t.host.destroy();
  });

  it('forged keys, pointer and focus events in the card do nothing; the reader’s do', async () => {
    const t = setup();
    t.host.open(t.mark, { pinned: false });
    // A hover shows the peek: the meeting, never the reader's notes.
    await vi.waitFor(() => expect(t.shadow().querySelector('[data-testid="peek-status"]')).not.toBeNull());
    expect(t.shadow().textContent).not.toContain(NOTE);
    const frame = t.shadow().querySelector('.frame')!;
    // A forged pointerdown/focusin would pin a peeking card; a forged Escape would close it.
    frame.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    frame.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(t.host.pinned).toBe(false);
    frame.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(t.host.openMark).toBe(t.mark);
    // Forged keys are still kept from the page's own listeners.
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    frame.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true, composed: true }));
    expect(pageKeys).not.toHaveBeenCalled();
    // The reader's own events work.
    frame.dispatchEvent(byReader(new Event('pointerdown', { bubbles: true })));
    expect(t.host.pinned).toBe(true);
    // Pinned, the peek becomes the full card, with the notes.
    await vi.waitFor(() => expect(t.shadow().textContent).toContain(NOTE));
    expect(t.shadow().querySelector('[data-testid="parley-peek"]')).toBeNull();
    window.dispatchEvent(byReader(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(t.host.openMark).toBeNull();
    expect(t.onClose).toHaveBeenCalledWith(t.mark);
    document.removeEventListener('keydown', pageKeys);
    t.host.destroy();
  });

  it('Escape gives focus back to where it was; Tab stays in the card', async () => {
    const t = setup();
    const outside = document.getElementById('outside') as HTMLButtonElement;
    outside.focus();
    t.host.open(t.mark, { focus: true });
    await vi.waitFor(() => expect(t.shadow().activeElement?.getAttribute('role')).toBe('dialog'));
    const frame = t.shadow().querySelector('.frame')!;
    const items = focusables(t.shadow(), () => true);
    items[items.length - 1]!.focus();
    frame.dispatchEvent(byReader(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true })));
    expect(t.shadow().activeElement).toBe(items[0]);
    frame.dispatchEvent(byReader(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })));
    expect(t.host.openMark).toBeNull();
    expect(document.activeElement).toBe(outside);
    t.host.destroy();
  });

  it('Tab out of a notes frame that does not listen yet lands on the guard after the card, which sends focus round to its first control', async () => {
    const t = setup();
    t.host.open(t.mark, { pinned: false });
    await vi.waitFor(() => expect(t.shadow().querySelector('[data-testid="peek-status"]')).not.toBeNull());
    const guard = [...t.shadow().querySelectorAll<HTMLElement>('[data-focus-guard]')].at(-1)!;
    // A peek is no dialog: no extra tab stop for a reader tabbing through the page.
    expect(guard.hidden).toBe(true);
    t.host.open(t.mark, { focus: true, pinned: true });
    await vi.waitFor(() => expect(t.shadow().activeElement?.getAttribute('role')).toBe('dialog'));
    expect(guard.hidden).toBe(false);
    const items = focusables(t.shadow(), () => true);
    expect(items).not.toContain(guard); // never one of the card's own controls
    // The browser's default Tab from the frame's last control (nothing in the frame prevented it).
    guard.focus();
    expect(t.shadow().activeElement).toBe(items[0]);
    t.host.close(false);
    expect(guard.hidden).toBe(true);
    t.host.destroy();
  });

  it('Shift+Tab out of a notes frame that does not listen yet lands on the guard before the card, which sends focus round to its last control', async () => {
    const t = setup();
    t.host.open(t.mark, { focus: true, pinned: true });
    await vi.waitFor(() => expect(t.shadow().activeElement?.getAttribute('role')).toBe('dialog'));
    const [before, after] = [...t.shadow().querySelectorAll<HTMLElement>('[data-focus-guard]')];
    const frame = t.shadow().querySelector('.frame')!;
    // One guard on each side of the card.
    expect(before.compareDocumentPosition(frame) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(after.compareDocumentPosition(frame) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    expect(before.hidden).toBe(false);
    const items = focusables(t.shadow(), () => true);
    expect(items).not.toContain(before);
    // The browser's default Shift+Tab from the frame's first control.
    before.focus();
    expect(t.shadow().activeElement).toBe(items[items.length - 1]);
    t.host.close(false);
    expect(before.hidden).toBe(true);
    t.host.destroy();
  });

  it('Enter while a card peeks opens the full card with focus in it; not from a control of the page, nor forged', async () => {
    const t = setup();
    t.host.open(t.mark, { pinned: false });
    await vi.waitFor(() => expect(t.shadow().querySelector('[data-testid="peek-status"]')).not.toBeNull());
    const outside = document.getElementById('outside')!;
    outside.dispatchEvent(byReader(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await settle();
    expect(t.host.pinned).toBe(false);
    expect(t.shadow().querySelector('[data-testid="parley-card"]')).toBeNull();
    document.body.dispatchEvent(byReader(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })));
    await vi.waitFor(() => expect(t.shadow().activeElement?.getAttribute('role')).toBe('dialog'));
    expect(t.host.pinned).toBe(true);
    expect(t.shadow().textContent).toContain(NOTE);
    expect(t.shadow().querySelector('.frame')!.getAttribute('data-mode')).toBe('card');
    t.host.destroy();
  });

  it('a peek closes by itself once the pointer is gone; hovering the mark keeps it', async () => {
    const t = setup();
    t.host.open(t.mark, { pinned: false });
    await settle();
    t.host.hoverMark(true);
    await new Promise((r) => setTimeout(r, PEEK_CLOSE_MS + 50));
    expect(t.host.openMark).toBe(t.mark);
    t.host.hoverMark(false);
    await new Promise((r) => setTimeout(r, PEEK_CLOSE_MS + 50));
    expect(t.host.openMark).toBeNull();
    t.host.destroy();
  });

  it('the keyboard’s peek: held while the pointer is elsewhere, said in the live region (facts, never notes), Enter opens it even from a link, Escape leaves focus where it was', async () => {
    const t = setup();
    const outside = document.getElementById('outside') as HTMLButtonElement;
    outside.focus();
    t.host.open(t.mark, { pinned: false, keyboard: true, announce: 'Mention 2 of 5' });
    const live = () => t.shadow().querySelector('[data-testid="parley-live"]')!;
    await vi.waitFor(() => expect(live().textContent).toBe('Mention 2 of 5: Trump–Putin summit in Helsinki. Held, 16 July 2018 · Helsinki. Enter opens the card; Escape closes.'));
    expect(live().getAttribute('role')).toBe('status');
    expect(live().getAttribute('aria-live')).toBe('polite');
    expect(document.activeElement).toBe(outside); // a peek takes no focus
    t.host.hoverMark(false); // the pointer moves somewhere else on the page
    await new Promise((r) => setTimeout(r, PEEK_CLOSE_MS + 50));
    expect(t.host.openMark).toBe(t.mark);
    // Enter on the page's button (where focus is) opens the keyboard's peek in full.
    outside.dispatchEvent(byReader(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })));
    await vi.waitFor(() => expect(t.shadow().activeElement?.getAttribute('role')).toBe('dialog'));
    expect(t.shadow().textContent).toContain(NOTE);
    expect(live().textContent).not.toContain(NOTE);
    t.shadow().querySelector('.frame')!.dispatchEvent(byReader(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })));
    expect(t.host.openMark).toBeNull();
    expect(document.activeElement).toBe(outside);
    expect(live().textContent).toBe('');
    // Escape on a keyboard peek closes it; focus never moved.
    t.host.open(t.mark, { pinned: false, keyboard: true, announce: 'Mention 2 of 5' });
    await settle();
    outside.dispatchEvent(byReader(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })));
    expect(t.host.openMark).toBeNull();
    expect(document.activeElement).toBe(outside);
    t.host.destroy();
  });

  it('a keyboard peek closes like a hover’s once the pointer has been on its mark and left', async () => {
    const close = vi.fn();
    vi.useFakeTimers();
    const p = createPeek({ closeMs: 400, close });
    p.opened(false, false, true);
    p.overMark(false);
    vi.advanceTimersByTime(1000);
    expect(close).not.toHaveBeenCalled();
    p.overMark(true);
    p.overMark(false);
    vi.advanceTimersByTime(400);
    expect(close).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('a page that removes the host gets a new one on the next open, with the card in it', async () => {
    const t = setup();
    t.host.open(t.mark, { pinned: true });
    await vi.waitFor(() => expect(t.shadow().textContent).toContain(NOTE));
    for (let i = 0; i < 3; i++) {
      document.querySelector('parley-card-host')!.remove();
      t.host.close();
      t.host.open(t.mark, { pinned: true });
      await vi.waitFor(() => expect(document.querySelectorAll('parley-card-host').length).toBe(1));
      await vi.waitFor(() => expect(t.shadow().textContent).toContain(NOTE));
    }
    expect(t.mounts()).toBe(4);
    t.host.destroy();
    expect(document.querySelector('parley-card-host')).toBeNull();
  });
});
