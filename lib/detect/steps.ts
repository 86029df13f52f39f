/**
 * Work as steps: a generator whose every `yield` is a point where its caller may hand the thread
 * back (a page's scheduler, lib/page/schedule.ts runSliced) before going on. The same work in the
 * same order whether it is run in one go (runToEnd) or paused between steps.
 */
export type Steps<T> = Generator<void, T, void>;

/** Drive steps to the end in one go. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
