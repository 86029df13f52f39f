/**
 * The context card: everything Parley knows about the meeting a mention refers to. Pure view:
 * data and actions come in as props, so it renders the same in the page, in tests and anywhere else
 * (CardPanel.tsx holds the state and talks to the background).
 * Every string from the page, the dataset or a note is rendered as text (Preact escapes it), and
 * only http(s) links are ever links.
 */
import { useState } from 'preact/hooks';
import type { Mention } from '../../detect/types';
import type { Participant } from '../../events/types';
import type { CardData, EventRef } from '../../messages/protocol';
import type { NoteInput } from '../../notes/types';
import { NotesSection } from './NotesSection';
import { CreateEventForm, type NewEventFields } from './CreateEventForm';
import { DATASET_REACH, looksNewerThan } from '../../events/reach';
import { KIND_LABEL, STATUS_LABEL, formatDateRange, formatPlace, safeHref } from '../format';

export const TITLE_ID = 'parley-card-title';

export type { NewEventFields };
export { CreateEventForm };

export interface CardProps {
  mention: Mention;
  /** The event shown: the mention's own, or one the reader navigated to. null while loading or for an unknown meeting. */
  data: CardData | null;
  /** For an unknown meeting: the nearest known events. */
  candidates?: EventRef[];
  loading?: boolean;
  error?: string;
  /** The reader navigated away from the mention's own event (before/after, series, candidates). */
  canGoBack?: boolean;
  onBack?(): void;
  onNavigate(eventId: string): void;
  onSaveNote(input: Pick<NoteInput, 'body' | 'tags'>): Promise<void>;
  /** Unknown meetings: create an event from the mention. Resolves when it is in the database. */
  onCreateEvent?(input: NewEventFields): Promise<void>;
  /** Pre-filled values for the create form (the page's publication date, say). */
  createDefaults?: Partial<NewEventFields>;
  /** How far Parley's events reach (defaults to the bundled dataset's last held or planned event). */
  reach?: string;
  onClose(): void;
}

function RefButton({ label, ev, onNavigate }: { label: string; ev: EventRef; onNavigate(id: string): void }) {
  return (
    <button type="button" class="ref" data-testid={`nav-${label.toLowerCase()}`} onClick={() => onNavigate(ev.id)}>
      <span class="ref-label">{label}</span>
      <span class="ref-title">{ev.title}</span>
      <span class="ref-date">
        {formatDateRange(ev.start, ev.end)}
        {ev.city || ev.country ? ` · ${ev.city ?? ev.country}` : ''}
        {ev.status !== 'held' ? ` · ${STATUS_LABEL[ev.status].toLowerCase()}` : ''}
      </span>
    </button>
  );
}

function People({ label, people }: { label: string; people: Participant[] }) {
  if (!people.length) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{people.map((p) => `${p.name} (${p.role})`).join('; ')}</dd>
    </>
  );
}

