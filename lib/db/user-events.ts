/**
 * The reader's own events, and their edits of bundled ones.
 *
 *  - A user event has origin 'user'. Its id is made once from its year and title and never changes
 *    (notes point at it).
 *  - Editing a bundled event stores the edit in place (origin 'bundled', edited: true); the pristine
 *    copy stays in the `bundled` table, so "revert" puts it back and a dataset update never
 *    overwrites the edit (see seed.ts).
 *  - Deleting a user event keeps the notes written on it: they are the reader's, and they come back
 *    to the event if it is created again (or imported) with the same id.
 *
 * Every write bumps the events revision (pages rebuild their matcher, so the aliases of a new event
 * are found on pages too). Rules for user events are those of the bundled dataset, relaxed where a
 * reader cannot be expected to have what a curator has: a summary and sources are optional, and a
 * source may be http as well as https.
 */
import * as v from 'valibot';
import type { MeetingEvent, StoredEvent } from '../events/types';
import { EventSchema, aliasKey, isHttpUrl, langTag, partialDate, type ValidationIssue } from '../events/validate';
import type { ParleyDB } from './database';
import { bumpEventsRevision } from './events';
import { describeIssue } from './issues';
import { toStored } from './seed';

const optText = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, `longer than ${max} characters`));
const reqText = (max: number) => v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max, `longer than ${max} characters`));

/** The shape of a user event or an edited bundled event. */
export const UserEventSchema = v.strictObject({
  ...EventSchema.entries,
  summary: optText(4000),
  sources: v.pipe(
    v.array(v.strictObject({ title: reqText(300), url: v.pipe(v.string(), v.check(isHttpUrl, 'not an http(s) URL')), publisher: v.optional(reqText(120)), date: v.optional(partialDate), lang: v.optional(langTag) })),
    v.maxLength(50, 'at most 50 sources'),
  ),
});

/** Validates one user-owned event: its shape, then the same record rules as the bundled dataset. */
export function validateUserEvent(raw: unknown, index = 0): { event?: MeetingEvent; issues: ValidationIssue[] } {
  const res = v.safeParse(UserEventSchema, raw);
  if (!res.success) {
    const id = (raw as { id?: unknown } | null)?.id;
    const record = typeof id === 'string' && id && id.length <= 100 ? id : `#${index}`;
    return { issues: res.issues.map((iss) => ({ record, field: v.getDotPath(iss) ?? '', message: describeIssue(iss) })) };
  }
  const e = res.output as MeetingEvent;
  const issues: ValidationIssue[] = [];
  if (e.end && e.end < e.start) issues.push({ record: e.id, field: 'end', message: 'ends before it starts' });
  if (e.kind === 'related' && !e.relation) issues.push({ record: e.id, field: 'relation', message: "a 'related' event must say what it is instead" });
  if (e.aliases.en.length + e.aliases.ru.length + (e.aliases.uk?.length ?? 0) + (e.sharedAliases?.length ?? 0) === 0)
    issues.push({ record: e.id, field: 'aliases', message: 'needs at least one alias, so Parley can find it on pages' });
  return { event: issues.length ? undefined : e, issues };
}

/**
 * An event's own aliases must not already name another event: the detector could not tell them
 * apart. (A name that really fits several events goes in sharedAliases, where context decides.)
 */
export function aliasConflicts(ev: MeetingEvent, others: readonly MeetingEvent[]): ValidationIssue[] {
  const owners = new Map<string, MeetingEvent>();
  for (const o of others) {
    if (o.id === ev.id) continue;
    for (const a of [...o.aliases.en, ...o.aliases.ru, ...(o.aliases.uk ?? []), ...(o.sharedAliases ?? [])]) owners.set(aliasKey(a), o);
  }
  const issues: ValidationIssue[] = [];
  for (const lang of ['en', 'ru', 'uk'] as const) {
    (ev.aliases[lang] ?? []).forEach((a, i) => {
      const o = owners.get(aliasKey(a));
      if (o)
        issues.push({
          record: ev.id,
          field: `aliases.${lang}.${i}`,
          message: `"${a}" already names ${o.title} (${o.id}); use a more specific name, or list it under shared aliases`,
        });
    });
  }
  return issues;
}

