/**
 * Cooperative scheduling for page work. Parley must never hold the main thread for long: a long
 * task (> 50 ms) is a visible stutter for the reader. Work is cut into slices of at most
 * SLICE_BUDGET_MS; between slices the browser gets the thread back (input, rendering, the page's
 * own scripts) before we continue.
 *
 *  - `yieldToMain()`: continue soon, but after whatever else is waiting: a plain task queued with
 *    setTimeout(0), so the page's own timers, input and rendering take turns with us. Not
 *    `scheduler.yield()` nor a MessageChannel message: both continue ahead of the page's timers
 *    (measured: a page's 4 ms timer starved for the whole second of a 1 MB scan), which is no
 *    better for the page than one long task.
 *  - `whenIdle()`: continue when the page is idle (mutation batches: the page is busy rendering what
 *    it just added, we can wait). requestIdleCallback with a timeout, so a page that is never idle
 *    still gets marks within a second.
 */

/** Work per slice. Far under the 50 ms long-task line, so a slow machine (or a slow detector chunk) stays under it too. */
export const SLICE_BUDGET_MS = 8;

/** The clock. performance.now() everywhere we run (pages, happy-dom, Node). */
export const now = (): number => performance.now();

export function yieldToMain(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}

export function whenIdle(timeout = 1000): Promise<void> {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  if (typeof ric === 'function') return new Promise((r) => ric(() => r(), { timeout }));
  return new Promise((r) => setTimeout(r, 16));
}

/** A time slice: `expired()` says when to hand the thread back. */
export interface Slice {
  readonly start: number;
  expired(): boolean;
}

export function slice(budget = SLICE_BUDGET_MS): Slice {
  const start = now();
  return { start, expired: () => now() - start >= budget };
}
