/**
 * Importing a Parley export file.
 *
 *   parseImport(text, existing)  pure: JSON → validated records, or a list of problems, each naming
 *                                the record (its index and id) and the field:
 *                                'notes[3].target.url (note "Lavrov said the talks were…"): not an http(s) URL'
 *   applyImport(db, plan)        writes everything in ONE Dexie transaction: it all goes in, or
 *                                (on any error, quota included) nothing does.
 *
 * Merge rule (records already in Parley with the same id):
 *  - notes: the file's copy replaces Parley's, unless Parley's copy was edited more recently
 *    (greater updatedAt); then Parley's is kept. So importing an old backup never undoes newer
 *    edits, and importing into an empty Parley restores everything exactly. Notes not in the file
 *    are kept.
 *  - your events and your edits of bundled events: the file's copy replaces Parley's (an imported
 *    user event with the id of a bundled event takes its place, as in seeding). An edit of a
 *    bundled event that this Parley's dataset no longer has comes in as your own event, so it can
 *    still be edited and deleted. Events not in the file are kept.
 *  - settings (the global switch and paused sites): replaced by the file's, unless the reader
 *    unticks "settings" in the import dialog.
 * Imported aliases are not checked against other events (the dataset may have changed since the
 * export; the detector disambiguates by context).
 *
 * Anything from a file is data, never markup: bodies, quotes and titles are stored as written and
 * rendered as text; URLs must be http(s); sizes are capped so a hostile file cannot fill the disk
 * or freeze the page.
 */
import * as v from 'valibot';
import type { ParleyDB } from '../db/database';
import { bumpEventsRevision } from '../db/events';
import { describeIssue, preview } from '../db/issues';
import { MAX_NOTE_BODY, normaliseTags } from '../db/notes';
import { toStored } from '../db/seed';
import { validateUserEvent } from '../db/user-events';
import { ID_RE, isHttpUrl } from '../events/validate';
import type { MeetingEvent, StoredEvent } from '../events/types';
import type { Note } from '../notes/types';
import { enabledItem, pausedSitesItem, siteKey } from '../settings/settings';
import { signalDataChanged } from '../settings/signals';
import { readSettings } from './export';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportSettings } from './format';

/** Bigger files are refused before parsing (a year of heavy use is a few megabytes). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
export const MAX_RECORDS = 1_000_000;
/** How many problems are listed; the rest are counted. */
export const MAX_LISTED_ISSUES = 20;

const NOTE_ID_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const time = v.pipe(
  v.number(),
  v.integer('must be a whole number of milliseconds'),
  v.minValue(0, 'must not be before 1970'),
  v.maxValue(8_640_000_000_000_000, 'is not a possible time'),
);
const capped = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));

export const NoteSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(NOTE_ID_RE, 'not a note id (letters, digits, - and _, at most 100)')),
  eventId: v.nullable(v.pipe(v.string(), v.maxLength(200, 'longer than 200 characters'), v.regex(ID_RE, 'not an event id (like 2025-anchorage-summit)'))),
  mention: v.optional(capped(1000)),
  body: v.pipe(
    v.string(),
    v.maxLength(MAX_NOTE_BODY, `longer than ${MAX_NOTE_BODY} characters`),
    v.check((s) => s.trim().length > 0, 'must not be empty'),
  ),
  tags: v.pipe(v.array(capped(200)), v.maxLength(100, 'more than 100 tags'), v.transform((t) => normaliseTags(t))),
  createdAt: time,
  updatedAt: time,
  target: v.optional(
    v.strictObject({
      url: v.pipe(v.string(), v.maxLength(8192, 'longer than 8192 characters'), v.check(isHttpUrl, 'not an http(s) URL')),
      title: capped(2000),
      quote: v.strictObject({ exact: capped(10_000), prefix: capped(1000), suffix: capped(1000) }),
    }),
  ),
});

const isSite = (s: string) => s.length <= 253 && siteKey(`http://${s}/`) === s;
const SettingsSchema = v.strictObject({
  enabled: v.boolean(),
  pausedSites: v.pipe(
    v.array(v.pipe(v.string(), v.maxLength(253, 'longer than 253 characters'), v.check(isSite, 'not a site name (like www.example.com)'))),
    v.maxLength(100_000, 'more than 100000 sites'),
  ),
});

export interface ImportPlan {
  notes: Note[];
  /** Events to store, with their origin decided. */
  events: StoredEvent[];
  settings: ExportSettings;
  summary: ImportSummary;
}

export interface ImportSummary {
  exportedAt: string;
  notes: { total: number; added: number; replaced: number; keptNewer: number };
  userEvents: { total: number; added: number; replaced: number };
  editedEvents: { total: number; added: number; replaced: number; becameUserEvents: number };
  settings: ExportSettings;
}

export type ParseResult = { ok: true; plan: ImportPlan } | { ok: false; issues: string[]; total: number };

