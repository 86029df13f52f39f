/**
 * The background's answers. Each handler first makes sure the bundled dataset is seeded, because a
 * service worker woken by a message may be the first to run after an update.
 */
import { compileMatcher, toMatcherEvent } from '../detect';
import { dumpMatcher, eventsKey, toSent, type SentTables, type TablesInfo } from '../detect/tables';
import { gateWords } from '../page/gate';
import { allEvents, eventsRevision, getEvent, neighbours, seriesEvents } from '../db/events';
import { addNote, notesForEvent } from '../db/notes';
import { createEventFromMention } from './new-event';
import type { ParleyDB } from '../db/database';
import { signalDataChanged } from '../settings/signals';
import { toRef, type Protocol } from './protocol';
import { checkNotesContext, createNotesTokens, type NotesTokens } from './notes-tokens';
import type { Handlers } from './server';

/** Which tables the build made, and a way to read their bytes (the extension's file). */
export interface PrebuiltTables extends TablesInfo {
  load?(): Promise<Uint8Array>;
}

/** The matcher version covers the bundled dataset and the user's event edits, so those reach pages too. */
async function matcherVersion(db: ParleyDB, datasetVersion: string): Promise<string> {
  return `${datasetVersion}/${await eventsRevision(db)}`;
}

/**
 * `prebuilt`: which tables the build made from the bundled dataset. While the reader's events are
 * the bundled ones, pages are told to read those (a file of the extension, so the message carries
 * no tables); once they add or edit events, the background compiles the matcher itself, once per
 * matcher version (kept in memory), and pages get its tables: a page never compiles.
 */
export function createHandlers(db: ParleyDB, ensureSeeded: () => Promise<unknown>, datasetVersion: string, prebuilt?: PrebuiltTables, tokens: NotesTokens = createNotesTokens()): Handlers {
  let cached: { version: string; tables: Promise<SentTables> } | null = null;
  const tablesFor = async (): Promise<SentTables> => {
    const events = (await allEvents(db)).map(toMatcherEvent);
    if (prebuilt && eventsKey(events) === prebuilt.source) return { format: prebuilt.format, source: prebuilt.source };
    return toSent(dumpMatcher(compileMatcher(events)));
  };
  return {
    async getMatcher({ knownVersion, inline }): Promise<Protocol['getMatcher']['res']> {
      await ensureSeeded();
      const version = await matcherVersion(db, datasetVersion);
      if (knownVersion === version) return null;
      if (cached?.version !== version) cached = { version, tables: tablesFor() };
      const c = cached;
      try {
        const userEvents = (await db.events.where('origin').equals('user').primaryKeys()) as string[];
        let tables = await c.tables;
        if (inline && tables.base64 === undefined && prebuilt?.load) tables = toSent({ ...tables, bytes: await prebuilt.load() });
        return { version, tables, ...(userEvents.length ? { userEvents } : {}) };
      } catch (err) {
        if (cached === c) cached = null;
        throw err;
      }
    },
    async getCard({ eventId }) {
      await ensureSeeded();
      const event = await getEvent(db, eventId);
      if (!event) return null;
      const [{ before, after }, series, noteCount] = await Promise.all([
        neighbours(db, event),
        event.series ? seriesEvents(db, event.series.id) : Promise.resolve([]),
        // A count for the card's "Your notes (3)"; the notes themselves go to the notes frame only.
        db.notes.where('eventId').equals(event.id).count(),
      ]);
      return {
        event,
        ...(before ? { before: toRef(before) } : {}),
        ...(after ? { after: toRef(after) } : {}),
        series: series.map(toRef),
        noteCount,
      };
    },
    async getNotes({ eventId }) {
      if (typeof eventId !== 'string' || !eventId) return [];
      return notesForEvent(db, eventId);
    },
    async getEventRefs({ ids }) {
      await ensureSeeded();
      const rows = await db.events.bulkGet(ids);
      return rows.filter((e) => !!e).map(toRef);
    },
    async saveNote(input) {
      const note = await addNote(db, input);
      await signalDataChanged('notes');
      return { id: note.id };
    },
    async openNotes(input, from) {
      if (typeof from?.tabId !== 'number') throw new Error('Only a page in a tab opens a notes frame.');
      return { token: tokens.issue(checkNotesContext(input), from.tabId) };
    },
    async redeemNotes({ token }, from) {
      // The frame sits in the card, so in the tab whose content script asked for the token.
      if (typeof from?.tabId !== 'number') return null;
      return tokens.redeem(token, from.tabId);
    },
    async createUserEvent(input) {
      await ensureSeeded();
      // createUserEvent validates (naming each bad field) and bumps the events revision; the notes
      // the reader wrote on the unknown mention move to the new event.
      const event = await createEventFromMention(db, input);
      await signalDataChanged('events');
      return toRef(event);
    },
  };
}

/**
 * The gate's entries the reader's own events and edits add to the built-in ones (`builtin`, from
 * the build): none while the events are the bundled ones (`prebuilt.source`).
 */
export async function userGateEntries(db: ParleyDB, prebuilt: TablesInfo, builtin: readonly string[]): Promise<string[]> {
  const events = (await allEvents(db)).map(toMatcherEvent);
  if (eventsKey(events) === prebuilt.source) return [];
  const known = new Set(builtin);
  return gateWords(compileMatcher(events).lexicon).filter((w) => !known.has(w));
}
