/** A TextQuoteSelector for a marked range: the exact text plus a little context from its block. */
import { QUOTE_CONTEXT, type TextQuote } from '../notes/types';

function blockOf(node: Node): Node {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && el.parentElement && getComputedStyle(el).display.startsWith('inline')) el = el.parentElement;
  return el ?? node.ownerDocument!.body;
}

export function quoteFromRange(range: Range, context = QUOTE_CONTEXT): TextQuote {
  const doc = range.startContainer.ownerDocument!;
  const block = blockOf(range.commonAncestorContainer);
  const before = doc.createRange();
  before.setStart(block, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const after = doc.createRange();
  after.setStart(range.endContainer, range.endOffset);
  after.setEnd(block, block.childNodes.length);
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  return {
    exact: range.toString(),
    prefix: clean(before.toString()).slice(-context),
    suffix: clean(after.toString()).slice(0, context),
  };
}
