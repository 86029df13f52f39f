/**
 * The reader's notes, grouped by event, newest first; each note editable in place and deletable.
 * Bodies go through the light-Markdown renderer (text nodes and a fixed set of elements only);
 * quotes, titles and URLs from pages are text; only http(s) links are ever made.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredEvent } from '../../events/types';
import { renderMarkdown } from '../../notes/markdown';
import { tagsNotInBody, withTagChips } from '../notes-frame/tags';
import { noteSourceUrl } from '../../notes/link';
import type { Note } from '../../notes/types';
import { MAX_NOTE_BODY } from '../../db/notes';
import { mergeTags, takeHashtags } from '../../notes/tags';
import { describeStorageError } from '../../db/storage';
import { AddedByYou } from '../added-by-you';
import { eventPageUrl, onEventLinkClick } from '../event-link';
import { TagChips } from '../tag-chips';
import { formatDateRange } from '../format';

export interface NoteGroup {
  key: string;
  event?: StoredEvent;
  /** For notes on an unknown meeting. */
  label: string;
  notes: Note[];
}

export function groupNotes(notes: readonly Note[], events: ReadonlyMap<string, StoredEvent>): NoteGroup[] {
  const groups = new Map<string, NoteGroup>();
  for (const n of notes) {
    const key = n.eventId ?? `unknown:${n.mention ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      const event = n.eventId ? events.get(n.eventId) : undefined;
      g = { key, event, label: event?.title ?? (n.eventId ? `Event ${n.eventId} (no longer in the database)` : `Not in your database: “${n.mention ?? 'a meeting'}”`), notes: [] };
      groups.set(key, g);
    }
    g.notes.push(n);
  }
  // Newest note first within a group; groups ordered by their newest note.
  const list = [...groups.values()];
  for (const g of list) g.notes.sort((a, b) => b.createdAt - a.createdAt);
  return list.sort((a, b) => b.notes[0]!.createdAt - a.notes[0]!.createdAt);
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const formatTime = (ms: number) => dateTime.format(new Date(ms));

export interface NoteActions {
  onSave(id: string, patch: { body: string; tags: string[] }): Promise<void>;
  onDelete(note: Note): Promise<void>;
  onTag?(tag: string): void;
}

export { TagChips };

function NoteEditor({ note, onSave, onCancel }: { note: Note; onSave: NoteActions['onSave']; onCancel(): void }) {
  // Hashtags left in older notes' text become chips as soon as the note is edited.
  const [start] = useState(() => takeHashtags(note.body));
  const [body, setBody] = useState(start.body);
  const [tags, setTags] = useState(() => mergeTags(note.tags, start.tags));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  const bodyId = `edit-body-${note.id}`;
  const errId = `edit-error-${note.id}`;
  const save = async (e?: Event) => {
    e?.preventDefault();
    // #tags typed into the text become chips and leave the text.
    const taken = takeHashtags(body);
    if (!taken.body.trim()) return setError('A note needs some text.');
    setBusy(true);
    try {
      await onSave(note.id, { body: taken.body, tags: mergeTags(tags, taken.tags) });
    } catch (err) {
      setError(describeStorageError(err));
      setBusy(false);
    }
  };
  return (
    <form class="note-editor" data-testid="note-editor" onSubmit={save}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(e);
      }}
    >
      <label for={bodyId}>Note</label>
      <textarea id={bodyId} ref={ref} data-testid="note-edit-body" rows={Math.min(12, Math.max(3, body.split('\n').length + 1))}
        maxLength={MAX_NOTE_BODY} value={body} aria-describedby={error ? errId : undefined}
        onInput={(e) => {
          setBody((e.target as HTMLTextAreaElement).value);
          if (error) setError(undefined);
        }} />
      <TagChips tags={tags} onChange={setTags} idBase={`edit-tags-${note.id}`} />
      {error && <p class="error" role="alert" id={errId}>{error}</p>}
      <div class="row">
        <button type="submit" class="primary" data-testid="note-edit-save" disabled={busy}>Save</button>
        <button type="button" data-testid="note-edit-cancel" onClick={onCancel}>Cancel</button>
        <span class="muted hint">Ctrl+Enter saves · Esc cancels</span>
      </div>
    </form>
  );
}

export function NoteItem({ note: given, actions }: { note: Note; actions: NoteActions }) {
  const [editing, setEditing] = useState(false);
  // What was just saved, over the note as the list had it then. The list gets the saved note from
  // its database query a moment after the save resolves; until then the closed editor would show
  // the old text again (a flash, longer on a busy machine). Any newer note from the list (a new
  // object) is after the save and wins.
  const [saved, setSaved] = useState<{ over: Note; patch: Pick<Note, 'body' | 'tags'> } | null>(null);
  const note = saved?.over === given ? { ...given, ...saved.patch } : given;
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Give focus back to the Edit button when the editor closes.
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const src = note.target ? noteSourceUrl(note.target) : undefined;
  return (
    <li class="note" data-testid="note" data-note-id={note.id}>
      {editing ? (
        <NoteEditor note={note} onCancel={() => setEditing(false)} onSave={async (id, patch) => {
          await actions.onSave(id, patch);
          setSaved({ over: given, patch });
          setEditing(false);
        }} />
      ) : (
        <>
          {/* The same rendering as the card's notes frame: a "#tag" in the text is a chip where it stands,
              and only tags the text does not name get chips below it (a tag is never shown twice). */}
          <div class="md note-body">{withTagChips(renderMarkdown(note.body), note.tags)}</div>
          {tagsNotInBody(note.body, note.tags).length > 0 && (
            <ul class="tags" aria-label="Tags">
              {tagsNotInBody(note.body, note.tags).map((t) => (
                <li key={t}>
                  {actions.onTag ? (
                    <button type="button" class="tag" onClick={() => actions.onTag!(t)} title={`Show notes tagged #${t}`}>#{t}</button>
                  ) : <span class="tag">#{t}</span>}
                </li>
              ))}
            </ul>
          )}
          {note.target && (
            <p class="source muted" data-testid="note-source">
              {note.target.quote.exact && <q>{note.target.quote.exact}</q>}
              {note.target.quote.exact && ' · '}
              {src ? (
                <a href={src} target="_blank" rel="noopener noreferrer" title="Open the page at this quote">{note.target.title || note.target.url}</a>
              ) : (
                note.target.title || note.target.url
              )}
            </p>
          )}
          <div class="note-foot">
            <span class="muted">
              <time dateTime={new Date(note.createdAt).toISOString()}>{formatTime(note.createdAt)}</time>
              {note.updatedAt > note.createdAt && <> · edited <time dateTime={new Date(note.updatedAt).toISOString()}>{formatTime(note.updatedAt)}</time></>}
            </span>
            <span class="actions">
              <button type="button" class="linkish" ref={editButton} data-testid="note-edit" onClick={() => setEditing(true)} aria-label="Edit note">Edit</button>
              <button type="button" class="linkish danger" data-testid="note-delete" onClick={() => void actions.onDelete(note)} aria-label="Delete note">Delete</button>
            </span>
          </div>
        </>
      )}
    </li>
  );
}

export function NotesList({ groups, actions, emptyText, closeOnOpen = false, hideHeadings = false }: { groups: NoteGroup[]; actions: NoteActions; emptyText?: string; closeOnOpen?: boolean; hideHeadings?: boolean }) {
  if (!groups.length)
    return <p class="muted" data-testid="notes-empty">{emptyText ?? 'No notes yet. Open a card on a news page and add one.'}</p>;
  return (
    <ul class="groups" data-testid="notes">
      {groups.map((g) => (
        <li key={g.key} class="group" data-testid="note-group" data-event-id={g.event?.id ?? ''}>
          {!hideHeadings && <h3>
            {g.event ? (
              <a href={eventPageUrl(g.event.id)} data-testid="group-open" onClick={onEventLinkClick(g.event.id, closeOnOpen)}>{g.label}</a>
            ) : g.label}
            {g.event && <span class="muted"> · {formatDateRange(g.event.start, g.event.end)}</span>}
            {g.event?.origin === 'user' && <> <AddedByYou event={g.event} /></>}
          </h3>}
          <ul>
            {g.notes.map((n) => <NoteItem key={n.id} note={n} actions={actions} />)}
          </ul>
        </li>
      ))}
    </ul>
  );
}
