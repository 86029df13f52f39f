/**
 * The words for an event's status on the card, the peek and the timeline. The stored status is
 * one of held, planned, cancelled; what the reader should see also depends on
 *  - who says so: an event the reader added is "reported, unverified" (no curator checked it);
 *  - time: a planned meeting whose dates have passed with no record of it is not simply "planned";
 *  - the mention: words that expect a meeting ("talks in the coming weeks") resolved to one that
 *    was later held are a forecast on this page, never a plain "held".
 * Pure.
 */
import { datePassed } from '../../events/timeline';
import type { EventStatus, PartialDate } from '../../events/types';
import type { Mention } from '../../detect/types';

export interface StatusInput {
  status: EventStatus;
  start: PartialDate;
  end?: PartialDate;
  origin?: 'bundled' | 'user';
}

export interface StatusWords {
  /** The chip: "Held", "Planned (date passed; no record it was held)", "Expected here". */
  label: string;
  /** Colour of the chip: held (green), planned (amber), cancelled (red), unverified (grey). */
  tone: 'held' | 'planned' | 'cancelled' | 'unverified';
}

/** Lower-case words for lists (series rounds, before/after): "held", "called off", "planned". */
export const STATUS_SHORT: Record<EventStatus, string> = { held: 'held', planned: 'planned', cancelled: 'called off' };

export const today = (): string => new Date().toISOString().slice(0, 10);

/** Is this a forecast on this page: words that expect a meeting, resolved to one that was held? */
export function isForecast(mention: Pick<Mention, 'tense'> | undefined, ev: { status: EventStatus }): boolean {
  return !!mention && (mention.tense === 'future' || mention.tense === 'hypothetical') && ev.status === 'held';
}

export function statusWords(ev: StatusInput, opts: { now?: string; mention?: Pick<Mention, 'tense'> } = {}): StatusWords {
  const now = opts.now ?? today();
  if (isForecast(opts.mention, ev)) return { label: 'Expected in this article', tone: 'planned' };
  const passed = ev.status === 'planned' && datePassed(ev.start, ev.end, now);
  if (ev.origin === 'user') {
    if (ev.status === 'held') return { label: 'Reported, unverified', tone: 'unverified' };
    if (ev.status === 'planned') return { label: passed ? 'Reported as planned, unverified (date passed)' : 'Reported as planned, unverified', tone: 'unverified' };
    return { label: 'Reported called off, unverified', tone: 'unverified' };
  }
  if (passed) return { label: 'Planned (date passed; no record it was held)', tone: 'planned' };
  if (ev.status === 'planned') return { label: 'Planned', tone: 'planned' };
  if (ev.status === 'cancelled') return { label: 'Called off', tone: 'cancelled' };
  return { label: 'Held', tone: 'held' };
}

/** The short form for lists: "held", "called off", "planned, date passed", "added by you". */
export function statusShort(ev: StatusInput, now = today()): string {
  const words = [ev.status === 'planned' && datePassed(ev.start, ev.end, now) ? 'planned, date passed' : STATUS_SHORT[ev.status]];
  if (ev.origin === 'user') words.push('added by you, unverified');
  return words.join(' · ');
}
