/**
 * Cooperative scheduling for page work. Parley must never hold the main thread for long: a long
 * task (> 50 ms) is a visible stutter for the reader. Work is cut into slices of at most
 * SLICE_BUDGET_MS; between slices the browser gets the thread back (input, rendering, the page's
 * own scripts) before we continue.
 *
 *  - `yieldToMain()`: continue soon (the initial scan wants to finish quickly). Uses
 *    `scheduler.yield()` where it exists (Chrome 129+), else a MessageChannel message, which unlike
 *    a nested setTimeout is not clamped to 4 ms.
 *  - `whenIdle()`: continue when the page is idle (mutation batches: the page is busy rendering what
 *    it just added, we can wait). requestIdleCallback with a timeout, so a page that is never idle
 *    still gets marks within a second.
 */

/** Work per slice. Far under the 50 ms long-task line, so a slow machine (or a slow detector chunk) stays under it too. */
export const SLICE_BUDGET_MS = 8;

/** The clock. performance.now() everywhere we run (pages, happy-dom, Node). */
export const now = (): number => performance.now();

type Scheduler = { yield?: () => Promise<void> };

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

function viaMessageChannel(): Promise<void> {
  return new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
}

export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  if (typeof MessageChannel === 'function') return viaMessageChannel();
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
