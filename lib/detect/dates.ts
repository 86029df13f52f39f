/**
 * Dates as the detector needs them: partial dates of events ('2025', '2025-10', '2025-10-24')
 * and of documents, turned into day ranges so "in October 2025", "earlier this week" and an event
 * dated '2025-10' can be compared with one number test. Also finds a page's publication date in
 * its URL or text when the page does not say (scanner, tests).
 */

/** Days since 1970-01-01 (UTC). */
export function dayNumber(y: number, m = 1, d = 1): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export interface DayRange {
  /** First day (inclusive). */
  from: number;
  /** Last day (inclusive). */
  to: number;
  /** How precise: 3 = a day, 2 = a month, 1 = a year (or vaguer), 0 = a decade. */
  precision: number;
}

export interface PartialDateParts {
  y: number;
  m?: number;
  d?: number;
}

/** Parse 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or an ISO datetime; null if it is none of these. */
export function parsePartialDate(s: string | undefined | null): PartialDateParts | null {
  if (!s) return null;
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s);
  if (!m) return null;
  const y = +m[1];
  if (y < 1000) return null;
  const mo = m[2] ? +m[2] : undefined;
  const d = m[3] ? +m[3] : undefined;
  if (mo !== undefined && (mo < 1 || mo > 12)) return { y };
  if (d !== undefined && mo !== undefined && (d < 1 || d > daysInMonth(y, mo))) return { y, m: mo };
  return { y, m: mo, d };
}

export function rangeOf(p: PartialDateParts): DayRange {
  if (p.m && p.d) {
    const day = dayNumber(p.y, p.m, p.d);
    return { from: day, to: day, precision: 3 };
  }
  if (p.m) return { from: dayNumber(p.y, p.m, 1), to: dayNumber(p.y, p.m, daysInMonth(p.y, p.m)), precision: 2 };
  return { from: dayNumber(p.y, 1, 1), to: dayNumber(p.y, 12, 31), precision: 1 };
}

/** Day range of an event: start .. end (end optional). */
export function eventRange(start: string, end?: string): DayRange | null {
  const s = parsePartialDate(start);
  if (!s) return null;
  const r = rangeOf(s);
  const e = parsePartialDate(end);
  if (e) {
    const er = rangeOf(e);
    if (er.to > r.to) r.to = er.to;
  }
  return r;
}

export function yearOfDay(day: number): number {
  return civil(day) ? civilY : new Date(day * 86400000).getUTCFullYear();
}

export function monthOfDay(day: number): number {
  return civil(day) ? civilM : new Date(day * 86400000).getUTCMonth() + 1;
}

export function dayOfMonth(day: number): number {
  return civil(day) ? civilD : new Date(day * 86400000).getUTCDate();
}

// The calendar date of a day number, by arithmetic: resolution asks for years and months of event
// days thousands of times a page, and a Date object each time was a measurable share of it.
// civil() fills civilY/M/D and returns true for days within ±100 million (about ±270,000 years);
// anything else (NaN, infinities) is left to Date, which says the same as before.
let civilY = 0;
let civilM = 0;
let civilD = 0;
function civil(day: number): boolean {
  if (!(day >= -1e8 && day <= 1e8)) return false;
  // Days from 0000-03-01 in the proleptic Gregorian calendar, in 400-year eras (H. Hinnant's civil_from_days).
  const z = Math.floor(day) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  civilD = doy - Math.floor((153 * mp + 2) / 5) + 1;
  civilM = mp < 10 ? mp + 3 : mp - 9;
  civilY = yoe + era * 400 + (civilM <= 2 ? 1 : 0);
  return true;
}

/** Whether a range (of at most a few weeks) includes a day of that month, and that date if given, in any year. */
export function fallsOnMonthDay(r: DayRange, m: number, d?: number): boolean {
  if (r.precision < 2) return false;
  if (r.precision === 2 && d !== undefined) return false;
  for (let day = r.from; day <= Math.min(r.to, r.from + 40); day++) {
    if (monthOfDay(day) === m && (d === undefined || dayOfMonth(day) === d)) return true;
  }
  return false;
}

/** Distance in days between two ranges (0 if they overlap). */
export function rangeGap(a: DayRange, b: DayRange): number {
  if (a.to < b.from) return b.from - a.to;
  if (b.to < a.from) return a.from - b.to;
  return 0;
}

const MONTH_NAMES: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10, ноября: 11, декабря: 12,
};

function valid(y: number, m: number, d: number): string | null {
  if (y < 1940 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Publication date from a URL (/2025/05/21/, /20250521/, 2025-05-21) or, failing that, from the
 * first lines of the text ("Published May 21, 2025", "21 May 2025", "Опубликовано 21 мая 2025"),
 * or a Unix time on a "reported/published/posted/updated" line. Returns 'YYYY-MM-DD' or undefined.
 */
export function findPublishedDate(text: string, url?: string): string | undefined {
  if (url) {
    const u = /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/.exec(url);
    if (u) {
      const v = valid(+u[1], +u[2], +u[3]);
      if (v) return v;
    }
    const c = /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(url);
    if (c) {
      const v = valid(+c[1], +c[2], +c[3]);
      if (v) return v;
    }
  }
  const head = text.slice(0, 3000);
  const labelled =
    /(?:published|posted|updated|date|опубликовано|обновлено|дата)\s*:?\s*(?:on\s+)?([^\n]{0,40})/gi;
  for (let m = labelled.exec(head); m; m = labelled.exec(head)) {
    const d = parseDateText(m[1]);
    if (d) return d;
  }
  const iso = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(head);
  if (iso) {
    const v = valid(+iso[1], +iso[2], +iso[3]);
    if (v) return v;
  }
  // A Unix time on a line that says where the story came from (e.g. "Reported By: site_1747865942").
  const unix = /(?:reported|published|posted|updated|source)[^\n]{0,60}?(?<!\d)(1[3-9]\d{8})(?!\d)/i.exec(text);
  if (unix) {
    const dt = new Date(+unix[1] * 1000);
    return valid(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()) ?? undefined;
  }
  return undefined;
}

/** "May 21, 2025", "21 May 2025", "21 мая 2025", "2025-05-21", "05/21/2025" → 'YYYY-MM-DD'. */
export function parseDateText(s: string): string | undefined {
  const t = s.toLowerCase();
  let m = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})/.exec(t);
  if (m) return valid(+m[1], +m[2], +m[3]) ?? undefined;
  m = /([a-zа-я]+)\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})/.exec(t);
  if (m && MONTH_NAMES[m[1]]) return valid(+m[3], MONTH_NAMES[m[1]], +m[2]) ?? undefined;
  m = /(\d{1,2})\s+([a-zа-я]+)\.?,?\s+((?:19|20)\d{2})/.exec(t);
  if (m && MONTH_NAMES[m[2]]) return valid(+m[3], MONTH_NAMES[m[2]], +m[1]) ?? undefined;
  m = /(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})/.exec(t);
  if (m) {
    // Day-first where the first number cannot be a month.
    const a = +m[1];
    const b = +m[2];
    return (a > 12 ? valid(+m[3], b, a) : valid(+m[3], a, b)) ?? undefined;
  }
  return undefined;
}
