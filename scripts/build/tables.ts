/**
 * Build-time tables, served to the bundle as Vite virtual modules by ./vite-tables.ts (never
 * written to the source tree, so they can never be stale): `npm run build`, `npm run dev` and
 * vitest all compute them from the dataset (assets/events) and the vocabulary
 * (lib/detect/vocab.ts, lexicon.ts) as they are at that moment.
 *
 *   virtual:parley/matcher-tables  the built-in vocabulary + the bundled dataset, compiled
 *                                  (lib/detect/tables.ts); imported by the background only
 */
import { BUNDLED_EVENTS } from '../../lib/events/dataset';
import { sortKey } from '../../lib/events/timeline';
import { compileMatcher, toMatcherEvent } from '../../lib/detect';
import type { MatcherEvent } from '../../lib/detect/types';
import { dumpMatcher, type MatcherTables } from '../../lib/detect/tables';

/**
 * The bundled events as the background gives them to the matcher: the database's order
 * (sortKey, then id; see lib/db/events.ts allEvents), projected by toMatcherEvent.
 */
export function bundledMatcherEvents(): MatcherEvent[] {
  const keyed = BUNDLED_EVENTS.map((e) => ({ e, k: sortKey(e.start) }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));
  return keyed.map(({ e }) => toMatcherEvent(e));
}

let matcherTables: MatcherTables | undefined;
export function buildMatcherTables(): MatcherTables {
  return (matcherTables ??= dumpMatcher(compileMatcher(bundledMatcherEvents())));
}
