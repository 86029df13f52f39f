/**
 * "Added by you, unverified": the mark of an event the reader created (origin 'user'), wherever an
 * event is listed outside its card (popup note groups and search results, the options page's
 * lists). The card and the timeline say it in their own words (card/Card.tsx, card/status.ts);
 * exports say it in theirs (io/markdown.ts, io/event-markdown.ts).
 */
import type { StoredEvent } from '../events/types';

export const ADDED_BY_YOU = 'added by you, unverified';

export function AddedByYou({ event }: { event: Pick<StoredEvent, 'origin'> | undefined | null }) {
  if (event?.origin !== 'user') return null;
  return (
    <span class="added-by-you" data-testid="added-by-you">
      {ADDED_BY_YOU}
    </span>
  );
}
