/** Building the export file from the database and settings. Reads only; one read transaction. */
import type { ParleyDB } from '../db/database';
import { toMeetingEvent } from '../db/user-events';
import type { StoredEvent } from '../events/types';
import type { Note } from '../notes/types';
import { enabledItem, pausedSitesItem } from '../settings/settings';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportSettings, type ParleyExport } from './format';

const byTime = (a: Note, b: Note) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byKey = (a: StoredEvent, b: StoredEvent) => a.sortKey.localeCompare(b.sortKey) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Pure: the export object from rows already read. */
export function buildExport(notes: readonly Note[], events: readonly StoredEvent[], settings: ExportSettings, now = new Date()): ParleyExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    notes: [...notes].sort(byTime),
    userEvents: events.filter((e) => e.origin === 'user').sort(byKey).map(toMeetingEvent),
    editedEvents: events.filter((e) => e.origin === 'bundled' && e.edited).sort(byKey).map(toMeetingEvent),
    settings: { enabled: settings.enabled, pausedSites: [...settings.pausedSites] },
  };
}

export async function readSettings(): Promise<ExportSettings> {
  const [enabled, pausedSites] = await Promise.all([enabledItem.getValue(), pausedSitesItem.getValue()]);
  return { enabled, pausedSites };
}

/** Everything the reader owns, as one consistent snapshot. */
export async function collectExport(db: ParleyDB, now = new Date()): Promise<ParleyExport> {
  const [notes, events] = await db.transaction('r', db.notes, db.events, () =>
    Promise.all([db.notes.toArray(), db.events.filter((e) => e.origin === 'user' || !!e.edited).toArray()]),
  );
  return buildExport(notes, events, await readSettings(), now);
}

export function exportToJson(data: ParleyExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
