/**
 * Labelled folders → one common shape the scorer reads.
 *
 * Three formats are read:
 *  - news pages (`labels-*.json`, one entry per HTML page, quotes located in the *article text*:
 *    the block elements inside <article> joined with "\n\n"; see ../shared/news-dev/README.md);
 *  - the seed articles (`labels.json` with `articles`: must / optional / mustNot over plain text);
 *  - the project's corpus (`passages.json`: short passages with `expect`).
 *
 * Every label ends up as a span in the *page text*: the text the detector is run on, which is the
 * whole page as a browser shows it (site chrome included), so marks outside the article count too.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { DocumentInfo } from '../../lib/detect';
import { htmlToText } from '../scan';

export type LabelKind = 'mention' | 'related' | 'ambiguous' | 'mustNot';

export interface Label {
  kind: LabelKind;
  quote: string;
  /** Span in the page text. */
  start: number;
  end: number;
  /** The event's date (YYYY-MM-DD or a prefix); absent when the label is a meeting the dataset need not hold. */
  date?: string;
  /** For seed/corpus labels: the status the reader expects (known / unknown / related). */
  expect?: 'known' | 'unknown' | 'related';
}

export interface LabelledDoc {
  /** File name (or passage id). */
  name: string;
  lang: string;
  text: string;
  info: DocumentInfo;
  negative: boolean;
  labels: Label[];
  /** For numbered news pages: 'tune' (odd numbers) or 'held' (even numbers). */
  half?: 'tune' | 'held';
  /** Quotes that could not be placed in the page text (a broken label; reported, never silently dropped). */
  unplaced: string[];
}

const ARTICLE_BLOCKS = new Set(['H1', 'H2', 'H3', 'P', 'FIGCAPTION', 'CITE', 'LI']);

/** The article text as the labels define it, with each block's text kept apart. */
export function articleBlocks(html: string): { blocks: string[]; aside: string[] } {
  const { document } = parseHTML(html);
  const blocks: string[] = [];
  const aside: string[] = [];
  const walk = (el: Element, inBlock: boolean, where: 'article' | 'aside' | null): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.tagName.toUpperCase();
      // An aside inside the article (a pull quote, a "read more" box) is article text, as the label format
      // defines it; only the page's own aside (related links, outside the article) is page chrome.
      const w = tag === 'ARTICLE' ? 'article' : tag === 'ASIDE' && where !== 'article' ? 'aside' : where;
      if (!inBlock && w && ARTICLE_BLOCKS.has(tag)) {
        if (w === 'article') blocks.push(c.textContent ?? '');
        else if (tag === 'LI') aside.push(c.textContent ?? '');
        continue;
      }
      walk(c, inBlock, w);
    }
  };
  walk(document.documentElement, false, null);
  return { blocks, aside };
}

/**
 * Where each character of `block` sits in `page` (from `from` on), tolerating the whitespace
 * collapsing the page text does. Returns null when the block is not there.
 */
function alignBlock(block: string, page: string, from: number): number[] | null {
  const squeezed = block.replace(/\s+/g, ' ').trim();
  if (!squeezed) return [];
  const at = page.indexOf(squeezed.slice(0, Math.min(40, squeezed.length)), from);
  if (at < 0) return null;
  const map: number[] = new Array(block.length);
  let p = at;
  let b = 0;
  while (b < block.length && /\s/.test(block[b])) map[b++] = p;
  for (; b < block.length; b++) {
    if (/\s/.test(block[b])) {
      map[b] = p;
      // A run of whitespace in the block is one space (or line break) in the page.
      if (b + 1 < block.length && !/\s/.test(block[b + 1]) && /\s/.test(page[p] ?? '')) p++;
      continue;
    }
    if (page[p] !== block[b]) return null;
    map[b] = p++;
  }
  return map;
}

