/**
 * The content script's context: WXT's ContentScriptContext (node_modules/wxt/dist/utils/
 * content-script-context.mjs), the same API and behaviour, except that nothing of the extension
 * API is touched until the script first needs it (`wake`).
 *
 * Why: in Firefox the first touch of `browser` in a page sets up the extension API there, on the
 * page's main thread, and the first touch of `browser.runtime` sets up that namespace (measured:
 * 3 + 4 + 2 ms at least for `browser`, `.runtime` and `.runtime.id`, several times that on a busy
 * machine). WXT's context reads `browser.runtime.id` as soon as its module is evaluated (its event
 * names carry the extension's id) and announces itself to older copies at once, so every page paid
 * for it, even the many the gate turns away without reading a setting (lib/page/session.ts). Here
 * the id is read, the start is announced and older copies are told to retire only when this copy
 * wakes: when the session reads its settings, which a page the gate shuts never does. Until then
 * the copy has no marks, no listeners of the extension and no storage watches, only a
 * MutationObserver on what the page adds; and an orphan (its extension reloaded meanwhile) that wakes
 * finds out then and stops.
 *
 * WXT's content-script wrapper constructs this class (wxt.config.ts aliases WXT's module to this
 * one for the content script only); the page-engine and card chunks get the instance.
 */
import { browser } from 'wxt/browser';

/**
 * The extension API. In the content script's build `wxt/browser` is lib/page/lazy-browser.ts, which
 * reaches the real one only on first use (see wxt.config.ts).
 */
const api = (): typeof browser | undefined => browser;

/** An event name unique to this extension and entry (WXT's getUniqueEventName). */
export function uniqueEventName(entry: string, name: string): string {
  return `${api()?.runtime?.id}:${entry}:${name}`;
}

export interface ContextOptions {
  noScriptStartedPostMessage?: boolean;
  cssInjectionMode?: string;
  [key: string]: unknown;
}

const STARTED = 'wxt:content-script-started';

export class ContentScriptContext {
  /** The start event's name (WXT's static; read lazily here: it needs the extension's id). */
  static get SCRIPT_STARTED_MESSAGE_TYPE(): string {
    return uniqueEventName(ENTRY, STARTED);
  }

  readonly id = Math.random().toString(36).slice(2);
  readonly abortController = new AbortController();
  private awake = false;
  private watchingLocation = false;

  constructor(
    readonly contentScriptName: string,
    readonly options?: ContextOptions,
  ) {}

  /**
   * The script needs the extension from now on: announces this copy (older copies of the same
   * script retire), listens for newer ones, and runs `onWake` (once, the first time). False if this
   * copy is already an orphan (its extension was reloaded or removed): it is then invalidated.
   */
  wake(onWake?: () => void): boolean {
    if (this.signal.aborted) return false;
    if (!this.awake) {
      this.awake = true;
      if (api()?.runtime?.id == null) {
        this.notifyInvalidated();
        return false;
      }
      this.stopOldScripts();
      this.listenForNewerScripts();
      // After this copy's own announcement: what it sets up may stop that event (start-signal.ts).
      onWake?.();
    }
    return this.isValid;
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  /** Before the copy woke, it has nothing of the extension's to lose: valid unless aborted. */
  get isInvalid(): boolean {
    if (this.awake && api()?.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((t) => {
      if (this.isValid) callback(t);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((d) => {
      if (!this.signal.aborted) callback(d);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void {
    if (type === 'wxt:locationchange' && this.isValid) this.watchLocation();
    target.addEventListener?.(type.startsWith('wxt:') ? uniqueEventName(ENTRY, type) : type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  private stopOldScripts(): void {
    const type = ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: this.contentScriptName, messageId: this.id } }));
    if (!this.options?.noScriptStartedPostMessage) window.postMessage({ type, contentScriptName: this.contentScriptName, messageId: this.id }, '*');
  }

  private listenForNewerScripts(): void {
    const type = ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE;
    const cb = (event: Event) => {
      if (!(event instanceof CustomEvent)) return;
      const d = event.detail as { contentScriptName?: string; messageId?: string } | null;
      if (d?.contentScriptName === this.contentScriptName && d?.messageId !== this.id) this.notifyInvalidated();
    };
    document.addEventListener(type, cb);
    this.onInvalidated(() => document.removeEventListener(type, cb));
  }

  /** WXT's location watcher: 'wxt:locationchange' when the page's address changes (single-page apps). */
  private watchLocation(): void {
    if (this.watchingLocation) return;
    this.watchingLocation = true;
    let last = new URL(location.href);
    const check = (next: URL) => {
      if (next.href === last.href) return;
      const e = new Event(uniqueEventName(ENTRY, 'wxt:locationchange')) as Event & { newUrl: URL; oldUrl: URL };
      e.newUrl = next;
      e.oldUrl = last;
      window.dispatchEvent(e);
      last = next;
    };
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof nav?.addEventListener === 'function') nav.addEventListener('navigate', (e) => check(new URL((e as Event & { destination: { url: string } }).destination.url)), { signal: this.signal });
    else this.setInterval(() => check(new URL(location.href)), 1000);
  }
}

/** The entry's name, as WXT's event names carry it (only the content script uses this class). */
const ENTRY = 'content';
