/**
 * All the reader's notes: full-text search over notes and events, filters by tag and event, edit in
 * place, delete with undo. Live: Dexie's liveQuery re-reads whenever the notes or events tables
 * change in any context (a note saved from a card on a page appears here at once).
 *
 * Shared by the popup and the options page.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ParleyDB } from '../../db/database';
import { describeStorageError } from '../../db/storage';
import type { StoredEvent } from '../../events/types';
import { EventSearch, NoteSearch } from '../../notes/search';
import type { Note } from '../../notes/types';
import { editNote, removeNote, undoRemoveNote } from '../actions';
import { AddedByYou } from '../added-by-you';
import { formatDateRange } from '../format';
import { useLiveQuery } from '../use-live-query';
import { eventPageUrl, onEventLinkClick } from '../event-link';
import { useStatusEpoch } from '../options/status-epoch';
import { groupNotes, NotesList, type NoteActions } from './NotesList';

const UNDO_MS = 15_000;
/** Notes rendered at first; "Show more" adds as many again. Rendering 10 000 notes would take seconds. */
export const PAGE_SIZE = 100;
const UNKNOWN = '__unknown__';

interface Data {
  notes: Note[];
  events: StoredEvent[];
}

export function useNotesData(db: ParleyDB) {
  return useLiveQuery<Data | null>(
    () => db.transaction('r', db.notes, db.events, async () => {
      const [notes, events] = await Promise.all([db.notes.orderBy('createdAt').reverse().toArray(), db.events.toArray()]);
      return { notes, events };
    }),
    [db],
    null,
  );
}

/** Search results: ids of matching notes (null while there is no query) and matching events. */
function useSearch(data: Data | null, query: string) {
  const noteIndex = useRef(new NoteSearch());
  const [indexed, setIndexed] = useState<{ rev: number; ready: boolean }>({ rev: 0, ready: false });
  const eventsById = useMemo(() => new Map((data?.events ?? []).map((e) => [e.id, e])), [data?.events]);
  const eventIndex = useMemo(() => (data && query.trim() ? new EventSearch(data.events) : null), [data?.events, !!query.trim()]);
  const active = !!query.trim();

  // Index a moment after the panel opens (in chunks, so nothing stalls), or at once when the reader
  // searches first; then follow every change incrementally.
  const [warm, setWarm] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setWarm(true), 400);
    return () => clearTimeout(t);
  }, []);
  useEffect(() => {
    if (!data || !(active || warm)) return;
    let live = true;
    void noteIndex.current.syncAsync(data.notes, (id) => eventsById.get(id)).then(() => {
      if (live) setIndexed((s) => ({ rev: s.rev + 1, ready: true }));
    });
    return () => {
      live = false;
    };
  }, [data, active, warm, eventsById]);

  return useMemo(() => {
    if (!active || !data) return { noteIds: null as Set<string> | null, events: [] as StoredEvent[], indexing: false };
    const events = (eventIndex?.search(query, 50) ?? []).map((id) => eventsById.get(id)!).filter(Boolean);
    if (!indexed.ready) return { noteIds: null, events: events.slice(0, 6), indexing: true };
    const ids = new Set(noteIndex.current.search(query));
    // Notes on events whose names (aliases too, in any language) match the whole query.
    const eventIds = new Set(events.map((e) => e.id));
    for (const n of data.notes) if (n.eventId && eventIds.has(n.eventId)) ids.add(n.id);
    return { noteIds: ids, events: events.slice(0, 6), indexing: false };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, data, query, indexed, eventIndex]);
}

