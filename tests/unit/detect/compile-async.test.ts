/**
 * The sliced compile (compileMatcherAsync, used by the content script so compiling is never one
 * long task) gives exactly what the synchronous compileMatcher gives: the same lexicon, and the
 * same detect() output on seed-like strings, the seed articles (when present next to the
 * repository) and the labelled corpus passages.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../../lib/events/types';
import { compileMatcher, compileMatcherAsync, createDocumentState, detect, toMatcherEvent, type CompiledMatcher } from '../../../lib/detect';
import { FIXTURE_EVENTS } from './fixtures';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const seedsDir = resolve(root, '../shared/seeds');

const events = readdirSync(join(root, 'assets/events'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(root, 'assets/events', f), 'utf8')) as MeetingEvent[])
  .map(toMatcherEvent);
const corpus = JSON.parse(readFileSync(join(root, 'tests/fixtures/corpus/passages.json'), 'utf8')) as {
  passages: { id: string; published?: string; text: string }[];
};

const SEED_LIKE: { text: string; published?: string }[] = [
  { text: 'Trump and Putin met in Anchorage, Alaska, on Friday for a summit that ended without a ceasefire deal.', published: '2025-08-16' },
  { text: 'The Alaska summit was the first in-person meeting between the two leaders since the Helsinki summit in 2018.', published: '2025-08-16' },
  { text: 'Rubio and Lavrov held talks in Riyadh, and the two sides agreed to restore embassy staffing.', published: '2025-02-19' },
  { text: 'Reagan and Gorbachev met in Geneva in November 1985; the fireside summit broke the ice.' },
  { text: 'A planned summit in Budapest was called off after a phone call between the leaders.', published: '2025-10-22' },
  { text: 'Путин и Трамп провели переговоры на Аляске, встреча длилась почти три часа.', published: '2025-08-16' },
  { text: 'Лавров и Рубио встретились в Эр-Рияде; следующий раунд консультаций пройдёт в Стамбуле.', published: '2025-02-19' },
  { text: 'Biden will meet Putin in Geneva next month, the White House said.', published: '2021-05-25' },
  { text: 'Kennedy and Khrushchev met at the Vienna summit in June 1961.' },
  { text: 'The football match in Geneva was postponed; no talks are planned.' },
];

function outputs(m: CompiledMatcher) {
  const out: unknown[] = [];
  for (const s of SEED_LIKE) out.push(detect(s.text, m, createDocumentState({ publishedAt: s.published })));
  if (existsSync(join(seedsDir, 'labels.json'))) {
    for (const f of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
      out.push(detect(readFileSync(join(seedsDir, f), 'utf8'), m, createDocumentState({})));
    }
  }
  for (const p of corpus.passages) out.push(detect(p.text, m, createDocumentState({ publishedAt: p.published })));
  return out;
}

describe('compileMatcherAsync', () => {
  // Sliced first, with a zero budget, so the built-in vocabulary (compiled once per process) is
  // itself built in slices here, and every step of the compile yields at least once.
  it('compiles the bundled dataset in slices to the same matcher and the same mentions', async () => {
    let yields = 0;
    const sliced = await compileMatcherAsync(
      events,
      () => {
        yields++;
        return Promise.resolve();
      },
      0,
    );
    const sync = compileMatcher(events);
    expect(yields).toBeGreaterThan(10);
    expect(sliced.eventIndex).toEqual(sync.eventIndex);
    expect(sliced.lexicon).toEqual(sync.lexicon);
    const a = outputs(sliced);
    expect(a.some((x) => (x as unknown[]).length > 0)).toBe(true);
    expect(a).toEqual(outputs(sync));
  });

  it('gives the same result with real task yields and a real budget, on another event list', async () => {
    const sliced = await compileMatcherAsync(FIXTURE_EVENTS, () => new Promise((r) => setTimeout(r, 0)), 1);
    const sync = compileMatcher(FIXTURE_EVENTS);
    expect(sliced.lexicon).toEqual(sync.lexicon);
    expect(outputs(sliced)).toEqual(outputs(sync));
  });

  it('does not yield with an ample budget', async () => {
    let yields = 0;
    await compileMatcherAsync(FIXTURE_EVENTS, async () => void yields++, 60_000);
    expect(yields).toBe(0);
  });
});
