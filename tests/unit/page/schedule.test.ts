/**
 * Yielding between scan slices (lib/page/schedule.ts): the page's own work that is already waiting
 * runs before the next slice. (How soon the slice comes back is the benchmark's business.)
 */
import { describe, expect, it } from 'vitest';
import { yieldToMain } from '../../../lib/page/schedule';

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
