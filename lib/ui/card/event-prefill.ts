/**
 * What the "Add this meeting" form can fill in from the mention's words: the city and country the
 * quote names (through the detector's gazetteer, Russian and Ukrainian forms included), the month
 * and year it names, a guess at the kind, and a short title built from them, "US–Russia talks in
 * Ankara, March 2025", instead of the whole quote. Pure: the quote and the page's date in, fields out.
 */
import { GAZETTEER } from '../../detect/vocab';
import type { EventKind } from '../../events/types';

export interface Prefill {
  title: string;
  city?: string;
  country?: string;
  /** 'YYYY-MM' or 'YYYY' when the quote names it, else the page's date as given. */
  start?: string;
  kind?: EventKind;
}

/** The two sides: naming them says nothing about where a meeting was. */
const SIDES = new Set(['usa', 'russia', 'soviet union']);
const DISPLAY: Record<string, string> = { usa: 'United States', uae: 'United Arab Emirates', uk: 'United Kingdom' };
/** Venues in the gazetteer stand for their city. */
const VENUE_CITY: Record<string, string> = { kremlin: 'moscow', 'white house': 'washington' };

const display = (key: string) => DISPLAY[key] ?? key.replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for one gazetteer name: whole words; a one-word Cyrillic name also in its case forms (Анкара → в Анкаре). */
function namePattern(name: string): RegExp {
  const exact = name.endsWith('=');
  const n = fold(name.replace(/=$/, ''));
  if (!exact && !/\s/.test(n) && /[а-яіїєґ]/.test(n) && n.length >= 4) {
    const stem = n.replace(/[аяоеиыйьуюіїє]$/, '');
    return new RegExp(`(?<![\\p{L}])${escape(stem)}[\\p{L}]{0,3}(?![\\p{L}])`, 'u');
  }
  return new RegExp(`(?<![\\p{L}])${escape(n)}(?:'s)?(?![\\p{L}])`, 'u');
}

const PLACES = GAZETTEER.map(([key, level, country, names]) => ({
  key,
  level,
  country,
  patterns: names.split('|').filter(Boolean).map(namePattern),
}));

/** The first place of each level the quote names: { city, region, country } keys. */
export function placesIn(quote: string): { city?: string; country?: string } {
  const q = fold(quote);
  let city: { key: string; country: string; at: number } | undefined;
  let country: { key: string; at: number } | undefined;
  for (const p of PLACES) {
    let at = -1;
    for (const re of p.patterns) {
      const m = re.exec(q);
      if (m && (at < 0 || m.index < at)) at = m.index;
    }
    if (at < 0) continue;
    if (p.level === 'city') {
      if (!city || at < city.at) city = { key: VENUE_CITY[p.key] ?? p.key, country: p.country, at };
    } else if (p.level === 'region' || !SIDES.has(p.key)) {
      // A region (Alaska: the United States) or a third country (Turkey) says where; naming one of
      // the two sides does not.
      const key = p.level === 'region' ? p.country : p.key;
      if (!country || at < country.at) country = { key, at };
    }
  }
  const countryKey = city?.country ?? country?.key;
  return {
    ...(city ? { city: display(city.key) } : {}),
    ...(countryKey ? { country: display(countryKey) } : {}),
  };
}

const MONTHS: [RegExp, number][] = [
  [/\bjan(?:uary)?\b|январ|січн/, 1], [/\bfeb(?:ruary)?\b|феврал|лют/, 2], [/\bmarch\b|\bmar\b|март|берез/, 3],
  [/\bapr(?:il)?\b|апрел|квітн/, 4], [/\bmay\b|(?<![а-я])ма[яйе](?![а-я])|травн/, 5], [/\bjune?\b|июн|червн/, 6],
  [/\bjuly?\b|июл|липн/, 7], [/\baug(?:ust)?\b|август|серпн/, 8], [/\bsep(?:t(?:ember)?)?\b|сентябр|вересн/, 9],
  [/\boct(?:ober)?\b|октябр|жовтн/, 10], [/\bnov(?:ember)?\b|ноябр|листопад/, 11], [/\bdec(?:ember)?\b|декабр|грудн/, 12],
];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The month and year the quote names: 'YYYY-MM', 'YYYY', or undefined. */
export function dateIn(quote: string): string | undefined {
  const q = fold(quote);
  const year = /(?<!\d)(19[4-9]\d|20\d\d)(?!\d)/.exec(q)?.[1];
  if (!year) return undefined;
  const month = MONTHS.find(([re]) => re.test(q))?.[1];
  return month ? `${year}-${String(month).padStart(2, '0')}` : year;
}

/**
 * A month the quote names without a year ("talks in Ankara in March"), in the year of the page
 * (`pageDate`): the same month and year the card says Parley looked for (unknown.ts). A lower-case
 * "may" is the verb, not the month.
 */
export function monthOnPage(quote: string, pageDate?: string): string | undefined {
  const year = /^(\d{4})/.exec(pageDate ?? '')?.[1];
  if (!year) return undefined;
  const month = MONTHS.find(([re]) => re.test(fold(quote.replace(/\bmay\b/g, ''))))?.[1];
  return month ? `${year}-${String(month).padStart(2, '0')}` : undefined;
}

/** What kind of meeting the words suggest, and the word a title uses for it. */
function kindIn(quote: string): { kind?: EventKind; word: string } {
  const q = fold(quote);
  if (/summit|саммит|саміт/.test(q)) return { kind: 'summit', word: 'summit' };
  if (/\bcall\b|phone|telephone|телефон/.test(q)) return { kind: 'call', word: 'phone call' };
  if (/envoy|посланник|спецпредстав|emissar/.test(q)) return { kind: 'envoy', word: 'envoy talks' };
  if (/\bmeet(?:ing|s)?\b|\bmet\b|встреч|зустріч/.test(q)) return { word: 'meeting' };
  return { word: 'talks' };
}

/** 'YYYY-MM' → 'March 2025'; 'YYYY' → '2025'; a full date → its month. */
function monthYear(d: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(d);
  if (!m) return '';
  return m[2] ? `${MONTH_NAMES[+m[2] - 1]} ${m[1]}` : m[1]!;
}

/**
 * The form's starting values for a mention Parley could not find. `pageDate` (the article's
 * publication date, 'YYYY-MM' or 'YYYY-MM-DD') gives the year of a month the quote names alone, and
 * is the date when the quote names none.
 */
export function prefillFromQuote(quote: string, pageDate?: string): Prefill {
  const { city, country } = placesIn(quote);
  const start = dateIn(quote) ?? monthOnPage(quote, pageDate) ?? (pageDate && /^\d{4}(-\d{2})?/.test(pageDate) ? pageDate : undefined);
  const { kind, word } = kindIn(quote);
  const where = city ?? country;
  const when = start ? monthYear(start) : '';
  const title = `US–Russia ${word}${where ? ` in ${where}` : ''}${when ? `, ${when}` : ''}`;
  return { title, ...(city ? { city } : {}), ...(country ? { country } : {}), ...(start ? { start } : {}), ...(kind ? { kind } : {}) };
}
