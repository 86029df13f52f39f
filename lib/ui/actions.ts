/**
 * What the popup and options page do to the reader's data: each write goes to the database (the
 * pages open it directly), then tells every other context through `signalDataChanged`, so an open
 * card on a page refreshes and, for events, pages rebuild their matcher.
 */
import type { ParleyDB } from '../db/database';
import { deleteNote, restoreNote, updateNote } from '../db/notes';
import { createUserEvent, deleteUserEvent, revertEvent, updateEvent, type EventDraft } from '../db/user-events';
import type { MeetingEvent, StoredEvent } from '../events/types';
import type { Note } from '../notes/types';
import { signalDataChanged } from '../settings/signals';

export async function editNote(db: ParleyDB, id: string, patch: Partial<Pick<Note, 'body' | 'tags' | 'eventId'>>): Promise<Note> {
  const n = await updateNote(db, id, patch);
  await signalDataChanged('notes');
  return n;
}

export async function removeNote(db: ParleyDB, id: string): Promise<Note | undefined> {
  const n = await deleteNote(db, id);
  await signalDataChanged('notes');
  return n;
}

export async function undoRemoveNote(db: ParleyDB, note: Note): Promise<void> {
  await restoreNote(db, note);
  await signalDataChanged('notes');
}

export async function addEvent(db: ParleyDB, draft: EventDraft): Promise<StoredEvent> {
  const e = await createUserEvent(db, draft);
  await signalDataChanged('events');
  return e;
}

export async function saveEvent(db: ParleyDB, event: MeetingEvent): Promise<StoredEvent> {
  const e = await updateEvent(db, event);
  await signalDataChanged('events');
  return e;
}

export async function removeEvent(db: ParleyDB, id: string): Promise<StoredEvent | undefined> {
  const e = await deleteUserEvent(db, id);
  await signalDataChanged('events');
  return e;
}

export async function revertEventEdit(db: ParleyDB, id: string): Promise<StoredEvent> {
  const e = await revertEvent(db, id);
  await signalDataChanged('events');
  return e;
}
