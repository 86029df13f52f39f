/**
 * The drop trace (lib/detect/trace.ts) says which guard kept a meeting phrase from being marked, for
 * scripts/why-missed.ts. It must name the guard at the phrase's own offsets, stay silent while the
 * page's title is read, and change nothing about what is marked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createDocumentState, detect } from '../../../lib/detect';
import { dropTrace, type DropRecord } from '../../../lib/detect/trace';
import { bundledMatcher as matcher } from './bundled';

afterEach(() => {
  dropTrace.sink = null;
});

function traced(text: string, title?: string, publishedAt = '2026-03-02'): { sink: DropRecord[]; marks: ReturnType<typeof detect> } {
  const sink: DropRecord[] = [];
  dropTrace.sink = sink;
  const marks = detect(text, matcher, createDocumentState({ publishedAt, ...(title ? { title } : {}) }));
  dropTrace.sink = null;
  return { sink, marks };
}

describe('drop trace', () => {
  it('names the guard that dropped a bare meeting word, at its own offsets', () => {
    const text = 'Nobody could say how the talks went.';
    const { sink, marks } = traced(text);
    expect(marks).toEqual([]);
    const at = text.indexOf('talks');
    expect(sink).toContainEqual({ start: at, end: at + 'talks'.length, why: 'admit:bare-noun' });
  });

  it('names a frame-level guard: a meeting verb with nothing attached', () => {
    const text = 'They met.';
    const { sink } = traced(text);
    expect(sink.map((r) => r.why)).toContain('frame:bare-verb');
  });

  it('records nothing from the title, and nothing when no script listens', () => {
    const { sink } = traced('A quiet day at the exchange.', 'Nobody could say how the talks went');
    expect(sink).toEqual([]);
    const text = 'Nobody could say how the talks went.';
    expect(detect(text, matcher, createDocumentState({ publishedAt: '2026-03-02' }))).toEqual([]);
    expect(dropTrace.sink).toBeNull();
  });

  it('marks exactly the same with the trace on and off', () => {
    const text = 'Witkoff met Putin in the Kremlin on Tuesday. The talks lasted five hours. Officials met.';
    const off = detect(text, matcher, createDocumentState({ publishedAt: '2025-12-04' }));
    const { marks: on, sink } = traced(text, undefined, '2025-12-04');
    expect(on.length).toBeGreaterThan(0);
    expect(sink.length).toBeGreaterThan(0);
    expect(on.map((m) => [m.start, m.end, m.status, m.eventId])).toEqual(off.map((m) => [m.start, m.end, m.status, m.eventId]));
  });
});
