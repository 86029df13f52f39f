/**
 * "On this page": the mentions Parley found in the current tab, in document order. Choosing one
 * asks the tab's content script to scroll to it and open its card. The list is asked for again
 * whenever settings or data change (turning Parley on for the site makes mentions appear).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PageMention, TabProtocol } from '../../messages/tab';
import { sendToTab } from '../../messages/tab';

export type MentionsState =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; res: TabProtocol['listMentions']['res'] };

/** The tab's mentions, re-asked whenever `refreshKey` changes. */
export function useMentions(tabId: number | null | undefined, refreshKey: unknown): { state: MentionsState; reload(): void } {
  const [state, setState] = useState<MentionsState>({ kind: 'loading' });
  const [tick, setTick] = useState(0);
  const asked = useRef(false);
  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) return setState({ kind: 'unavailable' });
    let live = true;
    // The first time at once; after a change, give the content script a moment to rescan.
    const t = setTimeout(async () => {
      const res = await sendToTab(tabId, 'listMentions', {});
      if (live) setState(res ? { kind: 'ready', res } : { kind: 'unavailable' });
    }, asked.current ? 300 : 0);
    asked.current = true;
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [tabId, refreshKey, tick]);
  return { state, reload: useCallback(() => setTick((n) => n + 1), []) };
}

const STATUS_WORD: Record<PageMention['status'], string> = {
  known: 'In your database',
  related: 'Related event',
  unknown: 'Not in your database',
};

export function OnThisPage({
  state,
  onOpen,
  pausedHere,
}: {
  state: MentionsState;
  onOpen(m: PageMention): Promise<boolean>;
  pausedHere: boolean;
}) {
  const [error, setError] = useState<string>();
  let content;
  if (state.kind === 'loading') content = <p class="muted">Looking at this page…</p>;
  else if (state.kind === 'unavailable')
    content = <p class="muted" data-testid="page-unavailable">Parley does not run on this page (it reads only web pages: http and https).</p>;
  else if (!state.res.active)
    content = <p class="muted" data-testid="page-inactive">{pausedHere ? 'Parley is paused on this site.' : 'Parley is off.'} Nothing is marked.</p>;
  else if (!state.res.mentions.length)
    content = <p class="muted" data-testid="page-none">No US–Russia meetings mentioned on this page.</p>;
  else
    content = (
      <ol class="mentions" data-testid="mentions">
        {state.res.mentions.map((m) => (
          <li key={m.id}>
            <button
              type="button"
              class={`mention mention-${m.status}`}
              data-testid="mention"
              data-mention-id={m.id}
              onClick={async () => {
                setError(undefined);
                const ok = await onOpen(m);
                if (!ok) setError('That mention is no longer on the page (it may have changed). Reload the page and try again.');
              }}
            >
              <span class="mention-quote">“{m.quote}”</span>
              <span class="mention-meta">
                {m.title ?? STATUS_WORD[m.status]}
                {m.title && m.status !== 'known' ? ` · ${STATUS_WORD[m.status]}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ol>
    );
  const count = state.kind === 'ready' && state.res.active ? state.res.mentions.length : 0;
  return (
    <section class="on-this-page" aria-labelledby="page-heading">
      <h2 id="page-heading">On this page {count > 0 && <span class="count muted">({count})</span>}</h2>
      {content}
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