export class EventValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(issues.map((i) => `${i.field || i.record}: ${i.message}`).join('; '));
    this.name = 'EventValidationError';
  }
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
}

/** A new, unused id in the dataset's style: '2025-ankara-talks', '2025-ankara-talks-2'. */
export async function newEventId(db: ParleyDB, title: string, start: string): Promise<string> {
  const year = /^\d{4}/.exec(start)?.[0] ?? String(new Date().getFullYear());
  const base = `${year}-${slug(title) || 'meeting'}`;
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!(await db.events.get(id)) && !(await db.bundled.get(id))) return id;
  }
}

export type EventDraft = Omit<MeetingEvent, 'id'> & { id?: string };

/** Creates a user event. Throws EventValidationError naming each bad field. */
export async function createUserEvent(db: ParleyDB, draft: EventDraft): Promise<StoredEvent> {
  return db.transaction('rw', db.events, db.bundled, db.meta, async () => {
    const id = draft.id ?? (await newEventId(db, draft.title ?? '', draft.start ?? ''));
    if (await db.events.get(id)) throw new EventValidationError([{ record: id, field: 'id', message: 'an event with this id already exists' }]);
    const { event, issues } = validateUserEvent({ ...draft, id });
    if (!event) throw new EventValidationError(issues);
    const conflicts = aliasConflicts(event, await db.events.toArray());
    if (conflicts.length) throw new EventValidationError(conflicts);
    const stored = toStored(event, 'user');
    await db.events.add(stored);
    await bumpEventsRevision(db);
    return stored;
  });
}

/** Saves an edit of any event: a user event stays the user's; a bundled one becomes an edit that can be reverted. */
export async function updateEvent(db: ParleyDB, next: MeetingEvent): Promise<StoredEvent> {
  return db.transaction('rw', db.events, db.bundled, db.meta, async () => {
    const cur = await db.events.get(next.id);
    if (!cur) throw new Error('That event is no longer in your database.');
    const { event, issues } = validateUserEvent(next);
    if (!event) throw new EventValidationError(issues);
    const conflicts = aliasConflicts(event, await db.events.toArray());
    if (conflicts.length) throw new EventValidationError(conflicts);
    const stored = cur.origin === 'user' ? toStored(event, 'user') : toStored(event, 'bundled', true);
    await db.events.put(stored);
    await bumpEventsRevision(db);
    return stored;
  });
}

/** Deletes a user event (bundled events cannot be deleted, only edited and reverted). Notes on it are kept. */
export async function deleteUserEvent(db: ParleyDB, id: string): Promise<StoredEvent | undefined> {
  return db.transaction('rw', db.events, db.meta, async () => {
    const cur = await db.events.get(id);
    if (!cur) return undefined;
    if (cur.origin !== 'user') throw new Error('Bundled events cannot be deleted; you can edit them and revert your edit.');
    await db.events.delete(id);
    await bumpEventsRevision(db);
    return cur;
  });
}

/** Undoes a reader's edit of a bundled event: the bundled copy comes back. */
export async function revertEvent(db: ParleyDB, id: string): Promise<StoredEvent> {
  return db.transaction('rw', db.events, db.bundled, db.meta, async () => {
    const cur = await db.events.get(id);
    if (!cur?.edited) throw new Error('That event has no edit to revert.');
    const pristine = await db.bundled.get(id);
    if (!pristine) throw new Error('The bundled version of this event is no longer in the dataset, so there is nothing to revert to.');
    const stored = toStored(pristine, 'bundled');
    await db.events.put(stored);
    await bumpEventsRevision(db);
    return stored;
  });
}

/** The reader's own events, in time order. */
export function userEvents(db: ParleyDB): Promise<StoredEvent[]> {
  return db.events.where('origin').equals('user').sortBy('sortKey');
}

/** Bundled events the reader edited, in time order. */
export async function editedEvents(db: ParleyDB): Promise<StoredEvent[]> {
  return (await db.events.where('origin').equals('bundled').filter((e) => !!e.edited).toArray()).sort((a, b) => a.sortKey.localeCompare(b.sortKey));
}

/** The plain event, without what the database adds (origin, edited, sortKey). */
export function toMeetingEvent(e: StoredEvent): MeetingEvent {
  const { origin: _o, edited: _e, sortKey: _s, ...rest } = e;
  return rest;
}
