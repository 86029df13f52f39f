/**
 * Yielding between scan slices (lib/page/schedule.ts): the page's own work that is already waiting
 * runs before the next slice. (How soon the slice comes back is the benchmark's business.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runSliced, yieldToMain } from '../../../lib/page/schedule';

describe('yieldToMain', () => {
  it('continues after the timers a page queued before it', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('page timer'), 0);
    await yieldToMain();
    order.push('parley');
    expect(order).toEqual(['page timer', 'parley']);
  });

  it('lets every caller waiting at once continue, and works again afterwards', async () => {
    const done: number[] = [];
    await Promise.all([1, 2, 3].map((n) => yieldToMain().then(() => done.push(n))));
    expect(done.sort()).toEqual([1, 2, 3]);
    const order: string[] = [];
    setTimeout(() => order.push('page timer'), 0);
    await yieldToMain();
    order.push('parley');
    expect(order).toEqual(['page timer', 'parley']);
  });
});

describe('runSliced', () => {
  afterEach(() => vi.restoreAllMocks());

  it('hands the thread back whenever a slice is spent: no slice runs past its budget by more than one step', async () => {
    // A fake clock that moves only inside the steps: step k takes 1 + k % 4 ms.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const slices: number[] = [];
    let sliceStart = 0;
    function* steps() {
      for (let k = 0; k < 100; k++) {
        clock += 1 + (k % 4);
        yield;
      }
      return 'done';
    }
    const r = await runSliced(steps(), 8, async () => {
      slices.push(clock - sliceStart);
      sliceStart = clock;
    });
    slices.push(clock - sliceStart);
    expect(r.value).toBe('done');
    expect(r.slices).toBe(slices.length);
    expect(r.busyMs).toBe(250);
    expect(Math.max(...slices)).toBeLessThanOrEqual(8 + 4);
    expect(r.longestSliceMs).toBe(Math.max(...slices));
    // Every slice but the last went on until its budget was spent.
    for (const d of slices.slice(0, -1)) expect(d).toBeGreaterThanOrEqual(8);
  });
});
