/**
 * Create or edit an event: the reader's own, or their edit of a bundled one. Lists are typed one
 * per line. Fields the form does not show (coordinates, series) are kept from the event being
 * edited. Problems come back from the same validation imports use, each named by its field.
 */
import { useState } from 'preact/hooks';
import { EventValidationError, validateUserEvent, type EventDraft } from '../../db/user-events';
import { describeStorageError } from '../../db/storage';
import { EVENT_KINDS, EVENT_STATUSES, type MeetingEvent, type Participant, type Side } from '../../events/types';
import type { ValidationIssue } from '../../events/validate';
import { KIND_LABEL, STATUS_LABEL } from '../format';

interface PersonRow { name: string; nameRu: string; side: Side; role: string }
/** `added`: a row the reader added in this form (its language is required: see sourceLangIssues). */
interface SourceRow { title: string; url: string; publisher: string; date: string; lang: string; added?: boolean }

/**
 * A source added here must say its language: the card tags its title with it (lang="ru"), so a
 * screen reader reads a Russian title in Russian, and marks non-English titles (RU). Sources the
 * event already had (from the dataset, or a page the reader added the event from) are kept as they
 * are; their language, when given, is kept too.
 */
export function sourceLangIssues(rows: readonly SourceRow[]): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  // Numbered as the form shows them ("Source 2: lang").
  rows.forEach((s, i) => {
    if (s.added && (s.title.trim() || s.url.trim()) && !s.lang.trim()) out.push({ record: '', field: `sources.${i}.lang`, message: 'say which language it is in (en, ru, uk…)' });
  });
  return out;
}

export interface EventFormState {
  title: string;
  titleRu: string;
  kind: MeetingEvent['kind'];
  status: MeetingEvent['status'];
  start: string;
  end: string;
  venue: string;
  city: string;
  region: string;
  country: string;
  placeNames: string;
  participants: PersonRow[];
  aliasesEn: string;
  aliasesRu: string;
  aliasesUk: string;
  sharedAliases: string;
  cues: string;
  summary: string;
  outcomes: string;
  topics: string;
  sources: SourceRow[];
  relation: string;
}

const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

export function formFromEvent(e?: MeetingEvent): EventFormState {
  return {
    title: e?.title ?? '',
    titleRu: e?.titleRu ?? '',
    kind: e?.kind ?? 'working-level',
    status: e?.status ?? 'held',
    start: e?.start ?? '',
    end: e?.end ?? '',
    venue: e?.place.venue ?? '',
    city: e?.place.city ?? '',
    region: e?.place.region ?? '',
    country: e?.place.country ?? '',
    placeNames: (e?.place.names ?? []).join('\n'),
    participants: (e?.participants.length ? e.participants : [{ name: '', side: 'us', role: '' } as Participant]).map((p) => ({ name: p.name, nameRu: p.nameRu ?? '', side: p.side, role: p.role })),
    aliasesEn: (e?.aliases.en ?? []).join('\n'),
    aliasesRu: (e?.aliases.ru ?? []).join('\n'),
    aliasesUk: (e?.aliases.uk ?? []).join('\n'),
    sharedAliases: (e?.sharedAliases ?? []).join('\n'),
    cues: (e?.cues ?? []).join('\n'),
    summary: e?.summary ?? '',
    outcomes: (e?.outcomes ?? []).join('\n'),
    topics: (e?.topics ?? []).join('\n'),
    sources: (e?.sources ?? []).map((s) => ({ title: s.title, url: s.url, publisher: s.publisher ?? '', date: s.date ?? '', lang: s.lang ?? '' })),
    relation: e?.relation ?? '',
  };
}

