/** Small display helpers shared by the card, popup and options page. Text only, never HTML. */
import { formatDateRange } from '../events/timeline';
import type { EventKind, EventStatus, Place } from '../events/types';

export { formatDateRange };

export const KIND_LABEL: Record<EventKind, string> = {
  summit: 'Summit',
  ministerial: 'Ministerial talks',
  envoy: 'Envoy visit',
  'working-level': 'Working-level talks',
  call: 'Phone call',
  sideline: 'Meeting on the sidelines',
  related: 'Related event',
};

export const STATUS_LABEL: Record<EventStatus, string> = { held: 'Held', planned: 'Planned', cancelled: 'Cancelled' };

export function formatPlace(p: Pick<Place, 'venue' | 'city' | 'region' | 'country'>): string {
  return [p.venue, p.city, p.region, p.country].filter(Boolean).join(', ');
}

/** Only http(s) links are ever rendered as links (one rule for cards, notes and the options page). */
export { httpHref as safeHref } from '../notes/markdown';
