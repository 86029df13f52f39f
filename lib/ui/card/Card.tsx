/**
 * The context card: everything Parley knows about the meeting a mention refers to. Pure view:
 * data and actions come in as props, so it renders the same in the page, in tests and anywhere else
 * (CardPanel.tsx holds the state and talks to the background).
 * Every string from the page, the dataset or a note is rendered as text (Preact escapes it), and
 * only http(s) links are ever links.
 *
 * Reading order, top down: what and when (title, kind, status, date, place), the summary, what
 * came of it, who met (names only; every participant with their role one click away), the timeline
 * (series rounds with their status, before and after), sources, your notes, and why Parley thinks
 * so, in plain words. Notes come late in that order, so the header carries a "Notes (N)" button
 * that is always in view (the header stays at the top while the card scrolls) and takes the reader
 * straight to them, with focus in the note field.
 */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { Mention } from '../../detect/types';
import type { Participant } from '../../events/types';
import type { CardData, EventRef } from '../../messages/protocol';
import { NotesSection } from './NotesSection';
import { CreateEventForm, type NewEventFields } from './CreateEventForm';
import { Sources } from './Sources';
import { DATASET_REACH, looksNewerThan } from '../../events/reach';
import { KIND_LABEL, formatDateRange, formatPlace } from '../format';
import { isForecast, statusShort, statusWords } from './status';
import { searchedFor, searchedSentence } from './unknown';
import { relativeToArticle } from './when';
import { explainReasons } from './why';

export const TITLE_ID = 'parley-card-title';
export const NOTES_ID = 'parley-notes';
/** Names shown per side before "all participants". */
export const PEOPLE_SHOWN = 3;
/** Nearest known meetings an unknown card lists (the detector gives up to five; three keep "Add" in sight). */
export const NEAREST_SHOWN = 3;

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
  /** Registers the card's notes frame for the event shown (NotesSection.tsx); resolves with its token. */
  onOpenNotes(): Promise<string>;
  /** Unknown meetings: create an event from the mention. Resolves when it is in the database. */
  onCreateEvent?(input: NewEventFields): Promise<void>;
  /** Pre-filled values for the create form (the page's publication date, say). */
  createDefaults?: Partial<NewEventFields>;
  /** How far Parley's events reach (defaults to the bundled dataset's last held or planned event). */
  reach?: string;
  /** The page's publication date (ISO), for "6 days before this article". */
  publishedAt?: string;
  /** Today, 'YYYY-MM-DD' (tests fix it): has a planned date passed? */
  now?: string;
  /** The meetings the mention names when it names several (its own first), and which is shown. */
  meetings?: EventRef[];
  meetingIndex?: number;
  onPickMeeting?(index: number): void;
  onClose(): void;
}

function RefButton({ label, ev, onNavigate, now }: { label: string; ev: EventRef; onNavigate(id: string): void; now?: string }) {
  return (
    <button type="button" class="ref" data-testid={`nav-${label.toLowerCase()}`} onClick={() => onNavigate(ev.id)}>
      <span class="ref-label">{label}</span>
      <span class="ref-title">{ev.title}</span>
      <span class="ref-date">
        {formatDateRange(ev.start, ev.end)}
        {ev.city || ev.country ? ` · ${ev.city ?? ev.country}` : ''}
        {ev.status !== 'held' || ev.origin === 'user' ? ` · ${statusShort(ev, now)}` : ''}
      </span>
    </button>
  );
}

