/**
 * The reader's notes on the card: the notes already written on this event (or this unknown
 * meeting) and the form for a new one. Kept apart from the card so where notes live (and how
 * they reach the page) can change without touching the rest of the card.
 */
import { useState } from 'preact/hooks';
import type { Note, NoteInput } from '../../notes/types';

export type SaveNote = (input: Pick<NoteInput, 'body' | 'tags'>) => Promise<void>;

const tagsOf = (body: string) => [...body.matchAll(/(?:^|\s)#([\p{L}\p{N}_-]+)/gu)].map((m) => m[1]!);

function NoteForm({ onSave }: { onSave: SaveNote }) {
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

export function NotesSection({ notes, onSave }: { notes: Note[]; onSave: SaveNote }) {
  return (
    <section class="notes" aria-labelledby="parley-notes-h">
      <h3 id="parley-notes-h">Your notes</h3>
      {notes.length ? (
        <ul data-testid="card-notes">
          {notes.map((n) => (
            <li key={n.id} class="note">
              <p class="note-body">{n.body}</p>
              {n.target?.quote.exact && <p class="muted note-quote">“{n.target.quote.exact}”</p>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No notes yet.</p>
      )}
      <NoteForm onSave={onSave} />
    </section>
  );
}