function placeQuote(
  quote: string,
  offset: number,
  articleStarts: number[],
  blocks: string[],
  maps: (number[] | null)[],
): [number, number] | null {
  // Which block holds the offset: blocks are joined with "\n\n".
  let i = articleStarts.length - 1;
  while (i > 0 && articleStarts[i] > offset) i--;
  const map = maps[i];
  const local = offset - articleStarts[i];
  if (!map || local < 0 || local + quote.length > blocks[i].length) return null;
  return [map[local], map[local + quote.length - 1] + 1];
}

/**
 * A label's offset in UTF-16 units of the article text. The labels are written by Python tools,
 * whose offsets count code points: every emoji or other astral character before a quote puts a
 * JavaScript index one unit further on. The offset is converted, checked against the quote, and
 * when it still misses, the label's `occurrence` of the quote is used instead.
 */
export function articleOffset(article: string, quote: string, offset: number, occurrence = 1): number | null {
  let units = 0;
  for (let cp = 0; cp < offset && units < article.length; cp++) units += article.codePointAt(units)! > 0xffff ? 2 : 1;
  if (article.startsWith(quote, units)) return units;
  if (article.startsWith(quote, offset)) return offset;
  let at = -1;
  for (let n = 0; n < Math.max(1, occurrence); n++) {
    at = article.indexOf(quote, at + 1);
    if (at < 0) return null;
  }
  return at;
}

interface NewsLabel {
  quote: string;
  event?: string;
  where?: string;
  occurrence?: number;
  offset?: number;
}
interface NewsEntry {
  file: string;
  published?: string | null;
  negative: boolean;
  mentions: NewsLabel[];
  related: NewsLabel[];
  ambiguous: NewsLabel[];
}

const dateOf = (event?: string): string | undefined => /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(event ?? '')?.[1];

function loadNewsFolder(dir: string): LabelledDoc[] {
  const out: LabelledDoc[] = [];
  const files = readdirSync(dir).filter((f) => /^labels.*\.json$/.test(f)).sort();
  for (const lf of files) {
    const entries = JSON.parse(readFileSync(join(dir, lf), 'utf8')) as NewsEntry[] | { articles: unknown };
    if (!Array.isArray(entries)) continue;
    for (const e of entries) {
      const html = readFileSync(join(dir, e.file), 'utf8');
      const page = htmlToText(html);
      const { blocks, aside } = articleBlocks(html);
      const starts: number[] = [];
      let acc = 0;
      for (const b of blocks) {
        starts.push(acc);
        acc += b.length + 2;
      }
      const article = blocks.join('\n\n');
      const maps: (number[] | null)[] = [];
      let cursor = 0;
      for (const b of blocks) {
        const m = alignBlock(b, page.text, cursor);
        maps.push(m);
        if (m && m.length) cursor = m[m.length - 1];
      }
      const labels: Label[] = [];
      const unplaced: string[] = [];
      const add = (kind: LabelKind, l: NewsLabel): void => {
        let span: [number, number] | null = null;
        if (l.where === 'page-chrome') {
          // The quote sits in a link of the page's aside: find that link's text in the page text
          // (after the article), then the quote inside it.
          const li = aside.find((a) => a.includes(l.quote));
          if (li) {
            const squeezed = li.replace(/\s+/g, ' ').trim();
            const at = page.text.indexOf(squeezed, cursor);
            const k = at >= 0 ? page.text.indexOf(l.quote, at) : -1;
            if (k >= 0) span = [k, k + l.quote.length];
          }
        } else if (typeof l.offset === 'number') {
          const at = articleOffset(article, l.quote, l.offset, l.occurrence);
          if (at !== null) span = placeQuote(l.quote, at, starts, blocks, maps);
        }
        if (!span) {
          unplaced.push(l.quote);
          return;
        }
        labels.push({ kind, quote: l.quote, start: span[0], end: span[1], date: kind === 'ambiguous' ? undefined : dateOf(l.event) });
      };
      for (const l of e.mentions) add('mention', l);
      for (const l of e.related) add('related', l);
      for (const l of e.ambiguous) add('ambiguous', l);
      const num = /^(\d+)/.exec(e.file)?.[1];
      const info: DocumentInfo = { ...page.info };
      out.push({
        name: e.file,
        lang: (page.info.lang ?? 'en').slice(0, 2),
        text: page.text,
        info,
        negative: e.negative,
        labels,
        half: num ? (Number(num) % 2 ? 'tune' : 'held') : undefined,
        unplaced,
      });
    }
  }
  return out;
}

