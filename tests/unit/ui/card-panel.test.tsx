// @vitest-environment happy-dom
// The card's state and actions (CardPanel), with a fake background: navigation inside the card and
// back, the notes frame registered for the event shown, an unknown meeting's nearest events and "add this meeting", and
// what happens when the page is scanned again and the mention resolves to another event.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toStored } from '../../../lib/db/seed';
import type { Mention } from '../../../lib/detect/types';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { toRef, type CardData, type EventRef } from '../../../lib/messages/protocol';
import type { NewEventFields } from '../../../lib/ui/card/Card';
import { CardPanel, type CardApi } from '../../../lib/ui/card/CardPanel';

afterEach(cleanup);

const stored = (id: string) => toStored(structuredClone(BUNDLED_EVENTS.find((e) => e.id === id)!), 'bundled');
const HELSINKI = '2018-helsinki-summit';
const mention = (over: Partial<Mention> = {}): Mention => ({
  start: 0, end: 15, quote: 'Helsinki summit', status: 'known', eventId: HELSINKI, confidence: 0.95,
  reasons: ["alias 'Helsinki summit'", 'published 2018'], candidates: [], via: 'alias', ...over,
});

function fakeApi() {
  const created: string[] = [];
  const api: CardApi = {
    getCard: vi.fn(async (id: string): Promise<CardData | null> => {
      const ev = BUNDLED_EVENTS.find((e) => e.id === id) ? stored(id) : created.includes(id) ? { ...stored(HELSINKI), id, title: 'My own meeting', origin: 'user' as const } : null;
      if (!ev) return null;
      const i = BUNDLED_EVENTS.findIndex((e) => e.id === id);
      const before = BUNDLED_EVENTS[i - 1];
      const after = BUNDLED_EVENTS[i + 1];
      return {
        event: ev,
        ...(before ? { before: toRef(stored(before.id)) } : {}),
        ...(after ? { after: toRef(stored(after.id)) } : {}),
        series: [],
      };
    }),
    getEventRefs: vi.fn(async (ids: string[]) => ids.map((id) => toRef(stored(id)))),
    openNotes: vi.fn(async (eventId: string | null) => `token-for-${eventId}`),
    createEvent: vi.fn(async (input: NewEventFields): Promise<EventRef> => {
      const id = `2025-${input.title.toLowerCase().replace(/\W+/g, '-')}`;
      created.push(id);
      return { id, title: input.title, start: input.start, kind: 'working-level', status: 'held', country: input.country };
    }),
  };
  return { api };
}

