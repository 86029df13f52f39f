// @vitest-environment happy-dom
// A meeting the reader added has a mark style of its own: not the blue of meetings Parley's dataset
// checked, not the grey of unknown ones.
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../lib/detect/types';
import { createMarkLayer, kindOf } from '../../../lib/page/marks';
import { MarkRegistry } from '../../../lib/page/registry';

const mention = (eventId: string | null, status: Mention['status'] = 'known'): Mention => ({
  start: 0, end: 5, quote: 'talks', status, eventId, confidence: 0.9, reasons: [], candidates: [], via: 'alias',
});

describe('marks of the reader’s own events', () => {
  it('a known mention of a user event is a "user" mark; everything else keeps its kind', () => {
    expect(kindOf('known', true)).toBe('user');
    expect(kindOf('known', false)).toBe('mention');
    expect(kindOf('related', true)).toBe('related');
    expect(kindOf('unknown')).toBe('unknown');
  });

  it('the registry asks which events are the reader’s and marks them so', () => {
    document.body.innerHTML = '<p>Ankara talks</p><p>Riyadh talks</p>';
    const registry = new MarkRegistry(createMarkLayer(document, true), document, (id) => id === 'mine');
    const r = (i: number) => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelectorAll('p')[i]!.firstChild!);
      return range;
    };
    const own = registry.add(r(0), mention('mine'))!;
    const bundled = registry.add(r(1), mention('2025-riyadh-talks'))!;
    expect(own.kind).toBe('user');
    expect(bundled.kind).toBe('mention');
    expect([...document.querySelectorAll('parley-mark')].map((e) => (e as HTMLElement).dataset.kind)).toEqual(['user', 'mention']);
    registry.clear();
  });
});
