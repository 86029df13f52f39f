/**
 * The reader's notes on the card. The card runs in the page's renderer as a content script, and
 * whatever it holds a page's script can try to reach: keys typed into a field of the card reach
 * the page's own key listeners, for one. So the notes (the list and the form) live in a frame of
 * their own, an extension page (entrypoints/notes-frame/), which is another origin for the page:
 * it cannot read the frame's document, and keys typed there are never its events. This section
 * only places that frame in the card (inside its closed shadow root) and sizes it; the card never
 * holds a note's text.
 *
 * How the frame learns what it is for: `openNotes` registers the event, mention and page with the
 * background and resolves with a one-time token; the token is the only thing in the frame's
 * address, and the frame redeems it. The card hands the frame a MessageChannel port (channel.ts)
 * over which the frame reports its height and Escape/Tab at its ends.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isFrameToCard, type CardToFrame } from '../notes-frame/channel';
import { focusables } from './focus-trap';

/** The frame's address for a token: the extension's notes page, the token after '#'. */
export function notesFrameUrl(token: string): string {
  return `${browser.runtime.getURL('/notes-frame.html')}#${token}`;
}

/** The origin of the extension's own documents ('chrome-extension://<id>', 'moz-extension://<uuid>'). */
export function extensionOrigin(): string {
  return new URL(browser.runtime.getURL('/')).origin;
}

export interface NotesSectionProps {
  /** Registers this card's notes frame with the background; resolves with its one-time token. */
  openNotes(): Promise<string>;
  /** Escape was pressed inside the frame. */
  onEscape(): void;
  /** The frame's address for a token (tests). */
  frameUrl?(token: string): string;
}

/**
 * Focuses `frame` afresh if it is the focused element of its document or shadow root, so that the
 * document inside it gets focus too (see the frame's first message in NotesSection).
 */
export function refocusIfFocused(frame: HTMLIFrameElement): void {
  const root = frame.getRootNode() as Document | ShadowRoot;
  if (root.activeElement !== frame) return;
  frame.blur();
  frame.focus({ preventScroll: true });
}

/** The frame is part of the card: no border of its own, the card's width. (Set through the CSSOM, so a page's CSP does not stop it.) */
const FRAME_STYLE = { display: 'block', width: '100%', border: '0', margin: '0', padding: '0' };

/** Until the frame reports its height: about an empty list and the form. */
const FIRST_HEIGHT = 120;

export function NotesSection({ openNotes, onEscape, frameUrl = notesFrameUrl }: NotesSectionProps) {
  const [token, setToken] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [height, setHeight] = useState(FIRST_HEIGHT);
  // A new frame (and token) when the old one was navigated away from Parley's page.
  const [generation, setGeneration] = useState(0);
  const ref = useRef<HTMLIFrameElement>(null);
  const escape = useRef(onEscape);
  escape.current = onEscape;

  // The frame now in the card: its token, how often it loaded, and the port to it. Kept per token
  // by onLoad itself rather than reset in an effect keyed by the token: preact runs a render's
  // effects after the next frame, and a frame can load before that; such an effect would then close
  // the port the frame had just been handed (its height and Escape would go nowhere).
  const frame = useRef<{ token: string | null; loads: number; port: MessagePort | null }>({ token: null, loads: 0, port: null });
  const closePort = () => {
    frame.current.port?.close();
    frame.current = { token: null, loads: 0, port: null };
  };

  useEffect(() => {
    let stale = false;
    // A new generation drops the old frame; no load of the new one can come before its token does.
    closePort();
    setToken(null);
    openNotes()
      .then((t) => !stale && (setToken(t), setError(undefined)))
      .catch((err) => !stale && setError(err instanceof Error ? err.message : String(err)));
    return () => void (stale = true);
  }, [generation]);
  useEffect(() => closePort, []);

  const onLoad = () => {
    const f = ref.current;
    if (!f || !token) return;
    if (frame.current.token !== token) {
      closePort();
      frame.current.token = token;
    }
    // A second load is a navigation Parley did not make (a page script can set the location of any
    // frame in its window): drop that document and make a new frame.
    if (++frame.current.loads > 1) return setGeneration((g) => g + 1);
    const channel = new MessageChannel();
    const p = (frame.current.port = channel.port1);
    let heard = false;
    p.onmessage = (e: MessageEvent) => {
      const m: unknown = e.data;
      if (!isFrameToCard(m)) return;
      if (!heard) {
        heard = true;
        // The frame's first word: it is listening now. If the reader's focus reached the frame while
        // it was still loading, Chromium can leave the frame's own document without focus (the
        // <iframe> has it, its document does not), and every key typed then, Escape too, goes
        // nowhere. Focusing it again now hands focus to the document (the caret goes to its field).
        refocusIfFocused(f);
      }
      if (m.type === 'height') setHeight(Math.max(0, Math.min(Math.ceil(m.px), 4000)));
      else if (m.type === 'escape') escape.current();
      else if (m.type === 'tab') {
        // Tab out of the frame's last control (or Shift+Tab out of its first): the card's next
        // control, round to its first (or last) like the rest of the card's focus trap.
        const items = focusables((f.closest('.card') ?? f.getRootNode()) as ParentNode);
        const i = items.indexOf(f);
        const next = items[(i + (m.back ? -1 : 1) + items.length) % items.length];
        if (!next || next === f) p.postMessage({ type: 'focus', where: m.back ? 'last' : 'first' } satisfies CardToFrame);
        else next.focus();
      }
    };
    // Only a document of the extension's origin gets this message (and the port with it). Chrome
    // loads the frame from a per-session address (use_dynamic_url), but its document has the
    // extension's own origin.
    f.contentWindow?.postMessage({ parleyNotes: token }, extensionOrigin(), [channel.port2]);
  };

  return (
    <section class="notes" aria-labelledby="parley-notes-h">
      <h3 id="parley-notes-h">Your notes</h3>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : (
        token && <iframe key={token} ref={ref} src={frameUrl(token)} onLoad={onLoad} class="notes-frame" title="Your notes" data-testid="notes-frame" style={{ ...FRAME_STYLE, height: `${height}px` }} />
      )}
    </section>
  );
}
