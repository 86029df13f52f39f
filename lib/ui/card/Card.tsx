/**
 * The context card: everything Parley knows about the meeting a mention refers to. Pure view:
 * data and actions come in as props, so it renders the same in the page, in tests and anywhere else
 * (CardPanel.tsx holds the state and talks to the background).
 * Every string from the page, the dataset or a note is rendered as text (Preact escapes it), and
 * only http(s) links are ever links.
 */
import { useState } from 'preact/hooks';
import type { Mention } from '../../detect/types';
import type { EventKind, EventStatus, Participant } from '../../events/types';
import type { CardData, EventRef, NewEventInput } from '../../messages/protocol';
import type { NoteInput } from '../../notes/types';
import { DATASET_REACH, looksNewerThan } from '../../events/reach';
import { KIND_LABEL, STATUS_LABEL, formatDateRange, formatPlace, safeHref } from '../format';

export const TITLE_ID = 'parley-card-title';

export type NewEventFields = Omit<NewEventInput, 'quote' | 'source'>;

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

const tagsOf = (body: string) => [...body.matchAll(/(?:^|\s)#([\p{L}\p{N}_-]+)/gu)].map((m) => m[1]!);

function NoteForm({ onSave }: { onSave: CardProps['onSaveNote'] }) {
  const [body, setBody] = useState('');
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | { error: string }>('idle');
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!body.trim()) return;
    setStatus('saving');
    try {
      await onSave({ body, tags: tagsOf(body) });
      setBody('');
      setStatus('saved');
    } catch (err) {
      setStatus({ error: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <form class="note-form" onSubmit={submit}>
      <label class="visually-hidden" for="parley-note-body">
        Your note
      </label>
      <textarea
        id="parley-note-body"
        data-testid="note-body"
        rows={3}
        placeholder="Add a note (the quote and this page are kept with it; #tags work)"
        value={body}
        onInput={(e) => setBody((e.target as HTMLTextAreaElement).value)}
      />
      <div class="row">
        <button type="submit" class="primary" data-testid="note-save" disabled={!body.trim() || status === 'saving'}>
          Save note
        </button>
        <span role="status" class="muted" data-testid="note-status">
          {status === 'saved' ? 'Saved.' : status === 'saving' ? 'Saving…' : typeof status === 'object' ? `Not saved: ${status.error}` : ''}
        </span>
      </div>
    </form>
  );
}

const KINDS: EventKind[] = ['summit', 'ministerial', 'envoy', 'working-level', 'call', 'sideline'];
const STATUSES: EventStatus[] = ['held', 'planned', 'cancelled'];
const DATE_RE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** "Add this meeting to your database": title, date, place; the quote becomes its alias. */
export function CreateEventForm({ quote, defaults, onCreate }: { quote: string; defaults?: Partial<NewEventFields>; onCreate(input: NewEventFields): Promise<void> }) {
  const [f, setF] = useState<NewEventFields>({
    title: defaults?.title ?? '',
    start: defaults?.start ?? '',
    city: defaults?.city ?? '',
    country: defaults?.country ?? '',
    kind: defaults?.kind ?? 'working-level',
    status: defaults?.status ?? 'held',
  });
  const [status, setStatus] = useState<'idle' | 'saving' | { error: string }>('idle');
  const set = (k: keyof NewEventFields) => (e: Event) => setF({ ...f, [k]: (e.target as HTMLInputElement).value });
  const dateOk = DATE_RE.test(f.start.trim());
  const ready = !!f.title.trim() && dateOk && !!f.country.trim();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!ready) return;
    setStatus('saving');
    try {
      await onCreate({ ...f, title: f.title.trim(), start: f.start.trim() });
      setStatus('idle');
    } catch (err) {
      setStatus({ error: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <form class="create-form" data-testid="create-form" onSubmit={submit}>
      <p class="muted">
        Parley will find “{quote}” on pages from now on. You can add details later in Parley’s options.
      </p>
      <label>
        <span>Title</span>
        <input data-testid="create-title" value={f.title} onInput={set('title')} required maxLength={200} />
      </label>
      <div class="two">
        <label>
          <span>Date</span>
          <input
            data-testid="create-date"
            value={f.start}
            onInput={set('start')}
            required
            placeholder="YYYY-MM-DD"
            aria-describedby="parley-date-hint"
            aria-invalid={f.start && !dateOk ? 'true' : undefined}
          />
        </label>
        <label>
          <span>Status</span>
          <select data-testid="create-status" value={f.status} onChange={set('status')}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id="parley-date-hint" class="hint muted">
        A year, a month (2025-10) or a day (2025-10-21).
      </p>
      <div class="two">
        <label>
          <span>City</span>
          <input data-testid="create-city" value={f.city} onInput={set('city')} maxLength={120} />
        </label>
        <label>
          <span>Country</span>
          <input data-testid="create-country" value={f.country} onInput={set('country')} required maxLength={120} />
        </label>
      </div>
      <label>
        <span>Kind</span>
        <select data-testid="create-kind" value={f.kind} onChange={set('kind')}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </label>
      <div class="row">
        <button type="submit" class="primary" data-testid="create-save" disabled={!ready || status === 'saving'}>
          Add to my database
        </button>
        <span role="status" class="muted">
          {status === 'saving' ? 'Adding…' : typeof status === 'object' ? `Not added: ${status.error}` : ''}
        </span>
      </div>
    </form>
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

      {(ev || unknown) && (
        <section class="notes" aria-labelledby="parley-notes-h">
          <h3 id="parley-notes-h">Your notes</h3>
          {data?.notes.length ? (
            <ul data-testid="card-notes">
              {data.notes.map((n) => (
                <li key={n.id} class="note">
                  <p class="note-body">{n.body}</p>
                  {n.target?.quote.exact && <p class="muted note-quote">“{n.target.quote.exact}”</p>}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">No notes yet.</p>
          )}
          <NoteForm onSave={props.onSaveNote} />
        </section>
      )}
      {(ev || unknown) && (
        <p class="muted reach" data-testid="card-reach">
          Parley’s events up to {formatDateRange(reach)}
        </p>
      )}
    </div>
  );
}
