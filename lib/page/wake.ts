/**
 * What the content script sets up the first time it needs the extension (its context's wake, see
 * lib/page/content-context.ts), and never on a page the gate shuts before reading a setting:
 *   - the guard against a page forging WXT's "a newer copy started" event (start-signal.ts);
 *   - in the top frame, the listener for the popup's questions (lib/messages/tab.ts). Only this
 *     extension's own pages (the popup, in its panel or a tab) are answered.
 * A popup opened on a page that never woke finds no listener: the top frame leaves the wake in its
 * own script world under WAKE_FN, which the popup calls (scripting.executeScript) before asking again.
 */
import type { ContentScriptContext } from './content-context';
import { guardStartSignal, startSignalName } from './start-signal';
import { WAKE_FN } from '../settings/page-hints';

type Sender = { id?: string; url?: string } | undefined;

/** The part of the extension API this needs (`browser` in the content script). */
export interface WakeApi {
  runtime: {
    id?: string;
    getURL(path: '/'): string;
    onMessage: {
      addListener(fn: (msg: unknown, sender: Sender, respond: (answer: unknown) => void) => true | undefined): void;
      removeListener(fn: (msg: unknown, sender: Sender, respond: (answer: unknown) => void) => true | undefined): void;
    };
  };
}

/**
 * The wake function for a content script's context: true once awake, false for an orphan.
 * `answer` answers a tab message (undefined: not ours).
 */
export function wakeFor(ctx: ContentScriptContext, api: () => WakeApi, answer: (msg: unknown) => Promise<unknown> | undefined, win: Window = window): () => boolean {
  const top = win === win.top;
  // Answered through sendResponse: in Chromium `browser` is Chrome's own `chrome` (see wxt.config.ts),
  // whose listeners cannot answer by returning a promise.
  const onTabMessage = (msg: unknown, sender: Sender, respond: (answer: unknown) => void): true | undefined => {
    const { runtime } = api();
    if (!sender || sender.id !== runtime.id || !sender.url?.startsWith(runtime.getURL('/'))) return undefined;
    const a = answer(msg);
    if (!a) return undefined;
    a.then(respond, () => respond(undefined));
    return true;
  };
  const wake = () =>
    ctx.wake(() => {
      const { runtime } = api();
      ctx.onInvalidated(guardStartSignal(win, startSignalName(ctx.constructor, runtime.id, 'content'), () => api().runtime?.id == null));
      if (top) {
        runtime.onMessage.addListener(onTabMessage);
        ctx.onInvalidated(() => api().runtime.onMessage.removeListener(onTabMessage));
      }
    });
  if (top) (win as unknown as Record<string, unknown>)[WAKE_FN] = wake;
  return wake;
}
