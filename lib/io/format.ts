/**
 * Parley's export file, version 1. One JSON object:
 *
 *   {
 *     "format": "parley-export",
 *     "version": 1,
 *     "exportedAt": "2026-03-12T10:04:00.000Z",
 *     "notes": Note[],              every note, oldest first (lib/notes/types.ts)
 *     "userEvents": MeetingEvent[], events the reader created (lib/events/types.ts)
 *     "editedEvents": MeetingEvent[], the reader's edited copies of bundled events
 *     "settings": { "enabled": boolean, "pausedSites": string[] }
 *   }
 *
 * Bundled events are not exported (every Parley has them); an edit of one is exported whole, so it
 * can be restored even if the dataset changed meanwhile. Any later change to this shape bumps
 * `version`; an importer refuses versions newer than it knows, with words saying so.
 */
import type { MeetingEvent } from '../events/types';
import type { Note } from '../notes/types';

export const EXPORT_FORMAT = 'parley-export';
export const EXPORT_VERSION = 1;

export interface ExportSettings {
  enabled: boolean;
  pausedSites: string[];
}

export interface ParleyExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  notes: Note[];
  userEvents: MeetingEvent[];
  editedEvents: MeetingEvent[];
  settings: ExportSettings;
}

/** A file name with the date: parley-2026-03-12.json */
export function exportFileName(ext: string, now = new Date()): string {
  return `parley-${now.toISOString().slice(0, 10)}.${ext}`;
}
