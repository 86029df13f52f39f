/**
 * Cooperative scheduling for page work. Parley must never hold the main thread for long: a long
 * task (> 50 ms) is a visible stutter for the reader. Work is cut into slices of at most
 * SLICE_BUDGET_MS; between slices the browser gets the thread back (input, rendering, the page's
 * own scripts) before we continue.
 *
 *  - `yieldToMain()`: continue soon, but after whatever else is waiting: a plain task queued with
 *    setTimeout(0), so the page's own timers, input and rendering take turns with us. Not
 *    `scheduler.yield()` nor a MessageChannel message alone: both continue ahead of the page's timers
 *    (measured: a page's 4 ms timer starved for the whole second of a 1 MB scan), which is no
 *    better for the page than one long task. But that timer is set from a message task, not from
 *    the previous slice's timer: browsers hold a timer set from inside a chain of more than five
 *    nested timers for at least 4 ms (HTML's timer nesting clamp), and a scan whose slices all
 *    yield by setTimeout from the last one idled 4 ms after every 8 ms slice, a third of its
 *    wall time. The message hop resets the nesting, so the timer waits only for what is queued.
 *  - `runSliced(steps)`: work written as steps (lib/detect/steps.ts) run in slices, yieldToMain
 *    between them.
 *  - `whenIdle()`: continue when the page is idle (mutation batches: the page is busy rendering what
 *    it just added, we can wait). requestIdleCallback with a timeout, so a page that is never idle
 *    still gets marks within a second.
 */
import type { Steps } from '../detect/steps';

/** Work per slice. Far under the 50 ms long-task line, so a slow machine (or a slow detector chunk) stays under it too. */
export const SLICE_BUDGET_MS = 8;

/**
 * The clock. performance.now() everywhere we run (pages, happy-dom, Node), on the Performance
 * object looked up once: a scan reads the clock some 60,000 times on a 1 MB page (three times per
 * detector step), and each bare `performance.now()` looks up `performance` on the global first. In
 * a Firefox content script that global is the page's window seen through an Xray wrapper: 100,000
 * calls took 102 ms there, 21 ms on the object looked up once (Chromium: 17 and 6.5 ms). The
 * method is still looked up at each call, so a test that replaces it (vi.spyOn) is seen.
 */
const perf = globalThis.performance;
export const now = (): number => perf.now();

/** Callers waiting for the message hop of yieldToMain, and its channel (made on first use). */
const hopping: (() => void)[] = [];
let hop: MessagePort | null | undefined;

function hopPort(): MessagePort | null {
  if (hop !== undefined) return hop;
  try {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      for (const r of hopping.splice(0)) setTimeout(r, 0);
    };
    // Node (unit tests): an open port would keep the process alive.
    (ch.port1 as { unref?: () => void }).unref?.();
    hop = ch.port2;
  } catch {
    hop = null;
  }
  return hop;
}

export function yieldToMain(): Promise<void> {
  return new Promise((r) => {
    const port = hopPort();
    if (!port) {
      setTimeout(r, 0);
      return;
    }
    // One message for any number of waiters: the first one posts it.
    if (hopping.push(r) === 1) port.postMessage(null);
  });
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

/** What runSliced did: the steps' result, and its slices as ScanStats counts them. */
export interface Sliced<T> {
  value: T;
  slices: number;
  longestSliceMs: number;
  busyMs: number;
}

/**
 * Runs `steps` to the end in slices of `budget` ms of work, `pause` (the page's turn) between them.
 * A slice ends at the first step that ends past its budget: no slice is longer than its budget and
 * one step.
 */
export async function runSliced<T>(steps: Steps<T>, budget = SLICE_BUDGET_MS, pause: () => Promise<void> = yieldToMain): Promise<Sliced<T>> {
  let s = slice(budget);
  const out = { slices: 0, longestSliceMs: 0, busyMs: 0 };
  const end = () => {
    const d = now() - s.start;
    out.slices++;
    out.busyMs += d;
    if (d > out.longestSliceMs) out.longestSliceMs = d;
  };
  for (;;) {
    const r = steps.next();
    if (r.done) {
      end();
      return { value: r.value, ...out };
    }
    if (s.expired()) {
      end();
      await pause();
      s = slice(budget);
    }
  }
}
