// @vitest-environment happy-dom
// The card as a reader meets it, rendered with hand-made mentions: the peek (small, no controls, no
// notes), the full card's reading order, a forecast shown as a forecast, one card per meeting when
// the words name several, an event the reader added shown as unverified, the series with each
// round's status, and what an unknown card says Parley searched for.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toStored } from '../../../lib/db/seed';
import type { Mention } from '../../../lib/detect/types';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { toRef, type CardData, type EventRef } from '../../../lib/messages/protocol';
import { Card } from '../../../lib/ui/card/Card';
import { CardPanel, meetingIds, type CardApi } from '../../../lib/ui/card/CardPanel';
import { Peek } from '../../../lib/ui/card/Peek';
import { statusShort, statusWords } from '../../../lib/ui/card/status';
import { searchedFor, searchedSentence } from '../../../lib/ui/card/unknown';

afterEach(cleanup);

const stored = (id: string) => toStored(structuredClone(BUNDLED_EVENTS.find((e) => e.id === id)!), 'bundled');
const card = (id: string, extra: Partial<CardData> = {}): CardData => ({ event: stored(id), series: [], ...extra });
const mention = (over: Partial<Mention> = {}): Mention => ({
  start: 0, end: 12, quote: 'Riyadh talks', status: 'known', eventId: '2025-riyadh-talks', confidence: 0.9,
  reasons: ["alias 'Riyadh talks'"], candidates: [], via: 'alias', ...over,
});
const noop = { onNavigate: vi.fn(), onOpenNotes: vi.fn(async () => 'token'), onClose: vi.fn() };

describe('the peek', () => {
  it('title, status, when and where, how long before the article, one line of outcome; no controls and no notes', () => {
    render(<Peek mention={mention()} data={card('2025-riyadh-talks', { noteCount: 2 })} publishedAt="2025-05-21" />);
    expect(screen.getByTestId('peek-title').textContent).toMatch(/Riyadh/);
    expect(screen.getByTestId('peek-status').textContent).toBe('Held');
    expect(screen.getByTestId('peek-when').textContent).toBe('18 February 2025 · Riyadh');
    expect(screen.getByTestId('peek-relative').textContent).toBe('3 months before this article');
    expect(screen.getByTestId('peek-outcome').textContent).toBe(stored('2025-riyadh-talks').outcomes[0]);
    const peek = screen.getByTestId('parley-peek');
    expect(peek.querySelectorAll('button, a, textarea, input, select, [tabindex]').length).toBe(0);
    expect(peek.textContent).not.toMatch(/notes/i);
    expect(peek.querySelector('iframe')).toBeNull();
  });

  it('an unknown meeting: what Parley searched for, and the nearest one', () => {
    const ref: EventRef = toRef(stored('2022-11-14-burns-naryshkin-ankara'));
    render(
      <Peek
        mention={mention({ status: 'unknown', eventId: null, quote: 'talks in Ankara in March', reasons: ['a US–Russia meeting in Ankara the dataset does not hold'] })}
        data={null}
        candidates={[ref]}
        publishedAt="2025-05-21"
      />,
    );
    expect(screen.getByTestId('peek-unknown').textContent).toBe(`No US–Russia meeting in Ankara around March 2025 in the dataset; nearest: ${ref.title}`);
  });

  it('CardPanel shows the peek until pinned, then the full card with the same data', async () => {
    const api: CardApi = {
      getCard: vi.fn(async (id) => card(id, { noteCount: 1 })),
      getEventRefs: vi.fn(async () => []),
      openNotes: vi.fn(async () => 'token'),
      createEvent: vi.fn(),
    };
    const { rerender } = render(<CardPanel mention={mention()} api={api} pinned={false} onClose={() => {}} />);
    await screen.findByTestId('peek-status');
    expect(screen.queryByTestId('parley-card')).toBeNull();
    expect(api.openNotes).not.toHaveBeenCalled();
    rerender(<CardPanel mention={mention()} api={api} pinned onClose={() => {}} />);
    expect(screen.getByTestId('card-to-notes').textContent).toBe('Your notes (1)');
    await screen.findByTestId('notes-frame');
    expect(api.getCard).toHaveBeenCalledTimes(1);
    // The notes frame is registered only for the full card, never for a peek.
    expect(api.openNotes).toHaveBeenCalledTimes(1);
  });
});

