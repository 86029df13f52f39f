/**
 * The held-out pool (scripts/eval-held.ts) must take in every blind set: a new set with halves
 * joins through its held half, and a set without halves must be named as held out whole or tuned
 * on whole. Otherwise a set could silently drop out of the one figure that says whether a change
 * generalised.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLIND, HELD_WHOLE, TUNED_WHOLE, blindSets } from '../../../scripts/eval-held';
import { loadLabelled } from '../../../scripts/eval/labels';

describe('the held-out pool', () => {
  it('classifies every blind set: halves, or held out whole, or tuned on whole', () => {
    const sets = blindSets();
    expect(sets.length).toBeGreaterThan(10);
    for (const name of sets) {
      const docs = loadLabelled(join(BLIND, name));
      const halves = docs.some((d) => d.half === 'held') && docs.some((d) => d.half === 'tune');
      const named = HELD_WHOLE.has(name) || TUNED_WHOLE.has(name);
      expect(halves || named, `${name}: neither halves nor named as whole`).toBe(true);
    }
  });
  it('names no set that is not there', () => {
    const sets = new Set(blindSets());
    for (const n of [...HELD_WHOLE, ...TUNED_WHOLE]) expect(sets.has(n), n).toBe(true);
  });
});
