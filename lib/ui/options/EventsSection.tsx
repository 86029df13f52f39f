/**
 * The reader's events: create, edit and delete their own; edit a bundled one and revert the edit.
 * Aliases entered here reach pages at once (every write bumps the events revision and signals the
 * content scripts to rebuild their matcher).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ParleyDB } from '../../db/database';
import { describeStorageError } from '../../db/storage';
import { toMeetingEvent } from '../../db/user-events';
import type { StoredEvent } from '../../events/types';
import { EventSearch } from '../../notes/search';
import { addEvent, removeEvent, revertEventEdit, saveEvent } from '../actions';
import { AddedByYou } from '../added-by-you';
import { formatDateRange, formatPlace } from '../format';
import { useLiveQuery } from '../use-live-query';
import { eventPageUrl, onEventLinkClick } from '../event-link';
import { EventForm } from './EventForm';
import { useStatusEpoch } from './status-epoch';

type Editing = { mode: 'create' } | { mode: 'edit-user' | 'edit-bundled'; event: StoredEvent } | null;

export function EventsSection({ db }: { db: ParleyDB }) {
  const { value } = useLiveQuery(
    () => db.transaction('r', db.events, db.bundled, db.notes, async () => {
      const events = await db.events.orderBy('sortKey').toArray();
      const bundledIds = new Set((await db.bundled.toCollection().primaryKeys()) as string[]);
      const noteCounts = new Map<string, number>();
      await db.notes.each((n) => n.eventId && noteCounts.set(n.eventId, (noteCounts.get(n.eventId) ?? 0) + 1));
      return { events, bundledIds, noteCounts };
    }),
    [db],
    null,
  );
  const [editing, setEditing] = useState<Editing>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [status, setStatus] = useState<{ text?: string; error?: string }>({});
  const [query, setQuery] = useState('');
  // After a create, save or delete the form or row is gone: focus goes to the line saying what happened.
  const statusRef = useRef<HTMLParagraphElement>(null);
  useStatusEpoch('events', () => setStatus({}));
  const [focusStatus, setFocusStatus] = useState(0);
  useEffect(() => {
    if (focusStatus) statusRef.current?.focus();
  }, [focusStatus]);

  const mine = value?.events.filter((e) => e.origin === 'user') ?? [];
  const edited = value?.events.filter((e) => e.origin === 'bundled' && e.edited) ?? [];
  const index = useMemo(() => (value ? new EventSearch(value.events.filter((e) => e.origin === 'bundled')) : null), [value?.events]);
  const hits = query.trim() && index && value ? index.search(query, 8).map((id) => value.events.find((e) => e.id === id)!).filter(Boolean) : [];

  const run = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      setStatus({ text: done });
      setFocusStatus((n) => n + 1);
    } catch (err) {
      setStatus({ error: describeStorageError(err) });
    }
  };

  const row = (e: StoredEvent, kind: 'mine' | 'edited') => {
    const notes = value?.noteCounts.get(e.id) ?? 0;
    return (
      <li key={e.id} class="event-row" data-testid={kind === 'mine' ? 'user-event' : 'edited-event'} data-event-id={e.id}>
        <div>
          <strong><a href={eventPageUrl(e.id)} data-testid="event-open" onClick={onEventLinkClick(e.id, false)}>{e.title}</a></strong>{' '}
          <AddedByYou event={e} />
          <span class="muted"> · {formatDateRange(e.start, e.end)} · {formatPlace(e.place)}{notes ? ` · ${notes} ${notes === 1 ? 'note' : 'notes'}` : ''}</span>
          <div class="muted small">Names: {[...e.aliases.en, ...e.aliases.ru, ...(e.aliases.uk ?? [])].join(' · ') || '—'}</div>
        </div>
        <div class="row">
          <button type="button" data-testid="event-edit" onClick={() => setEditing({ mode: kind === 'mine' ? 'edit-user' : 'edit-bundled', event: e })}>Edit</button>
          {kind === 'mine' ? (
            confirmDelete === e.id ? (
              <span class="confirm" role="group" aria-label={`Delete ${e.title}?`}>
                <span>Delete “{e.title}”?{notes ? ` Your ${notes} ${notes === 1 ? 'note' : 'notes'} on it ${notes === 1 ? 'is' : 'are'} kept.` : ''}</span>{' '}
                <button type="button" class="danger-solid" data-testid="event-delete-confirm"
                  onClick={() => { setConfirmDelete(null); void run(() => removeEvent(db, e.id), `Deleted “${e.title}”.`); }}>Delete</button>{' '}
                <button type="button" onClick={() => setConfirmDelete(null)}>Keep</button>
              </span>
            ) : (
              <button type="button" class="linkish danger" data-testid="event-delete" onClick={() => setConfirmDelete(e.id)}>Delete…</button>
            )
          ) : value?.bundledIds.has(e.id) ? (
            <button type="button" data-testid="event-revert" onClick={() => void run(() => revertEventEdit(db, e.id), `“${e.title}” is back to Parley’s version.`)}>Revert to Parley’s version</button>
          ) : (
            <span class="muted">(no longer in the dataset)</span>
          )}
        </div>
      </li>
    );
  };

  if (editing) {
    return (
      <section id="events" aria-labelledby="events-heading">
        <h2 id="events-heading">Events</h2>
        <EventForm
          mode={editing.mode}
          initial={editing.mode === 'create' ? undefined : toMeetingEvent(editing.event)}
          onCancel={() => setEditing(null)}
          onSave={async (draft) => {
            const saved = editing.mode === 'create' ? await addEvent(db, draft) : await saveEvent(db, { ...draft, id: editing.event.id });
            setEditing(null);
            setStatus({ text: editing.mode === 'create' ? `Created “${saved.title}”. Parley now finds it on pages.` : `Saved “${saved.title}”.` });
            setFocusStatus((n) => n + 1);
          }}
        />
      </section>
    );
  }

  return (
    <section id="events" aria-labelledby="events-heading">
      <h2 id="events-heading">Events</h2>
      <p class="muted">Add meetings Parley does not know, with the names articles use for them, and Parley marks them on pages too.</p>
      <div class="row">
        <button type="button" class="primary" data-testid="event-new" onClick={() => setEditing({ mode: 'create' })}>New event…</button>
      </div>
      <div aria-live="polite">{status.text && <p class="ok" data-testid="events-status" tabIndex={-1} ref={statusRef}>{status.text}</p>}</div>
      {status.error && <p class="error" role="alert">{status.error}</p>}
      <h3>Your events {value && <span class="count muted">({mine.length})</span>}</h3>
      {mine.length ? <ul class="event-list">{mine.map((e) => row(e, 'mine'))}</ul> : <p class="muted">None yet.</p>}
      <h3>Your edits of Parley’s events {value && <span class="count muted">({edited.length})</span>}</h3>
      {edited.length ? <ul class="event-list">{edited.map((e) => row(e, 'edited'))}</ul> : <p class="muted">None.</p>}
      <h3>Edit one of Parley’s events</h3>
      <label class="visually-hidden" for="bundled-search">Find one of Parley’s events</label>
      <input id="bundled-search" type="search" data-testid="bundled-search" placeholder="Find an event: Helsinki 2018, Reykjavik, Lavrov…"
        value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      {hits.length > 0 && (
        <ul class="event-list">
          {hits.map((e) => (
            <li key={e.id} class="event-row" data-testid="bundled-hit">
              <div>
                <strong><a href={eventPageUrl(e.id)} data-testid="event-open" onClick={onEventLinkClick(e.id, false)}>{e.title}</a></strong>
                <span class="muted"> · {formatDateRange(e.start, e.end)}{e.edited ? ' · edited by you' : ''}</span>
              </div>
              <button type="button" onClick={() => { setQuery(''); setEditing({ mode: 'edit-bundled', event: e }); }}>Edit</button>
            </li>
          ))}
        </ul>
      )}
      {query.trim() && !hits.length && <p class="muted">No event matches.</p>}
    </section>
  );
}