/** What Parley already holds, so the plan can say what will be replaced. */
export interface ExistingData {
  notes: ReadonlyMap<string, Pick<Note, 'updatedAt'>>;
  events: ReadonlyMap<string, Pick<StoredEvent, 'origin' | 'edited'>>;
  bundledIds: ReadonlySet<string>;
}

export async function readExisting(db: ParleyDB): Promise<ExistingData> {
  return db.transaction('r', db.notes, db.events, db.bundled, async () => {
    const notes = new Map<string, Pick<Note, 'updatedAt'>>();
    await db.notes.each((n) => notes.set(n.id, { updatedAt: n.updatedAt }));
    const events = new Map<string, Pick<StoredEvent, 'origin' | 'edited'>>();
    await db.events.each((e) => events.set(e.id, { origin: e.origin, ...(e.edited ? { edited: true } : {}) }));
    const bundledIds = new Set((await db.bundled.toCollection().primaryKeys()) as string[]);
    return { notes, events, bundledIds };
  });
}

const EMPTY: ExistingData = { notes: new Map(), events: new Map(), bundledIds: new Set() };

/** 'sources.0.url' → 'sources[0].url' */
function fieldPath(dot: string): string {
  return dot.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

/**
 * How an error names a record: a note by the start of its text, an event by its title (what the
 * reader recognises), either by its id when the file has no usable text for it.
 */
function recordLabel(kind: 'note' | 'event', raw: unknown): string {
  const r = raw as { id?: unknown; body?: unknown; title?: unknown } | null;
  const text = kind === 'note' ? r?.body : r?.title;
  const words = typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
  const name = words || (typeof r?.id === 'string' ? r.id : '');
  if (!name) return '';
  const max = words ? 40 : 60;
  const shown = name.length > max ? `${name.slice(0, max).trimEnd()}…` : name;
  return ` (${kind} "${shown.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069"]/g, ' ')}")`;
}

class Issues {
  list: string[] = [];
  total = 0;
  add(where: string, label: string, message: string) {
    this.total++;
    // A field name comes from the file: keep it short and printable whatever it holds.
    const w = where.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '?');
    if (this.list.length < MAX_LISTED_ISSUES) this.list.push(`${w.length > 120 ? `${w.slice(0, 120)}…` : w}${label}: ${message}`);
  }
}

