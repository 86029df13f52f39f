// @vitest-environment happy-dom
// The card's notes frame (an extension page): what it shows once its token is redeemed, light
// Markdown with each tag shown once, saving with the mention's context, following changes made
// elsewhere, nothing without a valid token, and a channel to the card that ignores the page.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotesContext } from '../../../lib/messages/protocol';
import type { Note, NoteInput } from '../../../lib/notes/types';
import { acceptPort, isFrameToCard } from '../../../lib/ui/notes-frame/channel';
import { NotesFrame, type NotesFrameApi } from '../../../lib/ui/notes-frame/NotesFrame';
import { tagsNotInBody, tagsOf } from '../../../lib/ui/notes-frame/tags';

afterEach(cleanup);

const CONTEXT: NotesContext = {
  eventId: '2018-helsinki-summit',
  target: { url: 'https://news.example/a', title: 'A page', quote: { exact: 'Helsinki summit', prefix: '', suffix: '' } },
};

function fakeApi(context: NotesContext | null = CONTEXT) {
  const notes: Note[] = [];
  let changed = () => {};
  const api: NotesFrameApi & { saved: NoteInput[]; changeElsewhere(n: Note): void } = {
    saved: [],
    redeem: vi.fn(async (token: string) => (token === 'good' ? context : null)),
    getNotes: vi.fn(async (eventId: string) => notes.filter((n) => n.eventId === eventId)),
    saveNote: vi.fn(async (input: NoteInput) => {
      api.saved.push(input);
      notes.unshift({ id: String(notes.length), eventId: input.eventId, body: input.body.trim(), tags: (input.tags ?? []).map((t) => t.toLowerCase()), createdAt: 1, updatedAt: 1, ...(input.target ? { target: input.target } : {}) });
    }),
    watch: (fn) => {
      changed = fn;
      return () => {};
    },
    changeElsewhere(n) {
      notes.unshift(n);
      changed();
    },
  };
  return api;
}

