/**
 * One scan: DOM subtree → text → mentions → marks. The detector's document state is shared across
 * scans of the same page, so a later paragraph can refer back to a meeting named earlier.
 */
import { detect, type CompiledMatcher, type DocumentState } from '../detect';
import type { Mention } from '../detect/types';
import type { MarkRegistry } from './registry';
import { collectText, rangeFor } from './text';

export interface ScanResult {
  chars: number;
  mentions: Mention[];
  marked: number;
}

export function scanRoot(root: Node, matcher: CompiledMatcher, state: DocumentState, registry: MarkRegistry): ScanResult {
  const pageText = collectText(root);
  if (!pageText.text.trim()) return { chars: 0, mentions: [], marked: 0 };
  const mentions = detect(pageText.text, matcher, state);
  let marked = 0;
  for (const m of mentions) {
    const range = rangeFor(pageText, m.start, m.end);
    if (!range || registry.covers(range.startContainer, range.startOffset)) continue;
    registry.add(range, m);
    marked++;
  }
  return { chars: pageText.text.length, mentions, marked };
}
