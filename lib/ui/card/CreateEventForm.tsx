/**
 * "Add this meeting to your database": title, date, place; the quote becomes its alias.
 *
 * The form starts from what the mention's words say (event-prefill.ts): a short title built from
 * the place and date, the city and country the quote names, the kind it suggests. Required fields
 * say so in words and to assistive technology; a field's error shows after a submit and goes away
 * as soon as the field is right; after a submit with errors, focus goes to the first wrong field.
 */
import { useRef, useState } from 'preact/hooks';
import type { EventKind, EventStatus } from '../../events/types';
import type { NewEventInput } from '../../messages/protocol';
import { KIND_LABEL, STATUS_LABEL } from '../format';
import { prefillFromQuote } from './event-prefill';

export type NewEventFields = Omit<NewEventInput, 'quote' | 'source'>;

const KINDS: EventKind[] = ['summit', 'ministerial', 'envoy', 'working-level', 'call', 'sideline'];
const STATUSES: EventStatus[] = ['held', 'planned', 'cancelled'];
const DATE_RE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

type Field = 'title' | 'start' | 'country';
const REQUIRED: Field[] = ['title', 'start', 'country'];

/** The problem with one required field's value, or undefined when it is fine. */
function problem(k: Field, value: string): string | undefined {
  const v = value.trim();
  if (k === 'title') return v ? undefined : 'Give the meeting a title.';
  if (k === 'country') return v ? undefined : 'Say in which country it took place.';
  if (!v) return 'Give a date: at least the year.';
  return DATE_RE.test(v) ? undefined : 'Write the date as 2025, 2025-10 or 2025-10-21.';
}

/** The form's starting values: what the caller knows, then what the quote says. */
export function initialFields(quote: string, defaults?: Partial<NewEventFields>): NewEventFields {
  const pre = prefillFromQuote(quote, defaults?.start);
  // A title made from a place or date the quote names beats the quote itself as a title.
  const built = !!(pre.city || pre.country || pre.start);
  return {
    title: (built ? pre.title : defaults?.title || pre.title) ?? '',
    start: pre.start ?? defaults?.start ?? '',
    city: defaults?.city || pre.city || '',
    country: defaults?.country || pre.country || '',
    kind: defaults?.kind ?? pre.kind ?? 'working-level',
    status: defaults?.status ?? 'held',
  };
}

export function CreateEventForm({ quote, defaults, onCreate }: { quote: string; defaults?: Partial<NewEventFields>; onCreate(input: NewEventFields): Promise<void> }) {
  const [f, setF] = useState<NewEventFields>(() => initialFields(quote, defaults));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState<'idle' | 'saving' | { error: string }>('idle');
  const form = useRef<HTMLFormElement>(null);
  const set = (k: keyof NewEventFields) => (e: Event) => {
    const value = (e.target as HTMLInputElement).value;
    setF((cur) => ({ ...cur, [k]: value }));
    // An error shown for this field goes as soon as the field is right (and is updated while it is not).
    if (k in errors) setErrors((cur) => {
      const next = { ...cur };
      const p = problem(k as Field, value);
      if (p) next[k as Field] = p;
      else delete next[k as Field];
      return next;
    });
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    for (const k of REQUIRED) {
      const p = problem(k, (f[k] as string | undefined) ?? '');
      if (p) found[k] = p;
    }
    setErrors(found);
    const first = REQUIRED.find((k) => found[k]);
    if (first) {
      form.current?.querySelector<HTMLElement>(`[data-testid="create-${first === 'start' ? 'date' : first}"]`)?.focus();
      return;
    }
    setStatus('saving');
    // The form goes away once the event exists: keep focus in the card rather than losing it.
    const dialog = form.current?.closest<HTMLElement>('[role="dialog"]');
    try {
      await onCreate({ ...f, title: f.title.trim(), start: f.start.trim() });
      setStatus('idle');
      setTimeout(() => {
        if (!dialog?.isConnected) return;
        const root = dialog.getRootNode() as Document | ShadowRoot;
        if (!root.activeElement || !dialog.contains(root.activeElement)) dialog.focus();
      }, 0);
    } catch (err) {
      setStatus({ error: err instanceof Error ? err.message : String(err) });
    }
  };
  const req = (k: Field, testid: string, label: string, extra: Record<string, unknown> = {}) => {
    const id = `parley-create-${k}`;
    const err = errors[k];
    const described = [err ? `${id}-err` : '', (extra['aria-describedby'] as string | undefined) ?? ''].filter(Boolean).join(' ') || undefined;
    return (
      <label for={id}>
        <span>
          {label} <span class="required">(required)</span>
        </span>
        <input
          id={id}
          data-testid={testid}
          value={f[k] as string}
          onInput={set(k)}
          maxLength={k === 'title' ? 200 : 120}
          {...extra}
          aria-required="true"
          aria-invalid={err ? 'true' : undefined}
          aria-describedby={described}
        />
        {err && (
          <span class="error field-error" id={`${id}-err`} data-testid={`create-${k}-error`}>
            {err}
          </span>
        )}
      </label>
    );
  };
  return (
    <form class="create-form" data-testid="create-form" onSubmit={submit} ref={form} noValidate>
      <p class="muted">
        Parley will find “{quote}” on pages from now on. You can add details later in Parley’s options.
      </p>
      {req('title', 'create-title', 'Title')}
      <div class="two">
        {req('start', 'create-date', 'Date', { placeholder: 'YYYY-MM-DD', 'aria-describedby': 'parley-date-hint' })}
        <label>
          <span>Status</span>
          <select data-testid="create-status" value={f.status} onChange={set('status')}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id="parley-date-hint" class="hint muted">
        A year, a month (2025-10) or a day (2025-10-21).
      </p>
      <div class="two">
        <label>
          <span>City</span>
          <input data-testid="create-city" value={f.city} onInput={set('city')} maxLength={120} />
        </label>
        {req('country', 'create-country', 'Country')}
      </div>
      <label>
        <span>Kind</span>
        <select data-testid="create-kind" value={f.kind} onChange={set('kind')}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </label>
      <div class="row">
        <button type="submit" class="primary" data-testid="create-save" disabled={status === 'saving'}>
          Add to my database
        </button>
        <span role="status" class="muted">
          {status === 'saving' ? 'Adding…' : typeof status === 'object' ? `Not added: ${status.error}` : ''}
        </span>
      </div>
    </form>
  );
}