describe('the notes frame', () => {
  it('redeems its token, saves a note with the mention’s page and quote, and lists it with light Markdown; tags are chips, never left in the text', async () => {
    const api = fakeApi();
    render(<NotesFrame token="good" api={api} />);
    await screen.findByText('No notes yet.');
    expect(api.redeem).toHaveBeenCalledWith('good');
    fireEvent.input(screen.getByTestId('note-body'), { target: { value: 'Compare **Geneva** with #Reykjavik <b>x</b>' } });
    // A chip added in the tag field, as in the popup's editor (Enter adds it), then one removed.
    const tagInput = screen.getByTestId('tag-input');
    fireEvent.input(tagInput, { target: { value: 'arms' } });
    fireEvent.keyDown(tagInput, { key: 'Enter' });
    fireEvent.input(tagInput, { target: { value: 'oops' } });
    fireEvent.keyDown(tagInput, { key: 'Enter' });
    expect(screen.getAllByTestId('tag-chip').map((c) => c.textContent)).toEqual(['#arms×', '#oops×']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag oops' }));
    expect(screen.getAllByTestId('tag-chip').map((c) => c.textContent)).toEqual(['#arms×']);
    fireEvent.submit(screen.getByTestId('note-save').closest('form')!);
    await screen.findByText('Saved.');
    // The #tag left the text and joined the chips (lib/notes/tags.ts: takeHashtags, as the popup does).
    expect(api.saved).toEqual([{ eventId: CONTEXT.eventId, body: 'Compare **Geneva** with <b>x</b>', tags: ['arms', 'reykjavik'], target: CONTEXT.target }]);
    expect(screen.queryAllByTestId('tag-chip')).toEqual([]); // the form starts afresh
    const list = await screen.findByTestId('card-notes');
    expect(list.querySelector('strong')?.textContent).toBe('Geneva');
    expect(list.querySelector('b')).toBeNull();
    expect(list.textContent).toContain('<b>x</b>');
    // Each tag once, as a chip below the text.
    expect([...list.querySelectorAll('.tag')].map((t) => t.textContent)).toEqual(['#arms', '#reykjavik']);
    expect(list.querySelector('.note-body')!.textContent).not.toContain('#');
    expect(list.textContent).toContain('“Helsinki summit”');
  });

  it('shows a note written elsewhere (the popup), tags from the tag field as chips of their own', async () => {
    const api = fakeApi();
    render(<NotesFrame token="good" api={api} />);
    await screen.findByText('No notes yet.');
    act(() => api.changeElsewhere({ id: 'p', eventId: CONTEXT.eventId, body: 'From the popup, *edited* #press', tags: ['press', 'arms-control'], createdAt: 2, updatedAt: 2 }));
    const list = await screen.findByTestId('card-notes');
    expect(list.querySelector('em')?.textContent).toBe('edited');
    expect([...list.querySelectorAll('.tag')].map((t) => t.textContent)).toEqual(['#press', '#arms-control']);
  });

  it('an unknown meeting’s note keeps the mention', async () => {
    const api = fakeApi({ ...CONTEXT, eventId: null, mention: 'the Ankara talks' });
    render(<NotesFrame token="good" api={api} />);
    fireEvent.input(await screen.findByTestId('note-body'), { target: { value: 'Who went?' } });
    fireEvent.submit(screen.getByTestId('note-save').closest('form')!);
    await screen.findByText('Saved.');
    expect(api.saved[0]).toMatchObject({ eventId: null, mention: 'the Ankara talks', body: 'Who went?' });
    expect(api.getNotes).not.toHaveBeenCalled();
  });

  it('with no token, or a spent one, shows nothing of the reader’s and has no form', async () => {
    for (const token of ['', 'spent']) {
      const api = fakeApi();
      render(<NotesFrame token={token} api={api} />);
      await screen.findByTestId('notes-expired');
      expect(screen.queryByTestId('note-body')).toBeNull();
      expect(api.getNotes).not.toHaveBeenCalled();
      cleanup();
    }
  });
});

describe('tags', () => {
  it('are read from "#words" and shown once', () => {
    expect(tagsOf('a #one and #two, #one again; not#this')).toEqual(['one', 'two']);
    expect(tagsNotInBody('about #Press', ['press', 'extra'])).toEqual(['extra']);
  });
});

describe('the channel to the card', () => {
  it('takes a port only from a message carrying the frame’s token, and only once', async () => {
    const got = vi.fn();
    void acceptPort(window, 'tok').then(got);
    const fake = new MessageChannel();
    window.dispatchEvent(new MessageEvent('message', { data: { parleyNotes: 'wrong' }, ports: [fake.port1] }));
    window.dispatchEvent(new MessageEvent('message', { data: 'tok', ports: [fake.port1] }));
    window.dispatchEvent(new MessageEvent('message', { data: { parleyNotes: 'tok' } })); // no port
    await new Promise((r) => setTimeout(r, 0));
    expect(got).not.toHaveBeenCalled();
    const real = new MessageChannel();
    window.dispatchEvent(new MessageEvent('message', { data: { parleyNotes: 'tok' }, ports: [real.port2] }));
    await waitFor(() => expect(got).toHaveBeenCalledTimes(1));
    expect(got.mock.calls[0]![0] === real.port2).toBe(true);
    expect(acceptPort(window, '')).toBeInstanceOf(Promise);
    fake.port1.close();
    real.port1.close();
  });

  it('accepts only the messages it knows from the frame', () => {
    expect(isFrameToCard({ type: 'height', px: 120 })).toBe(true);
    expect(isFrameToCard({ type: 'height', px: Infinity })).toBe(false);
    expect(isFrameToCard({ type: 'tab', back: 'yes' })).toBe(false);
    expect(isFrameToCard({ type: 'note', body: 'x' })).toBe(false);
    expect(isFrameToCard(null)).toBe(false);
  });
});
