/**
 * The bundled dataset: every file in assets/events, in time order, for Node (the build, tsx,
 * vitest). The extension does not bundle it: the build writes these events to a file of the
 * extension (BUNDLED_EVENTS_FILE, lib/db/seed.ts), which the background reads only when its
 * database is behind the dataset, and gives it DATASET_VERSION as a constant
 * (virtual:parley/dataset-version).
 *
 * DATASET_VERSION changes whenever the data changes (it is a hash of the content), so the
 * background re-seeds on update without anyone remembering to bump a number.
 */
import era1 from '../../assets/events/1943-1991.json';
import era2 from '../../assets/events/1992-2016.json';
import era3 from '../../assets/events/2017-2026.json';
import type { MeetingEvent } from './types';

export const BUNDLED_FILES: Record<string, unknown[]> = {
  '1943-1991.json': era1 as unknown[],
  '1992-2016.json': era2 as unknown[],
  '2017-2026.json': era3 as unknown[],
};

/** The raw records, unvalidated (validation is a test and a CLI check, not a runtime cost). */
export const BUNDLED_EVENTS: MeetingEvent[] = Object.values(BUNDLED_FILES).flat() as MeetingEvent[];

/** FNV-1a over the serialised dataset: cheap, stable, and good enough to notice any change. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export const DATASET_VERSION = `${BUNDLED_EVENTS.length}-${fnv1a(JSON.stringify(BUNDLED_EVENTS))}`;
