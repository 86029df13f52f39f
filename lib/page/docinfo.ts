/**
 * What the page says about itself: publication date, language, title, URL. The detector uses the
 * date to tell "the Geneva summit" of 1985 from that of 2021.
 */
import type { DocumentInfo } from '../detect/types';

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
];

const ISO_RE = /^\d{4}-\d{2}-\d{2}/;

/** A date from the URL path: /2025/05/21/, /2025-05-21-, /20250521/. */
export function dateFromUrl(url: string): string | undefined {
  const m = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/-]|$)/.exec(url) ?? /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\//.exec(url);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

function fromJsonLd(doc: Document): string | undefined {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2}[^"]*)"/.exec(s.textContent ?? '');
    if (m) return m[1];
  }
  return undefined;
}

export function publicationDate(doc: Document, url = doc.location?.href ?? ''): string | undefined {
  for (const sel of DATE_META) {
    const v = doc.querySelector(sel)?.getAttribute('content')?.trim();
    if (v && ISO_RE.test(v)) return v;
  }
  const ld = fromJsonLd(doc);
  if (ld) return ld;
  const time = doc.querySelector('article time[datetime], time[pubdate][datetime], time[datetime]')?.getAttribute('datetime')?.trim();
  if (time && ISO_RE.test(time)) return time;
  return dateFromUrl(url);
}

export function documentInfo(doc: Document): DocumentInfo {
  const url = doc.location?.href ?? '';
  const publishedAt = publicationDate(doc, url);
  const lang = doc.documentElement.lang?.slice(0, 2).toLowerCase() || undefined;
  return { url, title: doc.title, ...(publishedAt ? { publishedAt } : {}), ...(lang ? { lang } : {}) };
}
