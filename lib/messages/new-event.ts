/**
 * From the card's "Add this meeting" form to a user event draft. The reader gives a title, a date
 * and a place; the mention's quote becomes the event's alias, so Parley finds the same words on
 * this page and others from then on. Validation is lib/db/user-events.ts's (the rules of the
 * dataset, relaxed where a reader cannot be expected to have a curator's sources).
 */
import type { ParleyDB } from '../db/database';
import { createUserEvent, type EventDraft } from '../db/user-events';
import type { StoredEvent } from '../events/types';
import type { NewEventInput } from './protocol';
import { aliasFromQuote } from './alias';

export { aliasFromQuote };

const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * The language of the page an event was added from, for its source (a screen reader reads the
 * title in that voice): the page's own `lang` when it gives a plain one, else what the mention's
 * words are written in (Ukrainian letters, other Cyrillic, or Latin).
 */
export function sourceLang(pageLang: string | undefined, quote: string): string {
  const l = (pageLang ?? '').trim().toLowerCase().slice(0, 2);
  if (/^[a-z]{2}$/.test(l)) return l;
  if (/[іїєґ]/i.test(quote)) return 'uk';
  return CYRILLIC.test(quote) ? 'ru' : 'en';
}

export function draftFromInput(input: NewEventInput): EventDraft {
  const alias = aliasFromQuote(input.quote ?? '');
  const lang = CYRILLIC.test(alias) ? 'ru' : 'en';
  const title = (input.title ?? '').trim();
  const aliases = [alias, title].filter((a, i, all) => a && all.findIndex((b) => b.toLowerCase() === a.toLowerCase()) === i && (a.split(/\s+/).length >= 2 || /[-–—]/.test(a)));
  return {
    title,
    kind: input.kind ?? 'working-level',
    status: input.status ?? 'held',
    start: (input.start ?? '').trim(),
    ...(input.end?.trim() ? { end: input.end.trim() } : {}),
    place: { ...(input.city?.trim() ? { city: input.city.trim() } : {}), country: (input.country ?? '').trim() },
    participants: input.participants?.length
      ? input.participants
      : [
          { name: 'United States delegation', side: 'us', role: 'Delegation' },
          { name: 'Russian delegation', side: 'ru', role: 'Delegation' },
        ],
    aliases: { en: lang === 'en' ? aliases : [], ru: lang === 'ru' ? aliases : [] },
    cues: [],
    summary: (input.summary ?? '').trim(),
    outcomes: [],
    topics: [],
    sources:
      input.source && /^https?:\/\//i.test(input.source.url)
        ? [{ title: input.source.title.trim().slice(0, 300) || input.source.url, url: input.source.url, lang: sourceLang(input.source.lang, input.quote ?? '') }]
        : [],
  };
}

/** The words of a mention as a key: 'the Ankara talks', 'Ankara talks.' and 'ANKARA TALKS' are one. */
const wordsKey = (quote: string) => aliasFromQuote(quote).toLowerCase();

/**
 * Notes written on an unknown meeting (eventId null, `mention` = the words on the page) become
 * notes on the event made from those words: the reader wrote them about that meeting. Notes on the
 * same words on other pages move too, since those words now name the new event everywhere.
 * Returns how many moved. Their `updatedAt` moves on, so an older export cannot undo the move.
 */
export async function moveMentionNotes(db: ParleyDB, quote: string, eventId: string, now = Date.now()): Promise<number> {
  const key = wordsKey(quote);
  if (!key) return 0;
  return db.transaction('rw', db.notes, async () => {
    const notes = await db.notes.filter((n) => n.eventId === null && !!n.mention && wordsKey(n.mention) === key).toArray();
    for (const n of notes) await db.notes.put({ ...n, eventId, updatedAt: Math.max(now, n.updatedAt + 1) });
    return notes.length;
  });
}

/** The card's "Add this meeting": the event and the move of the mention's notes, in one transaction. */
export async function createEventFromMention(db: ParleyDB, input: NewEventInput): Promise<StoredEvent> {
  return db.transaction('rw', [db.events, db.bundled, db.meta, db.notes], async () => {
    const event = await createUserEvent(db, draftFromInput(input));
    if (input.quote) await moveMentionNotes(db, input.quote, event.id);
    return event;
  });
}