function occurrences(text: string, quote: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push([i, i + quote.length]);
  return out;
}

interface SeedLabel {
  quote: string;
  match: 'known' | 'related' | 'unknown';
  date?: string;
}
interface SeedArticle {
  file: string;
  published: string;
  must: SeedLabel[];
  optional: SeedLabel[];
  mustNot: { quote: string }[];
}

function loadSeeds(dir: string): LabelledDoc[] {
  const { articles } = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { articles: SeedArticle[] };
  return articles.map((a) => {
    const text = readFileSync(join(dir, a.file), 'utf8');
    const pub = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(a.published)?.[1];
    const labels: Label[] = [];
    const unplaced: string[] = [];
    const add = (kind: LabelKind, quote: string, l?: SeedLabel): void => {
      const occ = occurrences(text, quote);
      if (!occ.length) unplaced.push(quote);
      // A seed quote is not tied to one occurrence: each occurrence is labelled alike.
      for (const [s, e] of occ)
        labels.push({ kind, quote, start: s, end: e, date: l?.match === 'unknown' ? undefined : l?.date, expect: l?.match });
    };
    for (const l of a.must) add(l.match === 'related' ? 'related' : 'mention', l.quote, l);
    for (const l of a.optional) add('ambiguous', l.quote, l);
    for (const l of a.mustNot) add('mustNot', l.quote);
    return { name: a.file, lang: /[а-яё]/i.test(text.slice(0, 2000)) ? 'ru' : 'en', text, info: { publishedAt: pub }, negative: false, labels, unplaced };
  });
}

interface Passage {
  id: string;
  lang: string;
  published?: string;
  negative?: boolean;
  text: string;
  /** 'ambiguous': a phrase a reader may or may not point at (a process, a call, a catch-phrase): a mark on it neither counts nor costs. */
  expect: { quote: string; status: 'known' | 'unknown' | 'related' | 'ambiguous'; date?: string }[];
}

function loadPassages(file: string): LabelledDoc[] {
  const { passages } = JSON.parse(readFileSync(file, 'utf8')) as { passages: Passage[] };
  return passages.map((p) => {
    const labels: Label[] = [];
    const unplaced: string[] = [];
    for (const e of p.expect) {
      const k = p.text.indexOf(e.quote);
      if (k < 0) {
        unplaced.push(e.quote);
        continue;
      }
      if (e.status === 'ambiguous') {
        labels.push({ kind: 'ambiguous', quote: e.quote, start: k, end: k + e.quote.length });
        continue;
      }
      labels.push({
        kind: e.status === 'related' ? 'related' : 'mention',
        quote: e.quote,
        start: k,
        end: k + e.quote.length,
        date: e.status === 'unknown' ? undefined : e.date,
        expect: e.status,
      });
    }
    return { name: p.id, lang: p.lang, text: p.text, info: { publishedAt: p.published }, negative: !!p.negative, labels, unplaced };
  });
}

/** Reads any of the three formats from a folder (or a passages.json file). */
export function loadLabelled(path: string): LabelledDoc[] {
  if (path.endsWith('.json')) return loadPassages(path);
  if (existsSync(join(path, 'passages.json'))) return loadPassages(join(path, 'passages.json'));
  const labels = join(path, 'labels.json');
  if (existsSync(labels) && !Array.isArray(JSON.parse(readFileSync(labels, 'utf8')))) return loadSeeds(path);
  const docs = loadNewsFolder(path);
  if (!docs.length) throw new Error(`${basename(path)}: no labels-*.json, labels.json or passages.json found`);
  return docs;
}