export function Card(props: CardProps) {
  const { mention, data, loading, error, onNavigate, onClose } = props;
  const [creating, setCreating] = useState(false);
  const ev = data?.event;
  const own = !props.canGoBack; // showing the mention's own event (or its unknown meeting)
  const unknown = own && mention.status === 'unknown' && !ev;
  const related = ev?.kind === 'related' || (own && mention.status === 'related');
  const side = (s: Participant['side']) => ev?.participants.filter((p) => p.side === s) ?? [];
  const reach = props.reach ?? DATASET_REACH;
  const newer = unknown && looksNewerThan(reach, mention.quote, props.createDefaults?.start);

  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={TITLE_ID}
      tabIndex={-1}
      data-testid="parley-card"
      data-event-id={ev?.id ?? ''}
      data-kind={unknown ? 'unknown' : related ? 'related' : 'mention'}
    >
      <header>
        {props.canGoBack && (
          <button type="button" class="back" data-testid="card-back" aria-label="Back to the mentioned meeting" onClick={() => props.onBack?.()}>
            ←
          </button>
        )}
        <h2 id={TITLE_ID} data-testid="card-title">
          {ev ? ev.title : unknown ? 'A meeting not in your database' : error ? 'Not available' : 'Loading…'}
        </h2>
        <button type="button" class="close" aria-label="Close" data-testid="card-close" onClick={onClose}>
          ×
        </button>
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {loading && !ev && !error && <p class="muted">Loading…</p>}

      {unknown && (
        <section data-testid="card-unknown" aria-label="Not in your database">
          <p class="unknown-note">
            <q>{mention.quote}</q> reads like a US–Russia meeting, but it is <strong>not in your database</strong>.
          </p>
          {newer && (
            <p class="unknown-note" data-testid="card-newer">
              It looks newer than Parley’s events, which reach up to {formatDateRange(reach)}: the dataset may not hold it yet.
            </p>
          )}
          {!!props.candidates?.length && (
            <>
              <h3>Nearest known meetings</h3>
              <ul class="refs" data-testid="card-candidates">
                {props.candidates.map((c) => (
                  <li key={c.id}>
                    <RefButton label="Candidate" ev={c} onNavigate={onNavigate} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {props.onCreateEvent &&
            (creating ? (
              <CreateEventForm quote={mention.quote} defaults={props.createDefaults} onCreate={props.onCreateEvent} />
            ) : (
              <button type="button" class="secondary" data-testid="create-open" onClick={() => setCreating(true)}>
                Add this meeting to your database…
              </button>
            ))}
        </section>
      )}

      {ev && (
        <>
          <p class="meta">
            <span class="kind">{KIND_LABEL[ev.kind]}</span>
            <span class={`status status-${ev.status}`} data-testid="card-status">
              {STATUS_LABEL[ev.status]}
            </span>
            {ev.origin === 'user' && <span class="origin">Added by you</span>}
          </p>
          {related && (
            <p class="related-note" data-testid="card-related">
              Not a US–Russia meeting{ev.relation ? `: ${ev.relation}` : '.'}
            </p>
          )}
          <dl>
            <dt>{ev.end && ev.end !== ev.start ? 'Dates' : 'Date'}</dt>
            <dd data-testid="card-date">{formatDateRange(ev.start, ev.end)}</dd>
            <dt>Place</dt>
            <dd data-testid="card-place">{formatPlace(ev.place)}</dd>
            <People label="United States" people={side('us')} />
            <People label={ev.start < '1992' ? 'Soviet Union' : 'Russia'} people={side('ru')} />
            <People label="Also" people={side('other')} />
          </dl>
          {ev.summary && (
            <p class="summary" data-testid="card-summary">
              {ev.summary}
            </p>
          )}
          {ev.outcomes.length > 0 && (
            <>
              <h3>What came of it</h3>
              <ul data-testid="card-outcomes">
                {ev.outcomes.map((o, i) => (
                  <li key={i}>{o}</li>
                ))}
              </ul>
            </>
          )}
          {data && data.series.length > 1 && (
            <>
              <h3>{ev.series?.title ?? 'Series'}</h3>
              <ol class="series" data-testid="card-series">
                {data.series.map((s) => (
                  <li key={s.id} aria-current={s.id === ev.id ? 'true' : undefined}>
                    {s.id === ev.id ? (
                      <strong>{formatDateRange(s.start, s.end)}</strong>
                    ) : (
                      <button type="button" class="linkish" onClick={() => onNavigate(s.id)}>
                        {formatDateRange(s.start, s.end)}
                      </button>
                    )}
                  </li>
                ))}
              </ol>
            </>
          )}
          {(data?.before || data?.after) && (
            <nav class="timeline" aria-label="Meetings before and after">
              {data?.before ? <RefButton label="Before" ev={data.before} onNavigate={onNavigate} /> : <span />}
              {data?.after ? <RefButton label="After" ev={data.after} onNavigate={onNavigate} /> : <span />}
            </nav>
          )}
          {ev.sources.length > 0 && (
            <>
              <h3>Sources</h3>
              <ul class="sources" data-testid="card-sources">
                {ev.sources.map((s, i) => {
                  const href = safeHref(s.url);
                  return (
                    <li key={i}>
                      {href ? (
                        <a href={href} target="_blank" rel="noopener noreferrer">
                          {s.title}
                        </a>
                      ) : (
                        s.title
                      )}
                      {s.publisher ? <span class="muted"> · {s.publisher}</span> : null}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {ev.evidence === 'single' && (
            <p class="muted" data-testid="card-evidence">
              Reported by one source.
            </p>
          )}
        </>
      )}

      {own && mention.reasons.length > 0 && (
        <details class="why" data-testid="card-why">
          <summary>
            Why Parley marked “{mention.quote}” ({Math.round(mention.confidence * 100)}% sure)
          </summary>
          <ul>
            {mention.reasons.slice(0, 6).map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </details>
      )}

      {(ev || unknown) && <NotesSection notes={data?.notes ?? []} onSave={props.onSaveNote} />}
      {(ev || unknown) && (
        <p class="muted reach" data-testid="card-reach">
          Parley’s events up to {formatDateRange(reach)}
        </p>
      )}
    </div>
  );
}
