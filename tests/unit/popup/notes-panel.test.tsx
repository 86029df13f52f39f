// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParleyDB } from '../../../lib/db/database';
import { addNote } from '../../../lib/db/notes';
import { createUserEvent } from '../../../lib/db/user-events';
import { draft } from '../io/helpers';
import { seedDataset } from '../../../lib/db/seed';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { dataRevisionItem } from '../../../lib/settings/signals';
import { NotesPanel } from '../../../lib/ui/popup/NotesPanel';

let db: ParleyDB;
beforeEach(async () => {
  db = new ParleyDB(`test-${crypto.randomUUID()}`);
  await seedDataset(db, BUNDLED_EVENTS.filter((e) => ['2018-helsinki-summit', '2025-anchorage-summit', '1985-geneva-summit'].includes(e.id) || e.start.startsWith('1986')), 'v1');
});
afterEach(cleanup);

const target = { url: 'https://news.example/a', title: 'Alaska talks', quote: { exact: 'the Anchorage summit', prefix: 'at ', suffix: ' in August' } };

async function seedNotes() {
  await addNote(db, { eventId: '2018-helsinki-summit', body: 'Helsinki first', tags: ['press'] }, 1000);
  await addNote(db, { eventId: '2025-anchorage-summit', body: 'Anchorage note **bold**', tags: ['alaska', 'press'], target }, 2000);
  await addNote(db, { eventId: '2018-helsinki-summit', body: 'Helsinki newest', tags: [] }, 3000);
  await addNote(db, { eventId: null, mention: 'the Ankara talks', body: 'Unknown meeting note', tags: ['check'] }, 500);
}

const groupTitles = () => screen.queryAllByTestId('note-group').map((g) => g.querySelector('h3')!.textContent);
const bodies = () => screen.queryAllByTestId('note').map((n) => n.querySelector('.note-body')!.textContent);

