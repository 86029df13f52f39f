/**
 * Note storage. Bodies and quotes are stored exactly as written; escaping is the renderer's job.
 */
import type { Note, NoteInput } from '../notes/types';
import type { ParleyDB } from './database';

export const MAX_NOTE_BODY = 100_000;

export function normaliseTags(tags: readonly string[] | undefined): string[] {
  const out = new Set<string>();
  for (const t of tags ?? []) {
    const s = t.trim().replace(/^#/, '').replace(/\s+/g, '-').toLowerCase().slice(0, 60);
    if (s) out.add(s);
  }
  return [...out];
}

export async function addNote(db: ParleyDB, input: NoteInput, now = Date.now()): Promise<Note> {
  const body = input.body.trim();
  if (!body) throw new Error('A note needs some text.');
  if (body.length > MAX_NOTE_BODY) throw new Error(`A note can hold at most ${MAX_NOTE_BODY} characters.`);
  const note: Note = {
    id: crypto.randomUUID(),
    eventId: input.eventId,
    ...(input.mention ? { mention: input.mention } : {}),
    body,
    tags: normaliseTags(input.tags),
    createdAt: now,
    updatedAt: now,
    ...(input.target ? { target: input.target } : {}),
  };
  await db.notes.add(note);
  return note;
}

export function notesForEvent(db: ParleyDB, eventId: string): Promise<Note[]> {
  return db.notes.where('eventId').equals(eventId).reverse().sortBy('createdAt');
}

/** All notes, newest first. */
export function allNotes(db: ParleyDB): Promise<Note[]> {
  return db.notes.orderBy('createdAt').reverse().toArray();
}

export async function updateNote(db: ParleyDB, id: string, patch: Partial<Pick<Note, 'body' | 'tags' | 'eventId'>>, now = Date.now()): Promise<Note> {
  return db.transaction('rw', db.notes, async () => {
    const cur = await db.notes.get(id);
    if (!cur) throw new Error('That note no longer exists.');
    const next: Note = {
      ...cur,
      ...(patch.body != null ? { body: patch.body.trim() } : {}),
      ...(patch.tags ? { tags: normaliseTags(patch.tags) } : {}),
      ...(patch.eventId !== undefined ? { eventId: patch.eventId } : {}),
      // Never let an edit move time backwards (a clock change, or two quick edits in one millisecond).
      updatedAt: Math.max(now, cur.updatedAt + (now <= cur.updatedAt ? 1 : 0)),
    };
    if (!next.body) throw new Error('A note needs some text.');
    if (next.body.length > MAX_NOTE_BODY) throw new Error(`A note can hold at most ${MAX_NOTE_BODY} characters.`);
    await db.notes.put(next);
    return next;
  });
}

/** Tags in use, most used first (then alphabetically), with how many notes carry each. */
export async function tagCounts(db: ParleyDB): Promise<{ tag: string; count: number }[]> {
  const counts = new Map<string, number>();
  await db.notes.each((n) => {
    for (const t of n.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  });
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** Tags as a reader types them: "#alaska, follow-up  sanctions" → ['alaska', 'follow-up', 'sanctions']. */
export function parseTags(input: string): string[] {
  return normaliseTags(input.split(/[,\s]+/));
}

/** Deletes a note and returns it, so the caller can offer undo (`restoreNote`). */
export async function deleteNote(db: ParleyDB, id: string): Promise<Note | undefined> {
  return db.transaction('rw', db.notes, async () => {
    const cur = await db.notes.get(id);
    if (cur) await db.notes.delete(id);
    return cur;
  });
}

export async function restoreNote(db: ParleyDB, note: Note): Promise<void> {
  await db.notes.put(note);
}
