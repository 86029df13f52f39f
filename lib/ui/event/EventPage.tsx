/**
 * An event's own page (event.html?id=…): the same card a news page shows, with the event's facts
 * and the reader's notes, opened from the popup's search results and note groups or from the options
 * page. It asks the background, as a card on a page does (getCard, getNotes), so it works on a
 * freshly started background too, and follows changes made elsewhere (a note saved in another tab).
 *
 * The card renders into a shadow root with the card's own styles, exactly as on a page; the page
 * around it (header, export, the notes, the pages where the reader met the event) uses the extension
 * pages' look. On a news page the card's notes live in a frame of their own, kept apart from the
 * page's scripts (NotesSection.tsx); this page is Parley's own (an extension page: no web page's
 * script can reach it), so it lists the notes itself, with the popup's list (light Markdown, tag
 * chips, edit, delete), takes new ones with the notes frame's form (note-form.tsx), and leaves the
 * card's frame out.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Mention } from '../../detect/types';
import { eventToMarkdown, pagesMet } from '../../io/event-markdown';
import { send } from '../../messages/client';
import type { CardData } from '../../messages/protocol';
import { ParleyDB } from '../../db/database';
import { editNote, removeNote } from '../actions';
import { groupNotes, NotesList, type NoteActions } from '../popup/NotesList';
import { noteSourceUrl } from '../../notes/link';
import type { Note } from '../../notes/types';
import { dataRevisionItem } from '../../settings/signals';
import { Card } from '../card/Card';
import { NoteForm } from '../note-form';
import cardCss from '../card/card.css?inline';
import { downloadText } from '../options/download';
import { useSetting } from '../use-setting';

/** Opens the card open (as if the reader had clicked its mention): no mention text, no "why". */
function pageMention(data: CardData | null, id: string): Mention {
  return {
    start: 0,
    end: 0,
    quote: data?.event.title ?? id,
    status: data?.event.kind === 'related' ? 'related' : 'known',
    eventId: id,
    confidence: 1,
    reasons: [],
    candidates: [],
    via: 'alias',
  };
}

/** The card inside its own shadow root, styled by card.css as on a news page. */
function CardInShadow(props: { children: preact.ComponentChildren }) {
  const host = useRef<HTMLDivElement>(null);
  const mount = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const el = host.current!;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    if (!mount.current) {
      const style = document.createElement('style');
      // The card's notes frame is for news pages: here the notes are listed beside the card.
      style.textContent = `${cardCss}\n#parley-notes, .to-notes { display: none !important; }`;
      const div = document.createElement('div');
      div.className = 'page-frame';
      root.append(style, div);
      mount.current = div;
    }
    render(<>{props.children}</>, mount.current);
  });
  useEffect(() => () => mount.current && render(null, mount.current), []);
  return <div class="event-card-host" ref={host} data-testid="event-card-host" />;
}

let pageDb: ParleyDB | null = null;

export function EventPage({ id }: { id: string }) {
  const [data, setData] = useState<CardData | null>(null);
  const [notes, setNotes] = useState<Note[]>([]);
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const revision = useSetting(dataRevisionItem);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (!id) {
      setError('No event given.');
      setLoading(false);
      return;
    }
    let live = true;
    Promise.all([send('getCard', { eventId: id }), send('getNotes', { eventId: id })])
      .then(([facts, notes]) => {
        if (!live) return;
        if (!facts) {
          setData(null);
          setError('This event is not in your database (it may have been deleted).');
        } else {
          setData(facts);
          setNotes(notes);
          setError(undefined);
          document.title = `${facts.event.title} · Parley`;
        }
      })
      .catch((err) => live && setError(err instanceof Error ? err.message : String(err)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [id, revision?.rev, tick]);

  const pages = pagesMet(notes);
  const actions: NoteActions = {
    async onSave(noteId, patch) {
      await editNote((pageDb ??= new ParleyDB()), noteId, patch);
      setTick((n) => n + 1);
    },
    async onDelete(note) {
      await removeNote((pageDb ??= new ParleyDB()), note.id);
      setTick((n) => n + 1);
    },
  };
  const go = (to: string) => {
    location.search = `?id=${encodeURIComponent(to)}`;
  };

  return (
    <main class="event-page">
      <header class="event-page-head">
        <p>
          <strong>Parley</strong> <span class="muted">· an event in your database</span>
        </p>
        {data && (
          <button type="button" data-testid="event-export" onClick={() => downloadText(`${data.event.id}.md`, eventToMarkdown(data.event, notes), 'text/markdown')}>
            Export as Markdown
          </button>
        )}
      </header>
      <h1 class="visually-hidden">{data?.event.title ?? 'Event'}</h1>
      <CardInShadow>
        <Card
          mention={pageMention(data, id)}
          data={data}
          loading={loading}
          error={error}
          onNavigate={go}
          onOpenNotes={() => new Promise<string>(() => {})}
          onClose={() => (history.length > 1 ? history.back() : window.close())}
        />
      </CardInShadow>
      {data && (
        <section aria-labelledby="notes-heading" data-testid="event-notes">
          <h2 id="notes-heading">Your notes {notes.length ? <span class="count muted">({notes.length})</span> : null}</h2>
          <NotesList groups={groupNotes(notes, new Map()).map((g) => ({ ...g, label: '' }))} actions={actions} hideHeadings
            emptyText="No notes on this meeting yet." />
          <NoteForm
            placeholder="Add a note on this meeting (light Markdown; a #tag becomes a chip)"
            onSave={async ({ body, tags }) => {
              // Through the background, as the card's notes frame does: it stores the note and tells
              // every other context (the popup, cards on open pages) that notes changed.
              await send('saveNote', { eventId: id, body, tags: tags ?? [] });
              setTick((n) => n + 1);
            }}
          />
        </section>
      )}
      {pages.length > 0 && (
        <section aria-labelledby="met-heading" data-testid="event-pages">
          <h2 id="met-heading">Where you met it</h2>
          <ul class="bullets">
            {pages.map((p) => {
              const href = noteSourceUrl({ url: p.url, quote: { exact: '', prefix: '', suffix: '' } });
              return (
                <li key={p.url}>
                  {href ? <a href={href} target="_blank" rel="noopener noreferrer">{p.title || p.url}</a> : p.title || p.url}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </main>
  );
}
