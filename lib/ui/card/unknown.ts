/**
 * What Parley looked for when a mention names a meeting it does not hold: "No US–Russia meeting
 * in Ankara around March 2025 in the dataset". The place comes from the detector's reason (the
 * place it read in the sentence); the time from a year or month in the quote, else the month the
 * page was published. Pure.
 */
import type { Mention } from '../../detect/types';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));

export interface Searched {
  place?: string;
  /** "March 2025", "2019". */
  when?: string;
}

export function searchedFor(mention: Pick<Mention, 'quote' | 'reasons'>, publishedAt?: string): Searched {
  let place: string | undefined;
  for (const r of mention.reasons) {
    const m = /^a US–Russia meeting in (.+) the dataset does not hold$/.exec(r);
    if (m) place = m[1];
  }
  const pub = /^(\d{4})-(\d{2})/.exec(publishedAt ?? '');
  // A lower-case "may" is the verb ("talks may resume"), not the month.
  const q = mention.quote.replace(/\bmay\b/g, '').toLowerCase();
  const year = /\b(1[89]\d{2}|20\d{2})\b/.exec(q)?.[1];
  const monthIdx = MONTHS.findIndex((m) => new RegExp(`\\b${m}\\b`).test(q));
  let when: string | undefined;
  if (monthIdx !== -1 && (year || pub)) when = `${MONTH_NAMES[monthIdx]} ${year ?? pub![1]}`;
  else if (year) when = year;
  else if (pub) when = `${MONTH_NAMES[+pub[2]! - 1]} ${pub[1]}`;
  return { ...(place ? { place } : {}), ...(when ? { when } : {}) };
}

/** "No US–Russia meeting in Ankara around March 2025 in the dataset" (no full stop: the card adds "; nearest:" or "."). */
export function searchedSentence(s: Searched): string {
  return `No US–Russia meeting${s.place ? ` in ${s.place}` : ''}${s.when ? ` around ${s.when}` : ''} in the dataset`;
}
