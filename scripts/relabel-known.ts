/**
 * Labels follow the dataset: a passage label that says "unknown" (a meeting the dataset was not
 * expected to hold) becomes "known", with the event's date, once the dataset holds that very
 * meeting. The script compares labels with the dataset only; it never runs the detector.
 *
 *   npx tsx scripts/relabel-known.ts            lists the labels that would change
 *   npx tsx scripts/relabel-known.ts --write    rewrites them in place
 *
 * A label is that event when the passage's own text agrees with it on all three:
 *  - time: the dates written in the label's sentence (or, if it writes none, in the passage), each at
 *    its own precision (a year, a month of a year, a day), fall in the event's span; a passage that
 *    writes no year is read by its publication date, give or take two months;
 *  - place: the event's city, venue, region or another of its place names (not a bare country) is
 *    named in the passage;
 *  - people: at least one American and one Soviet/Russian participant of the event are named.
 * Exactly one event may fit; a label two events fit is left as it is and reported.
 *
 * Sets in the passages format (the corpus, batch5, batch6) carry "unknown" labels. The blind page sets
 * label every meeting by its date, so a meeting the dataset gains is scored there without a change.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_EVENTS } from '../lib/events/dataset';
import { span } from '../lib/events/timeline';
import type { MeetingEvent } from '../lib/events/types';

const PASSAGE_SETS = ['tests/fixtures/corpus/passages.json', 'tests/fixtures/blind/batch5.json', 'tests/fixtures/blind/batch6.json'];
const PAGE_SETS_DIR = 'tests/fixtures/blind';

/** Lowercase, with the letters Russian and Ukrainian spell differently folded together. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[ыії]/g, 'и')
    .replace(/[эє]/g, 'е')
    .replace(/й/g, 'и')
    .replace(/[ъь'’ʼ]/g, '');
}

const words = (s: string): string[] => fold(s).split(/[^a-zа-я0-9-]+/u).filter(Boolean);

/** Does the text name this word, allowing a few letters of ending (cases, possessives)? */
function namesWord(textWords: string[], word: string): boolean {
  const w = fold(word);
  const stem = w.length > 4 ? w.replace(/[аеиоуя]+$/u, '') : w;
  return textWords.some((t) => t.startsWith(stem) && t.length <= stem.length + 3);
}

function namesPhrase(text: string, textWords: string[], phrase: string): boolean {
  const ws = words(phrase);
  if (ws.length === 1) return namesWord(textWords, ws[0]!);
  return fold(text).includes(ws.join(' ')) || ws.every((w) => namesWord(textWords, w));
}

const COUNTRY_WORDS = new Set(
  ['russia', 'россия', 'росія', 'ussr', 'ссср', 'soviet union', 'united states', 'сша', 'usa', 'switzerland', 'швейцария', 'швейцарии', 'ukraine', 'украина', 'україна'].map(fold),
);

function placeWords(e: MeetingEvent): string[] {
  const out = [e.place.city, e.place.venue, e.place.region, ...(e.place.names ?? [])].filter((x): x is string => !!x);
  return out.filter((n) => !COUNTRY_WORDS.has(fold(n)) && fold(n) !== fold(e.place.country));
}

const surname = (full: string): string => full.trim().split(/\s+/).pop() ?? full;

function namesSide(text: string, textWords: string[], e: MeetingEvent, side: 'us' | 'ru'): boolean {
  return e.participants
    .filter((p) => p.side === side)
    .some((p) => [p.name, p.nameRu].some((n) => !!n && / /.test(n.trim()) && namesWord(textWords, surname(n))));
}

const MONTHS: RegExp[] = [
  /^(jan|январ|січ|сiч)/u,
  /^(feb|феврал|лют)/u,
  /^(mar|март|берез)/u,
  /^(apr|апрел|квіт|квит)/u,
  /^(may|ма[ийя]|трав)/u,
  /^(jun|июн|черв)/u,
  /^(jul|июл|лип)/u,
  /^(aug|август|серп)/u,
  /^(sep|сентябр|верес)/u,
  /^(oct|октябр|жовт)/u,
  /^(nov|ноябр|листопад)/u,
  /^(dec|декабр|груд)/u,
];
const monthOf = (w: string): number | null => {
  const i = MONTHS.findIndex((re) => re.test(w.toLowerCase()));
  return i < 0 ? null : i + 1;
};

