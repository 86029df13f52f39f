// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ParleyDB } from '../../../lib/db/database';
import { getEvent } from '../../../lib/db/events';
import { addNote } from '../../../lib/db/notes';
import { seedDataset } from '../../../lib/db/seed';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { enabledItem, pausedSitesItem } from '../../../lib/settings/settings';
import { dataRevisionItem } from '../../../lib/settings/signals';
import { Options } from '../../../lib/ui/options/Options';

const downloads = vi.hoisted(() => [] as { name: string; text: string; type: string }[]);
vi.mock('../../../lib/ui/options/download', () => ({
  downloadText: (name: string, text: string, type: string) => downloads.push({ name, text, type }),
}));

let db: ParleyDB;
const SOME = BUNDLED_EVENTS.filter((e) => ['2018-helsinki-summit', '2025-anchorage-summit', '1985-geneva-summit'].includes(e.id));
beforeEach(async () => {
  downloads.length = 0;
  db = new ParleyDB(`test-${crypto.randomUUID()}`);
  await seedDataset(db, SOME, 'test-dataset-1');
});
afterEach(cleanup);

function chooseFile(text: string, name = 'parley.json') {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('options page: data', () => {
  it('shows dataset version and counts, live', async () => {
    render(<Options db={db} />);
    expect((await screen.findByTestId('dataset-version')).textContent).toBe('test-dataset-1');
    expect(screen.getByTestId('count-bundled').textContent).toBe('3');
    // How far the seeded events reach: the latest of the three (Anchorage, 2025).
    expect(screen.getByTestId('dataset-reach').textContent).toBe('15 August 2025');
    expect(screen.getByTestId('count-notes').textContent).toBe('0');
    await addNote(db, { eventId: '2018-helsinki-summit', body: 'from a card' });
    await waitFor(() => expect(screen.getByTestId('count-notes').textContent).toBe('1'));
    // The note also appears in the page's notes list, without reload.
    await waitFor(() => expect(screen.getAllByTestId('note').map((n) => n.querySelector('.note-body')!.textContent)).toEqual(['from a card']));
  });

  it('exports JSON, Markdown and Web Annotations', async () => {
    await addNote(db, { eventId: '2018-helsinki-summit', body: 'a **note**', tags: ['x'] });
    render(<Options db={db} />);
    fireEvent.click(await screen.findByTestId('export-json'));
    await waitFor(() => expect(downloads.length).toBe(1));
    const json = JSON.parse(downloads[0]!.text);
    expect(json).toMatchObject({ format: 'parley-export', version: 1, notes: [{ body: 'a **note**' }], settings: { enabled: true, pausedSites: [] } });
    expect(downloads[0]!.name).toMatch(/^parley-\d{4}-\d{2}-\d{2}\.json$/);
    fireEvent.click(screen.getByTestId('export-markdown'));
    await waitFor(() => expect(downloads.length).toBe(2));
    expect(downloads[1]!.text).toContain('a **note**');
    expect(downloads[1]!.type).toBe('text/markdown');
    fireEvent.click(screen.getByTestId('export-annotations'));
    await waitFor(() => expect(downloads.length).toBe(3));
    expect(JSON.parse(downloads[2]!.text).type).toBe('AnnotationCollection');
  });

  it('export → reset (with confirmation) → import restores everything', async () => {
    await addNote(db, { eventId: '2018-helsinki-summit', body: 'keep me', tags: ['t'] });
    await pausedSitesItem.setValue(['www.example.com']);
    const before = await db.notes.toArray();
    render(<Options db={db} />);
    fireEvent.click(await screen.findByTestId('export-json'));
    await waitFor(() => expect(downloads.length).toBe(1));

    fireEvent.click(screen.getByTestId('reset'));
    expect((await screen.findByTestId('reset-confirm-box')).textContent).toMatch(/Delete 1 note, 0 events of yours and 0 edits\?/);
    fireEvent.click(screen.getByTestId('reset-confirm'));
    expect((await screen.findByTestId('reset-done')).textContent).toBe('Reset: deleted 1 note and 0 events, reverted 0 edits.');
    // The confirm box went away: focus is on the line that says what happened.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('reset-done')));
    expect(await db.notes.count()).toBe(0);
    expect(await pausedSitesItem.getValue()).toEqual([]);

    chooseFile(downloads[0]!.text);
    const plan = await screen.findByTestId('import-plan');
    expect(plan.textContent).toMatch(/1 note: 1 new, 0 replacing yours/);
    fireEvent.click(screen.getByTestId('import-confirm'));
    expect((await screen.findByTestId('import-done')).textContent).toMatch(/^Imported 1 note/);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('import-done')));
    // The reset's line described data that is back now: it is gone.
    await waitFor(() => expect(screen.queryByTestId('reset-done')).toBeNull());
    // And a reset after the import clears the import's line.
    fireEvent.click(screen.getByTestId('reset'));
    fireEvent.click(await screen.findByTestId('reset-confirm'));
    await screen.findByTestId('reset-done');
    await waitFor(() => expect(screen.queryByTestId('import-done')).toBeNull());
    chooseFile(downloads[0]!.text);
    fireEvent.click(await screen.findByTestId('import-confirm'));
    await screen.findByTestId('import-done');
    expect(await db.notes.toArray()).toEqual(before);
    expect(await pausedSitesItem.getValue()).toEqual(['www.example.com']);
  });

  it('a malformed file changes nothing and the error names record and field', async () => {
    const n = await addNote(db, { eventId: null, body: 'existing' });
    render(<Options db={db} />);
    await screen.findByTestId('import-file');
    const bad = { format: 'parley-export', version: 1, exportedAt: new Date().toISOString(), userEvents: [], editedEvents: [], settings: { enabled: false, pausedSites: [] },
      notes: [{ ...n, id: 'ok-one', body: 'fine' }, { ...n, id: 'evil', target: { url: 'javascript:alert(1)', title: '<script>x</script>', quote: { exact: '', prefix: '', suffix: '' } } }] };
    chooseFile(JSON.stringify(bad));
    const errs = await screen.findByTestId('import-errors');
    expect(errs.textContent).toContain('notes[1].target.url (note "existing"): not an http(s) URL');
    expect(errs.textContent).toMatch(/nothing changed/);
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    expect((await db.notes.toArray()).map((x) => x.id)).toEqual([n.id]);
    expect(await enabledItem.getValue()).toBe(true);
    chooseFile('{ not json');
    expect((await screen.findByTestId('import-errors')).textContent).toMatch(/file: not valid JSON/);
  });

  it('the global switch and paused sites', async () => {
    render(<Options db={db} />);
    const sw = (await screen.findByTestId('options-enabled')) as HTMLInputElement;
    fireEvent.click(sw);
    await waitFor(async () => expect(await enabledItem.getValue()).toBe(false));
    fireEvent.input(screen.getByLabelText('Pause on a site'), { target: { value: 'https://www.example.com/path' } });
    fireEvent.submit(screen.getByLabelText('Pause on a site').closest('form')!);
    await waitFor(async () => expect(await pausedSitesItem.getValue()).toEqual(['www.example.com']));
    fireEvent.click(await screen.findByLabelText('Resume on www.example.com'));
    await waitFor(async () => expect(await pausedSitesItem.getValue()).toEqual([]));
  });
});

