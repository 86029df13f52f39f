/**
 * Scores the detector on labelled documents (see ./labels.ts), the way a reader would judge it:
 *  - a labelled meeting is *found* when a US–Russia mark (known or unknown) overlaps its quote;
 *  - it is *right* when an overlapping known mark resolves to an event of the labelled date
 *    (or, for a meeting the reader expects Parley not to know, when the mark says "unknown");
 *  - a related label (Russia–Ukraine talks…) is found by a *related* mark; a US–Russia mark on it is
 *    counted apart as "related shown as US–Russia";
 *  - a mark that overlaps no label of any kind counts against precision; marks on ambiguous labels
 *    neither reward nor penalise;
 *  - a `mustNot` (seed articles) fails when any US–Russia mark overlaps it;
 *  - a negative page is *marked* when it shows any US–Russia mark outside its labels.
 */
import type { MeetingEvent } from '../../lib/events/types';
import { createDocumentState, detect, type CompiledMatcher, type Mention } from '../../lib/detect';
import type { Label, LabelledDoc } from './labels';

export interface Counts {
  docs: number;
  chars: number;
  mentions: number;
  found: number;
  resolvable: number;
  right: number;
  /** Of resolvable: labels whose date no event of the dataset matches, so no detector can be right
   *  on them (a dataset gap, reported apart from the detector's own misses). */
  notInDataset: number;
  related: number;
  relatedFound: number;
  relatedAsUsRu: number;
  marks: number;
  marksOnLabels: number;
  negatives: number;
  negativesMarked: number;
  mustNot: number;
  mustNotShown: number;
  ms: number;
}

export interface DocResult {
  name: string;
  lang: string;
  half?: 'tune' | 'held';
  counts: Counts;
  misses: string[];
  wrong: string[];
  falsePositives: string[];
  unplaced: string[];
}

export const emptyCounts = (): Counts => ({
  docs: 0,
  chars: 0,
  mentions: 0,
  found: 0,
  resolvable: 0,
  right: 0,
  notInDataset: 0,
  related: 0,
  relatedFound: 0,
  relatedAsUsRu: 0,
  marks: 0,
  marksOnLabels: 0,
  negatives: 0,
  negativesMarked: 0,
  mustNot: 0,
  mustNotShown: 0,
  ms: 0,
});

export function addCounts(a: Counts, b: Counts): Counts {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof Counts)[]) out[k] += b[k];
  return out;
}

const isUsRu = (m: Mention): boolean => m.status === 'known' || m.status === 'unknown';
const overlaps = (m: Mention, l: Label): boolean => m.start < l.end && l.start < m.end;

/** Does the event match the labelled date? A multi-day event matches any day it covers. */
export function dateMatches(labelDate: string, ev: MeetingEvent): boolean {
  if (ev.start === labelDate) return true;
  // A label dated by its month only is a planned meeting (../shared/news-dev/README.md): it is
  // right for a meeting of that month, not for a phone call or a related event that month.
  if (labelDate.length < 10) return ev.start.startsWith(labelDate) && ev.kind !== 'call' && ev.kind !== 'related';
  // A planned meeting known only to the month matches a labelled day in that month.
  if (ev.start.length < 10) return ev.status !== 'held' && labelDate.startsWith(ev.start);
  return !!ev.end && ev.start <= labelDate && labelDate <= ev.end;
}

export interface ScoreOptions {
  /** Count related marks against precision too (news pages label every related event they name). */
  strictRelated: boolean;
}

export function scoreDoc(doc: LabelledDoc, matcher: CompiledMatcher, events: Map<string, MeetingEvent>, opts: ScoreOptions): DocResult {
  const t0 = performance.now();
  const marks = detect(doc.text, matcher, createDocumentState(doc.info));
  const ms = performance.now() - t0;
  const c = emptyCounts();
  c.docs = 1;
  c.chars = doc.text.length;
  c.ms = ms;
  const misses: string[] = [];
  const wrong: string[] = [];
  const fps: string[] = [];
  const describe = (m: Mention): string => {
    const ev = m.eventId ? events.get(m.eventId) : undefined;
    return `${m.status}${ev ? ` ${ev.start} ${ev.id}` : ''}`;
  };

  for (const l of doc.labels) {
    const hits = marks.filter((m) => overlaps(m, l));
    if (l.kind === 'mention') {
      c.mentions++;
      const usru = hits.filter(isUsRu);
      if (usru.length) c.found++;
      else misses.push(`"${l.quote}"${hits.length ? ` (shown as ${hits.map(describe).join(', ')})` : ''}`);
      if (l.expect === 'unknown') {
        c.resolvable++;
        if (usru.some((m) => m.status === 'unknown')) c.right++;
        else if (usru.length) wrong.push(`"${l.quote}" → ${usru.map(describe).join(', ')} (expected unknown)`);
      } else if (l.date) {
        c.resolvable++;
        let held = false;
        for (const ev of events.values()) if (dateMatches(l.date, ev)) { held = true; break; }
        if (!held) c.notInDataset++;
        const ok = usru.some((m) => m.status === 'known' && m.eventId && events.has(m.eventId) && dateMatches(l.date!, events.get(m.eventId)!));
        if (ok) c.right++;
        else if (usru.length) wrong.push(`"${l.quote}" → ${usru.map(describe).join(', ')} (expected ${l.date})`);
      }
    } else if (l.kind === 'related') {
      c.related++;
      if (hits.some((m) => m.status === 'related')) c.relatedFound++;
      else misses.push(`related "${l.quote}"${hits.length ? ` (shown as ${hits.map(describe).join(', ')})` : ''}`);
      if (hits.some(isUsRu)) {
        c.relatedAsUsRu++;
        wrong.push(`related "${l.quote}" shown as ${hits.filter(isUsRu).map(describe).join(', ')}`);
      }
    } else if (l.kind === 'mustNot') {
      c.mustNot++;
      const bad = hits.filter(isUsRu);
      if (bad.length) {
        c.mustNotShown++;
        wrong.push(`mustNot "${l.quote}" shown as ${bad.map(describe).join(', ')}`);
      }
    }
  }

  let negativeMarked = false;
  for (const m of marks) {
    if (!opts.strictRelated && !isUsRu(m)) continue;
    const on = doc.labels.filter((l) => overlaps(m, l) && l.kind !== 'mustNot');
    if (on.length && on.every((l) => l.kind === 'ambiguous')) continue;
    c.marks++;
    if (on.length) c.marksOnLabels++;
    else {
      fps.push(`"${m.quote}" → ${describe(m)}`);
      if (isUsRu(m)) negativeMarked = true;
    }
  }
  if (doc.negative) {
    c.negatives++;
    if (negativeMarked) c.negativesMarked++;
  }
  return { name: doc.name, lang: doc.lang, half: doc.half, counts: c, misses, wrong, falsePositives: fps, unplaced: doc.unplaced };
}

/** Rates, named apart from the counts so both fit in one JSON object. */
export interface Rates {
  recallRate: number;
  rightRate: number;
  precisionRate: number;
  relatedRate: number;
}

const ratio = (a: number, b: number): number => (b ? a / b : 1);

export function rates(c: Counts): Rates {
  return {
    recallRate: ratio(c.found, c.mentions),
    rightRate: ratio(c.right, c.resolvable),
    precisionRate: ratio(c.marksOnLabels, c.marks),
    relatedRate: ratio(c.relatedFound, c.related),
  };
}
