/**
 * The five seed articles (../shared/seeds, next to the repository) with what a reader expects the
 * detector to find: every `must` is found and resolved as labelled, no `mustNot` is shown as any
 * US–Russia mark (known or unknown). Optional labels are reported after the run, not asserted.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../../lib/events/types';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const seedsDir = resolve(root, '../shared/seeds');
const labelsPath = join(seedsDir, 'labels.json');

interface Label {
  quote: string;
  match: 'known' | 'related' | 'unknown';
  date?: string;
  alsoAccept?: string[];
}
interface Article {
  file: string;
  published: string;
  must: Label[];
  optional: Label[];
  mustNot: { quote: string }[];
}

function loadEvents(): MeetingEvent[] {
  const dir = join(root, 'assets/events');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as MeetingEvent[]);
}

/** Every occurrence of a quote in the text. */
function occurrences(text: string, quote: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push([i, i + quote.length]);
  return out;
}

function overlapping(ms: Mention[], text: string, quote: string): Mention[] {
  const occ = occurrences(text, quote);
  return ms.filter((m) => occ.some(([a, b]) => m.start < b && a < m.end));
}

function dateOk(events: MeetingEvent[], m: Mention, l: Label): boolean {
  if (!l.date) return true;
  const ev = events.find((e) => e.id === m.eventId);
  if (!ev) return false;
  return [l.date, ...(l.alsoAccept ?? [])].some((d) => ev.start.slice(0, d.length) === d);
}

/** The label names a known event the dataset does not hold yet: 'unknown' is the honest answer then. */
function datasetLacks(events: MeetingEvent[], l: Label): boolean {
  if (l.match !== 'known' || !l.date) return false;
  const dates = [l.date, ...(l.alsoAccept ?? [])];
  return !events.some((e) => dates.some((d) => e.start.slice(0, d.length) === d && e.kind !== 'related'));
}

if (!existsSync(labelsPath)) {
  describe('seed articles', () => {
    it.skip(`SKIPPED: no seed articles at ../shared/seeds (looked for ${'../shared/seeds/labels.json'} next to the repository)`, () => {});
  });
} else {
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as { articles: Article[] };
  const events = loadEvents();
  const matcher = compileMatcher(events.map(toMatcherEvent));

  describe('seed articles', () => {
    for (const art of labels.articles) {
      describe(art.file, () => {
        const text = readFileSync(join(seedsDir, art.file), 'utf8');
        const pub = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(art.published)?.[1];
        const mentions = detect(text, matcher, createDocumentState({ publishedAt: pub }));

        for (const l of art.must) {
          it(`finds "${l.quote}" as ${l.match}${l.date ? ' ' + l.date : ''}`, () => {
            const hits = overlapping(mentions, text, l.quote);
            expect(hits.length, `no mention overlaps "${l.quote}"`).toBeGreaterThan(0);
            const lacks = datasetLacks(events, l);
            const good = hits.some((m) => (m.status === l.match && dateOk(events, m, l)) || (lacks && m.status === 'unknown'));
            if (lacks) console.info(`[seeds] dataset holds no event dated ${l.date}: accepting 'unknown' for "${l.quote}"`);
            expect(good, `"${l.quote}" resolved as ${hits.map((m) => `${m.status} ${m.eventId}`).join(', ')}`).toBe(true);
          });
        }
        for (const l of art.mustNot) {
          it(`does not present "${l.quote}" as a US–Russia meeting`, () => {
            const bad = overlapping(mentions, text, l.quote).filter((m) => m.status === 'known' || m.status === 'unknown');
            expect(bad.map((m) => `${m.quote} → ${m.eventId}`)).toEqual([]);
          });
        }
        // Optional labels are information for whoever tunes the detector, not a test.
        afterAll(() => {
          for (const l of art.optional) {
            const hits = overlapping(mentions, text, l.quote);
            const good = hits.some((m) => m.status === l.match && dateOk(events, m, l));
            console.info(`[seeds] optional ${good ? 'found' : 'missed'}: "${l.quote}" (${l.match}${l.date ? ' ' + l.date : ''})`);
          }
        });
      });
    }
  });
}