/** The form's values as an event; empty optional fields are left out, hidden fields kept from `base`. */
export function eventFromForm(f: EventFormState, base?: MeetingEvent): EventDraft {
  const opt = <K extends string>(k: K, v: string) => (v.trim() ? { [k]: v.trim() } : {}) as Partial<Record<K, string>>;
  const uk = lines(f.aliasesUk);
  const shared = lines(f.sharedAliases);
  const names = lines(f.placeNames);
  // Not edited in the form, kept as they are: the series, and the maintainers' evidence strength and sourcing note.
  const { series, place, evidence, sourceNote } = base ?? {};
  return {
    ...(base ? { id: base.id } : {}),
    title: f.title.trim(),
    ...opt('titleRu', f.titleRu),
    kind: f.kind,
    status: f.status,
    start: f.start.trim(),
    ...opt('end', f.end),
    place: {
      ...opt('venue', f.venue),
      ...opt('city', f.city),
      ...opt('region', f.region),
      country: f.country.trim(),
      ...(place?.lat != null ? { lat: place.lat } : {}),
      ...(place?.lon != null ? { lon: place.lon } : {}),
      ...(names.length ? { names } : {}),
    },
    participants: f.participants
      .filter((p) => p.name.trim() || p.role.trim())
      .map((p) => ({ name: p.name.trim(), ...opt('nameRu', p.nameRu), side: p.side, role: p.role.trim() })),
    aliases: { en: lines(f.aliasesEn), ru: lines(f.aliasesRu), ...(uk.length ? { uk } : {}) },
    // An empty list the event already had stays (an edit that changes nothing changes nothing).
    ...(shared.length ? { sharedAliases: shared } : base?.sharedAliases ? { sharedAliases: [] } : {}),
    cues: lines(f.cues).map((c) => c.toLowerCase()),
    ...(series ? { series } : {}),
    summary: f.summary.trim(),
    outcomes: lines(f.outcomes),
    topics: lines(f.topics),
    sources: f.sources
      .filter((s) => s.title.trim() || s.url.trim())
      .map((s) => ({ title: s.title.trim(), url: s.url.trim(), ...opt('publisher', s.publisher), ...opt('date', s.date), ...opt('lang', s.lang) })),
    ...opt('relation', f.kind === 'related' ? f.relation : ''),
    ...(evidence ? { evidence } : {}),
    ...(sourceNote ? { sourceNote } : {}),
  };
}

const FIELD_WORDS: Record<string, string> = {
  id: 'Id', title: 'Title', titleRu: 'Title in Russian', kind: 'Kind', status: 'Status', start: 'Date', end: 'End date',
  'place.venue': 'Venue', 'place.city': 'City', 'place.region': 'Region', 'place.country': 'Country', 'place.names': 'Other names of the place',
  participants: 'Who met', aliases: 'Names', 'aliases.en': 'Names in English', 'aliases.ru': 'Names in Russian', 'aliases.uk': 'Names in Ukrainian',
  sharedAliases: 'Shared names', cues: 'Context words', summary: 'Summary', outcomes: 'What came of it', topics: 'Topics', sources: 'Sources', relation: 'How it is related',
};

/** 'participants.1.name' → 'Who met, person 2: name'; 'aliases.en.0' → 'Names in English, line 1'. */
export function fieldWords(path: string): string {
  if (FIELD_WORDS[path]) return FIELD_WORDS[path]!;
  const m = /^(participants|sources)\.(\d+)\.(\w+)$/.exec(path);
  if (m) return `${m[1] === 'participants' ? 'Who met, person' : 'Source'} ${+m[2]! + 1}: ${m[3] === 'nameRu' ? 'name in Russian' : m[3]}`;
  const l = /^(.*)\.(\d+)$/.exec(path);
  if (l && FIELD_WORDS[l[1]!]) return `${FIELD_WORDS[l[1]!]}, line ${+l[2]! + 1}`;
  return path;
}

/** Form fields whose problems are reported under another name. */
const ISSUE_KEY: Partial<Record<keyof EventFormState, string>> = {
  venue: 'place.venue', city: 'place.city', region: 'place.region', country: 'place.country', placeNames: 'place.names',
  aliasesEn: 'aliases.en', aliasesRu: 'aliases.ru', aliasesUk: 'aliases.uk',
};

