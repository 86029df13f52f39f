/**
 * How far the bundled dataset reaches: the latest date of a held or planned event. Cards and the
 * options page say "events up to …", and a card for an unknown meeting that looks newer says the
 * dataset may not hold it yet rather than pointing only at older meetings.
 *
 * The content script must not load the dataset, so the reach is also kept as a constant here;
 * `npm run events -- check` and a unit test fail when it differs from `datasetReach(BUNDLED_EVENTS)`.
 */
import { sortKey } from './timeline';
import type { MeetingEvent, PartialDate } from './types';

/** `datasetReach(BUNDLED_EVENTS)`; kept in step by `npm run events -- check`. */
export const DATASET_REACH: PartialDate = '2026-12-15';

/** The latest start or end date of a held or planned event (cancelled ones never happened), or null. */
export function datasetReach(events: readonly Pick<MeetingEvent, 'status' | 'start' | 'end'>[]): PartialDate | null {
  let best: PartialDate | null = null;
  for (const e of events) {
    if (e.status === 'cancelled') continue;
    const d = e.end ?? e.start;
    if (!best || sortKey(d) > sortKey(best)) best = d;
  }
  return best;
}

/**
 * Whether a mention Parley could not find looks newer than the dataset: its words name a later year
 * ("the 2027 summit"), or the page was published after the dataset's last event.
 */
export function looksNewerThan(reach: PartialDate, quote: string, publishedAt?: string): boolean {
  const reachYear = +reach.slice(0, 4);
  for (const m of quote.matchAll(/(?<!\d)(19|20)\d{2}(?!\d)/g)) if (+m[0] > reachYear) return true;
  const pub = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(publishedAt ?? '')?.[0];
  return !!pub && sortKey(pub) > sortKey(reach);
}
