/**
 * The background's answers. Each handler first makes sure the bundled dataset is seeded, because a
 * service worker woken by a message may be the first to run after an update.
 */
import { compileMatcher, toMatcherEvent, type CompiledMatcher } from '../detect';
import { eventsKey, loadMatcher, type TablesInfo } from '../detect/tables';
import { createDetectService } from './detect-service';
import { gateWords } from '../page/gate';
import { allEvents, eventsRevision, getEvent, neighbours, seriesEvents } from '../db/events';
import { addNote, notesForEvent } from '../db/notes';
import { createEventFromMention } from './new-event';
import type { ParleyDB } from '../db/database';
import { signalDataChanged } from '../settings/signals';
import { toRef, type Protocol } from './protocol';
import { checkNotesContext, createNotesTokens, type NotesTokens } from './notes-tokens';
import type { Handlers } from './server';
import { measureOnce } from '../background/timing';

/** Which tables the build made, and a way to read their bytes (the extension's file). */
export interface PrebuiltTables extends TablesInfo {
  load?(): Promise<Uint8Array>;
}

/**
 * The matcher version covers the bundled dataset and the user's event edits, so those reach pages too.
 * Revision 0: the reader never wrote an event (every write of theirs bumps it: lib/db/user-events.ts,
 * lib/io/import.ts, lib/io/reset.ts), so their events are the bundled ones, or will be once seeded.
 */
async function matcherRevision(db: ParleyDB, datasetVersion: string): Promise<{ version: string; revision: number }> {
  const revision = await eventsRevision(db);
  return { version: `${datasetVersion}/${revision}`, revision };
}

/**
 * `prebuilt`: which tables the build made from the bundled dataset. While the reader's events are
 * the bundled ones, the background's matcher is those tables, loaded (a file of the extension, no
 * compile); once they add or edit events, the background compiles the matcher itself. Once per
 * matcher version, kept in memory: pages send their text to it (detect) and hold no matcher.
 *
 * A background woken by a page's text (an MV3 worker sleeps when idle) does only what that text
 * needs before detecting it: while the events were never the reader's (revision 0), the build's
 * tables, without waiting for the dataset check or reading the events from the database; the
 * dataset check runs beside it (the card needs it, the detector does not).
 */
export function createHandlers(db: ParleyDB, ensureSeeded: () => Promise<unknown>, datasetVersion: string, prebuilt?: PrebuiltTables, tokens: NotesTokens = createNotesTokens()): Handlers {
  let cached: { version: string; matcher: Promise<CompiledMatcher> } | null = null;
  const tables = async (): Promise<CompiledMatcher> => loadMatcher({ format: prebuilt!.format, bytes: await prebuilt!.load!() });
  const matcherFor = async (revision: number): Promise<CompiledMatcher> => {
    const t0 = performance.now();
    if (prebuilt?.load && revision === 0) {
      const m = await tables();
      measureOnce('matcher', t0, performance.now(), { how: 'loaded' });
      return m;
    }
    await ensureSeeded();
    const events = (await allEvents(db)).map(toMatcherEvent);
    const bundled = !!prebuilt?.load && eventsKey(events) === prebuilt.source;
    const m = bundled ? await tables() : compileMatcher(events);
    measureOnce('matcher', t0, performance.now(), { how: bundled ? 'loaded, events read' : 'compiled' });
    return m;
  };
  /** The matcher of this version, loaded or compiled once (started, not awaited). */
  const matcherOf = ({ version, revision }: { version: string; revision: number }) => {
    if (cached?.version !== version) {
      const c = (cached = { version, matcher: matcherFor(revision) });
      c.matcher.catch(() => {
        if (cached === c) cached = null; // try again next time
      });
    }
    return cached;
  };
  /** Starts the dataset check without waiting for it (a failure shows where it is awaited). */
  const startSeeding = () => void ensureSeeded().catch(() => {});
  /** The matcher of the events as they are now. */
  const current = async (): Promise<CompiledMatcher> => {
    startSeeding();
    return matcherOf(await matcherRevision(db, datasetVersion)).matcher;
  };
  const detect = createDetectService(current);
  return {
    async getMatcher({ knownVersion }): Promise<Protocol['getMatcher']['res']> {
      const t0 = performance.now();
      startSeeding();
      const which = await matcherRevision(db, datasetVersion);
      const { version } = which;
      if (knownVersion === version) return null;
      // A page past its gate asks this while its engine chunk loads, and its text comes next: the
      // matcher is made ready meanwhile (a woken background reads its tables now, not then).
      matcherOf(which);
      // (None of the reader's own before their first write.)
      const userEvents = which.revision === 0 ? [] : ((await db.events.where('origin').equals('user').primaryKeys()) as string[]);
      measureOnce('get-matcher', t0);
      return { version, ...(userEvents.length ? { userEvents } : {}) };
    },
    detect,
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
  // Events the reader never wrote are the bundled ones (see matcherRevision): nothing to read.
  if ((await eventsRevision(db)) === 0) return [];
  const events = (await allEvents(db)).map(toMatcherEvent);
  if (eventsKey(events) === prebuilt.source) return [];
  const known = new Set(builtin);
  return gateWords(compileMatcher(events).lexicon).filter((w) => !known.has(w));
}
