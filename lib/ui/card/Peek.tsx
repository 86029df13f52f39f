/**
 * The peek: what a hover (or a mark reached without pinning) shows. Glanceable, like an
 * encyclopaedia's page preview: the title, when and where, the status, one line of what came of
 * it, and how far it lies from the article's own date. At most about 160 px tall (card.css clips
 * it), with no focusable control of its own, so it never takes focus from the page. A click on it,
 * Enter, or the shortcut opens the full card (host.tsx pins it).
 */
import type { Mention } from '../../detect/types';
import type { CardData, EventRef } from '../../messages/protocol';
import { formatDateRange, formatPlace } from '../format';
import { statusWords } from './status';
import { searchedFor, searchedSentence } from './unknown';
import { relativeToArticle } from './when';

export const PEEK_TITLE_ID = 'parley-peek-title';

/** The meetings a mention names: its own event, then the others the same words name (`also`). */
export function meetingIds(mention: Pick<Mention, 'eventId' | 'also'>): string[] {
  return [...new Set([mention.eventId, ...(mention.also ?? [])].filter((id): id is string => !!id))];
}

export interface PeekProps {
  mention: Mention;
  data: CardData | null;
  candidates?: EventRef[];
  loading?: boolean;
  error?: string;
  publishedAt?: string;
  /** 'YYYY-MM-DD' (tests fix it). */
  now?: string;
}

export function Peek({ mention, data, candidates, loading, error, publishedAt, now }: PeekProps) {
  const ev = data?.event;
  const unknown = mention.status === 'unknown' && !mention.eventId;
  const related = ev?.kind === 'related' || mention.status === 'related';
  const rel = ev && relativeToArticle(ev, publishedAt);
  const status = ev && statusWords(ev, { now, mention });
  const place = ev && (ev.place.city ?? formatPlace(ev.place));
  const several = meetingIds(mention).length;
  const outcome = ev?.outcomes[0] ?? (ev?.summary ? ev.summary.split(/(?<=\.)\s/)[0] : undefined);
  return (
    <div class="card peek" role="group" aria-labelledby={PEEK_TITLE_ID} data-testid="parley-peek" data-event-id={ev?.id ?? ''} data-kind={unknown ? 'unknown' : related ? 'related' : 'mention'}>
      <p class="peek-title" id={PEEK_TITLE_ID} data-testid="peek-title">
        {ev ? ev.title : unknown ? 'A meeting not in your database' : error ? 'Not available' : 'Loading…'}
      </p>
      {ev && (
        <>
          <p class="peek-line">
            <span class={`status status-${status!.tone}`} data-testid="peek-status">
              {status!.label}
            </span>{' '}
            <span data-testid="peek-when">
              {formatDateRange(ev.start, ev.end)}
              {place ? ` · ${place}` : ''}
            </span>
          </p>
          {rel && (
            <p class="peek-line muted" data-testid="peek-relative">
              {rel[0]!.toUpperCase() + rel.slice(1)}
              {ev.origin === 'user' ? ' · added by you' : ''}
            </p>
          )}
          {related ? (
            <p class="peek-line peek-outcome">Not a US–Russia meeting.</p>
          ) : (
            outcome && (
              <p class="peek-line peek-outcome" data-testid="peek-outcome">
                {outcome}
              </p>
            )
          )}
        </>
      )}
      {unknown && (
        <p class="peek-line peek-outcome" data-testid="peek-unknown">
          {searchedSentence(searchedFor(mention, publishedAt))}
          {candidates?.length ? `; nearest: ${candidates[0]!.title}` : '.'}
        </p>
      )}
      {loading && !ev && !unknown && !error && <p class="peek-line muted">Loading…</p>}
      <p class="peek-hint muted" data-testid="peek-hint">
        {several > 1 ? `These words name ${several} meetings · click or press Enter for each` : 'Click or press Enter for the full card'}
      </p>
    </div>
  );
}
