/**
 * A link back to where a note was taken: the page's URL with a text fragment (`#:~:text=`) for the
 * quote, so Chromium and Firefox (131+) scroll to it and highlight it. Browsers that do not know
 * text fragments simply open the page.
 */
import type { NoteTarget } from './types';

/** Percent-encodes a text-fragment term: also '-', ',' and '&', which the syntax reserves. */
function term(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D');
}

/** Returns undefined for anything but an http(s) URL. */
export function noteSourceUrl(target: Pick<NoteTarget, 'url' | 'quote'>): string | undefined {
  let url: URL;
  try {
    url = new URL(target.url);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const exact = target.quote.exact.replace(/\s+/g, ' ').trim();
  if (!exact) return url.href;
  let directive: string;
  const words = exact.split(' ');
  if (exact.length <= 120 || words.length < 6) directive = `text=${term(exact)}`;
  // A long quote: its first and last few words (textStart,textEnd) match more robustly.
  else directive = `text=${term(words.slice(0, 3).join(' '))},${term(words.slice(-3).join(' '))}`;
  const base = url.href.replace(/#:~:.*$/, '');
  return `${base}${url.hash && !url.hash.startsWith('#:~:') ? '' : '#'}:~:${directive}`;
}
