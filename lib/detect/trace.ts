/**
 * Why a meeting phrase made no mark: a hook for development scripts (scripts/why-missed.ts), never
 * set in the extension. The detector has many guards that keep ordinary words and other people's
 * meetings from being marked; each costs some real mentions. Counting which guard dropped the
 * phrases that overlap labelled mentions (on tuning pages) says which guard to look at before
 * anyone writes a new rule.
 *
 * Offsets are the passage's own (as a Mention's are); a page's title, read before its text, is not traced.
 */
import type { Annotation } from './units';

export interface DropRecord {
  start: number;
  end: number;
  /** 'frame:<guard>' (patterns/frames.ts), 'admit:<guard>', 'resolve:<frame kind>' (pipeline.ts), 'overlap:…', 'echo'. */
  why: string;
}

export const dropTrace: { sink: DropRecord[] | null; muted: boolean } = { sink: null, muted: false };

/** Records tokens t0..t1 of the passage as dropped, and why, when a script listens. */
export function traceDrop(a: Annotation, t0: number, t1: number, why: string): void {
  const sink = dropTrace.sink;
  if (!sink || dropTrace.muted) return;
  const { norm, toks } = a.scan;
  sink.push({ start: norm.starts[toks.start[t0]], end: norm.ends[toks.end[t1 - 1] - 1], why });
}