/** The top-level form field an issue belongs to, to mark it invalid. */
function fieldKey(path: string): string {
  if (path.startsWith('place.')) return path.split('.').slice(0, 2).join('.');
  if (path.startsWith('aliases.')) return path.split('.').slice(0, 2).join('.');
  return path.split('.')[0]!;
}

export function EventForm({
  initial,
  mode,
  onSave,
  onCancel,
}: {
  initial?: MeetingEvent;
  mode: 'create' | 'edit-user' | 'edit-bundled';
  onSave(draft: EventDraft): Promise<void>;
  onCancel(): void;
}) {
  const [f, setF] = useState<EventFormState>(() => formFromEvent(initial));
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  /**
   * Sets a field. If it has an error showing, the field is checked again at once and its error goes
   * when it is right (other fields' errors stay until they are edited or the form is sent again).
   */
  const set = <K extends keyof EventFormState>(k: K, v: EventFormState[K], issueKey: string = ISSUE_KEY[k] ?? k) => {
    const next = { ...f, [k]: v };
    setF(next);
    if (!issues.some((i) => fieldKey(i.field) === issueKey)) return;
    const fresh = [...validateUserEvent(eventFromForm(next, initial)).issues, ...sourceLangIssues(next.sources)];
    setIssues((cur) => cur.filter((i) => fieldKey(i.field) !== issueKey || fresh.some((x) => x.field === i.field && x.message === i.message)));
  };
  const bad = new Map<string, string>();
  for (const i of issues) if (!bad.has(fieldKey(i.field))) bad.set(fieldKey(i.field), i.message);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setIssues([]);
    const langs = sourceLangIssues(f.sources);
    if (langs.length) {
      // The validation the database runs names the rest; these are the form's own.
      setIssues([...validateUserEvent(eventFromForm(f, initial)).issues, ...langs]);
      setBusy(false);
      return;
    }
    try {
      await onSave(eventFromForm(f, initial));
    } catch (err) {
      if (err instanceof EventValidationError) setIssues(err.issues);
      else setError(describeStorageError(err));
      setBusy(false);
    }
  };

  const text = (key: keyof EventFormState & string, label: string, opts: { required?: boolean; hint?: string; issueKey?: string; placeholder?: string } = {}) => {
    const id = `ev-${key}`;
    const ik = opts.issueKey ?? key;
    return (
      <div class="field">
        <label for={id}>{label}{opts.required && <span class="required"> (required)</span>}</label>
        <input id={id} data-testid={id} value={f[key] as string} aria-required={opts.required ? 'true' : undefined} placeholder={opts.placeholder}
          aria-invalid={bad.has(ik) || undefined} aria-describedby={bad.has(ik) ? `${id}-err` : opts.hint ? `${id}-hint` : undefined}
          onInput={(e) => set(key, (e.target as HTMLInputElement).value as never, ik)} />
        {opts.hint && <span class="hint muted" id={`${id}-hint`}>{opts.hint}</span>}
        {bad.has(ik) && <span class="error" id={`${id}-err`} data-testid={`${id}-error`}>{bad.get(ik)}</span>}
      </div>
    );
  };
  const area = (key: keyof EventFormState & string, label: string, opts: { hint?: string; issueKey?: string; rows?: number } = {}) => {
    const id = `ev-${key}`;
    const ik = opts.issueKey ?? key;
    return (
      <div class="field wide">
        <label for={id}>{label}</label>
        <textarea id={id} data-testid={id} rows={opts.rows ?? 3} value={f[key] as string}
          aria-invalid={bad.has(ik) || undefined} aria-describedby={[opts.hint ? `${id}-hint` : '', bad.has(ik) ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined}
          onInput={(e) => set(key, (e.target as HTMLTextAreaElement).value as never, ik)} />
        {opts.hint && <span class="hint muted" id={`${id}-hint`}>{opts.hint}</span>}
        {bad.has(ik) && <span class="error" id={`${id}-err`}>{bad.get(ik)}</span>}
      </div>
    );
  };

  const heading = mode === 'create' ? 'New event' : mode === 'edit-user' ? `Edit “${initial?.title}”` : `Edit bundled event “${initial?.title}”`;
  return (
    <form class="event-form" data-testid="event-form" onSubmit={submit} aria-labelledby="event-form-heading" noValidate>
      <h3 id="event-form-heading">{heading}</h3>
      {mode === 'edit-bundled' && <p class="muted">Your edit is kept when the bundled dataset updates; “Revert” brings back Parley’s version.</p>}
      {initial && <p class="muted">Id: <code>{initial.id}</code> (notes refer to it; it never changes)</p>}
      {(issues.length > 0 || error) && (
        <div class="error-summary" role="alert" data-testid="event-form-errors">
          {error ?? <p>Please fix {issues.length === 1 ? 'this' : `these ${issues.length} things`}:</p>}
          {issues.length > 0 && <ul>{issues.map((i, n) => <li key={n}>{fieldWords(i.field || 'id')}: {i.message}</li>)}</ul>}
        </div>
      )}
      <div class="grid">
        {text('title', 'Title', { required: true, placeholder: 'Ankara consultations' })}
        {text('titleRu', 'Title in Russian')}
        <div class="field">
          <label for="ev-kind">Kind</label>
          <select id="ev-kind" data-testid="ev-kind" value={f.kind} onChange={(e) => set('kind', (e.target as HTMLSelectElement).value as MeetingEvent['kind'])}>
            {EVENT_KINDS.map((k) => <option key={k} value={k}>{KIND_LABEL[k]}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="ev-status">Status</label>
          <select id="ev-status" data-testid="ev-status" value={f.status} onChange={(e) => set('status', (e.target as HTMLSelectElement).value as MeetingEvent['status'])}>
            {EVENT_STATUSES.map((k) => <option key={k} value={k}>{STATUS_LABEL[k]}</option>)}
          </select>
        </div>
        {text('start', 'Date', { required: true, hint: 'YYYY-MM-DD, or YYYY-MM / YYYY if not known', placeholder: '2025-11-03' })}
        {text('end', 'End date', { hint: 'for meetings over several days' })}
        {text('venue', 'Venue', { issueKey: 'place.venue' })}
        {text('city', 'City', { issueKey: 'place.city' })}
        {text('region', 'Region', { issueKey: 'place.region' })}
        {text('country', 'Country', { required: true, issueKey: 'place.country' })}
      </div>
      {area('placeNames', 'Other names of the place (one per line, any language)', { issueKey: 'place.names', rows: 2 })}

      <fieldset class="rows" aria-invalid={bad.has('participants') || undefined}>
        <legend>Who met <span class="required">(required)</span></legend>
        {f.participants.map((p, i) => (
          <div class="row" key={i}>
            <input aria-label={`Person ${i + 1}: name`} data-testid={`ev-person-${i}-name`} placeholder="Name" value={p.name}
              onInput={(e) => set('participants', f.participants.map((x, j) => (j === i ? { ...x, name: (e.target as HTMLInputElement).value } : x)))} />
            <input aria-label={`Person ${i + 1}: name in Russian`} placeholder="Name in Russian" value={p.nameRu}
              onInput={(e) => set('participants', f.participants.map((x, j) => (j === i ? { ...x, nameRu: (e.target as HTMLInputElement).value } : x)))} />
            <select aria-label={`Person ${i + 1}: side`} data-testid={`ev-person-${i}-side`} value={p.side}
              onChange={(e) => set('participants', f.participants.map((x, j) => (j === i ? { ...x, side: (e.target as HTMLSelectElement).value as Side } : x)))}>
              <option value="us">United States</option>
              <option value="ru">Russia / USSR</option>
              <option value="other">Other</option>
            </select>
            <input aria-label={`Person ${i + 1}: role`} data-testid={`ev-person-${i}-role`} placeholder="Role (e.g. Special Envoy)" value={p.role}
              onInput={(e) => set('participants', f.participants.map((x, j) => (j === i ? { ...x, role: (e.target as HTMLInputElement).value } : x)))} />
            <button type="button" class="linkish danger" aria-label={`Remove person ${i + 1}`} onClick={() => set('participants', f.participants.filter((_, j) => j !== i))}>Remove</button>
          </div>
        ))}
        {bad.has('participants') && <p class="error">{bad.get('participants')}</p>}
        <button type="button" onClick={() => set('participants', [...f.participants, { name: '', nameRu: '', side: 'us', role: '' }])}>Add a person</button>
      </fieldset>

      {area('aliasesEn', 'Names in English (one per line) — Parley finds these on pages', { issueKey: 'aliases.en', hint: 'At least two words each: “Ankara consultations”, “talks in Ankara”.' })}
      {area('aliasesRu', 'Names in Russian (one per line)', { issueKey: 'aliases.ru', rows: 2 })}
      {area('aliasesUk', 'Names in Ukrainian (one per line)', { issueKey: 'aliases.uk', rows: 2 })}
      {bad.has('aliases') && <p class="error">Names: {bad.get('aliases')}</p>}
      {area('sharedAliases', 'Shared names (one per line): names that also fit other events, such as “Geneva summit”', { rows: 2 })}
      {area('cues', 'Context words (one per line): people, topics or places that point to this event', { rows: 3 })}
      {area('summary', 'Summary', { rows: 4 })}
      {area('outcomes', 'What came of it (one per line)', { rows: 3 })}
      {area('topics', 'Topics (one per line)', { rows: 2 })}
      {f.kind === 'related' && area('relation', 'How it is related (shown on the card)', { rows: 2 })}

      <fieldset class="rows" aria-invalid={bad.has('sources') || undefined}>
        <legend>Sources</legend>
        {f.sources.map((s, i) => (
          <div class="row" key={i}>
            <input aria-label={`Source ${i + 1}: title`} placeholder="Title" value={s.title}
              onInput={(e) => set('sources', f.sources.map((x, j) => (j === i ? { ...x, title: (e.target as HTMLInputElement).value } : x)))} />
            <input aria-label={`Source ${i + 1}: URL`} data-testid={`ev-source-${i}-url`} type="url" placeholder="https://…" value={s.url}
              onInput={(e) => set('sources', f.sources.map((x, j) => (j === i ? { ...x, url: (e.target as HTMLInputElement).value } : x)))} />
            <input aria-label={`Source ${i + 1}: publisher`} placeholder="Publisher" value={s.publisher}
              onInput={(e) => set('sources', f.sources.map((x, j) => (j === i ? { ...x, publisher: (e.target as HTMLInputElement).value } : x)))} />
            <input aria-label={`Source ${i + 1}: date published (YYYY-MM-DD)`} data-testid={`ev-source-${i}-date`} class="short" placeholder="Date" value={s.date}
              onInput={(e) => set('sources', f.sources.map((x, j) => (j === i ? { ...x, date: (e.target as HTMLInputElement).value } : x)))} />
            <input aria-label={`Source ${i + 1}: language (en, ru, uk)${s.added ? ' (required)' : ''}`} data-testid={`ev-source-${i}-lang`} class="short" placeholder="Lang" value={s.lang}
              aria-required={s.added ? 'true' : undefined}
              onInput={(e) => set('sources', f.sources.map((x, j) => (j === i ? { ...x, lang: (e.target as HTMLInputElement).value } : x)))} />
            <button type="button" class="linkish danger" aria-label={`Remove source ${i + 1}`} onClick={() => set('sources', f.sources.filter((_, j) => j !== i))}>Remove</button>
          </div>
        ))}
        {bad.has('sources') && <p class="error">{bad.get('sources')}</p>}
        <button type="button" onClick={() => set('sources', [...f.sources, { title: '', url: '', publisher: '', date: '', lang: '', added: true }])}>Add a source</button>
      </fieldset>

      <div class="row">
        <button type="submit" class="primary" data-testid="event-save" disabled={busy}>{mode === 'create' ? 'Create event' : 'Save changes'}</button>
        <button type="button" data-testid="event-cancel" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
