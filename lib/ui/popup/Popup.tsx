/**
 * The toolbar popup: the global switch and this site's pause, the mentions Parley found on the
 * current tab, and every note (search, filters, edit, delete with undo). Everything is live:
 * settings through storage watches, notes and events through Dexie's liveQuery.
 *
 * The current tab is found with tabs.query({active, currentWindow}), which gives its id without the
 * "tabs" permission; its address comes from the content script's listMentions answer when the
 * browser does not show it to us.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ParleyDB } from '../../db/database';
import { sendToTab, type PageMention } from '../../messages/tab';
import { enabledItem, pausedSitesItem, setSitePaused, siteKey } from '../../settings/settings';
import { dataRevisionItem } from '../../settings/signals';
import { StorageProblem } from '../StorageProblem';
import { useSetting } from '../use-setting';
import { NotesPanel } from './NotesPanel';
import { OnThisPage, useMentions } from './OnThisPage';

export interface TabInfo {
  id: number | null;
  url?: string;
}

/** The tab the popup is about: the active tab of its window, or an explicit one (popup opened in a tab). */
export async function currentTab(override?: number): Promise<TabInfo> {
  try {
    if (override != null) {
      const t = await browser.tabs.get(override).catch(() => undefined);
      return { id: override, ...(t?.url ? { url: t.url } : {}) };
    }
    const [t] = await browser.tabs.query({ active: true, currentWindow: true });
    if (t?.id == null || t.id < 0) return { id: null };
    return { id: t.id, ...(t.url ? { url: t.url } : {}) };
  } catch {
    return { id: null };
  }
}

/**
 * A real switch: a button with role="switch" and aria-checked, operated by click, Space or Enter,
 * with a track that shows on or off and the word beside it. Its name (`label`) stays the same
 * whichever way it is set; `note` says why it cannot be changed when it is disabled.
 */
export function Switch({ checked, onChange, label, testid, disabled, note }: { checked: boolean; onChange(v: boolean): void; label: string; testid: string; disabled?: boolean; note?: string }) {
  const noteId = `${testid}-note`;
  return (
    <div class="switch-row">
      <button type="button" role="switch" class="switch" aria-checked={checked ? 'true' : 'false'} data-testid={testid} disabled={disabled}
        aria-describedby={note ? noteId : undefined} onClick={() => onChange(!checked)}>
        <span class="switch-track" aria-hidden="true"><span class="switch-thumb" /></span>
        <span class="switch-label">{label}</span>
        <span class="switch-state" aria-hidden="true">{checked ? 'On' : 'Off'}</span>
      </button>
      {note && <p class="muted switch-note" id={noteId} data-testid={`${testid}-note`}>{note}</p>}
    </div>
  );
}

export function Popup({ db, tabOverride, inTab = false }: { db: ParleyDB; tabOverride?: number; inTab?: boolean }) {
  const [tab, setTab] = useState<TabInfo | undefined>();
  const enabled = useSetting(enabledItem);
  const paused = useSetting(pausedSitesItem);
  const revision = useSetting(dataRevisionItem);
  useEffect(() => {
    void currentTab(tabOverride).then(setTab);
  }, [tabOverride]);

  const { state } = useMentions(tab?.id, `${enabled}|${paused?.join(',')}|${revision?.what === 'events' || revision?.what === 'all' ? revision.rev : ''}`);
  const url = tab?.url ?? (state.kind === 'ready' ? state.res.url : undefined);
  const site = url ? siteKey(url) : null;
  const pausedHere = !!site && !!paused?.includes(site);

  const open = async (m: PageMention) => {
    if (tab?.id == null) return false;
    const ok = !!(await sendToTab(tab.id, 'openMention', { id: m.id }));
    // A real popup covers the page: close it so the reader sees the card.
    if (ok && !inTab) window.close();
    return ok;
  };

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Parley</h1>
        <button type="button" class="linkish" data-testid="open-options"
          onClick={() => {
            void browser.runtime.openOptionsPage();
            if (!inTab) window.close();
          }}
        >
          Export, import, events…
        </button>
      </header>
      <StorageProblem db={db} />
      <div class="controls">
        {enabled !== undefined && (
          <Switch testid="switch-enabled" checked={enabled} label="Parley on every site"
            note={enabled ? undefined : 'Off everywhere: nothing is marked on any page.'}
            onChange={(v) => void enabledItem.setValue(v)} />
        )}
        {site && paused !== undefined && enabled !== undefined && (
          // Never contradicts the global switch: with Parley off everywhere, this site is off too,
          // and the switch says why it cannot be turned on here.
          <Switch testid="switch-site" checked={enabled && !pausedHere} disabled={!enabled}
            label={`On for ${site}`}
            note={!enabled ? 'Turn Parley on first: it is off everywhere.' : pausedHere ? `Paused on ${site}: nothing is marked here.` : undefined}
            onChange={(on) => void setSitePaused(site, !on)} />
        )}
      </div>
      <OnThisPage state={state} onOpen={open} pausedHere={pausedHere} />
      <NotesPanel db={db} closeOnOpen={!inTab} />
    </main>
  );
}
