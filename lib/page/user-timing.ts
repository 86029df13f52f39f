/**
 * Parley's User Timing measures ('parley:gate', 'parley:initial', …): counts and durations only,
 * never page text. The end-to-end tests and the benchmark read them from the page.
 *
 * A measure's `detail` is copied into the world of whoever calls performance.measure. From a
 * Firefox (ESR 140) content script that is the content script's own world, and the page (and the
 * tests, which read from it) is then refused access to it ("Permission denied to access object").
 * There the measure is made through the page's own `performance` (wrappedJSObject), with its options
 * copied into the page's world first (cloneInto), so the detail lands where it is read. Nothing in a
 * detail is worth hiding from the page; a page that broke its `performance` only loses the measures.
 */
type FirefoxGlobals = { cloneInto?: (o: unknown, target: object) => unknown };

export function measure(name: string, start: number, end: number, detail?: unknown): void {
  try {
    const cloneInto = (globalThis as FirefoxGlobals).cloneInto;
    const pagePerformance = typeof window === 'undefined' ? undefined : (window as { wrappedJSObject?: { performance?: Performance } }).wrappedJSObject?.performance;
    if (detail !== undefined && typeof cloneInto === 'function' && pagePerformance) {
      pagePerformance.measure(name, cloneInto({ start, end, detail }, window) as PerformanceMeasureOptions);
    } else performance.measure(name, { start, end, detail });
  } catch {
    /* a nicety */
  }
}
