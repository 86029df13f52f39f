/**
 * Which site a page is, and whether Parley is on for it: pure functions, apart from settings.ts so
 * that a page's content script can use them without defining settings.ts's storage items (each of
 * which reads extension storage as soon as it is defined; see lib/page/local-items.ts).
 */

export function siteKey(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

export function isActiveFor(enabled: boolean, paused: readonly string[], url: string): boolean {
  const site = siteKey(url);
  return enabled && site !== null && !paused.includes(site);
}