describe('CardPanel', () => {
  it('loads the mention’s meeting, walks to the one after and back', async () => {
    const { api } = fakeApi();
    render(<CardPanel mention={mention()} api={api} onClose={() => {}} />);
    await screen.findByText('Trump–Putin summit in Helsinki');
    expect(screen.getByTestId('card-why').textContent).toContain('The page was published in 2018.');
    const next = screen.getByTestId('nav-after').querySelector('.ref-title')!.textContent!;
    fireEvent.click(screen.getByTestId('nav-after'));
    await waitFor(() => expect(screen.getByTestId('card-title').textContent).toBe(next));
    expect(screen.queryByTestId('card-why')).toBeNull();
    fireEvent.click(screen.getByTestId('card-back'));
    await waitFor(() => expect(screen.getByTestId('card-title').textContent).toBe('Trump–Putin summit in Helsinki'));
    expect(screen.queryByTestId('card-back')).toBeNull();
  });

  it('opens a notes frame for the event shown, and a new one when the reader walks to another event', async () => {
    const { api } = fakeApi();
    render(<CardPanel mention={mention()} api={api} onClose={() => {}} />);
    await screen.findByText('Trump–Putin summit in Helsinki');
    const frame = () => screen.getByTestId('notes-frame').getAttribute('src') ?? '';
    await waitFor(() => expect(frame()).toMatch(new RegExp(`#token-for-${HELSINKI}$`)));
    const next = screen.getByTestId('nav-after').querySelector('.ref-title')!.textContent!;
    fireEvent.click(screen.getByTestId('nav-after'));
    await waitFor(() => expect(screen.getByTestId('card-title').textContent).toBe(next));
    await waitFor(() => expect(frame()).not.toMatch(new RegExp(`#token-for-${HELSINKI}$`)));
    expect(api.openNotes).toHaveBeenCalledTimes(2);
    expect(api.openNotes).not.toHaveBeenCalledWith(null);
  });

  it('reloads the facts when the reader’s data changed elsewhere, and keeps its notes frame', async () => {
    const { api } = fakeApi();
    const { rerender } = render(<CardPanel mention={mention()} api={api} refresh={0} onClose={() => {}} />);
    await screen.findByTestId('notes-frame');
    rerender(<CardPanel mention={mention()} api={api} refresh={1} onClose={() => {}} />);
    await waitFor(() => expect(api.getCard).toHaveBeenCalledTimes(2));
    expect(api.openNotes).toHaveBeenCalledTimes(1);
  });

  it('an unknown meeting: nearest events, then a new event of the reader’s own, made from the mention', async () => {
    const { api } = fakeApi();
    const m = mention({ status: 'unknown', eventId: null, quote: 'the Ankara talks', candidates: [{ eventId: '2025-istanbul-embassy-round-1', score: 0.7 }] });
    const { rerender } = render(<CardPanel mention={m} api={api} createDefaults={{ title: 'Ankara talks', start: '2025-05' }} onClose={() => {}} />);
    expect(screen.getByTestId('card-title').textContent).toBe('A meeting not in your database');
    await screen.findByTestId('card-candidates');
    fireEvent.click(screen.getByTestId('create-open'));
    // Filled from the quote: a short title from the place and the page's month, the city and its country.
    expect((screen.getByTestId('create-title') as HTMLInputElement).value).toBe('US–Russia talks in Ankara, May 2025');
    expect((screen.getByTestId('create-city') as HTMLInputElement).value).toBe('Ankara');
    expect((screen.getByTestId('create-country') as HTMLInputElement).value).toBe('Turkey');
    fireEvent.input(screen.getByTestId('create-date'), { target: { value: '2025-5' } });
    fireEvent.input(screen.getByTestId('create-country'), { target: { value: '' } });
    fireEvent.submit(screen.getByTestId('create-form'));
    // Both wrong fields say why; focus goes to the first of them; nothing is created.
    expect(screen.getByTestId('create-date').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('create-start-error').textContent).toContain('2025-10');
    expect(screen.getByTestId('create-country-error').textContent).toContain('country');
    expect(document.activeElement).toBe(screen.getByTestId('create-date'));
    expect(api.createEvent).not.toHaveBeenCalled();
    // Each error goes as soon as its field is right.
    fireEvent.input(screen.getByTestId('create-date'), { target: { value: '2025-05' } });
    expect(screen.queryByTestId('create-start-error')).toBeNull();
    expect(screen.getByTestId('create-date').hasAttribute('aria-invalid')).toBe(false);
    expect(screen.getByTestId('create-country-error')).toBeTruthy();
    fireEvent.input(screen.getByTestId('create-country'), { target: { value: 'Turkey' } });
    expect(screen.queryByTestId('create-country-error')).toBeNull();
    fireEvent.input(screen.getByTestId('create-title'), { target: { value: 'Ankara talks' } });
    fireEvent.submit(screen.getByTestId('create-form'));
    await waitFor(() => expect(screen.getByTestId('card-title').textContent).toBe('My own meeting'));
    expect(api.createEvent).toHaveBeenCalledWith({ title: 'Ankara talks', start: '2025-05', city: 'Ankara', country: 'Turkey', kind: 'working-level', status: 'held' });
    // The page is scanned again with the new event: the mention now resolves to it.
    await act(async () => rerender(<CardPanel mention={{ ...m, status: 'known', eventId: '2025-ankara-talks' }} api={api} onClose={() => {}} />));
    await waitFor(() => expect(screen.getByTestId('card-title').textContent).toBe('My own meeting'));
    expect(screen.queryByTestId('card-back')).toBeNull();
  });

  it('says so when the event has left the database', async () => {
    const { api } = fakeApi();
    render(<CardPanel mention={mention({ eventId: 'gone-event' })} api={api} onClose={() => {}} />);
    await screen.findByText('This event is no longer in your database.');
  });
});