/** Dates written in a text, each at its own precision: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export function writtenDates(text: string): string[] {
  const out: string[] = [];
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const m of text.matchAll(/(?<![\d])(1[89]\d\d|20\d\d)(?![\d])/g)) {
    const year = m[1]!;
    const before = text.slice(Math.max(0, m.index! - 24), m.index!).trim().replace(/,$/, '').split(/\s+/);
    // "18 May 1977", "26 серпня 2016 року", "May 18, 1977", "May 1977"
    const last = before[before.length - 1] ?? '';
    const prev = before[before.length - 2] ?? '';
    let month = monthOf(last);
    let day: number | null = null;
    if (month && /^\d{1,2}$/.test(prev)) day = +prev;
    else if (/^\d{1,2}$/.test(last) && monthOf(prev)) {
      month = monthOf(prev);
      day = +last;
    }
    out.push(month ? (day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`) : year);
  }
  return out;
}

function dateFits(date: string, e: MeetingEvent): boolean {
  const ev = span(e.start, e.end);
  const d = span(date);
  return d.lo <= ev.hi && ev.lo <= d.hi;
}

function addDays(iso: string, n: number): string {
  const t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function sentenceOf(text: string, quote: string): string {
  const at = text.indexOf(quote);
  if (at < 0) return text;
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('! ', at), text.lastIndexOf('? ', at));
  const endDot = text.slice(at + quote.length).search(/[.!?](\s|$)/);
  return text.slice(start < 0 ? 0 : start + 2, endDot < 0 ? text.length : at + quote.length + endDot + 1);
}

/** The events a label's passage describes on time, place and people. */
export function eventsFor(text: string, quote: string, published: string | undefined, events: readonly MeetingEvent[]): MeetingEvent[] {
  const textWords = words(text);
  const inSentence = writtenDates(sentenceOf(text, quote));
  const dates = inSentence.length ? inSentence : writtenDates(text);
  const pub = /^\d{4}-\d{2}-\d{2}/.exec(published ?? '')?.[0];
  return events.filter((e) => {
    if (e.kind === 'related' || e.status === 'cancelled') return false;
    if (dates.length) {
      if (!dates.some((d) => dateFits(d, e))) return false;
    } else if (pub) {
      const s = span(e.start, e.end);
      if (s.hi < addDays(pub, -60) || s.lo > addDays(pub, 60)) return false;
    } else return false;
    if (!placeWords(e).some((p) => namesPhrase(text, textWords, p))) return false;
    return namesSide(text, textWords, e, 'us') && namesSide(text, textWords, e, 'ru');
  });
}

/** What the passage names of an event: the written dates it was read by, its place words, its people. */
export function evidence(text: string, quote: string, e: MeetingEvent): string {
  const textWords = words(text);
  const inSentence = writtenDates(sentenceOf(text, quote));
  const dates = inSentence.length ? inSentence : writtenDates(text);
  const places = placeWords(e).filter((w) => namesPhrase(text, textWords, w));
  const people = e.participants.filter((p) => p.side !== 'other' && [p.name, p.nameRu].some((n) => !!n && / /.test(n.trim()) && namesWord(textWords, surname(n))));
  return `dates [${dates.join(', ') || 'none; published'}] place [${places.slice(0, 2).join(', ')}] people [${people.map((p) => p.name).join(', ')}]`;
}

interface Expect {
  quote: string;
  status: string;
  date?: string;
}
interface Passage {
  id: string;
  published?: string;
  text: string;
  expect: Expect[];
}

function main(): void {
  const write = process.argv.includes('--write');
  let changed = 0;
  for (const file of PASSAGE_SETS) {
    let raw = readFileSync(file, 'utf8');
    const { passages } = JSON.parse(raw) as { passages: Passage[] };
    for (const p of passages) {
      for (const x of p.expect) {
        if (x.status !== 'unknown') continue;
        const fit = eventsFor(p.text, x.quote, p.published, BUNDLED_EVENTS);
        if (fit.length > 1) {
          console.log(`${file}  ${p.id}: several events fit (${fit.map((e) => e.id).join(', ')}); left as it is`);
          for (const e of fit) console.log(`    ${e.id}: ${evidence(p.text, x.quote, e)}`);
          continue;
        }
        if (fit.length === 0) continue;
        const e = fit[0]!;
        changed++;
        console.log(`${file}  ${p.id}: unknown → known ${e.start} (${e.id})`);
        console.log(`    ${evidence(p.text, x.quote, e)}`);
        if (!write) continue;
        // Rewrite the one label in place, keeping the file's own layout.
        const q = JSON.stringify(x.quote);
        const at = raw.indexOf(q);
        const st = raw.indexOf('"status": "unknown"', at);
        if (at < 0 || st < 0 || raw.indexOf(q, at + 1) >= 0 && raw.indexOf(q, at + 1) < st) throw new Error(`cannot place ${p.id}`);
        const lineStart = raw.lastIndexOf('\n', st) + 1;
        const indent = raw.slice(lineStart, st);
        const sep = /^\s*$/.test(indent) ? `,\n${indent}` : ', ';
        raw = raw.slice(0, st) + `"status": "known"${sep}"date": "${e.start}"` + raw.slice(st + '"status": "unknown"'.length);
      }
    }
    if (write) {
      JSON.parse(raw);
      writeFileSync(file, raw);
    }
  }
  // The page sets: every label names its meeting's date; report any that does not.
  for (const dir of readdirSync(PAGE_SETS_DIR).filter((d) => /^pages\d+$/.test(d))) {
    for (const lf of readdirSync(join(PAGE_SETS_DIR, dir)).filter((f) => /^labels.*\.json$/.test(f))) {
      const entries = JSON.parse(readFileSync(join(PAGE_SETS_DIR, dir, lf), 'utf8')) as { mentions?: { event?: string }[] }[];
      const undated = entries.flatMap((en) => en.mentions ?? []).filter((m) => !/^\d{4}/.test(m.event ?? '')).length;
      if (undated) console.log(`${dir}/${lf}: ${undated} mention(s) without a date, not handled here`);
    }
  }
  console.log(`${changed} label(s) ${write ? 'changed' : 'would change'}.`);
}

if (process.argv[1]?.endsWith('relabel-known.ts')) main();
