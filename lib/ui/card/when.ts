/**
 * How a meeting stands in time to the article the reader is on: "6 days before this article",
 * "3 years before this article", "planned 2 weeks after this article". Dates in the dataset are
 * often a month or a year only: the distance is taken from the nearest possible day, and a meeting
 * whose dates may include the article's day is "around the time of this article". Pure.
 */
import { dayNumber, span } from '../../events/timeline';
import type { EventStatus, PartialDate } from '../../events/types';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** 1 → "1 day", 17 → "2 weeks", 70 → "2 months", 800 → "2 years". Rounded down, never "0". */
export function distance(days: number): string {
  const n = (k: number, unit: string) => `${k} ${unit}${k === 1 ? '' : 's'}`;
  if (days < 14) return n(Math.max(1, days), 'day');
  if (days < 61) return n(Math.floor(days / 7), 'week');
  if (days < 730) return n(Math.floor(days / 30.44), 'month');
  return n(Math.floor(days / 365.25), 'year');
}

/**
 * The meeting relative to the article, or null when the page's date is unknown. `status` words it:
 * a planned meeting after the article is "planned … after"; a cancelled one "was to be … after".
 */
export function relativeToArticle(ev: { start: PartialDate; end?: PartialDate; status: EventStatus }, publishedAt: string | undefined): string | null {
  if (!publishedAt || !ISO_DAY.test(publishedAt)) return null;
  const pub = dayNumber(publishedAt);
  const s = span(ev.start, ev.end);
  const lo = dayNumber(s.lo);
  const hi = dayNumber(s.hi);
  if (lo <= pub && pub <= hi) return lo === hi ? 'the day of this article' : 'around the time of this article';
  const after = lo > pub;
  const d = distance(after ? lo - pub : pub - hi);
  const rel = `${d} ${after ? 'after' : 'before'} this article`;
  if (ev.status === 'planned') return `planned ${rel}`;
  if (ev.status === 'cancelled') return `was to be ${rel}`;
  return rel;
}
