/**
 * Full-text search over the reader's notes and over events, with MiniSearch (a small in-memory
 * inverted index: prefix and typo-tolerant matching, relevance ranking, no dependencies).
 *
 * Notes are indexed with the title of their event, so "helsinki" finds every note on the Helsinki
 * summit even when the note itself never names the city. The index is kept in step
 * with the database incrementally (`sync`): only notes added, changed or removed since the last
 * call are touched, so a live query that fires on every write stays cheap with 10 000 notes.
 *
 * Terms are folded the way readers type: case, accents and Russian ё/е do not matter.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { MeetingEvent } from '../events/types';
import type { Note } from './types';

/** Lowercase and strip diacritics (é → e; Russian ё → е and й → и, on both sides of the search). */
const ASCII = /^[\x00-\x7f]*$/;
export function foldTerm(term: string): string {
  if (ASCII.test(term)) return term.toLowerCase();
  return term
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFKC')
    .toLowerCase();
}

/** The event facts a note is indexed with. */
export type EventText = Pick<MeetingEvent, 'id' | 'title'> & Partial<Pick<MeetingEvent, 'titleRu' | 'place'>>;

/**
 * What a note is indexed with about its event: the titles and the city. Kept short on purpose:
 * copying every alias into each of 10 000 notes made indexing ten times slower. Aliases are
 * searched once per event instead (EventSearch), and the popup adds the notes of matching events.
 */
function eventWords(e: EventText | undefined): string {
  if (!e) return '';
  return [e.title, e.titleRu ?? '', e.place?.city ?? ''].join(' ');
}

interface NoteDoc {
  id: string;
  body: string;
  tags: string;
  quote: string;
  page: string;
  event: string;
}

const SEARCH: SearchOptions = {
  prefix: true,
  fuzzy: (term) => (term.length > 4 ? 0.2 : false),
  combineWith: 'AND',
  boost: { body: 2, tags: 2, event: 1.5 },
};

export class NoteSearch {
  private ms = new MiniSearch<NoteDoc>({
    fields: ['body', 'tags', 'quote', 'page', 'event'],
    idField: 'id',
    processTerm: foldTerm,
    searchOptions: SEARCH,
  });
  /** id → the version of the note (and of its event's text) that is in the index. */
  private indexed = new Map<string, string>();

  get size(): number {
    return this.indexed.size;
  }

  /** Brings the index in step with `notes`; returns how many documents were (re)indexed or removed. */
  sync(notes: readonly Note[], eventOf: (id: string) => EventText | undefined): number {
    const { add, touched } = this.diff(notes, eventOf);
    if (add.length) this.ms.addAll(add);
    return touched;
  }

  /**
   * The same, yielding to the event loop between chunks, so building the index for thousands of
   * notes never blocks typing in the popup (10 000 notes take a few hundred milliseconds).
   */
  syncAsync(notes: readonly Note[], eventOf: (id: string) => EventText | undefined): Promise<number> {
    // Calls run one after another: a diff must never see documents another call has not added yet.
    const run = this.queue.then(async () => {
      const { add, touched } = this.diff(notes, eventOf);
      if (add.length > 500) await this.ms.addAllAsync(add, { chunkSize: 500 });
      else if (add.length) this.ms.addAll(add);
      return touched;
    });
    this.queue = run.catch(() => 0);
    return run;
  }
  private queue: Promise<unknown> = Promise.resolve();

  private diff(notes: readonly Note[], eventOf: (id: string) => EventText | undefined): { add: NoteDoc[]; touched: number } {
    let touched = 0;
    const seen = new Set<string>();
    const add: NoteDoc[] = [];
    for (const n of notes) {
      seen.add(n.id);
      const ev = n.eventId ? eventOf(n.eventId) : undefined;
      const event = n.eventId ? eventWords(ev) : (n.mention ?? '');
      const version = `${n.updatedAt}|${event}`;
      const cur = this.indexed.get(n.id);
      if (cur === version) continue;
      if (cur !== undefined) this.ms.discard(n.id);
      add.push({
        id: n.id,
        body: n.body,
        tags: n.tags.join(' '),
        quote: n.target?.quote.exact ?? '',
        page: n.target ? `${n.target.title} ${n.target.url}` : '',
        event,
      });
      this.indexed.set(n.id, version);
      touched++;
    }
    for (const id of [...this.indexed.keys()]) {
      if (seen.has(id)) continue;
      this.ms.discard(id);
      this.indexed.delete(id);
      touched++;
    }
    return { add, touched };
  }

  /** Ids of matching notes, best first. An empty query matches nothing (callers show everything). */
  search(query: string): string[] {
    if (!query.trim()) return [];
    return this.ms.search(query).map((r) => r.id as string);
  }
}

interface EventDoc {
  id: string;
  title: string;
  aliases: string;
  place: string;
  people: string;
  year: string;
}

export class EventSearch {
  private ms = new MiniSearch<EventDoc>({
    fields: ['title', 'aliases', 'place', 'people', 'year'],
    idField: 'id',
    processTerm: foldTerm,
    searchOptions: { ...SEARCH, boost: { title: 3, aliases: 2 } },
  });

  constructor(events: readonly MeetingEvent[]) {
    this.ms.addAll(
      events.map((e) => ({
        id: e.id,
        title: `${e.title} ${e.titleRu ?? ''}`,
        aliases: [...e.aliases.en, ...e.aliases.ru, ...(e.aliases.uk ?? []), ...(e.sharedAliases ?? [])].join(' '),
        place: [e.place.venue, e.place.city, e.place.region, e.place.country, ...(e.place.names ?? [])].filter(Boolean).join(' '),
        people: e.participants.flatMap((p) => [p.name, p.nameRu ?? '']).join(' '),
        year: e.start.slice(0, 4),
      })),
    );
  }

  search(query: string, limit = 8): string[] {
    if (!query.trim()) return [];
    return this.ms.search(query).slice(0, limit).map((r) => r.id as string);
  }
}
