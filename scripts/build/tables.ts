/**
 * Build-time tables, served to the bundle as Vite virtual modules by ./vite-tables.ts (never
 * written to the source tree, so they can never be stale): `npm run build`, `npm run dev` and
 * vitest all compute them from the dataset (assets/events) and the vocabulary
 * (lib/detect/vocab.ts, lexicon.ts) as they are at that moment.
 *
 *   virtual:parley/matcher-tables  the built-in vocabulary + the bundled dataset, compiled
 *                                  (lib/detect/tables.ts): tests only; the extension ships the
 *                                  same bytes as a file, matcher.bin (wxt.config.ts)
 *   virtual:parley/matcher-info    which tables those are (format, events); for the background
 *   virtual:parley/gate            the gate's spec (lib/page/gate.ts); imported by the content script
 *   virtual:parley/gate-words      its entries, for the background to tell a reader's own ones
 *   virtual:parley/dataset-version the bundled dataset's version, for the background (whose
 *                                  events ship as a file, events.json: wxt.config.ts)
 */
import { BUNDLED_EVENTS, DATASET_VERSION } from '../../lib/events/dataset';
import { sortKey } from '../../lib/events/timeline';
import { compileMatcher, toMatcherEvent, type CompiledMatcher } from '../../lib/detect';
import { normalizeString } from '../../lib/detect/normalize';
import { gateSpec, gateWords, type GateSpec } from '../../lib/page/gate';
import type { MatcherEvent } from '../../lib/detect/types';
import { dumpMatcher, type MatcherTables, type TablesInfo } from '../../lib/detect/tables';

/**
 * The bundled events as the background gives them to the matcher: the database's order
 * (sortKey, then id; see lib/db/events.ts allEvents), projected by toMatcherEvent.
 */
export function bundledMatcherEvents(): MatcherEvent[] {
  const keyed = BUNDLED_EVENTS.map((e) => ({ e, k: sortKey(e.start) }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));
  return keyed.map(({ e }) => toMatcherEvent(e));
}

let compiled: CompiledMatcher | undefined;
const bundledMatcher = () => (compiled ??= compileMatcher(bundledMatcherEvents()));

let matcherTables: MatcherTables | undefined;
export function buildMatcherTables(): MatcherTables {
  return (matcherTables ??= dumpMatcher(bundledMatcher()));
}

/** Which tables the build made, without them (the background tells pages which file to read). */
export function buildMatcherInfo(): TablesInfo {
  const { format, source } = buildMatcherTables();
  return { format, source };
}

/** The gate's entries (lib/page/gate.ts), from the built-in vocabulary and the bundled dataset. */
export function buildGateWords(): string[] {
  return gateWords(bundledMatcher().lexicon);
}

/** The gate's spec for those entries, with the normaliser's folds (lib/page/gate.ts). */
export function buildGateSpec(): GateSpec {
  return gateSpec(buildGateWords(), normalizeString);
}

/**
 * The bundled dataset's version, a constant of the build: the background no longer hashes the
 * dataset each time it wakes (a serialisation of the whole dataset), nor carries the dataset in its
 * script; it reads events.json only when the database is behind this version.
 */
export function buildDatasetVersion(): string {
  return DATASET_VERSION;
}

/** The bundled events as the file the background seeds the database from (BUNDLED_EVENTS_FILE). */
export function buildDatasetFile(): string {
  return JSON.stringify(BUNDLED_EVENTS);
}
