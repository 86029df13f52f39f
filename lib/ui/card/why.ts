/**
 * "Why Parley thinks so", in plain words. The detector (lib/detect) gives short technical reasons
 * ("alias 'Helsinki summit'", "place Anchorage", "date 2025-10", "context words nearby"); the card
 * turns each into a sentence a reader can check against the page. Unknown reasons are kept,
 * capitalised, rather than hidden. Pure; the detector's strings stay as they are for its CLI.
 */
import { formatDateRange } from '../../events/timeline';
import { relativeToArticle } from './when';

export interface WhyContext {
  /** The event the mention was resolved to (for "published two days after this summit"). */
  event?: { start: string; end?: string; kind: string; status: 'held' | 'planned' | 'cancelled' };
  /** The page's publication date. */
  publishedAt?: string;
  /** Titles of other events by id ("also possible: <id>"). */
  titleOf?(id: string): string | undefined;
}

const NOUN: Record<string, string> = {
  summit: 'summit',
  ministerial: 'meeting',
  envoy: 'visit',
  'working-level': 'round of talks',
  call: 'call',
  sideline: 'meeting',
  related: 'event',
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** One detector reason → one plain sentence (without the final full stop), or null to drop it. */
function sentence(reason: string, ctx: WhyContext): string | null {
  let m: RegExpExecArray | null;
  if ((m = /^(shared )?alias ['"](.+)['"]$/.exec(reason)))
    return m[1] ? `The page says “${m[2]}”, a name several meetings share; the clues below chose this one` : `The page calls it “${m[2]}”, a name Parley knows for this meeting`;
  if ((m = /^place (.+)$/.exec(reason))) return `The page names ${m[1]}, where it took place`;
  if ((m = /^names (.+)$/.exec(reason))) return `The page names ${list(m[1]!.split(/,\s*/))}, who took part`;
  if (reason === 'the people this page is about') return 'The people this page is about took part';
  if ((m = /^date (\d{4}(?:-\d{2}){0,2})$/.exec(reason))) return `The date the page gives fits: ${formatDateRange(m[1]!)}`;
  if ((m = /^year (\d{4}) in the text$/.exec(reason)) || (m = /^year (\d{4})$/.exec(reason))) return `The page mentions ${m[1]}, the year it took place`;
  if (reason === 'recent before publication') {
    const rel = ctx.event && relativeToArticle(ctx.event, ctx.publishedAt);
    const noun = NOUN[ctx.event?.kind ?? ''] ?? 'meeting';
    if (rel && / before this article$/.test(rel)) return `The page was published ${rel.replace(/^(planned |was to be )/, '').replace(/ before this article$/, '')} after this ${noun}`;
    return `The page was published shortly after this ${noun}`;
  }
  if ((m = /^published (\d{4})$/.exec(reason))) return `The page was published in ${m[1]}`;
  if (reason === 'context words nearby') return 'Words nearby fit it: people, places or topics it is known for';
  if (reason === 'the meeting this page is about') return 'The page is about this meeting: it is named elsewhere on it';
  if (reason === 'the same meeting as earlier on this page') return 'The page spoke of the same meeting earlier';
  if (reason === 'refers back to the meeting named earlier on this page') return 'These words point back to the meeting named earlier on the page';
  if ((m = /^also possible: (.+)$/.exec(reason))) {
    const t = ctx.titleOf?.(m[1]!);
    return t ? `It could also be ${t}` : 'Another meeting fits almost as well';
  }
  if ((m = /^a US–Russia meeting in (.+) the dataset does not hold$/.exec(reason))) return `It reads like a US–Russia meeting in ${m[1]}, and none there is on record`;
  if (reason === 'a US–Russia meeting the dataset does not hold') return 'It reads like a US–Russia meeting, and none that fits is on record';
  return reason.trim() ? cap(reason.trim()) : null;
}

/**
 * The detector's reasons as sentences, in its order. A place and the publication date read as one
 * sentence ("The page names Anchorage and was published 2 days after this summit.").
 */
export function explainReasons(reasons: readonly string[], ctx: WhyContext = {}): string[] {
  const out = reasons.map((r) => sentence(r, ctx)).filter((s): s is string => !!s);
  const placeAt = out.findIndex((s) => /^The page names .+, where it took place$/.test(s));
  const pubAt = out.findIndex((s) => /^The page was published /.test(s));
  if (placeAt !== -1 && pubAt !== -1) {
    out[placeAt] = `${out[placeAt]!.replace(/, where it took place$/, '')} and ${out[pubAt]!.replace(/^The page /, '')}`;
    out.splice(pubAt, 1);
  }
  return [...new Set(out)].map((s) => `${s}.`);
}
