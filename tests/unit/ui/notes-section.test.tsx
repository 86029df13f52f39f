// @vitest-environment happy-dom
// The card's side of the notes frame (NotesSection): the frame's address carries only the token;
// the card hands the frame one port, to the extension's origin only; it sizes the frame from what the
// frame reports, closes on the frame's Escape, replaces a frame that loads a second document, and
// focuses the frame afresh when it first speaks if focus is on it (refocusIfFocused).
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { options } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extensionOrigin, NotesSection, refocusIfFocused } from '../../../lib/ui/card/NotesSection';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** happy-dom loads no frames: stand in for the frame's window and catch what the card posts to it. */
function fakeFrameWindow() {
  const posted: { data: unknown; origin: string; port?: MessagePort }[] = [];
  vi.spyOn(HTMLIFrameElement.prototype, 'contentWindow', 'get').mockImplementation(
    () => ({ postMessage: (data: unknown, origin: string, transfer?: MessagePort[]) => posted.push({ data, origin, port: transfer?.[0] }) }) as unknown as Window,
  );
  return posted;
}

describe('the notes section of the card', () => {
  it('hands the loaded frame one port with its token, to the extension origin; sizes it and closes on its Escape', async () => {
    const posted = fakeFrameWindow();
    const onEscape = vi.fn();
    render(<NotesSection openNotes={async () => 'tok1'} onEscape={onEscape} />);
    const frame = (await screen.findByTestId('notes-frame')) as HTMLIFrameElement;
    expect(frame.getAttribute('src')).toMatch(/\/notes-frame\.html#tok1$/);
    frame.dispatchEvent(new Event('load'));
    expect(posted).toHaveLength(1);
    expect(posted[0]!.data).toEqual({ parleyNotes: 'tok1' });
    expect(posted[0]!.origin).toBe(extensionOrigin());
    expect(posted[0]!.origin).not.toBe('*');
    const port = posted[0]!.port!;
    port.postMessage({ type: 'height', px: 217.4 });
    await waitFor(() => expect(frame.style.height).toBe('218px'));
    port.postMessage({ type: 'note', body: 'ignored' });
    port.postMessage({ type: 'escape' });
    await waitFor(() => expect(onEscape).toHaveBeenCalledTimes(1));
    port.close();
  });

  it('keeps the port of a frame that loaded before the render that inserted it had run its effects', async () => {
    // Preact runs a render's effects after the next frame. A real frame can load before that (a
    // cached extension page, a busy renderer); its port must survive those effects. Hold the
    // effects back until the frame has loaded, so the order is the slow one every time.
    const held: (() => void)[] = [];
    const raf = options.requestAnimationFrame;
    options.requestAnimationFrame = (cb) => void held.push(cb);
    try {
      const posted = fakeFrameWindow();
      render(<NotesSection openNotes={async () => 'tok1'} onEscape={() => {}} />);
      const frame = (await screen.findByTestId('notes-frame')) as HTMLIFrameElement;
      frame.dispatchEvent(new Event('load'));
      expect(posted).toHaveLength(1);
      for (const cb of held.splice(0)) cb();
      posted[0]!.port!.postMessage({ type: 'height', px: 300 });
      await waitFor(() => expect(frame.style.height).toBe('300px'));
      posted[0]!.port!.close();
    } finally {
      options.requestAnimationFrame = raf;
    }
  });

  it('a frame that loads a second document (navigated away from Parley’s page) is replaced by a fresh one with a new token', async () => {
    const posted = fakeFrameWindow();
    let n = 0;
    const openNotes = vi.fn(async () => `tok${++n}`);
    render(<NotesSection openNotes={openNotes} onEscape={() => {}} />);
    const first = (await screen.findByTestId('notes-frame')) as HTMLIFrameElement;
    first.dispatchEvent(new Event('load'));
    first.dispatchEvent(new Event('load'));
    await waitFor(() => expect(screen.getByTestId('notes-frame').getAttribute('src')).toMatch(/#tok2$/));
    expect(screen.getByTestId('notes-frame')).not.toBe(first);
    expect(openNotes).toHaveBeenCalledTimes(2);
    // Only the first load of each frame got a port.
    expect(posted.map((p) => p.data)).toEqual([{ parleyNotes: 'tok1' }]);
    posted[0]!.port!.close();
  });

  it('says why when no frame can be opened', async () => {
    render(<NotesSection openNotes={async () => Promise.reject(new Error('Only a page in a tab opens a notes frame.'))} onEscape={() => {}} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Only a page in a tab opens a notes frame.');
    expect(screen.queryByTestId('notes-frame')).toBeNull();
  });
});

describe('focusing the notes frame afresh once it listens', () => {
  /** An <iframe> inside a shadow root, as the card holds it; and what focus events it gets. */
  function frameInShadow() {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const before = document.createElement('button');
    const frame = document.createElement('iframe');
    root.append(before, frame);
    const events: string[] = [];
    frame.addEventListener('blur', () => events.push('blur'));
    frame.addEventListener('focus', () => events.push('focus'));
    return { host, root, before, frame, events, remove: () => host.remove() };
  }

  it('focuses the frame again when it has focus in its root (so the document inside it gets focus too)', () => {
    const t = frameInShadow();
    t.frame.focus();
    t.events.length = 0;
    refocusIfFocused(t.frame);
    expect(t.events).toEqual(['blur', 'focus']);
    expect(t.root.activeElement).toBe(t.frame);
    expect(document.activeElement).toBe(t.host);
    t.remove();
  });

  it('leaves focus where it is when the frame does not have it', () => {
    const t = frameInShadow();
    t.before.focus();
    refocusIfFocused(t.frame);
    expect(t.events).toEqual([]);
    expect(t.root.activeElement).toBe(t.before);
    t.remove();
  });
});
