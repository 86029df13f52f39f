/**
 * Precision and recall on our own labelled passages (tests/fixtures/corpus/passages.json): short
 * news-style texts across 1945–2026, English and Russian, plus negatives that name the same
 * places and people without a US–Russia meeting. Uses the bundled dataset, so it also measures
 * how often a found mention resolves to the labelled event.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../../lib/events/types';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

interface Expect {
  quote: string;
  status: 'known' | 'unknown' | 'related';
  date?: string;
}
interface Passage {
  id: string;
  lang: string;
  published?: string;
  negative?: boolean;
  text: string;
  expect: Expect[];
}

const corpus = JSON.parse(readFileSync(join(root, 'tests/fixtures/corpus/passages.json'), 'utf8')) as { passages: Passage[] };
const events = readdirSync(join(root, 'assets/events'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(root, 'assets/events', f), 'utf8')) as MeetingEvent[]);
const matcher = compileMatcher(events.map(toMatcherEvent));

const overlaps = (m: Mention, text: string, quote: string) => {
  const i = text.indexOf(quote);
  return m.start < i + quote.length && i < m.end;
};
/** A US–Russia mention: what precision is about. */
const isUsRu = (m: Mention) => m.status === 'known' || m.status === 'unknown';

describe('labelled corpus', () => {
  it('is big enough to mean something', () => {
    const pos = corpus.passages.filter((p) => !p.negative);
    const neg = corpus.passages.filter((p) => p.negative);
    expect(pos.length).toBeGreaterThanOrEqual(45);
    expect(neg.length).toBeGreaterThanOrEqual(20);
    expect(new Set(pos.map((p) => p.lang))).toEqual(new Set(['en', 'ru']));
    for (const p of corpus.passages) for (const e of p.expect) expect(p.text, p.id).toContain(e.quote);
  });

  it('reaches precision and recall of at least 0.85', () => {
    let expected = 0;
    let found = 0;
    let shown = 0;
    let correct = 0;
    let resolvable = 0;
    let resolved = 0;
    const misses: string[] = [];
    const falsePositives: string[] = [];
    const wrongEvent: string[] = [];
    for (const p of corpus.passages) {
      const mentions = detect(p.text, matcher, createDocumentState({ publishedAt: p.published }));
      for (const e of p.expect) {
        expected++;
        const hit = mentions.find((m) => overlaps(m, p.text, e.quote) && (e.status === 'related' ? m.status === 'related' : isUsRu(m)));
        if (hit) found++;
        else misses.push(`${p.id}: "${e.quote}"`);
        if (e.date && e.status !== 'unknown') {
          resolvable++;
          const ev = hit?.eventId ? events.find((x) => x.id === hit.eventId) : undefined;
          if (hit && hit.status === e.status && ev?.start.startsWith(e.date)) resolved++;
          else if (hit) wrongEvent.push(`${p.id}: "${e.quote}" → ${hit.status} ${hit.eventId}`);
        }
      }
      for (const m of mentions.filter(isUsRu)) {
        shown++;
        if (p.expect.some((e) => overlaps(m, p.text, e.quote))) correct++;
        else falsePositives.push(`${p.id}: "${m.quote}" → ${m.status} ${m.eventId}`);
      }
    }
    const precision = correct / shown;
    const recall = found / expected;
    const resolution = resolved / resolvable;
    console.info(
      `[corpus] ${corpus.passages.length} passages: precision ${precision.toFixed(3)} (${correct}/${shown}), ` +
        `recall ${recall.toFixed(3)} (${found}/${expected}), resolved to the labelled event ${resolution.toFixed(3)} (${resolved}/${resolvable})`,
    );
    if (misses.length) console.info(`[corpus] missed:\n  ${misses.join('\n  ')}`);
    if (falsePositives.length) console.info(`[corpus] false positives:\n  ${falsePositives.join('\n  ')}`);
    if (wrongEvent.length) console.info(`[corpus] wrong event:\n  ${wrongEvent.join('\n  ')}`);
    expect(precision).toBeGreaterThanOrEqual(0.85);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(resolution).toBeGreaterThanOrEqual(0.8);
  });
});
