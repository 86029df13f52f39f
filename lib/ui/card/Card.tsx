/**
 * The context card: everything Parley knows about the meeting a mention refers to. Pure view:
 * data and actions come in as props, so it renders the same in the page, in tests and anywhere else.
 * Every string from the page, the dataset or a note is rendered as text (Preact escapes it).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Mention } from '../../detect/types';
import type { CardData, EventRef } from '../../messages/protocol';
import type { NoteInput } from '../../notes/types';
import { KIND_LABEL, STATUS_LABEL, formatDateRange, formatPlace, safeHref } from '../format';

export interface CardProps {
  mention: Mention;
  /** null while loading or for an unknown meeting. */
  data: CardData | null;
  /** Candidates for an unknown mention. */
  candidates?: EventRef[];
  loading?: boolean;
  error?: string;
  onNavigate(eventId: string): void;
  onSaveNote(input: Pick<NoteInput, 'body' | 'tags'>): Promise<void>;
  onClose(): void;
}

function RefButton({ label, ev, onNavigate }: { label: string; ev: EventRef; onNavigate(id: string): void }) {
  return (
    <button type="button" class="ref" data-testid={`nav-${label.toLowerCase()}`} onClick={() => onNavigate(ev.id)}>
      <span class="ref-label">{label}</span>
      <span class="ref-title">{ev.title}</span>
      <span class="ref-date">{formatDateRange(ev.start, ev.end)}</span>
    </button>
  );
}

