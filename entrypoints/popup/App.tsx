import { ParleyDB } from '../../lib/db/database';
import { allNotes } from '../../lib/db/notes';
import { groupNotes, NotesList } from '../../lib/ui/popup/NotesList';
import { useLiveQuery } from '../../lib/ui/use-live-query';

const db = new ParleyDB();

export function App() {
  const { value: groups, error } = useLiveQuery(
    async () => {
      const notes = await allNotes(db);
      const ids = [...new Set(notes.map((n) => n.eventId).filter((id): id is string => !!id))];
      const events = await db.events.bulkGet(ids);
      return groupNotes(notes, new Map(events.filter((e) => !!e).map((e) => [e.id, e])));
    },
    [],
    null,
  );
  return (
    <main>
      <h1>Parley</h1>
      {error && <p role="alert">Could not read your notes: {error.message}</p>}
      {groups ? <NotesList groups={groups} /> : <p class="muted">Loading…</p>}
    </main>
  );
}
