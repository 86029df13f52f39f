// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toStored } from '../../../lib/db/seed';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import type { Envelope } from '../../../lib/messages/protocol';
import type { Note } from '../../../lib/notes/types';
import { EventPage } from '../../../lib/ui/event/EventPage';

const downloads = vi.hoisted(() => [] as { name: string; text: string }[]);
vi.mock('../../../lib/ui/options/download', () => ({ downloadText: (name: string, text: string) => downloads.push({ name, text }) }));

const ID = '2018-helsinki-summit';
const event = toStored(structuredClone(BUNDLED_EVENTS.find((e) => e.id === ID)!), 'bundled');
const notes: Note[] = [
  { id: 'n1', eventId: ID, body: 'Watch the **press conference**', tags: ['press'], createdAt: 1000, updatedAt: 1000, target: { url: 'https://news.example/helsinki', title: 'Helsinki, looking back', quote: { exact: 'the Helsinki summit', prefix: '', suffix: '' } } },
];
let asked: string[];
let saved: unknown[];

beforeEach(() => {
  downloads.length = 0;
  asked = [];
  saved = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (env: Envelope) => {
    asked.push(env.type);
    if (env.type === 'getCard') return { ok: true, res: (env.req as { eventId: string }).eventId === ID ? { event, series: [] } : null };
    if (env.type === 'getNotes') return { ok: true, res: notes };
    if (env.type === 'saveNote') {
      saved.push(env.req);
      return { ok: true, res: { id: 'new' } };
    }
    return { ok: false, error: 'not here' };
  }) as never);
});
afterEach(cleanup);

const inCard = () => screen.getByTestId('event-card-host').shadowRoot!;

describe('the event page (event.html?id=…)', () => {
  it('shows the event’s card, the reader’s notes as Markdown, the pages where they met it; exports Markdown', async () => {
    render(<EventPage id={ID} />);
    await waitFor(() => expect(inCard().querySelector('[data-testid="card-title"]')?.textContent).toBe(event.title));
    expect(inCard().querySelector('[data-testid="card-sources"]')).toBeTruthy();
    const list = await screen.findByTestId('event-notes');
    expect(list.querySelector('strong')!.textContent).toBe('press conference');
    expect(screen.getByTestId('event-pages').textContent).toContain('Helsinki, looking back');
    // Asked the background, as a card on a page does; never wrote anything.
    expect([...new Set(asked)].sort()).toEqual(['getCard', 'getNotes']);
    fireEvent.click(screen.getByTestId('event-export'));
    expect(downloads[0]!.name).toBe(`${ID}.md`);
    expect(downloads[0]!.text).toContain('## Where you met it');
    expect(downloads[0]!.text).toContain('Watch the **press conference**');
  });

  it('takes a new note on the event through the background, tags as chips and no #tag left in the text', async () => {
    render(<EventPage id={ID} />);
    const section = await screen.findByTestId('event-notes');
    const body = section.querySelector('[data-testid="note-body"]') as HTMLTextAreaElement;
    expect(body).toBeTruthy();
    fireEvent.input(body, { target: { value: 'Read the joint statement #press' } });
    const tag = section.querySelector('[data-testid="tag-input"]') as HTMLInputElement;
    fireEvent.input(tag, { target: { value: 'helsinki' } });
    fireEvent.keyDown(tag, { key: 'Enter' });
    fireEvent.submit(body.closest('form')!);
    await waitFor(() => expect(saved).toEqual([{ eventId: ID, body: 'Read the joint statement', tags: ['helsinki', 'press'] }]));
    await screen.findByText('Saved.');
    // The notes are read again (the list shows the new note once the background has it).
    await waitFor(() => expect(asked.filter((t) => t === 'getNotes').length).toBeGreaterThan(1));
  });

  it('says so when the event is not in the database', async () => {
    render(<EventPage id="1999-no-such-event" />);
    await waitFor(() => expect(inCard().textContent).toContain('not in your database'));
    expect(screen.queryByTestId('event-export')).toBeNull();
  });
});