function NoteForm({ onSave }: { onSave: CardProps['onSaveNote'] }) {
  const [body, setBody] = useState('');
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | { error: string }>('idle');
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!body.trim()) return;
    setStatus('saving');
    try {
      const tags = [...body.matchAll(/(?:^|\s)#([\p{L}\p{N}_-]+)/gu)].map((m) => m[1]!);
      await onSave({ body, tags });
      setBody('');
      setStatus('saved');
    } catch (err) {
      setStatus({ error: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <form class="note-form" onSubmit={submit}>
      <label class="visually-hidden" for="parley-note-body">Your note</label>
      <textarea
        id="parley-note-body"
        data-testid="note-body"
        rows={3}
        placeholder="Add a note (the quote and this page are kept with it; #tags work)"
        value={body}
        onInput={(e) => setBody((e.target as HTMLTextAreaElement).value)}
      />
      <div class="row">
        <button type="submit" data-testid="note-save" disabled={!body.trim() || status === 'saving'}>
          Save note
        </button>
        <span role="status" class="muted">
          {status === 'saved' ? 'Saved.' : status === 'saving' ? 'Saving…' : typeof status === 'object' ? `Not saved: ${status.error}` : ''}
        </span>
      </div>
    </form>
  );
}

export function Card(props: CardProps) {
  const { mention, data, loading, error, onNavigate, onClose } = props;
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  const ev = data?.event;
  const titleId = 'parley-card-title';
  const related = mention.status === 'related' || ev?.kind === 'related';
  const usSide = ev?.participants.filter((p) => p.side === 'us') ?? [];
  const ruSide = ev?.participants.filter((p) => p.side === 'ru') ?? [];
  const others = ev?.participants.filter((p) => p.side === 'other') ?? [];

  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby={titleId} data-testid="parley-card" data-event-id={ev?.id ?? ''}>
      <header>
        <h2 id={titleId} data-testid="card-title">
          {ev ? ev.title : mention.status === 'unknown' ? 'A meeting not in your database' : 'Loading…'}
        </h2>
        <button type="button" class="close" ref={closeRef} aria-label="Close" data-testid="card-close" onClick={onClose}>
          ×
        </button>
      </header>
      {error && <p class="error" role="alert">{error}</p>}
      {loading && !ev && <p class="muted">Loading…</p>}
      {mention.status === 'unknown' && !ev && (
        <section data-testid="card-unknown">
          <p>
            Parley recognised “<q>{mention.quote}</q>” as a US–Russia meeting, but it is not in your database.
          </p>
          {!!props.candidates?.length && (
            <>
              <h3>Nearest known meetings</h3>
              <ul class="refs">
                {props.candidates.map((c) => (
                  <li key={c.id}>
                    <RefButton label="Candidate" ev={c} onNavigate={onNavigate} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {ev && (
        <>
          <p class="meta">
            <span class="kind">{KIND_LABEL[ev.kind]}</span>
            {ev.status !== 'held' && <span class={`status status-${ev.status}`} data-testid="card-status">{STATUS_LABEL[ev.status]}</span>}
          </p>
          {related && (
            <p class="related-note" data-testid="card-related">
              Not a US–Russia meeting{ev.relation ? `: ${ev.relation}` : '.'}
            </p>
          )}
          <dl>
            <dt>Date</dt>
            <dd data-testid="card-date">{formatDateRange(ev.start, ev.end)}</dd>
            <dt>Place</dt>
            <dd data-testid="card-place">{formatPlace(ev.place)}</dd>
            {usSide.length > 0 && (
              <>
                <dt>United States</dt>
                <dd>{usSide.map((p) => `${p.name} (${p.role})`).join('; ')}</dd>
              </>
            )}
            {ruSide.length > 0 && (
              <>
                <dt>{ev.start < '1992' ? 'Soviet Union' : 'Russia'}</dt>
                <dd>{ruSide.map((p) => `${p.name} (${p.role})`).join('; ')}</dd>
              </>
            )}
            {others.length > 0 && (
              <>
                <dt>Also</dt>
                <dd>{others.map((p) => `${p.name} (${p.role})`).join('; ')}</dd>
              </>
            )}
          </dl>
          <p class="summary" data-testid="card-summary">{ev.summary}</p>
          {ev.outcomes.length > 0 && (
            <>
              <h3>What came of it</h3>
              <ul>{ev.outcomes.map((o, i) => <li key={i}>{o}</li>)}</ul>
            </>
          )}
          {data && data.series.length > 1 && (
            <>
              <h3>{ev.series?.title ?? 'Series'}</h3>
              <ol class="series">
                {data.series.map((s) => (
                  <li key={s.id} aria-current={s.id === ev.id ? 'true' : undefined}>
                    {s.id === ev.id ? <strong>{formatDateRange(s.start, s.end)}</strong> : (
                      <button type="button" class="linkish" onClick={() => onNavigate(s.id)}>{formatDateRange(s.start, s.end)}</button>
                    )}
                  </li>
                ))}
              </ol>
            </>
          )}
          {(data?.before || data?.after) && (
            <nav class="timeline" aria-label="Meetings before and after">
              {data?.before && <RefButton label="Before" ev={data.before} onNavigate={onNavigate} />}
              {data?.after && <RefButton label="After" ev={data.after} onNavigate={onNavigate} />}
            </nav>
          )}
          {ev.sources.length > 0 && (
            <>
              <h3>Sources</h3>
              <ul class="sources">
                {ev.sources.map((s, i) => {
                  const href = safeHref(s.url);
                  return (
                    <li key={i}>
                      {href ? <a href={href} target="_blank" rel="noopener noreferrer">{s.title}</a> : s.title}
                      {s.publisher ? <span class="muted"> · {s.publisher}</span> : null}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </>
      )}
      {mention.reasons.length > 0 && (
        <details class="why" data-testid="card-why">
          <summary>Why Parley matched this ({Math.round(mention.confidence * 100)}%)</summary>
          <ul>{mention.reasons.map((r, i) => <li key={i}>{r}</li>)}</ul>
        </details>
      )}
      {(ev || mention.status === 'unknown') && (
        <section class="notes" aria-label="Your notes">
          <h3>Your notes</h3>
          {data?.notes.length ? (
            <ul data-testid="card-notes">
              {data.notes.map((n) => (
                <li key={n.id} class="note">
                  <p class="note-body">{n.body}</p>
                  {n.target?.quote.exact && <p class="muted">“{n.target.quote.exact}”</p>}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">No notes yet.</p>
          )}
          <NoteForm onSave={props.onSaveNote} />
        </section>
      )}
    </div>
  );
}
