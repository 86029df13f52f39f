// Where the card goes: never over its mention, always inside the viewport.
import { describe, expect, it } from 'vitest';
import { MARGIN, overlaps, placeCard, unionBox, type Box } from '../../../lib/ui/card/place';

function rng(seed: number) {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('placeCard', () => {
  it('goes below a mention when there is room, above when there is not', () => {
    const vp = { width: 1280, height: 900 };
    const size = { width: 400, height: 300 };
    expect(placeCard({ left: 100, top: 100, right: 200, bottom: 120 }, size, vp).side).toBe('below');
    expect(placeCard({ left: 100, top: 700, right: 200, bottom: 720 }, size, vp).side).toBe('above');
  });

  it('never covers the mention and always fits the viewport (10,000 random cases)', () => {
    const r = rng(42);
    for (let i = 0; i < 10_000; i++) {
      const vp = { width: 320 + Math.floor(r() * 1600), height: 400 + Math.floor(r() * 800) };
      const h = 10 + r() * 40;
      const top = r() * (vp.height - h);
      const left = r() * (vp.width - 50);
      const anchor: Box = { left, top, right: left + 20 + r() * 300, bottom: top + h };
      const size = { width: Math.min(400, vp.width - 16), height: 80 + r() * 900 };
      const p = placeCard(anchor, size, vp);
      const card: Box = { left: p.left, top: p.top, right: p.left + size.width, bottom: p.top + Math.min(size.height, p.maxHeight) };
      expect(overlaps(card, anchor), JSON.stringify({ vp, anchor, size, p })).toBe(false);
      expect(card.left).toBeGreaterThanOrEqual(MARGIN - 0.5);
      expect(card.top).toBeGreaterThanOrEqual(MARGIN - 0.5);
      expect(card.right).toBeLessThanOrEqual(vp.width - MARGIN + 0.5);
      expect(card.bottom).toBeLessThanOrEqual(vp.height - MARGIN + 0.5);
    }
  });

  it('stays at the edge when its mention has scrolled out of view', () => {
    const vp = { width: 1000, height: 800 };
    const up = placeCard({ left: 10, top: -300, right: 100, bottom: -280 }, { width: 400, height: 300 }, vp);
    expect(up.top).toBe(MARGIN);
    const down = placeCard({ left: 10, top: 1200, right: 100, bottom: 1220 }, { width: 400, height: 300 }, vp);
    expect(down.top + 300).toBeLessThanOrEqual(vp.height - MARGIN);
  });

  it('unions a mention that wraps onto two lines', () => {
    expect(unionBox([{ left: 600, top: 100, right: 700, bottom: 120 }, { left: 10, top: 121, right: 80, bottom: 141 }])).toEqual({ left: 10, top: 100, right: 700, bottom: 141 });
    expect(unionBox([])).toBeNull();
  });
});