describe('the full card', () => {
  it('reads top-down: what and when, summary, outcomes, who met, timeline, sources, notes, why', () => {
    const d = card('2025-riyadh-talks', { before: toRef(stored('2025-02-12-trump-putin-call')) });
    render(<Card mention={mention()} data={d} {...noop} />);
    const ids = ['card-what', 'card-summary', 'card-outcomes', 'card-who', 'card-timeline', 'card-sources', 'card-notes-section', 'card-why'];
    const els = ids.map((id) => screen.getByTestId(id));
    for (let i = 1; i < els.length; i++) expect(els[i - 1]!.compareDocumentPosition(els[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The notes button sits in the header, before everything else.
    expect(screen.getByTestId('card-to-notes').closest('header')).not.toBeNull();
  });

  it('who met: at most three names per side, then "and N more"; roles only under "All participants"', () => {
    const ev = stored('2025-riyadh-talks');
    ev.participants = ['A', 'B', 'C', 'D', 'E'].map((n) => ({ name: `US ${n}`, side: 'us' as const, role: `Role ${n}` }));
    render(<Card mention={mention()} data={{ event: ev, series: [] }} {...noop} />);
    expect(screen.getByTestId('card-who').querySelector('dd')!.textContent).toBe('US A, US B, US C and 2 more');
    expect(screen.getByTestId('card-who').querySelector('dl')!.textContent).not.toContain('Role');
    expect(screen.getByTestId('card-all-people').textContent).toContain('US E — Role E');
    expect(screen.getByTestId('card-all-people').textContent).toContain('All participants (5)');
  });

  it('a future or conditional mention of a held meeting is a forecast, never "Held"', () => {
    const d = card('2025-06-02-istanbul-russia-ukraine-talks');
    const { rerender } = render(<Card mention={mention({ eventId: d.event.id, quote: 'will meet in Istanbul in the coming weeks', tense: 'future' })} data={d} {...noop} />);
    expect(screen.getByTestId('card-status').textContent).toBe('Expected in this article');
    expect(screen.getByTestId('card-forecast').textContent).toBe(`This article expected a meeting (will meet in Istanbul in the coming weeks); the one on record is ${d.event.title}, held 2 June 2025.`);
    rerender(<Card mention={mention({ eventId: d.event.id, tense: 'hypothetical' })} data={d} {...noop} />);
    expect(screen.getByTestId('card-status').textContent).toBe('Expected in this article');
    rerender(<Card mention={mention({ eventId: d.event.id, tense: 'past' })} data={d} {...noop} />);
    expect(screen.getByTestId('card-status').textContent).toBe('Held');
    expect(screen.queryByTestId('card-forecast')).toBeNull();
    // Reached by navigation, the event is not this mention's: no forecast.
    rerender(<Card mention={mention({ tense: 'future' })} data={d} canGoBack {...noop} />);
    expect(screen.getByTestId('card-status').textContent).toBe('Held');
  });

  it('an event the reader added: reported, unverified, "Added by you", no "% sure"', () => {
    const ev = { ...stored('2025-riyadh-talks'), origin: 'user' as const };
    render(<Card mention={mention({ confidence: 0.99 })} data={{ event: ev, series: [] }} {...noop} />);
    expect(screen.getByTestId('card-status').textContent).toBe('Reported, unverified');
    expect(screen.getByTestId('card-origin').textContent).toBe('Added by you');
    expect(screen.getByTestId('parley-card').dataset.kind).toBe('user');
    expect(screen.getByTestId('card-why').textContent).not.toMatch(/% sure/);
  });

  it('the series lists each round with its status; the timeline marks an event the reader added', () => {
    const ids = ['2025-istanbul-embassy-round-1', '2025-04-10-istanbul-embassy-round-2', '2025-06-moscow-embassy-round-3-cancelled', '2025-10-embassy-consultations-autumn-round'];
    const after: EventRef = { ...toRef(stored('2025-04-11-witkoff-putin-st-petersburg')), origin: 'user' };
    render(<Card mention={mention({ eventId: ids[1] })} data={card(ids[1]!, { series: ids.map((id) => toRef(stored(id))), after })} now="2026-01-01" {...noop} />);
    const rounds = [...screen.getByTestId('card-series').querySelectorAll('li')].map((li) => li.textContent);
    expect(rounds).toEqual([
      '27 February 2025 · held',
      '10 April 2025 · held · this one',
      'June 2025 · called off',
      'October 2025 – November 2025 · planned, date passed',
    ]);
    expect(screen.getByTestId('nav-after').textContent).toContain('added by you');
  });

  it('one card per meeting when the words name several: a switcher at the top', async () => {
    const m = mention({ quote: 'quiet meetings in Saudi Arabia and Alaska', also: ['2025-anchorage-summit'] });
    expect(meetingIds(m)).toEqual(['2025-riyadh-talks', '2025-anchorage-summit']);
    const peek = render(<Peek mention={m} data={card('2025-riyadh-talks')} />);
    expect(screen.getByTestId('peek-hint').textContent).toBe('These words name 2 meetings · click or press Enter for each');
    peek.unmount();
    const api: CardApi = {
      getCard: vi.fn(async (id) => card(id)),
      getEventRefs: vi.fn(async (ids: string[]) => ids.map((id) => toRef(stored(id)))),
      openNotes: vi.fn(async () => 'token'),
      createEvent: vi.fn(),
    };
    render(<CardPanel mention={m} api={api} onClose={() => {}} />);
    await waitFor(() => expect(screen.getAllByTestId('card-meeting-tab')).toHaveLength(2));
    const tabs = screen.getAllByTestId('card-meeting-tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Riyadh · 18 February 2025', 'Anchorage · 15 August 2025']);
    await waitFor(() => expect(screen.getByTestId('card-title').textContent).toMatch(/Riyadh/));
    fireEvent.click(tabs[1]!);
    await waitFor(() => expect(screen.getByTestId('card-title').textContent).toMatch(/Anchorage/));
    expect(screen.getAllByTestId('card-meeting-tab')[1]!.getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByTestId('card-back')).toBeNull();
  });

  it('a mention that names one meeting has no switcher', async () => {
    render(<Card mention={mention()} data={card('2025-riyadh-talks')} {...noop} />);
    expect(screen.queryByTestId('card-meetings')).toBeNull();
  });
});

describe('status and search words', () => {
  it('planned dates that passed, cancelled rounds and the reader’s own events', () => {
    const planned = { status: 'planned' as const, start: '2025-10', end: '2025-11' };
    expect(statusWords(planned, { now: '2025-10-15' }).label).toBe('Planned');
    expect(statusWords(planned, { now: '2025-12-01' }).label).toBe('Planned (date passed; no record it was held)');
    expect(statusWords({ status: 'cancelled', start: '2025-06' }).label).toBe('Called off');
    expect(statusWords({ status: 'held', start: '2025-06', origin: 'user' })).toEqual({ label: 'Reported, unverified', tone: 'unverified' });
    expect(statusShort({ status: 'held', start: '2025-06', origin: 'user' })).toBe('held · added by you, unverified');
  });

  it('what an unknown card searched for: the place the detector read, a month or year in the quote, else the page’s month', () => {
    const reasons = ['a US–Russia meeting in Ankara the dataset does not hold'];
    expect(searchedFor({ quote: 'talks in Ankara in March', reasons }, '2025-05-21')).toEqual({ place: 'Ankara', when: 'March 2025' });
    expect(searchedFor({ quote: 'the 2019 Ankara talks', reasons }, '2025-05-21')).toEqual({ place: 'Ankara', when: '2019' });
    expect(searchedFor({ quote: 'talks in Ankara may resume', reasons }, '2025-08-02')).toEqual({ place: 'Ankara', when: 'August 2025' });
    expect(searchedFor({ quote: 'talks in Ankara in May', reasons }, '2025-08-02')).toEqual({ place: 'Ankara', when: 'May 2025' });
    expect(searchedFor({ quote: 'the Ankara talks', reasons }, '2025-05-21')).toEqual({ place: 'Ankara', when: 'May 2025' });
    expect(searchedSentence(searchedFor({ quote: 'a secret meeting', reasons: [] }))).toBe('No US–Russia meeting in the dataset');
  });
});
