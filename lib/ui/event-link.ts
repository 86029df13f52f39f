/**
 * An event's own page (entrypoints/event: event.html?id=…), where its card opens outside any news
 * page: from the popup's search results and note groups, and from the options page.
 */
import { browser } from 'wxt/browser';

export function eventPageUrl(id: string): string {
  return browser.runtime.getURL(`/event.html?id=${encodeURIComponent(id)}` as '/event.html');
}

/**
 * Opens the event's page in a new tab (a click on the link does the same without script; this keeps
 * the toolbar popup's behaviour the same in both browsers and closes the popup after).
 */
export async function openEventPage(id: string, opts: { closeWindow?: boolean } = {}): Promise<void> {
  await browser.tabs.create({ url: eventPageUrl(id) });
  if (opts.closeWindow) window.close();
}

/** The reader's "Open card" link for an event: a real link, opened in a new tab by script. */
export function onEventLinkClick(id: string, closeWindow: boolean) {
  return (e: MouseEvent) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void openEventPage(id, { closeWindow });
  };
}
