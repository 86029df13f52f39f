/**
 * Scanner CLI: run the detector over saved pages and print what it finds.
 *
 *   npm run scan -- page.html article.txt ...
 *
 * One JSON line per mention: file, quote, start, end (offsets into the extracted text), status,
 * eventId, title and date of the resolved event, confidence, candidates. HTML is turned into the
 * text a browser would show (linkedom; script/style/noscript/template skipped, block elements
 * break lines) and its publication date is read from meta tags, <time>, JSON-LD or the URL.
 * `--explain` adds, per mention, the frame kind and the top scored candidates with their reasons.
 * Exit code 0; 2 if a file could not be read (the others are still scanned).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { BUNDLED_EVENTS } from '../lib/events/dataset';
import { compileMatcher, createDocumentState, detect, findPublishedDate, toMatcherEvent, type DocumentInfo } from '../lib/detect';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'TEXTAREA']);
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL CAPTION'.split(' '),
);

interface Page {
  text: string;
  info: DocumentInfo;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** The text a browser would show: block elements on their own lines, whitespace collapsed like CSS does. */
export function htmlToText(html: string): Page {
  const { document } = parseHTML(html);
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        parts.push((c.nodeValue ?? '').replace(/[ \t\r\n\f]+/g, ' '));
      } else if (c.nodeType === 1) {
        const el = c as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIP.has(tag) || isHidden(el)) continue;
        const block = BLOCK.has(tag);
        if (block) parts.push('\n');
        if (tag === 'PRE') parts.push(el.textContent ?? '');
        else walk(el);
        if (block) parts.push('\n');
      }
    }
  };
  walk(document.body ?? document.documentElement);
  const text = parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/^ +| +$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const meta = (sel: string, attr = 'content'): string | undefined => document.querySelector(sel)?.getAttribute(attr)?.trim() || undefined;
  const url =
    meta('link[rel="canonical"]', 'href') ?? meta('meta[property="og:url"]') ?? meta('meta[name="twitter:url"]') ?? undefined;
  let published =
    meta('meta[property="article:published_time"]') ??
    meta('meta[property="og:article:published_time"]') ??
    meta('meta[property="og:published_time"]') ??
    meta('meta[itemprop="datePublished"]') ??
    meta('[itemprop="datePublished"]', 'datetime') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[name="publishdate"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="dc.date"]') ??
    meta('meta[name="DC.date.issued"]') ??
    meta('time[datetime]', 'datetime');
  if (!published) {
    for (const s of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
      const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
      if (m) {
        published = m[1];
        break;
      }
    }
  }
  if (!published || !/^\d{4}-\d{2}/.test(published)) published = findPublishedDate(text, url) ?? published;
  const lang = document.documentElement?.getAttribute('lang') ?? undefined;
  const title = document.querySelector('title')?.textContent?.trim() || undefined;
  return { text, info: { publishedAt: published, url, title, lang } };
}

function main(argv: string[]): number {
  const explain = argv.includes('--explain');
  const files = argv.filter((a) => a !== '--' && a !== '--explain');
  if (!files.length) {
    process.stderr.write('usage: npm run scan -- <file.html|file.txt> ...\n');
    return 2;
  }
  const events = BUNDLED_EVENTS;
  const byId = new Map(events.map((e) => [e.id, e]));
  const matcher = compileMatcher(events.map(toMatcherEvent));
  let failed = false;
  for (const file of files) {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (err) {
      process.stderr.write(`scan: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      failed = true;
      continue;
    }
    const isHtml = /\.x?html?$/i.test(file) || /^\s*<(!doctype|html)/i.test(raw);
    const page: Page = isHtml ? htmlToText(raw) : { text: raw, info: { publishedAt: findPublishedDate(raw) } };
    const mentions = detect(page.text, matcher, createDocumentState({ ...page.info, explain }));
    for (const m of mentions) {
      const ev = m.eventId ? byId.get(m.eventId) : undefined;
      process.stdout.write(
        JSON.stringify({
          file,
          quote: m.quote,
          start: m.start,
          end: m.end,
          status: m.status,
          eventId: m.eventId,
          title: ev?.title ?? null,
          date: ev?.start ?? null,
          confidence: m.confidence,
          candidates: m.candidates,
          ...(m.explain ? { explain: m.explain } : {}),
        }) + '\n',
      );
    }
  }
  return failed ? 2 : 0;
}

// Run when invoked as a script (tests import htmlToText without running the CLI).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main(process.argv.slice(2));