describe('options page: events', () => {
  it('creates an event with aliases, telling pages to rebuild their matcher', async () => {
    render(<Options db={db} />);
    fireEvent.click(await screen.findByTestId('event-new'));
    const form = await screen.findByTestId('event-form');
    const set = (testid: string, value: string) => fireEvent.input(within(form).getByTestId(testid), { target: { value } });
    set('ev-title', 'Ankara consultations');
    set('ev-start', '2025-11-03');
    set('ev-city', 'Ankara');
    set('ev-country', 'Turkey');
    set('ev-person-0-name', 'A. Diplomat');
    set('ev-person-0-role', 'Envoy');
    set('ev-aliasesEn', 'Ankara consultations\ntalks in Ankara');
    const rev = (await dataRevisionItem.getValue()).rev;
    fireEvent.submit(form);
    expect((await screen.findByTestId('events-status')).textContent).toMatch(/Created “Ankara consultations”/);
    const e = await getEvent(db, '2025-ankara-consultations');
    expect(e).toMatchObject({ origin: 'user', aliases: { en: ['Ankara consultations', 'talks in Ankara'], ru: [] }, place: { city: 'Ankara', country: 'Turkey' } });
    expect(await dataRevisionItem.getValue()).toEqual({ rev: rev + 1, what: 'events' });
    const rows = await screen.findAllByTestId('user-event');
    expect(rows.map((r) => r.getAttribute('data-event-id'))).toEqual(['2025-ankara-consultations']);
    // Listed, it says it is the reader's own, unverified event.
    expect(within(rows[0]!).getByTestId('added-by-you').textContent).toBe('added by you, unverified');
  });

  it('names every bad field in words and saves nothing', async () => {
    render(<Options db={db} />);
    fireEvent.click(await screen.findByTestId('event-new'));
    const form = await screen.findByTestId('event-form');
    fireEvent.input(within(form).getByTestId('ev-start'), { target: { value: '2025-13-40' } });
    fireEvent.input(within(form).getByTestId('ev-aliasesEn'), { target: { value: 'Helsinki summit' } });
    fireEvent.click(within(form).getByText('Add a source'));
    fireEvent.input(within(form).getByTestId('ev-source-0-url'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.submit(form);
    const errs = await screen.findByTestId('event-form-errors');
    expect(errs.textContent).toContain('Title: must not be empty');
    expect(errs.textContent).toContain('Date: not a date');
    expect(errs.textContent).toContain('Country: must not be empty');
    expect(errs.textContent).toContain('Source 1: url: not an http(s) URL');
    expect(within(form).getByTestId('ev-title').getAttribute('aria-invalid')).toBe('true');
    expect(await db.events.where('origin').equals('user').count()).toBe(0);
  });

  it('a source added in the form must say its language; the language is kept, and shown again on edit', async () => {
    render(<Options db={db} />);
    fireEvent.click(await screen.findByTestId('event-new'));
    let form = await screen.findByTestId('event-form');
    const set = (testid: string, value: string) => fireEvent.input(within(form).getByTestId(testid), { target: { value } });
    set('ev-title', 'Ankara consultations');
    set('ev-start', '2025-11-03');
    set('ev-country', 'Turkey');
    set('ev-person-0-name', 'A. Diplomat');
    set('ev-person-0-role', 'Envoy');
    set('ev-aliasesEn', 'Ankara consultations');
    fireEvent.click(within(form).getByText('Add a source'));
    fireEvent.input(within(form).getByLabelText('Source 1: title'), { target: { value: 'Консультации в Анкаре' } });
    set('ev-source-0-url', 'https://news.example/ru/ankara');
    expect(within(form).getByTestId('ev-source-0-lang').getAttribute('aria-required')).toBe('true');
    fireEvent.submit(form);
    expect((await screen.findByTestId('event-form-errors')).textContent).toContain('Source 1: lang: say which language it is in');
    expect(await getEvent(db, '2025-ankara-consultations')).toBeUndefined(); // nothing saved
    // Not a language tag: the shared validation names the field; the form's own error goes.
    set('ev-source-0-lang', 'Russian');
    fireEvent.submit(form);
    await waitFor(() => expect(screen.getByTestId('event-form-errors').textContent).toMatch(/Source 1: lang: not a language tag/));
    expect(screen.getByTestId('event-form-errors').textContent).not.toContain('say which language');
    set('ev-source-0-lang', 'ru');
    fireEvent.submit(form);
    expect((await screen.findByTestId('events-status')).textContent).toMatch(/Created “Ankara consultations”/);
    expect((await getEvent(db, '2025-ankara-consultations'))?.sources).toEqual([{ title: 'Консультации в Анкаре', url: 'https://news.example/ru/ankara', lang: 'ru' }]);
    // Editing it: the language is there, and the row it came with is not "added" (not required again).
    fireEvent.click(within(await screen.findByTestId('user-event')).getByTestId('event-edit'));
    form = await screen.findByTestId('event-form');
    expect((within(form).getByTestId('ev-source-0-lang') as HTMLInputElement).value).toBe('ru');
    expect(within(form).getByTestId('ev-source-0-lang').hasAttribute('aria-required')).toBe(false);
  });

  it('marks required fields and clears a field’s error as soon as it is right', async () => {
    render(<Options db={db} />);
    fireEvent.click(await screen.findByTestId('event-new'));
    const form = await screen.findByTestId('event-form');
    for (const id of ['ev-title', 'ev-start', 'ev-country']) {
      const input = within(form).getByTestId(id);
      expect(input.getAttribute('aria-required'), id).toBe('true');
      expect(form.querySelector(`label[for="${id}"]`)!.textContent, id).toContain('(required)');
    }
    expect(within(form).getByTestId('ev-city').hasAttribute('aria-required')).toBe(false);
    fireEvent.input(within(form).getByTestId('ev-start'), { target: { value: '2025-13-40' } });
    fireEvent.submit(form);
    await screen.findByTestId('event-form-errors');
    expect(within(form).getByTestId('ev-start-error').textContent).toContain('not a date');
    // Still wrong: the error stays.
    fireEvent.input(within(form).getByTestId('ev-start'), { target: { value: '2025-13' } });
    expect(within(form).getByTestId('ev-start-error')).toBeTruthy();
    // Right: it goes at once, with its aria-invalid; the title's error stays.
    fireEvent.input(within(form).getByTestId('ev-start'), { target: { value: '2025-11' } });
    expect(within(form).queryByTestId('ev-start-error')).toBeNull();
    expect(within(form).getByTestId('ev-start').hasAttribute('aria-invalid')).toBe(false);
    expect(within(form).getByTestId('ev-title-error')).toBeTruthy();
    expect(screen.getByTestId('event-form-errors').textContent).not.toContain('Date:');
    fireEvent.input(within(form).getByTestId('ev-title'), { target: { value: 'Ankara consultations' } });
    expect(within(form).queryByTestId('ev-title-error')).toBeNull();
  });

  it('edits and deletes a user event (with confirmation), edits and reverts a bundled one', async () => {
    render(<Options db={db} />);
    // Edit a bundled event found by search.
    fireEvent.input(await screen.findByTestId('bundled-search'), { target: { value: 'helsinki 2018' } });
    fireEvent.click(within((await screen.findAllByTestId('bundled-hit'))[0]!).getByText('Edit'));
    const form = await screen.findByTestId('event-form');
    fireEvent.input(within(form).getByTestId('ev-summary'), { target: { value: 'My summary.' } });
    fireEvent.submit(form);
    const row = await screen.findByTestId('edited-event');
    expect(within(row).queryByTestId('added-by-you')).toBeNull(); // an edit of Parley's event is not the reader's event
    expect((await getEvent(db, '2018-helsinki-summit'))).toMatchObject({ edited: true, summary: 'My summary.', origin: 'bundled' });
    fireEvent.click(within(row).getByTestId('event-revert'));
    await waitFor(async () => expect((await getEvent(db, '2018-helsinki-summit'))?.edited).toBeUndefined());
    expect((await getEvent(db, '2018-helsinki-summit'))?.summary).toBe(SOME.find((e) => e.id === '2018-helsinki-summit')!.summary);
    await waitFor(() => expect(screen.queryByTestId('edited-event')).toBeNull());

    // A user event: create via the db (another test covers the form), then delete with confirmation.
    const { createUserEvent } = await import('../../../lib/db/user-events');
    await createUserEvent(db, { title: 'Mine', kind: 'call', status: 'held', start: '2026-01-05', place: { country: 'USA' }, participants: [{ name: 'X', side: 'us', role: 'Envoy' }], aliases: { en: ['my own call'], ru: [] }, cues: [], summary: '', outcomes: [], topics: [], sources: [] });
    const mine = await screen.findByTestId('user-event');
    fireEvent.click(within(mine).getByTestId('event-delete'));
    fireEvent.click(within(mine).getByTestId('event-delete-confirm'));
    await waitFor(async () => expect(await db.events.where('origin').equals('user').count()).toBe(0));
  });
});
