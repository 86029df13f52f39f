/** The reader's notes, grouped by event, newest first. Notes render as text, never HTML. */
import type { StoredEvent } from '../../events/types';
import type { Note } from '../../notes/types';
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

export function NotesList({ groups }: { groups: NoteGroup[] }) {
  if (!groups.length) return <p class="muted" data-testid="notes-empty">No notes yet. Open a card on a news page and add one.</p>;
  return (
    <ul class="groups" data-testid="notes">
      {groups.map((g) => (
        <li key={g.key} class="group">
          <h2>
            {g.label}
            {g.event && <span class="muted"> · {formatDateRange(g.event.start, g.event.end)}</span>}
          </h2>
          <ul>
            {g.notes.map((n) => (
              <li key={n.id} class="note" data-testid="note">
                <p class="note-body">{n.body}</p>
                {n.target && (
                  <p class="muted">
                    {n.target.quote.exact && <>“{n.target.quote.exact}” · </>}
                    {n.target.title || n.target.url}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
