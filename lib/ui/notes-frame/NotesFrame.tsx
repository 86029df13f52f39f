/**
 * The card's notes, inside their own extension-origin frame (entrypoints/notes-frame/): the notes
 * already written on the event and the form for a new one. A page's scripts cannot read this
 * document (another origin) and never see the keys typed into it.
 *
 * The frame learns what it is for by redeeming the one-time token in its address (see
 * lib/messages/notes-tokens.ts), then reads and writes notes through the background as an
 * extension page. It follows changes made elsewhere (the popup, another tab) through the data
 * revision every writer bumps.
 */
import { useEffect, useState } from 'preact/hooks';
import type { NotesContext } from '../../messages/protocol';
import { renderMarkdown } from '../../notes/markdown';
import type { Note, NoteInput } from '../../notes/types';
import { NoteForm } from '../note-form';
import { tagsNotInBody, withTagChips } from './tags';

export interface NotesFrameApi {
  redeem(token: string): Promise<NotesContext | null>;
  getNotes(eventId: string): Promise<Note[]>;
  saveNote(input: NoteInput): Promise<void>;
  /** Calls `changed` whenever notes may have changed anywhere; returns how to stop. */
  watch(changed: () => void): () => void;
}

function NoteView({ note }: { note: Note }) {
  const extra = tagsNotInBody(note.body, note.tags);
  return (
    <li class="note" data-testid="card-note">
      <div class="md note-body">{withTagChips(renderMarkdown(note.body), note.tags)}</div>
      {extra.length > 0 && (
        <p class="tags" aria-label="Tags">
          {extra.map((t) => (
            <span key={t} class="tag" data-tag={t}>
              #{t}
            </span>
          ))}
        </p>
      )}
      {note.target?.quote.exact && <p class="muted note-quote">“{note.target.quote.exact}”</p>}
    </li>
  );
}

export function NotesFrame({ token, api }: { token: string; api: NotesFrameApi }) {
  // undefined: redeeming; null: no (or a spent) token, so nothing to show.
  const [context, setContext] = useState<NotesContext | null | undefined>(undefined);
  const [notes, setNotes] = useState<Note[]>([]);
  const [revision, setRevision] = useState(0);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let stale = false;
    (token ? api.redeem(token) : Promise.resolve(null))
      .then((c) => !stale && setContext(c))
      .catch(() => !stale && setContext(null));
    return () => void (stale = true);
  }, [token]);

  useEffect(() => api.watch(() => setRevision((n) => n + 1)), []);

  const eventId = context?.eventId;
  useEffect(() => {
    if (!eventId) return;
    let stale = false;
    api
      .getNotes(eventId)
      .then((n) => {
        if (stale) return;
        setNotes(n);
        setError(undefined);
      })
      .catch((err) => !stale && setError(err instanceof Error ? err.message : String(err)));
    return () => void (stale = true);
  }, [eventId, revision]);

  if (context === undefined) return <p class="muted">Loading…</p>;
  if (context === null) return <p class="muted" data-testid="notes-expired">Open the card again to see your notes here.</p>;
  return (
    <div class="notes" data-testid="notes-frame">
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {notes.length ? (
        <ul data-testid="card-notes">
          {notes.map((n) => (
            <NoteView key={n.id} note={n} />
          ))}
        </ul>
      ) : (
        <p class="muted">No notes yet.</p>
      )}
      <NoteForm
        placeholder="Add a note (the quote and this page are kept with it; a #tag becomes a chip)"
        onSave={async ({ body, tags }) => {
          await api.saveNote({ eventId: context.eventId, ...(context.mention ? { mention: context.mention } : {}), body, tags: tags ?? [], target: context.target });
          setRevision((n) => n + 1);
        }}
      />
    </div>
  );
}
