/**
 * Time helpers over partial dates. Pure functions; the db and the card both use them.
 */
import type { PartialDate } from './types';

/** Sortable key: '2025-10' → '2025-10-00', '1945' → '1945-00-00'. Partial dates sort before full ones in the same period. */
export function sortKey(d: PartialDate): string {
  const [y, m = '00', day = '00'] = d.split('-');
  return `${y}-${m}-${day}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2025-08-15' → '15 August 2025'; '2025-10' → 'October 2025'; with an end date, a range. */
export function formatDateRange(start: PartialDate, end?: PartialDate): string {
  const f = (d: string) => {
    const [y, m, day] = d.split('-');
    if (!m) return y!;
    const month = MONTHS[+m - 1];
    return day ? `${+day} ${month} ${y}` : `${month} ${y}`;
  };
  if (!end || end === start) return f(start);
  const [sy, sm] = start.split('-');
  const [ey, em, ed] = end.split('-');
  const [, , sd] = start.split('-');
  if (sd && ed && sy === ey && sm === em) return `${+sd}–${+ed} ${MONTHS[+em! - 1]} ${ey}`;
  if (sd && ed && sy === ey) return `${+sd} ${MONTHS[+sm! - 1]} – ${+ed} ${MONTHS[+em! - 1]} ${ey}`;
  return `${f(start)} – ${f(end)}`;
}