/** A label cut to `max` characters at a word, so a long event title cannot widen the popup. */
export function shorten(label: string, max = 42): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const at = cut.lastIndexOf(' ');
  return `${(at > max / 2 ? cut.slice(0, at) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

export function NotesPanel({ db, headingLevel = 2, autoFocusSearch = false, closeOnOpen = false }: { db: ParleyDB; headingLevel?: 2 | 3; autoFocusSearch?: boolean; closeOnOpen?: boolean }) {
  const { value: data, error } = useNotesData(db);
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState('');
  const [eventId, setEventId] = useState('');
  const [undo, setUndo] = useState<{ note: Note; at: number } | null>(null);
  const [status, setStatus] = useState<{ error?: string; text?: string }>({});
  const search = useSearch(data, query);
  const searchRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const [focusAfterDelete, setFocusAfterDelete] = useState<string | null>(null);
  // On the options page, an import or reset elsewhere makes "Note saved." and an undo offer stale.
  useStatusEpoch('notes', () => {
    setStatus({});
    setUndo(null);
  });

  useEffect(() => {
    if (autoFocusSearch) searchRef.current?.focus();
  }, [autoFocusSearch]);

  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(t);
  }, [undo]);

  const eventsById = useMemo(() => new Map((data?.events ?? []).map((e) => [e.id, e])), [data?.events]);

  const tagOptions = useMemo(() => {
    const counts = new Map<string, number>();
    for (const n of data?.notes ?? []) for (const t of n.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts].sort((a, b) => a[0].localeCompare(b[0]));
  }, [data?.notes]);

  const eventOptions = useMemo(() => {
    const counts = new Map<string, number>();
    for (const n of data?.notes ?? []) {
      const k = n.eventId ?? UNKNOWN;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return [...counts]
      .map(([id, count]) => {
        const e = eventsById.get(id);
        const label = id === UNKNOWN ? 'Meetings not in your database' : e ? `${e.title} (${e.start.slice(0, 4)})` : `${id} (no longer in the database)`;
        return { id, label, short: shorten(label), count, sort: e?.sortKey ?? `~${id}` };
      })
      .sort((a, b) => b.sort.localeCompare(a.sort));
  }, [data?.notes, eventsById]);

  // A filter whose last note went away would hide everything: drop it.
  useEffect(() => {
    if (!data) return;
    if (tag && !tagOptions.some(([t]) => t === tag)) setTag('');
    if (eventId && !eventOptions.some((o) => o.id === eventId)) setEventId('');
  }, [data, tagOptions, eventOptions]);

  const shown = useMemo(() => {
    if (!data) return [];
    return data.notes.filter(
      (n) =>
        (!tag || n.tags.includes(tag)) &&
        (!eventId || (eventId === UNKNOWN ? n.eventId === null : n.eventId === eventId)) &&
        (!search.noteIds || search.noteIds.has(n.id)),
    );
  }, [data, tag, eventId, search.noteIds]);
  const [limit, setLimit] = useState(PAGE_SIZE);
  useEffect(() => setLimit(PAGE_SIZE), [tag, eventId, query]);
  // Newest first overall, so the first page holds the newest notes; grouping keeps that order.
  const groups = useMemo(() => groupNotes(shown.slice(0, limit), eventsById), [shown, limit, eventsById]);

  const actions: NoteActions = {
    async onSave(id, patch) {
      await editNote(db, id, patch);
      setStatus({ text: 'Note saved.' });
    },
    async onDelete(note) {
      // Where the reader is goes on: focus moves to the note after the deleted one (else the one
      // before, else the heading), never to the top of the document.
      const order = groups.flatMap((g) => g.notes.map((n) => n.id));
      const at = order.indexOf(note.id);
      const next = order[at + 1] ?? order[at - 1];
      try {
        const gone = await removeNote(db, note.id);
        if (gone) setUndo({ note: gone, at: Date.now() });
        setStatus({});
        setFocusAfterDelete(next ?? '');
      } catch (err) {
        setStatus({ error: describeStorageError(err) });
      }
    },
    onTag: (t) => setTag(t),
  };

  const doUndo = async () => {
    if (!undo) return;
    try {
      await undoRemoveNote(db, undo.note);
      setUndo(null);
      setStatus({ text: 'Note restored.' });
    } catch (err) {
      setStatus({ error: describeStorageError(err) });
    }
  };

  useEffect(() => {
    if (focusAfterDelete === null) return;
    // After the list re-rendered without the note.
    const target = focusAfterDelete
      ? panelRef.current?.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(focusAfterDelete)}"] [data-testid="note-edit"]`)
      : null;
    (target ?? headingRef.current)?.focus();
    setFocusAfterDelete(null);
  }, [focusAfterDelete, groups]);

  const H = `h${headingLevel}` as 'h2';
  const total = data?.notes.length ?? 0;
  const filtered = !!(tag || eventId || search.noteIds);
  return (
    <section class="notes-panel" aria-labelledby="notes-heading" ref={panelRef}>
      <H id="notes-heading" tabIndex={-1} ref={headingRef}>
        Your notes {data && <span class="count muted">({filtered ? `${shown.length} of ${total}` : total})</span>}
      </H>
      {error && <p class="error" role="alert">Could not read your notes: {describeStorageError(error)}</p>}
      {/* Search is always there: it finds events too, with or without notes. */}
      <div class="filters" role="search">
        <div class="search-row">
          <label class="visually-hidden" for="notes-search">Search notes and events</label>
          <input id="notes-search" ref={searchRef} type="search" data-testid="notes-search" placeholder="Search notes and events…"
            value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
          {query && (
            <button type="button" class="search-clear" data-testid="search-clear" aria-label="Clear search"
              onClick={() => {
                setQuery('');
                searchRef.current?.focus();
              }}>
              ×
            </button>
          )}
        </div>
        {data && total > 0 && (
          <div class="filter-row">
            <label>
              <span class="visually-hidden">Filter by tag</span>
              <select data-testid="filter-tag" value={tag} onChange={(e) => setTag((e.target as HTMLSelectElement).value)}>
                <option value="">All tags</option>
                {tagOptions.map(([t, c]) => <option key={t} value={t}>#{shorten(t, 30)} ({c})</option>)}
              </select>
            </label>
            <label>
              <span class="visually-hidden">Filter by event</span>
              <select data-testid="filter-event" value={eventId} onChange={(e) => setEventId((e.target as HTMLSelectElement).value)}>
                <option value="">All events</option>
                {eventOptions.map((o) => <option key={o.id} value={o.id} title={o.label}>{o.short} ({o.count})</option>)}
              </select>
            </label>
            {filtered && (
              <button type="button" class="linkish" data-testid="filters-clear" onClick={() => { setQuery(''); setTag(''); setEventId(''); }}>
                Clear
              </button>
            )}
          </div>
        )}
      </div>
      {search.events.length > 0 && (
        <div class="event-hits" data-testid="event-hits">
          <p class="muted">Events matching “{query.trim()}”:</p>
          <ul>
            {search.events.map((e) => {
              const count = eventOptions.find((o) => o.id === e.id)?.count ?? 0;
              return (
                <li key={e.id} data-testid="event-hit" data-event-id={e.id}>
                  <a href={eventPageUrl(e.id)} data-testid="event-hit-open" onClick={onEventLinkClick(e.id, closeOnOpen)}>{e.title}</a>
                  <span class="muted"> · {formatDateRange(e.start, e.end)} · </span>
                  {e.origin === 'user' && <><AddedByYou event={e} /><span class="muted"> · </span></>}
                  {count ? (
                    <button type="button" class="linkish" data-testid="event-hit-notes" onClick={() => { setEventId(e.id); setQuery(''); }}>
                      {count} {count === 1 ? 'note' : 'notes'}
                    </button>
                  ) : <span class="muted">no notes yet</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <div aria-live="polite" class="status-line">
        {undo && (
          <p class="undo" data-testid="undo-bar">
            Note deleted.{' '}
            <button type="button" class="primary" data-testid="undo" onClick={() => void doUndo()}>Undo</button>
          </p>
        )}
        {!undo && status.text && <p class="muted">{status.text}</p>}
      </div>
      {status.error && <p class="error" role="alert">{status.error}</p>}
      {search.indexing && <p class="muted" role="status">Searching…</p>}
      {data ? (
        <NotesList groups={groups} actions={actions} emptyText={total ? 'No notes match.' : undefined} closeOnOpen={closeOnOpen} />
      ) : (
        !error && <p class="muted">Loading…</p>
      )}
      {shown.length > limit && (
        <p class="row more">
          <span class="muted">Showing the newest {limit} of {shown.length}.</span>
          <button type="button" data-testid="notes-more" onClick={() => setLimit((l) => l + PAGE_SIZE * 2)}>Show more</button>
        </p>
      )}
    </section>
  );
}
