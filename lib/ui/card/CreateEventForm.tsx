/** "Add this meeting to your database": title, date, place; the quote becomes its alias. */
import { useState } from 'preact/hooks';
import type { EventKind, EventStatus } from '../../events/types';
import type { NewEventInput } from '../../messages/protocol';
import { KIND_LABEL, STATUS_LABEL } from '../format';

export type NewEventFields = Omit<NewEventInput, 'quote' | 'source'>;

const KINDS: EventKind[] = ['summit', 'ministerial', 'envoy', 'working-level', 'call', 'sideline'];
const STATUSES: EventStatus[] = ['held', 'planned', 'cancelled'];
const DATE_RE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export function CreateEventForm({ quote, defaults, onCreate }: { quote: string; defaults?: Partial<NewEventFields>; onCreate(input: NewEventFields): Promise<void> }) {
  const [f, setF] = useState<NewEventFields>({
    title: defaults?.title ?? '',
    start: defaults?.start ?? '',
    city: defaults?.city ?? '',
    country: defaults?.country ?? '',
    kind: defaults?.kind ?? 'working-level',
    status: defaults?.status ?? 'held',
  });
  const [status, setStatus] = useState<'idle' | 'saving' | { error: string }>('idle');
  const set = (k: keyof NewEventFields) => (e: Event) => setF({ ...f, [k]: (e.target as HTMLInputElement).value });
  const dateOk = DATE_RE.test(f.start.trim());
  const ready = !!f.title.trim() && dateOk && !!f.country.trim();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!ready) return;
    setStatus('saving');
    try {
      await onCreate({ ...f, title: f.title.trim(), start: f.start.trim() });
      setStatus('idle');
    } catch (err) {
      setStatus({ error: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <form class="create-form" data-testid="create-form" onSubmit={submit}>
      <p class="muted">
        Parley will find “{quote}” on pages from now on. You can add details later in Parley’s options.
      </p>
      <label>
        <span>Title</span>
        <input data-testid="create-title" value={f.title} onInput={set('title')} required maxLength={200} />
      </label>
      <div class="two">
        <label>
          <span>Date</span>
          <input
            data-testid="create-date"
            value={f.start}
            onInput={set('start')}
            required
            placeholder="YYYY-MM-DD"
            aria-describedby="parley-date-hint"
            aria-invalid={f.start && !dateOk ? 'true' : undefined}
          />
        </label>
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
        <label>
          <span>Country</span>
          <input data-testid="create-country" value={f.country} onInput={set('country')} required maxLength={120} />
        </label>
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
        <button type="submit" class="primary" data-testid="create-save" disabled={!ready || status === 'saving'}>
          Add to my database
        </button>
        <span role="status" class="muted">
          {status === 'saving' ? 'Adding…' : typeof status === 'object' ? `Not added: ${status.error}` : ''}
        </span>
      </div>
    </form>
  );
}