/** Validates a whole file. Nothing is written here. */
export function parseImport(text: string, existing: ExistingData = EMPTY): ParseResult {
  const issues = new Issues();
  const fail = () => ({ ok: false as const, issues: issues.list, total: issues.total });
  // Characters, not bytes: close enough for a cap (callers check the file's byte size before reading it).
  if (text.length > MAX_IMPORT_BYTES) {
    issues.add('file', '', `too large (${Math.round(text.length / 1048576)} MB; at most ${MAX_IMPORT_BYTES / 1048576} MB)`);
    return fail();
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    issues.add('file', '', `not valid JSON (${msg.length > 160 ? `${msg.slice(0, 160)}…` : msg})`);
    return fail();
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    issues.add('file', '', 'not a Parley export (expected a JSON object with "format": "parley-export")');
    return fail();
  }
  const top = raw as Record<string, unknown>;
  if (top.format !== EXPORT_FORMAT) {
    issues.add('format', '', `not a Parley export (expected "${EXPORT_FORMAT}", got ${preview(top.format)})`);
    return fail();
  }
  if (typeof top.version === 'number' && top.version > EXPORT_VERSION) {
    issues.add('version', '', `this file was made by a newer Parley (format version ${top.version}; this Parley reads version ${EXPORT_VERSION}). Update Parley, then import it.`);
    return fail();
  }
  if (top.version !== EXPORT_VERSION) {
    issues.add('version', '', `must be ${EXPORT_VERSION}`);
    return fail();
  }
  for (const key of Object.keys(top)) {
    if (!['format', 'version', 'exportedAt', 'notes', 'userEvents', 'editedEvents', 'settings'].includes(key))
      issues.add(key.length > 60 ? `${key.slice(0, 60)}…` : key, '', 'is not a field Parley knows');
  }
  if (typeof top.exportedAt !== 'string' || top.exportedAt.length > 64 || Number.isNaN(Date.parse(top.exportedAt)))
    issues.add('exportedAt', '', 'must be a date and time (like 2026-03-12T10:04:00.000Z)');
  for (const key of ['notes', 'userEvents', 'editedEvents'] as const) {
    if (!Array.isArray(top[key])) issues.add(key, '', 'must be a list');
    else if ((top[key] as unknown[]).length > MAX_RECORDS) issues.add(key, '', `more than ${MAX_RECORDS} records`);
  }
  let settings: ExportSettings | undefined;
  const s = v.safeParse(SettingsSchema, top.settings);
  if (Array.isArray(top.settings)) issues.add('settings', '', `must be an object (got ${preview(top.settings)})`);
  else if (s.success) settings = s.output;
  else for (const iss of s.issues) issues.add(`settings${(v.getDotPath(iss) ? '.' : '') + fieldPath(v.getDotPath(iss) ?? '')}`, '', describeIssue(iss));
  if (issues.total) return fail();

  // Notes, one by one, so each problem names its record.
  const notes: Note[] = [];
  const noteIndex = new Map<string, number>();
  (top.notes as unknown[]).forEach((r, i) => {
    if (Array.isArray(r)) return issues.add(`notes[${i}]`, '', `must be an object (got ${preview(r)})`);
    const res = v.safeParse(NoteSchema, r);
    if (!res.success) {
      for (const iss of res.issues) {
        const f = fieldPath(v.getDotPath(iss) ?? '');
        issues.add(`notes[${i}]${f ? `.${f}` : ''}`, recordLabel('note', r), describeIssue(iss));
      }
      return;
    }
    const n = res.output as Note;
    const prev = noteIndex.get(n.id);
    if (prev !== undefined) issues.add(`notes[${i}].id`, recordLabel('note', r), `the same id as notes[${prev}]`);
    else noteIndex.set(n.id, i);
    notes.push(n);
  });

  // Events: the reader's own, then edits of bundled ones; one id may appear once across both.
  const eventIndex = new Map<string, string>();
  const events: StoredEvent[] = [];
  const summary: ImportSummary = {
    exportedAt: top.exportedAt as string,
    notes: { total: notes.length, added: 0, replaced: 0, keptNewer: 0 },
    userEvents: { total: 0, added: 0, replaced: 0 },
    editedEvents: { total: 0, added: 0, replaced: 0, becameUserEvents: 0 },
    settings: settings!,
  };
  for (const key of ['userEvents', 'editedEvents'] as const) {
    (top[key] as unknown[]).forEach((r, i) => {
      if (Array.isArray(r)) return issues.add(`${key}[${i}]`, '', `must be an object (got ${preview(r)})`);
      const res = validateUserEvent(r, i);
      if (!res.event) {
        for (const iss of res.issues) {
          const f = fieldPath(iss.field);
          issues.add(`${key}[${i}]${f ? `.${f}` : ''}`, recordLabel('event', r), iss.message);
        }
        return;
      }
      const e: MeetingEvent = res.event;
      const prev = eventIndex.get(e.id);
      if (prev) {
        issues.add(`${key}[${i}].id`, recordLabel('event', r), `the same id as ${prev}`);
        return;
      }
      eventIndex.set(e.id, `${key}[${i}]`);
      const cur = existing.events.get(e.id);
      if (key === 'userEvents') {
        summary.userEvents.total++;
        if (cur) summary.userEvents.replaced++;
        else summary.userEvents.added++;
        events.push(toStored(e, 'user'));
      } else {
        summary.editedEvents.total++;
        if (existing.bundledIds.has(e.id)) {
          if (cur) summary.editedEvents.replaced++;
          else summary.editedEvents.added++;
          events.push(toStored(e, 'bundled', true));
        } else {
          summary.editedEvents.becameUserEvents++;
          events.push(toStored(e, 'user'));
        }
      }
    });
  }
  if (issues.total) return fail();

  // Merge rule for notes: keep Parley's copy when it is newer.
  const kept: Note[] = [];
  for (const n of notes) {
    const cur = existing.notes.get(n.id);
    if (!cur) summary.notes.added++;
    else if (cur.updatedAt > n.updatedAt) {
      summary.notes.keptNewer++;
      continue;
    } else summary.notes.replaced++;
    kept.push(n);
  }
  return { ok: true, plan: { notes: kept, events, settings: settings!, summary } };
}

export interface ApplyOptions {
  /** Replace the global switch and paused sites with the file's (default true). */
  settings?: boolean;
}

/**
 * Writes a validated plan. The database part is one transaction; settings live in extension storage
 * (outside IndexedDB), so they are written first and put back if the transaction fails.
 */
export async function applyImport(db: ParleyDB, plan: ImportPlan, opts: ApplyOptions = {}): Promise<void> {
  const withSettings = opts.settings ?? true;
  const before = withSettings ? await readSettings() : undefined;
  if (withSettings) await writeSettings(plan.settings);
  try {
    await db.transaction('rw', db.notes, db.events, db.bundled, db.meta, async () => {
      if (plan.notes.length) await db.notes.bulkPut(plan.notes);
      if (plan.events.length) {
        await db.events.bulkPut(plan.events);
        await bumpEventsRevision(db);
      }
    });
  } catch (err) {
    if (before) await writeSettings(before).catch(() => {});
    throw err;
  }
  await signalDataChanged(plan.events.length ? 'all' : 'notes');
}

async function writeSettings(s: ExportSettings): Promise<void> {
  await Promise.all([enabledItem.setValue(s.enabled), pausedSitesItem.setValue([...s.pausedSites])]);
}

/** Parses and writes in one go (for callers that do not show a preview). */
export async function importText(db: ParleyDB, text: string, opts: ApplyOptions = {}): Promise<ParseResult> {
  const res = parseImport(text, await readExisting(db));
  if (res.ok) await applyImport(db, res.plan, opts);
  return res;
}
