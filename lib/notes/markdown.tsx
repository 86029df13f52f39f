/**
 * Light Markdown for note bodies, rendered straight to Preact VNodes: never through innerHTML, so
 * whatever a note holds (`<script>`, `<img onerror>`, HTML entities) can only ever become text.
 *
 * Supported, and nothing else:
 *   **bold**  *italic*  _italic_  `code`  [text](https://…)  bare http(s) URLs
 *   a single newline is a line break; a blank line starts a new paragraph;
 *   lines starting with "- " or "* " form a bullet list.
 *   A backslash escapes the next punctuation character (\* stays a star).
 *
 * Why not markdown-it (even with html:false): it is about 100 kB for features notes don't need, and
 * its output is an HTML string that would have to be injected. A renderer that can only produce
 * text nodes and a fixed set of elements cannot be talked into producing anything else.
 *
 * Cost: every inline construct is a sticky regular expression with a bounded length, so a hostile
 * 100 000-character body renders in linear time (no unbounded look-ahead per opening marker).
 */
import type { ComponentChildren, VNode } from 'preact';

/** Only http(s) links are ever rendered as links; anything else stays text. */
export function httpHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

const CODE = /`([^`\n]{1,2000})`/y;
const STRONG = /\*\*(?![\s*])([^\n]{0,2000}?[^\s\\])\*\*/y;
const EM_STAR = /\*(?![\s*])([^*\n]{0,2000}?[^\s*\\])\*/y;
const EM_UNDER = /_(?![\s_])([^_\n]{0,2000}?[^\s_\\])_(?![\p{L}\p{N}_])/uy;
const LINK = /\[([^\][\n]{1,500})\]\(\s*(https?:\/\/(?:[^\s()<>]|\([^\s()<>]{0,200}\)){1,2000})\s*\)/iy;
const BARE_URL = /https?:\/\/[^\s<>"'`]{1,2000}/iy;
const ESCAPABLE = /[\\`*_[\]()#+\-.!>~|{}]/;
/** Characters that make a '_' or 'http' part of a word (snake_case, __dunder__), not a marker. */
const WORDISH = /[\p{L}\p{N}_]/u;

function trimUrl(url: string): string {
  // Trailing punctuation is almost always the sentence's, not the URL's; keep a ")" that closes a "(".
  let u = url;
  for (;;) {
    const last = u.at(-1);
    if (last && '.,;:!?\'"'.includes(last)) u = u.slice(0, -1);
    else if (last === ')' && (u.match(/\(/g)?.length ?? 0) < (u.match(/\)/g)?.length ?? 0)) u = u.slice(0, -1);
    else return u;
  }
}

/** Inline Markdown of one line (or one list item) to children. `depth` bounds nesting of bold/italic. */
export function renderInline(text: string, depth = 0): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let buf = '';
  let key = 0;
  const flush = () => {
    if (buf) out.push(buf);
    buf = '';
  };
  const at = (re: RegExp, i: number) => {
    re.lastIndex = i;
    return re.exec(text);
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    let m: RegExpExecArray | null = null;
    if (c === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1]!)) {
      buf += text[i + 1];
      i += 2;
      continue;
    }
    if (c === '`' && (m = at(CODE, i))) {
      flush();
      out.push(<code key={key++}>{m[1]}</code>);
    } else if (c === '*' && depth < 4 && (m = at(STRONG, i))) {
      flush();
      out.push(<strong key={key++}>{renderInline(m[1]!, depth + 1)}</strong>);
    } else if (c === '*' && depth < 4 && (m = at(EM_STAR, i))) {
      flush();
      out.push(<em key={key++}>{renderInline(m[1]!, depth + 1)}</em>);
    } else if (c === '_' && depth < 4 && !(i > 0 && WORDISH.test(text[i - 1]!)) && (m = at(EM_UNDER, i))) {
      flush();
      out.push(<em key={key++}>{renderInline(m[1]!, depth + 1)}</em>);
    } else if (c === '[' && (m = at(LINK, i))) {
      const href = httpHref(m[2]!);
      if (href) {
        flush();
        out.push(<a key={key++} href={href} target="_blank" rel="noopener noreferrer">{renderInline(m[1]!, 4)}</a>);
      } else {
        buf += m[0];
      }
    } else if ((c === 'h' || c === 'H') && !(i > 0 && WORDISH.test(text[i - 1]!)) && (m = at(BARE_URL, i))) {
      const url = trimUrl(m[0]);
      const href = httpHref(url);
      if (href) {
        flush();
        out.push(<a key={key++} href={href} target="_blank" rel="noopener noreferrer">{url}</a>);
        i += url.length;
        continue;
      }
      buf += url;
      i += url.length;
      continue;
    }
    if (m) {
      i += m[0].length;
    } else {
      buf += c;
      i++;
    }
  }
  flush();
  return out;
}

const BULLET = /^\s{0,3}[-*+]\s+/;

/** A note body to blocks: paragraphs with line breaks, and bullet lists. */
export function renderMarkdown(text: string): VNode[] {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  const out: VNode[] = [];
  blocks.forEach((block, bi) => {
    const lines = block.split('\n');
    while (lines.length && !lines[0]!.trim()) lines.shift();
    while (lines.length && !lines.at(-1)!.trim()) lines.pop();
    if (!lines.length) return;
    // A block may start with ordinary lines and continue with a list (or the other way round).
    let run: string[] = [];
    let runIsList = false;
    let part = 0;
    const emit = () => {
      if (!run.length) return;
      const k = `${bi}.${part++}`;
      if (runIsList) {
        out.push(<ul key={k}>{run.map((l, j) => <li key={j}>{renderInline(l.replace(BULLET, ''))}</li>)}</ul>);
      } else {
        const children: ComponentChildren[] = [];
        run.forEach((l, j) => {
          if (j) children.push(<br key={`br${j}`} />);
          children.push(...renderInline(l));
        });
        out.push(<p key={k}>{children}</p>);
      }
      run = [];
    };
    for (const line of lines) {
      const isList = BULLET.test(line);
      if (run.length && isList !== runIsList) emit();
      runIsList = isList;
      run.push(line);
    }
    emit();
  });
  return out;
}

/** A note body, safely rendered. */
export function NoteBody({ text, class: cls = 'note-body' }: { text: string; class?: string }) {
  return <div class={`md ${cls}`}>{renderMarkdown(text)}</div>;
}
