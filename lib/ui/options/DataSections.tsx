/**
 * The options page's data sections: export (JSON, Markdown, Web Annotations), import (validated
 * first, a summary to confirm, then one transaction), what is stored and where (dataset version,
 * counts, storage and persistence), reset with confirmation, and the global switch and paused sites.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ParleyDB } from '../../db/database';
import { DATASET_REACH, datasetReach } from '../../events/reach';
import { formatDateRange } from '../format';
import { formatBytes, describeStorageError, requestPersistence, storageStatus, type StorageStatus } from '../../db/storage';
import { notesToWebAnnotations } from '../../io/annotations';
import { collectExport, exportToJson } from '../../io/export';
import { exportFileName } from '../../io/format';
import { MAX_IMPORT_BYTES, applyImport, parseImport, readExisting, type ImportPlan } from '../../io/import';
import { notesToMarkdown } from '../../io/markdown';
import { resetAll } from '../../io/reset';
import { enabledItem, pausedSitesItem, setSitePaused } from '../../settings/settings';
import { formatTime } from '../popup/NotesList';
import { Switch } from '../popup/Popup';
import { useLiveQuery } from '../use-live-query';
import { useSetting } from '../use-setting';
import { downloadText } from './download';
import { useStatusEpoch } from './status-epoch';

async function eventTitles(db: ParleyDB) {
  return new Map((await db.events.toArray()).map((e) => [e.id, e]));
}

export function ExportSection({ db }: { db: ParleyDB }) {
  const [status, setStatus] = useState<{ text?: string; error?: string }>({});
  const run = (what: string, fn: () => Promise<void>) => async () => {
    setStatus({});
    try {
      await fn();
      setStatus({ text: what });
    } catch (err) {
      setStatus({ error: describeStorageError(err) });
    }
  };
  return (
    <section id="export" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <p class="muted">Your data stays on this computer unless you export it. The JSON file holds everything (notes, your events and edits, settings) and can be imported again here or into another Parley.</p>
      <div class="row">
        <button type="button" class="primary" data-testid="export-json" onClick={run('Exported everything as JSON.', async () => {
          const data = await collectExport(db);
          downloadText(exportFileName('json'), exportToJson(data), 'application/json');
        })}>Export everything (JSON)</button>
        <button type="button" data-testid="export-markdown" onClick={run('Exported notes as Markdown.', async () => {
          const notes = await db.notes.toArray();
          downloadText(exportFileName('md'), notesToMarkdown(notes, await eventTitles(db)), 'text/markdown');
        })}>Notes as Markdown</button>
        <button type="button" data-testid="export-annotations" onClick={run('Exported notes as W3C Web Annotations.', async () => {
          const notes = await db.notes.toArray();
          const doc = notesToWebAnnotations(notes, await eventTitles(db));
          downloadText(exportFileName('jsonld'), `${JSON.stringify(doc, null, 2)}\n`, 'application/ld+json');
        })}>Notes as Web Annotations (JSON-LD)</button>
      </div>
      <div aria-live="polite">{status.text && <p class="ok" data-testid="export-status">{status.text}</p>}</div>
      {status.error && <p class="error" role="alert">{status.error}</p>}
    </section>
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function ImportSection({ db }: { db: ParleyDB }) {
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'reading'; name: string }
    | { kind: 'invalid'; name: string; issues: string[]; total: number }
    | { kind: 'ready'; name: string; plan: ImportPlan }
    | { kind: 'writing' }
    | { kind: 'done'; text: string }
    | { kind: 'failed'; error: string }
  >({ kind: 'idle' });
  const [withSettings, setWithSettings] = useState(true);
  const input = useRef<HTMLInputElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const announce = useStatusEpoch('import', () => setState((s) => (s.kind === 'ready' || s.kind === 'reading' || s.kind === 'writing' ? s : { kind: 'idle' })));
  // The plan (and its Import button) goes once the import is done: focus goes to the line saying so.
  useEffect(() => {
    if (state.kind === 'done') doneRef.current?.focus();
  }, [state.kind]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setState({ kind: 'invalid', name: file.name, issues: [`file: too large (${formatBytes(file.size)}; at most ${formatBytes(MAX_IMPORT_BYTES)})`], total: 1 });
      return;
    }
    setState({ kind: 'reading', name: file.name });
    try {
      const text = await file.text();
      const res = parseImport(text, await readExisting(db));
      setState(res.ok ? { kind: 'ready', name: file.name, plan: res.plan } : { kind: 'invalid', name: file.name, issues: res.issues, total: res.total });
    } catch (err) {
      setState({ kind: 'failed', error: `Could not read ${file.name}: ${describeStorageError(err)}` });
    }
  };

  const confirm = async (plan: ImportPlan) => {
    setState({ kind: 'writing' });
    try {
      await applyImport(db, plan, { settings: withSettings });
      announce();
      const s = plan.summary;
      setState({
        kind: 'done',
        text: `Imported ${plural(s.notes.added + s.notes.replaced, 'note')}, ${plural(s.userEvents.total + s.editedEvents.becameUserEvents, 'event')} of yours and ${plural(s.editedEvents.total - s.editedEvents.becameUserEvents, 'edit')}${withSettings ? ', and settings' : ''}.`,
      });
    } catch (err) {
      setState({ kind: 'failed', error: `Nothing was imported. ${describeStorageError(err)}` });
    }
    if (input.current) input.current.value = '';
  };

  return (
    <section id="import" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <p class="muted">
        Import a file exported by Parley. It is checked completely first; if anything is wrong, nothing changes and Parley says which record and field to fix.
        Notes and events with the same id as yours replace yours — except a note you edited more recently than the file’s copy, which is kept. Everything else you have stays.
      </p>
      <label for="import-file">Choose a Parley export file (.json)</label>{' '}
      <input id="import-file" ref={input} type="file" accept=".json,application/json" data-testid="import-file"
        onChange={(e) => void choose((e.target as HTMLInputElement).files?.[0])} />
      <div aria-live="polite">
        {state.kind === 'reading' && <p class="muted">Checking {state.name}…</p>}
        {state.kind === 'writing' && <p class="muted">Importing…</p>}
        {state.kind === 'done' && <p class="ok" data-testid="import-done" tabIndex={-1} ref={doneRef}>{state.text}</p>}
      </div>
      {state.kind === 'invalid' && (
        <div class="error-summary" role="alert" data-testid="import-errors">
          <p>{state.name} was not imported; nothing changed. {state.total === 1 ? 'One problem' : `${state.total} problems`}:</p>
          <ul>{state.issues.map((i, n) => <li key={n}><code>{i}</code></li>)}</ul>
          {state.total > state.issues.length && <p>…and {state.total - state.issues.length} more.</p>}
        </div>
      )}
      {state.kind === 'failed' && <p class="error" role="alert" data-testid="import-failed">{state.error}</p>}
      {state.kind === 'ready' && (() => {
        const s = state.plan.summary;
        return (
          <div class="import-plan" data-testid="import-plan">
            <p>{state.name}, exported {formatTime(Date.parse(s.exportedAt))}, is ready to import:</p>
            <ul class="bullets">
              <li>{plural(s.notes.total, 'note')}: {s.notes.added} new, {s.notes.replaced} replacing yours{s.notes.keptNewer ? `, ${s.notes.keptNewer} skipped because yours are newer` : ''}</li>
              <li>{plural(s.userEvents.total, 'event')} of yours: {s.userEvents.added} new, {s.userEvents.replaced} replacing</li>
              <li>{plural(s.editedEvents.total, 'edit')} of Parley’s events{s.editedEvents.becameUserEvents ? ` (${s.editedEvents.becameUserEvents} no longer in Parley’s dataset, kept as your own events)` : ''}</li>
              <li>Settings: Parley {s.settings.enabled ? 'on' : 'off'}, {plural(s.settings.pausedSites.length, 'paused site')}</li>
            </ul>
            <label class="switch"><input type="checkbox" data-testid="import-settings" checked={withSettings} onChange={(e) => setWithSettings((e.target as HTMLInputElement).checked)} /> <span>Also restore these settings</span></label>
            <div class="row">
              <button type="button" class="primary" data-testid="import-confirm" onClick={() => void confirm(state.plan)}>Import</button>
              <button type="button" onClick={() => { setState({ kind: 'idle' }); if (input.current) input.current.value = ''; }}>Cancel</button>
            </div>
          </div>
        );
      })()}
    </section>
  );
}

export function DataSection({ db }: { db: ParleyDB }) {
  const { value: stats } = useLiveQuery(
    () => db.transaction('r', db.notes, db.events, db.bundled, db.meta, async () => {
      const [notes, bundled, mine, edited, version] = await Promise.all([
        db.notes.count(),
        db.bundled.count(),
        db.events.where('origin').equals('user').count(),
        db.events.filter((e) => !!e.edited).count(),
        db.meta.get('datasetVersion'),
      ]);
      const tags = new Set<string>();
      await db.notes.each((n) => n.tags.forEach((t) => tags.add(t)));
      const reach = datasetReach(await db.bundled.toArray()) ?? DATASET_REACH;
      return { notes, bundled, mine, edited, tags: tags.size, version: version?.value as string | undefined, reach };
    }),
    [db],
    null,
  );
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [asked, setAsked] = useState<boolean | null>(null);
  useEffect(() => {
    void storageStatus().then(setStorage);
  }, [stats?.notes, asked]);

  return (
    <section id="data" aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      {stats && (
        <dl class="facts" data-testid="data-facts">
          <dt>Notes</dt><dd data-testid="count-notes">{stats.notes}</dd>
          <dt>Tags</dt><dd>{stats.tags}</dd>
          <dt>Your events</dt><dd data-testid="count-user-events">{stats.mine}</dd>
          <dt>Edited Parley events</dt><dd data-testid="count-edited">{stats.edited}</dd>
          <dt>Parley’s events</dt><dd data-testid="count-bundled">{stats.bundled}</dd>
          <dt>Parley’s events up to</dt><dd data-testid="dataset-reach">{formatDateRange(stats.reach)}</dd>
          <dt>Dataset version</dt><dd data-testid="dataset-version">{stats.version ?? 'not loaded yet (open any news page)'}</dd>
          {storage?.usage != null && (<><dt>Storage used</dt><dd>{formatBytes(storage.usage)}{storage.quota ? ` of ${formatBytes(storage.quota)} available` : ''}</dd></>)}
          <dt>Kept by the browser</dt>
          <dd data-testid="persisted">
            {!storage ? '…' : !storage.supported ? 'unknown (this browser does not say)' : storage.persisted ? 'yes: the browser will not clear Parley’s data to free space' : 'not guaranteed: under storage pressure the browser may clear it'}
          </dd>
        </dl>
      )}
      {storage?.supported && !storage.persisted && (
        <div class="row">
          <button type="button" data-testid="persist" onClick={async () => setAsked(await requestPersistence())}>Ask the browser to keep Parley’s data</button>
          <span aria-live="polite" class="muted">
            {asked === false && 'The browser declined. Exporting now and then keeps a copy safe either way.'}
            {asked === true && 'Done: the browser will keep Parley’s data.'}
          </span>
        </div>
      )}
    </section>
  );
}

export function ResetSection({ db }: { db: ParleyDB }) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy' | { done: string } | { error: string }>('idle');
  const doneRef = useRef<HTMLParagraphElement>(null);
  const announce = useStatusEpoch('reset', () => setStep((s) => (typeof s === 'object' ? 'idle' : s)));
  useEffect(() => {
    if (typeof step === 'object' && 'done' in step) doneRef.current?.focus();
  }, [step]);
  const { value: counts } = useLiveQuery(
    async () => ({
      notes: await db.notes.count(),
      mine: await db.events.where('origin').equals('user').count(),
      edited: await db.events.filter((e) => !!e.edited).count(),
    }),
    [db],
    null,
  );
  const exportFirst = async () => downloadText(exportFileName('json'), exportToJson(await collectExport(db)), 'application/json');
  return (
    <section id="reset" aria-labelledby="reset-heading">
      <h2 id="reset-heading">Reset</h2>
      <p class="muted">Deletes every note and event of yours, undoes your edits of Parley’s events and restores the default settings. Parley’s own events stay.</p>
      {step === 'confirm' && counts ? (
        <div class="confirm-box" role="group" aria-labelledby="reset-q" data-testid="reset-confirm-box">
          <p id="reset-q"><strong>Delete {plural(counts.notes, 'note')}, {plural(counts.mine, 'event')} of yours and {plural(counts.edited, 'edit')}?</strong> This cannot be undone; export first if you may want them back.</p>
          <div class="row">
            <button type="button" onClick={() => void exportFirst()}>Export everything first</button>
            <button type="button" class="danger-solid" data-testid="reset-confirm" onClick={async () => {
              setStep('busy');
              try {
                const r = await resetAll(db);
                announce();
                setStep({ done: `Reset: deleted ${plural(r.notes, 'note')} and ${plural(r.userEvents, 'event')}, reverted ${plural(r.reverted, 'edit')}.` });
              } catch (err) {
                setStep({ error: `Nothing was reset. ${describeStorageError(err)}` });
              }
            }}>Delete everything</button>
            <button type="button" data-testid="reset-cancel" onClick={() => setStep('idle')}>Cancel</button>
          </div>
        </div>
      ) : (
        <button type="button" class="linkish danger" data-testid="reset" disabled={step === 'busy'} onClick={() => setStep('confirm')}>Reset Parley…</button>
      )}
      <div aria-live="polite">{typeof step === 'object' && 'done' in step && <p class="ok" data-testid="reset-done" tabIndex={-1} ref={doneRef}>{step.done}</p>}</div>
      {typeof step === 'object' && 'error' in step && <p class="error" role="alert">{step.error}</p>}
    </section>
  );
}

export function SettingsSection() {
  const enabled = useSetting(enabledItem);
  const paused = useSetting(pausedSitesItem);
  const [site, setSite] = useState('');
  const [error, setError] = useState<string>();
  const add = async (e: Event) => {
    e.preventDefault();
    const raw = site.trim();
    let host = '';
    try {
      host = new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `https://${raw}`).hostname;
    } catch {
      /* handled below */
    }
    if (!host || !/^[a-z0-9.[\]:-]+$/i.test(host)) return setError('That is not a site name (like www.example.com).');
    setError(undefined);
    await setSitePaused(host, true);
    setSite('');
  };
  return (
    <section id="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">On or off</h2>
      {enabled !== undefined && (
        <Switch testid="options-enabled" checked={enabled} label="Parley on every site" note={enabled ? undefined : 'Off everywhere: nothing is marked on any page.'} onChange={(v) => void enabledItem.setValue(v)} />
      )}
      <h3>Paused sites</h3>
      {paused?.length ? (
        <ul class="sites" data-testid="paused-sites">
          {paused.map((s) => (
            <li key={s} class="row">
              <span>{s}</span>
              <button type="button" class="linkish" aria-label={`Resume on ${s}`} onClick={() => void setSitePaused(s, false)}>Resume</button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">None. Pause a site from the toolbar popup while you are on it, or here.</p>
      )}
      <form class="row" onSubmit={add}>
        <label for="pause-site">Pause on a site</label>
        <input id="pause-site" value={site} placeholder="www.example.com" onInput={(e) => setSite((e.target as HTMLInputElement).value)} aria-describedby={error ? 'pause-site-err' : undefined} />
        <button type="submit">Pause</button>
      </form>
      {error && <p class="error" id="pause-site-err" role="alert">{error}</p>}
    </section>
  );
}
