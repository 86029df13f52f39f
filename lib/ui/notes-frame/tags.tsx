/**
 * Tags in a note shown once. A note's tags come from the "#words" in its body (the card's form) or
 * from the popup's tag field. In the notes frame a "#tag" written in the body becomes a chip where
 * it stands, and only tags the body does not mention get a chip of their own below it: never the
 * same tag twice, as text and as a chip.
 */
import { cloneElement, isValidElement, type ComponentChildren, type VNode } from 'preact';

/** A "#tag" at the start or after white space, as the card's form reads them. */
const HASHTAG = /(^|\s)#([\p{L}\p{N}_-]+)/gu;

/** The tags a note body names with "#", in order, each once. */
export function tagsOf(body: string): string[] {
  return [...new Set([...body.matchAll(HASHTAG)].map((m) => m[2]!))];
}

/** Splits text at the "#tags" that are among `tags` (case-insensitive), each becoming a chip. */
function chipText(text: string, tags: Set<string>, key: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let last = 0;
  let n = 0;
  for (const m of text.matchAll(HASHTAG)) {
    const tag = m[2]!;
    if (!tags.has(tag.toLowerCase())) continue;
    const at = m.index! + m[1]!.length;
    if (at > last) out.push(text.slice(last, at));
    out.push(
      <span class="tag" key={`${key}.${n++}`} data-tag={tag}>
        #{tag}
      </span>,
    );
    last = at + 1 + tag.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/**
 * Rendered Markdown (lib/notes/markdown.tsx: text and a fixed set of elements) with its "#tags"
 * turned into chips. Code and links are left as they are.
 */
export function withTagChips(nodes: ComponentChildren, tags: readonly string[], key = 't'): ComponentChildren {
  const wanted = new Set(tags.map((t) => t.toLowerCase()));
  if (!wanted.size) return nodes;
  const walk = (c: ComponentChildren, k: string): ComponentChildren => {
    if (typeof c === 'string') return chipText(c, wanted, k);
    if (Array.isArray(c)) return c.map((x, i) => walk(x as ComponentChildren, `${k}.${i}`));
    if (isValidElement(c)) {
      const v = c as VNode<{ children?: ComponentChildren }>;
      if (v.type === 'code' || v.type === 'a') return v;
      return cloneElement(v, {}, walk(v.props.children, k));
    }
    return c;
  };
  return walk(nodes, key);
}

/** The note's tags its body does not show as "#tag" (they get chips of their own). */
export function tagsNotInBody(body: string, tags: readonly string[]): string[] {
  const inBody = new Set(tagsOf(body).map((t) => t.toLowerCase()));
  return tags.filter((t) => !inBody.has(t.toLowerCase()));
}