describe('the notes panel', () => {
  it('groups notes by event, newest first, and updates live when a note is added elsewhere', async () => {
    await seedNotes();
    render(<NotesPanel db={db} />);
    await waitFor(() => expect(bodies()).toEqual(['Helsinki newest', 'Helsinki first', 'Anchorage note bold', 'Unknown meeting note']));
    expect(groupTitles()[0]).toMatch(/Helsinki · 16 July 2018$/);
    expect(groupTitles()[2]).toBe('Not in your database: “the Ankara talks”');
    // A note saved from a card (another context writes the same database).
    await addNote(db, { eventId: '2025-anchorage-summit', body: 'Saved from a card', tags: [] }, 4000);
    await waitFor(() => expect(bodies()[0]).toBe('Saved from a card'));
    expect(groupTitles()[0]).toMatch(/Anchorage/);
  });

  it('shows where a note was taken, linking back to the quote (http only)', async () => {
    await seedNotes();
    render(<NotesPanel db={db} />);
    const src = await screen.findByTestId('note-source');
    expect(src.textContent).toBe('the Anchorage summit · Alaska talks');
    expect(src.querySelector('a')!.getAttribute('href')).toBe('https://news.example/a#:~:text=the%20Anchorage%20summit');
  });

  it('renders HTML and script in notes as text', async () => {
    await addNote(db, { eventId: null, body: '<img src=x onerror=alert(1)><script>alert(2)</script> [x](javascript:alert(3))', target: { ...target, url: 'https://ok.example/', title: '<b>title</b>' } });
    render(<NotesPanel db={db} />);
    const note = await screen.findByTestId('note');
    expect(note.querySelector('img, script, b')).toBeNull();
    expect(note.textContent).toContain('<img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(note.textContent).toContain('<b>title</b>');
    expect(note.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('searches notes and events, prefix and event names included', async () => {
    await seedNotes();
    render(<NotesPanel db={db} />);
    await screen.findAllByTestId('note');
    fireEvent.input(screen.getByTestId('notes-search'), { target: { value: 'helsin' } });
    await waitFor(() => expect(bodies()).toEqual(['Helsinki newest', 'Helsinki first']));
    expect(screen.getByTestId('event-hits').textContent).toContain('Helsinki');
    fireEvent.input(screen.getByTestId('notes-search'), { target: { value: 'bold' } });
    await waitFor(() => expect(bodies()).toEqual(['Anchorage note bold']));
    fireEvent.input(screen.getByTestId('notes-search'), { target: { value: 'nothing-like-this' } });
    await waitFor(() => expect(screen.getByTestId('notes-empty').textContent).toBe('No notes match.'));
    fireEvent.click(screen.getByTestId('filters-clear'));
    await waitFor(() => expect(bodies().length).toBe(4));
  });

  it('an event the reader added says "added by you, unverified" in its note group and in search results; Parley’s events do not', async () => {
    await seedNotes();
    const mine = await createUserEvent(db, draft({ title: 'Ankara consultations' }));
    await addNote(db, { eventId: mine.id, body: 'On my own event', tags: [] }, 4000);
    render(<NotesPanel db={db} />);
    await waitFor(() => expect(groupTitles()[0]).toMatch(/^Ankara consultations · 3 November 2025 added by you, unverified$/));
    expect(groupTitles().filter((t) => /added by you/.test(t!))).toHaveLength(1);
    fireEvent.input(screen.getByTestId('notes-search'), { target: { value: 'ankara consultations' } });
    const hit = await waitFor(() => screen.getAllByTestId('event-hit').find((h) => h.dataset.eventId === mine.id)!);
    expect(within(hit).getByTestId('added-by-you').textContent).toBe('added by you, unverified');
    fireEvent.input(screen.getByTestId('notes-search'), { target: { value: 'helsinki' } });
    await waitFor(() => expect(screen.getAllByTestId('event-hit').some((h) => h.dataset.eventId === '2018-helsinki-summit')).toBe(true));
    expect(within(screen.getByTestId('event-hits')).queryAllByTestId('added-by-you')).toEqual([]);
  });

  it('filters by tag and by event', async () => {
    await seedNotes();
    render(<NotesPanel db={db} />);
    await screen.findAllByTestId('note');
    fireEvent.change(screen.getByTestId('filter-tag'), { target: { value: 'press' } });
    // Groups by their newest note: Helsinki's newest (3000) is filtered out, so Anchorage (2000) comes first.
    await waitFor(() => expect(bodies()).toEqual(['Anchorage note bold', 'Helsinki first']));
    fireEvent.change(screen.getByTestId('filter-event'), { target: { value: '2018-helsinki-summit' } });
    await waitFor(() => expect(bodies()).toEqual(['Helsinki first']));
    fireEvent.change(screen.getByTestId('filter-tag'), { target: { value: '' } });
    await waitFor(() => expect(bodies()).toEqual(['Helsinki newest', 'Helsinki first']));
    fireEvent.change(screen.getByTestId('filter-event'), { target: { value: '__unknown__' } });
    await waitFor(() => expect(bodies()).toEqual(['Unknown meeting note']));
    // A tag on a note filters too.
    fireEvent.change(screen.getByTestId('filter-event'), { target: { value: '' } });
    await waitFor(() => expect(bodies().length).toBe(4));
    fireEvent.click(screen.getByText('#alaska'));
    await waitFor(() => expect(bodies()).toEqual(['Anchorage note bold']));
  });

  it('edits in place: body and tags saved, other contexts told, Escape cancels', async () => {
    await seedNotes();
    render(<NotesPanel db={db} />);
    const note = (await screen.findAllByTestId('note'))[0]!;
    const id = note.getAttribute('data-note-id')!;
    const rev = (await dataRevisionItem.getValue()).rev;
    fireEvent.click(within(note).getByTestId('note-edit'));
    const body = within(note).getByTestId('note-edit-body') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(body);
    fireEvent.input(body, { target: { value: 'Helsinki, *rewritten*' } });
    // Tags are chips: one typed and added with Enter.
    const tagInput = within(note).getByTestId('tag-input');
    fireEvent.input(tagInput, { target: { value: '#Review' } });
    fireEvent.keyDown(tagInput, { key: 'Enter' });
    expect(within(note).getAllByTestId('tag-chip').map((c) => c.textContent)).toEqual(['#review×']);
    fireEvent.submit(within(note).getByTestId('note-edit-save').closest('form')!);
    await waitFor(async () => expect((await db.notes.get(id))?.body).toBe('Helsinki, *rewritten*'));
    expect((await db.notes.get(id))?.tags).toEqual(['review']);
    expect(await dataRevisionItem.getValue()).toEqual({ rev: rev + 1, what: 'notes' });
    await waitFor(() => expect(screen.getAllByTestId('note')[0]!.querySelector('em')?.textContent).toBe('rewritten'));

    const again = screen.getAllByTestId('note')[0]!;
    fireEvent.click(within(again).getByTestId('note-edit'));
    fireEvent.input(within(again).getByTestId('note-edit-body'), { target: { value: 'not saved' } });
    fireEvent.keyDown(within(again).getByTestId('note-edit-body'), { key: 'Escape' });
    await waitFor(() => expect(within(screen.getAllByTestId('note')[0]!).queryByTestId('note-editor')).toBeNull());
    expect((await db.notes.get(id))?.body).toBe('Helsinki, *rewritten*');
  });

  it('a saved edit shows at once: the note never goes back to its old text while the list catches up', async () => {
    await seedNotes();
    render(<NotesPanel db={db} />);
    const note = (await screen.findAllByTestId('note'))[0]!;
    const id = note.getAttribute('data-note-id')!;
    fireEvent.click(within(note).getByTestId('note-edit'));
    fireEvent.input(within(note).getByTestId('note-edit-body'), { target: { value: 'Helsinki, said again #later' } });
    // Every text the note shows once its editor has closed, as the reader would see it.
    const seen: string[] = [];
    const look = () => {
      const el = document.querySelector(`[data-note-id="${id}"]`);
      if (el && !el.querySelector('[data-testid="note-editor"]')) seen.push(`${el.querySelector('.note-body')?.textContent} ${[...el.querySelectorAll('.tags .tag')].map((t) => t.textContent).join(' ')}`.trim());
    };
    const watch = new MutationObserver(look);
    watch.observe(document.body, { subtree: true, childList: true, characterData: true });
    fireEvent.submit(within(note).getByTestId('note-edit-save').closest('form')!);
    await waitFor(async () => expect((await db.notes.get(id))?.body).toBe('Helsinki, said again'));
    await waitFor(() => expect(seen.at(-1)).toBe('Helsinki, said again #later'));
    watch.disconnect();
    expect(new Set(seen)).toEqual(new Set(['Helsinki, said again #later']));
  });

  it('tags are chips: removed with their button, and #tags in the text become chips and leave it', async () => {
    await seedNotes();
    // An older note with hashtags in its text.
    await addNote(db, { eventId: '2018-helsinki-summit', body: 'Old style #legacy note', tags: ['press'] }, 5000);
    render(<NotesPanel db={db} />);
    const note = (await screen.findAllByTestId('note'))[0]!;
    const id = note.getAttribute('data-note-id')!;
    fireEvent.click(within(note).getByTestId('note-edit'));
    // Opening the editor already shows the hashtag as a chip, out of the text.
    expect((within(note).getByTestId('note-edit-body') as HTMLTextAreaElement).value).toBe('Old style note');
    expect(within(note).getAllByTestId('tag-chip').map((c) => c.textContent)).toEqual(['#press×', '#legacy×']);
    fireEvent.click(within(note).getAllByRole('button', { name: 'Remove tag press' })[0]!);
    expect(within(note).getAllByTestId('tag-chip').map((c) => c.textContent)).toEqual(['#legacy×']);
    fireEvent.input(within(note).getByTestId('note-edit-body'), { target: { value: 'Old style note, now #reviewed.' } });
    fireEvent.submit(within(note).getByTestId('note-edit-save').closest('form')!);
    await waitFor(async () => expect((await db.notes.get(id))?.body).toBe('Old style note, now.'));
    expect((await db.notes.get(id))?.tags).toEqual(['legacy', 'reviewed']);
    // Shown once: as chips, with no hashtag left in the text.
    await waitFor(() => expect(screen.getAllByTestId('note')[0]!.querySelector('.note-body')!.textContent).toBe('Old style note, now.'));
  });

  it('shows a tag once: a #tag in the text is a chip where it stands, as in the card', async () => {
    await addNote(db, { eventId: '2018-helsinki-summit', body: 'From the card about the #summit, **bold**', tags: ['summit', 'press'] }, 1000);
    render(<NotesPanel db={db} />);
    const note = await screen.findByTestId('note');
    expect(note.textContent!.match(/#summit/g)!.length).toBe(1);
    expect(note.querySelector('.note-body .tag')!.textContent).toBe('#summit');
    expect(note.querySelector('.note-body strong')!.textContent).toBe('bold');
    expect([...note.querySelectorAll('.tags .tag')].map((t) => t.textContent)).toEqual(['#press']);
  });

  it('refuses an empty edit with a message', async () => {
    await seedNotes();
    render(<NotesPanel db={db} />);
    const note = (await screen.findAllByTestId('note'))[0]!;
    fireEvent.click(within(note).getByTestId('note-edit'));
    fireEvent.input(within(note).getByTestId('note-edit-body'), { target: { value: '   ' } });
    fireEvent.submit(within(note).getByTestId('note-edit-save').closest('form')!);
    expect((await within(note).findByRole('alert')).textContent).toBe('A note needs some text.');
  });

  it('deletes with undo, restoring the note exactly', async () => {
    await seedNotes();
    render(<NotesPanel db={db} />);
    const note = (await screen.findAllByTestId('note'))[0]!;
    const id = note.getAttribute('data-note-id')!;
    const original = await db.notes.get(id);
    fireEvent.click(within(note).getByTestId('note-delete'));
    await waitFor(async () => expect(await db.notes.get(id)).toBeUndefined());
    await waitFor(() => expect(bodies()).not.toContain('Helsinki newest'));
    fireEvent.click(await screen.findByTestId('undo'));
    await waitFor(async () => expect(await db.notes.get(id)).toEqual(original));
    await waitFor(() => expect(bodies()[0]).toBe('Helsinki newest'));
    expect(screen.queryByTestId('undo-bar')).toBeNull();
  });

  it('renders the newest 100 notes first and more on request (10 000 notes stay fast)', async () => {
    await db.notes.bulkPut(Array.from({ length: 250 }, (_, i) => ({ id: `n${i}`, eventId: '2018-helsinki-summit', body: `note ${i}`, tags: [], createdAt: i, updatedAt: i })));
    render(<NotesPanel db={db} />);
    await waitFor(() => expect(bodies().length).toBe(100));
    expect(bodies()[0]).toBe('note 249');
    expect(screen.getByTestId('notes-more').closest('p')!.textContent).toMatch(/Showing the newest 100 of 250/);
    fireEvent.click(screen.getByTestId('notes-more'));
    await waitFor(() => expect(bodies().length).toBe(250));
    expect(screen.queryByTestId('notes-more')).toBeNull();
  });

  it('says so when there are no notes', async () => {
    render(<NotesPanel db={db} />);
    expect((await screen.findByTestId('notes-empty')).textContent).toMatch(/No notes yet/);
  });
});