/** Who met, short: up to three names per side, then "and N more"; every name with its role in "All participants". */
function WhoMet({ people, sovietEra }: { people: Participant[]; sovietEra: boolean }) {
  const sides: [Participant['side'], string][] = [
    ['us', 'United States'],
    ['ru', sovietEra ? 'Soviet Union' : 'Russia'],
    ['other', 'Also'],
  ];
  const rows = sides.map(([side, label]) => [label, people.filter((p) => p.side === side)] as const).filter(([, ps]) => ps.length);
  if (!rows.length) return null;
  const long = rows.some(([, ps]) => ps.length > PEOPLE_SHOWN) || people.some((p) => p.role);
  return (
    <section aria-labelledby="parley-who-h" data-testid="card-who">
      <h3 id="parley-who-h">Who met</h3>
      <dl>
        {rows.map(([label, ps]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>
              {ps
                .slice(0, PEOPLE_SHOWN)
                .map((p) => p.name)
                .join(', ')}
              {ps.length > PEOPLE_SHOWN ? ` and ${ps.length - PEOPLE_SHOWN} more` : ''}
            </dd>
          </Fragment>
        ))}
      </dl>
      {long && (
        <details class="all-people" data-testid="card-all-people">
          <summary>All participants ({people.length})</summary>
          <ul>
            {people.map((p, i) => (
              <li key={i}>
                {p.name}
                {p.role ? <span class="muted"> — {p.role}</span> : null}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

export function Card(props: CardProps) {
  const { mention, data, loading, error, onNavigate, onClose, now } = props;
  const [creating, setCreating] = useState(false);
  const ev = data?.event;
  const own = !props.canGoBack; // showing the mention's own event (or its unknown meeting)
  const unknown = own && mention.status === 'unknown' && !ev;
  const related = ev?.kind === 'related' || (own && mention.status === 'related');
  const reach = props.reach ?? DATASET_REACH;
  const newer = unknown && looksNewerThan(reach, mention.quote, props.createDefaults?.start);
  const status = ev && statusWords(ev, { now, ...(own ? { mention } : {}) });
  const forecast = !!ev && own && isForecast(mention, ev);
  const rel = ev && relativeToArticle(ev, props.publishedAt);
  const noteCount = data?.noteCount ?? 0;
  const why = own ? explainReasons(mention.reasons, { ...(ev ? { event: ev } : {}), publishedAt: props.publishedAt, titleOf: (id) => props.candidates?.find((c) => c.id === id)?.title }) : [];
  const user = ev?.origin === 'user';
  const meetings = props.meetings ?? [];

  const toNotes = (e: Event) => {
    const root = (e.currentTarget as HTMLElement).closest('.card');
    const section = root?.querySelector(`#${NOTES_ID}`) as HTMLElement | null;
    section?.scrollIntoView({ block: 'start' });
    // The notes are a frame (NotesSection.tsx); focused, it puts the caret in its note field.
    (section?.querySelector('textarea, iframe') as HTMLElement | null)?.focus({ preventScroll: true });
  };

  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={TITLE_ID}
      tabIndex={-1}
      data-testid="parley-card"
      data-event-id={ev?.id ?? ''}
      data-kind={unknown ? 'unknown' : related ? 'related' : user ? 'user' : 'mention'}
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
        {(ev || unknown) && (
          <button type="button" class="to-notes" data-testid="card-to-notes" onClick={toNotes}>
            Your notes{noteCount ? ` (${noteCount})` : ''}
          </button>
        )}
        <button type="button" class="close" aria-label="Close" data-testid="card-close" onClick={onClose}>
          ×
        </button>
      </header>

      {meetings.length > 1 && (
        <div class="meetings" role="tablist" aria-label="The meetings these words name" data-testid="card-meetings">
          {meetings.map((m, i) => (
            <button
              key={m.id}
              type="button"
              role="tab"
              aria-selected={i === (props.meetingIndex ?? 0) ? 'true' : 'false'}
              data-testid="card-meeting-tab"
              onClick={() => props.onPickMeeting?.(i)}
            >
              {m.city ?? m.country} · {formatDateRange(m.start, m.end)}
            </button>
          ))}
        </div>
      )}

      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {loading && !ev && !error && <p class="muted">Loading…</p>}

      {unknown && (
        <section data-testid="card-unknown" aria-label="Not in your database">
          <p class="unknown-note" data-testid="card-searched">
            {searchedSentence(searchedFor(mention, props.publishedAt))}
            {props.candidates?.length ? '; nearest:' : '.'}
          </p>
          {!!props.candidates?.length && (
            <ul class="refs" data-testid="card-candidates">
              {props.candidates.slice(0, NEAREST_SHOWN).map((c) => (
                <li key={c.id}>
                  <RefButton label="Nearest" ev={c} onNavigate={onNavigate} now={now} />
                </li>
              ))}
            </ul>
          )}
          <p class="muted">
            The page’s words <q>{mention.quote}</q> read like a US–Russia meeting; if it happened, it is not in your database yet.
          </p>
          {newer && (
            <p class="unknown-note" data-testid="card-newer">
              It looks newer than Parley’s events, which reach up to {formatDateRange(reach)}: the dataset may not hold it yet.
            </p>
          )}
          {props.onCreateEvent &&
            (creating ? (
              <CreateEventForm quote={mention.quote} defaults={props.createDefaults} onCreate={props.onCreateEvent} />
            ) : (
              <button type="button" class="secondary" data-testid="create-open" onClick={() => setCreating(true)}>
                Add this meeting to your database (as reported, unverified)…
              </button>
            ))}
        </section>
      )}

      {ev && (
        <>
          <section class="what" data-testid="card-what" aria-label="What and when">
            <p class="meta">
              <span class="kind">{KIND_LABEL[ev.kind]}</span>
              <span class={`status status-${status!.tone}`} data-testid="card-status">
                {status!.label}
              </span>
              {user && (
                <span class="origin" data-testid="card-origin">
                  Added by you
                </span>
              )}
            </p>
            {forecast && (
              <p class="forecast-note" data-testid="card-forecast">
                This article expected a meeting (<q>{mention.quote}</q>); the one on record is {ev.title}, held {formatDateRange(ev.start, ev.end)}.
              </p>
            )}
            {own && mention.tense === 'negated' && ev.status === 'held' && (
              <p class="forecast-note" data-testid="card-negated">
                This article speaks of a meeting that did not happen; the one on record was held {formatDateRange(ev.start, ev.end)}.
              </p>
            )}
            {related && (
              <p class="related-note" data-testid="card-related">
                Not a US–Russia meeting{ev.relation ? `: ${ev.relation}` : '.'}
              </p>
            )}
            {user && (
              <p class="muted" data-testid="card-unverified">
                You added this meeting from a page; no source in Parley’s dataset confirms it.
              </p>
            )}
            <dl>
              <dt>{ev.end && ev.end !== ev.start ? 'Dates' : 'Date'}</dt>
              <dd>
                <span data-testid="card-date">{formatDateRange(ev.start, ev.end)}</span>
                {rel && (
                  <span class="muted" data-testid="card-relative">
                    {' '}
                    ({rel})
                  </span>
                )}
              </dd>
              <dt>Place</dt>
              <dd data-testid="card-place">{formatPlace(ev.place)}</dd>
            </dl>
          </section>
          {ev.summary && (
            <p class="summary" data-testid="card-summary">
              {ev.summary}
            </p>
          )}
          {ev.outcomes.length > 0 && (
            <section aria-labelledby="parley-outcomes-h">
              <h3 id="parley-outcomes-h">What came of it</h3>
              <ul data-testid="card-outcomes">
                {ev.outcomes.map((o, i) => (
                  <li key={i}>{o}</li>
                ))}
              </ul>
            </section>
          )}
          <WhoMet people={ev.participants} sovietEra={ev.start < '1992'} />
          {((data && data.series.length > 1) || data?.before || data?.after) && (
            <section aria-labelledby="parley-timeline-h" data-testid="card-timeline">
              <h3 id="parley-timeline-h">Timeline</h3>
              {data && data.series.length > 1 && (
                <>
                  <p class="series-title">{ev.series?.title ?? 'Series'}</p>
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
                        <span class="muted" data-testid="series-status">
                          {' '}
                          · {statusShort(s, now)}
                          {s.id === ev.id ? ' · this one' : ''}
                        </span>
                      </li>
                    ))}
                  </ol>
                </>
              )}
              {(data?.before || data?.after) && (
                <nav class="timeline" aria-label="Meetings before and after">
                  {data?.before ? <RefButton label="Before" ev={data.before} onNavigate={onNavigate} now={now} /> : <span />}
                  {data?.after ? <RefButton label="After" ev={data.after} onNavigate={onNavigate} now={now} /> : <span />}
                </nav>
              )}
            </section>
          )}
          {ev.sources.length > 0 && (
            <section aria-labelledby="parley-sources-h">
              <h3 id="parley-sources-h">Sources</h3>
              <Sources sources={ev.sources} />
              {ev.evidence === 'single' && (
                <p class="muted" data-testid="card-evidence">
                  Reported by one source.
                </p>
              )}
            </section>
          )}
        </>
      )}

      {(ev || unknown) && (
        <div id={NOTES_ID} data-testid="card-notes-section">
          <NotesSection key={ev?.id ?? 'unknown'} openNotes={props.onOpenNotes} onEscape={onClose} />
        </div>
      )}

      {why.length > 0 && (
        <details class="why" data-testid="card-why">
          <summary>
            Why Parley thinks so{user || unknown ? '' : ` (${Math.round(mention.confidence * 100)}% sure)`}
          </summary>
          <ul>
            {why.slice(0, 6).map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </details>
      )}

      {(ev || unknown) && (
        <p class="muted reach" data-testid="card-reach">
          Parley’s events up to {formatDateRange(reach)}
        </p>
      )}
    </div>
  );
}
