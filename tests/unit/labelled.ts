/**
 * Every labelled document the project has, by set: the seed articles, the corpus, the blind
 * batches, ../shared/news-dev (sets whose folder is missing are skipped).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLabelled, type LabelledDoc } from '../../scripts/eval/labels';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export function labelledDocs(): { set: string; docs: LabelledDoc[] }[] {
  const sets: { set: string; path: string }[] = [
    { set: 'seeds', path: resolve(root, '../shared/seeds') },
    { set: 'corpus', path: join(root, 'tests/fixtures/corpus/passages.json') },
    { set: 'news-dev', path: resolve(root, '../shared/news-dev') },
  ];
  const blind = join(root, 'tests/fixtures/blind');
  if (existsSync(blind)) for (const f of readdirSync(blind).filter((f) => f.endsWith('.json')).sort()) sets.push({ set: `blind/${f}`, path: join(blind, f) });
  return sets.filter((s) => existsSync(s.path)).map((s) => ({ set: s.set, docs: loadLabelled(s.path) }));
}
