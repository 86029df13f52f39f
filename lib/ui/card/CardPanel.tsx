/**
 * The card's state: which event it shows (the mention's own, or one the reader navigated to), its
 * data, the nearest known events for an unknown meeting, and the actions. Data comes through a
 * small `CardApi` so tests drive it with fakes and the content script with background messages.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Mention } from '../../detect/types';
import type { CardData, EventRef } from '../../messages/protocol';
import { Card, type NewEventFields } from './Card';
import { Peek, meetingIds } from './Peek';

export { meetingIds };

export interface CardApi {
  /** The event's facts (never the reader's notes: those are the notes frame's, NotesSection.tsx). */
  getCard(eventId: string): Promise<CardData | null>;
  getEventRefs(ids: string[]): Promise<EventRef[]>;
  /**
   * Registers a notes frame for `eventId` (null: the unknown meeting of the mention); the caller adds
   * where the reader is. Resolves with the frame's one-time token (lib/messages/notes-tokens.ts).
   */
  openNotes(eventId: string | null): Promise<string>;
  /** Creates an event from the mention; resolves with it once it is in the database. */
  createEvent(input: NewEventFields): Promise<EventRef>;
}

export interface CardPanelProps {
  mention: Mention;
  api: CardApi;
  /** Changes when the reader's data changed elsewhere (a note saved in another tab): reload. */
  refresh?: number;
  createDefaults?: Partial<NewEventFields>;
  /** The full card (true) or the peek (false: hover, or a mark reached without opening it). */
  pinned?: boolean;
  /** The page's publication date (ISO), for "6 days before this article". */
  publishedAt?: string;
  /** Today, 'YYYY-MM-DD' (tests fix it). */
  now?: string;
  onClose(): void;
  /** Called after every render that may have changed the card's size (the host repositions it). */
  onLayout?(): void;
}


export function CardPanel({ mention, api, refresh = 0, createDefaults, pinned = true, publishedAt, now, onClose, onLayout }: CardPanelProps) {
  // Which of the meetings the mention names is shown (most mentions name one).
  const ids = meetingIds(mention);
  const [pick, setPick] = useState(0);
  const root = ids[pick] ?? ids[0] ?? null;
  const [meetings, setMeetings] = useState<EventRef[]>([]);
  // The navigation stack: the shown meeting first (none for an unknown meeting).
  const [stack, setStack] = useState<string[]>(root ? [root] : []);
  const [data, setData] = useState<CardData | null>(null);
  const [loading, setLoading] = useState(!!mention.eventId);
  const [error, setError] = useState<string | undefined>();
  const [candidates, setCandidates] = useState<EventRef[]>([]);
  const current = stack[stack.length - 1] ?? null;
  const alive = useRef(true);
  useEffect(() => () => void (alive.current = false), []);

  // The page was scanned again (new matcher data) and the mention now resolves differently (an
  // event the reader just created, say): start from its own event.
  const own = useRef(mention.eventId);
  useEffect(() => {
    if (own.current === mention.eventId) return;
    own.current = mention.eventId;
    setPick(0);
    setStack(mention.eventId ? [mention.eventId] : []);
  }, [mention.eventId]);

  const idsKey = ids.join('|');
  useEffect(() => {
    if (ids.length < 2) return setMeetings([]);
    let stale = false;
    api
      .getEventRefs(ids)
      .then((refs) => !stale && setMeetings(ids.map((id) => refs.find((r) => r.id === id)).filter((r): r is EventRef => !!r)))
      .catch(() => !stale && setMeetings([]));
    return () => void (stale = true);
  }, [idsKey]);

  useEffect(() => {
    let stale = false;
    if (!current) {
      setData(null);
      setLoading(false);
      return;
    }
    setLoading(true);
    setError(undefined);
    api
      .getCard(current)
      .then((d) => {
        if (stale) return;
        setData(d);
        if (!d) setError('This event is no longer in your database.');
      })
      .catch((err) => !stale && setError(err instanceof Error ? err.message : String(err)))
      .finally(() => !stale && setLoading(false));
    return () => void (stale = true);
  }, [current, refresh]);

  useEffect(() => {
    if (mention.status !== 'unknown' || !mention.candidates.length) return;
    let stale = false;
    api
      .getEventRefs(mention.candidates.map((c) => c.eventId))
      .then((refs) => !stale && setCandidates(refs))
      .catch(() => !stale && setCandidates([]));
    return () => void (stale = true);
  }, [mention]);

  useEffect(() => onLayout?.());

  const navigate = (id: string) => {
    if (id === current) return;
    setData(null);
    setStack((s) => [...s, id]);
  };

  const shown = current && data?.event.id === current ? data : null;
  if (!pinned) return <Peek mention={mention} data={shown} candidates={candidates} loading={loading} error={error} publishedAt={publishedAt} now={now} />;

  return (
    <Card
      mention={mention}
      data={shown}
      candidates={candidates}
      loading={loading}
      error={error}
      publishedAt={publishedAt}
      now={now}
      meetings={meetings}
      meetingIndex={pick}
      onPickMeeting={(i) => {
        if (i === pick || !ids[i]) return;
        setPick(i);
        setData(null);
        setStack([ids[i]!]);
      }}
      canGoBack={stack.length > (mention.eventId ? 1 : 0)}
      onBack={() => {
        setData(null);
        setStack((s) => s.slice(0, -1));
      }}
      onNavigate={navigate}
      onOpenNotes={() => api.openNotes(current)}
      onCreateEvent={async (input) => {
        const ref = await api.createEvent(input);
        if (alive.current) navigate(ref.id);
      }}
      createDefaults={createDefaults}
      onClose={onClose}
    />
  );
}
