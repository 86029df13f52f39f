/**
 * WXT's content-script context (ContentScriptContext, in node_modules/wxt/dist/utils/) stops the
 * content script, and with it every listener and timer tied to it, when the document gets an event
 * named "<extension id>:<entry>:wxt:content-script-started" from another copy of the same script:
 * its way to retire an old copy after the extension was reloaded. The page shares that document,
 * and the name is no secret (Chrome's extension id is in its store listing, Firefox's gecko id in
 * the manifest), so a page could dispatch it and switch Parley off on itself.
 *
 * The guard: a capturing listener on the window sees the event before the document's listener
 * does, and stops it unless this copy really is an orphan (its extension context gone, the one case
 * the signal exists for: after a reload or update). So the signal never comes from a page, and an
 * old copy still retires when a new one starts.
 *
 * (WXT also announces the start with a window.postMessage that every script of the page receives,
 * extension id included; the content script opts out of it with `noScriptStartedPostMessage`.)
 */
export function guardStartSignal(win: Window, eventName: string, orphaned: () => boolean): () => void {
  const stop = (e: Event) => {
    if (!orphaned()) e.stopImmediatePropagation();
  };
  win.addEventListener(eventName, stop, { capture: true });
  return () => win.removeEventListener(eventName, stop, { capture: true });
}

/** The event's name as WXT makes it (its static is private in the types, public at run time). */
export function startSignalName(ctxClass: unknown, runtimeId: string | undefined, entry: string): string {
  const fromWxt = (ctxClass as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown } | null)?.SCRIPT_STARTED_MESSAGE_TYPE;
  return typeof fromWxt === 'string' ? fromWxt : `${runtimeId}:${entry}:wxt:content-script-started`;
}
