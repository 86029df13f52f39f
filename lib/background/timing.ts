/**
 * The background's own User Timing measures ('parley:bg-…'): where a waking background's time goes,
 * before it answers a page's first text. Each is made once per wake-up (a background that stays up
 * for hours never piles them up); durations and counts only. The benchmark reads them from the
 * background (tests/bench/cold.mjs).
 *
 * Imported first by entrypoints/background.ts, so STARTED is when the background's own code began
 * to run: from the worker's start (its time origin) to there is fetching and compiling the script.
 */
export const STARTED = performance.now();

const made = new Set<string>();

/** The measure `parley:bg-<name>` from `start` to `end`, unless this wake-up already made it. */
export function measureOnce(name: string, start: number, end = performance.now(), detail?: unknown): void {
  if (made.has(name)) return;
  made.add(name);
  try {
    performance.measure(`parley:bg-${name}`, { start, end, detail });
  } catch {
    /* a nicety */
  }
}

const sums = new Map<string, { ms: number; count: number; first: number; last: number }>();

/**
 * Adds `ms` of work that began at `start` to the running total `parley:bg-<name>` of this wake-up:
 * one measure, made again at each call (duration: the total; detail: how many, and when the first
 * began and the last ended, from the background's start).
 */
export function tally(name: string, start: number, end = performance.now()): void {
  let t = sums.get(name);
  if (!t) sums.set(name, (t = { ms: 0, count: 0, first: start, last: end }));
  t.ms += end - start;
  t.count++;
  t.last = end;
  try {
    performance.clearMeasures(`parley:bg-${name}`);
    performance.measure(`parley:bg-${name}`, { start: 0, duration: t.ms, detail: { ...t } });
  } catch {
    /* a nicety */
  }
}
