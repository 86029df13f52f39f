/**
 * Time helpers over partial dates. Pure functions; the db and the card both use them.
 */
import type { PartialDate } from './types';

/** Sortable key: '2025-10' → '2025-10-00', '1945' → '1945-00-00'. Partial dates sort before full ones in the same period. */
export function sortKey(d: PartialDate): string {
  const [y, m = '00', day = '00'] = d.split('-');
  return `${y}-${m}-${day}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2025-08-15' → '15 August 2025'; '2025-10' → 'October 2025'; with an end date, a range. */
export function formatDateRange(start: PartialDate, end?: PartialDate): string {
  const f = (d: string) => {
    const [y, m, day] = d.split('-');
    if (!m) return y!;
    const month = MONTHS[+m - 1];
    return day ? `${+day} ${month} ${y}` : `${month} ${y}`;
  };
  if (!end || end === start) return f(start);
  const [sy, sm] = start.split('-');
  const [ey, em, ed] = end.split('-');
  const [, , sd] = start.split('-');
  if (sd && ed && sy === ey && sm === em) return `${+sd}–${+ed} ${MONTHS[+em! - 1]} ${ey}`;
  if (sd && ed && sy === ey) return `${+sd} ${MONTHS[+sm! - 1]} – ${+ed} ${MONTHS[+em! - 1]} ${ey}`;
  return `${f(start)} – ${f(end)}`;
}

/**
 * A partial date range as the days it may cover: '2025-10' is 1–31 October, '2025' the whole year,
 * '2025-10'…'2025-11' October and November. Ordering events by their first possible day alone puts a
 * month-only event before every dated event of that month; comparing spans does not.
 */
export interface Span {
  /** First possible day, 'YYYY-MM-DD'. */
  lo: string;
  /** Last possible day, 'YYYY-MM-DD'. */
  hi: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function span(start: PartialDate, end?: PartialDate): Span {
  const [y, m, d] = start.split('-');
  const lo = `${y}-${m ?? '01'}-${d ?? '01'}`;
  const [ey, em, ed] = (end || start).split('-');
  const lastMonth = em ?? '12';
  const hi = `${ey}-${lastMonth}-${ed ?? pad(daysIn(+ey!, +lastMonth))}`;
  return { lo, hi };
}

/** Day number (days since 1970-01-01) of a 'YYYY-MM-DD' string. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return Math.floor(Date.UTC(y!, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

const mid = (s: Span) => (dayNumber(s.lo) + dayNumber(s.hi)) / 2;

/**
 * How two spans relate in time: 'before' only when `a` surely ended before `b` began, 'after' the
 * other way round; 'overlaps' when the dates as known allow either order (or both happen the same day).
 */
export function relate(a: Span, b: Span): 'before' | 'after' | 'overlaps' {
  if (a.hi < b.lo) return 'before';
  if (b.hi < a.lo) return 'after';
  return 'overlaps';
}

/**
 * Time order for lists: by the middle of each span (a month-only event sits mid-month, not on the
 * 1st), then by first day, then by id so the order is stable. Consistent with `relate`: whatever
 * surely came first sorts first.
 */
export function compareByTime<T extends { id: string; start: PartialDate; end?: PartialDate }>(a: T, b: T): number {
  const sa = span(a.start, a.end);
  const sb = span(b.start, b.end);
  return mid(sa) - mid(sb) || sa.lo.localeCompare(sb.lo) || sa.hi.localeCompare(sb.hi) || a.id.localeCompare(b.id);
}

/**
 * The nearest events surely before and surely after `ev` among `others` (ev itself is skipped):
 * before is the one that ended last, after the one that began first. Events whose dates overlap
 * ev's (an October summit and a round planned for October–November) are neither.
 */
export function nearestAround<T extends { id: string; start: PartialDate; end?: PartialDate }>(ev: T, others: readonly T[]): { before?: T; after?: T } {
  const me = span(ev.start, ev.end);
  let before: T | undefined;
  let after: T | undefined;
  let bSpan: Span | undefined;
  let aSpan: Span | undefined;
  for (const o of others) {
    if (o.id === ev.id) continue;
    const s = span(o.start, o.end);
    const r = relate(s, me);
    if (r === 'before' && (!bSpan || s.hi > bSpan.hi || (s.hi === bSpan.hi && compareByTime(o, before!) > 0))) {
      before = o;
      bSpan = s;
    } else if (r === 'after' && (!aSpan || s.lo < aSpan.lo || (s.lo === aSpan.lo && compareByTime(o, after!) < 0))) {
      after = o;
      aSpan = s;
    }
  }
  return { ...(before ? { before } : {}), ...(after ? { after } : {}) };
}

/** Has a planned event's last possible day passed by `today` ('YYYY-MM-DD')? */
export function datePassed(start: PartialDate, end: PartialDate | undefined, today: string): boolean {
  return span(start, end).hi < today.slice(0, 10);
}
