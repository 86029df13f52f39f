// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toStored } from '../../../lib/db/seed';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import type { Mention } from '../../../lib/detect/types';
import type { CardData } from '../../../lib/messages/protocol';
import { Card } from '../../../lib/ui/card/Card';

afterEach(cleanup);

const event = (id: string) => toStored(structuredClone(BUNDLED_EVENTS.find((e) => e.id === id)!), 'bundled');
const mention = (over: Partial<Mention> = {}): Mention => ({
  start: 0, end: 10, quote: 'the Helsinki summit', status: 'known', eventId: '2018-helsinki-summit',
  confidence: 0.9, reasons: ['alias "Helsinki summit"', 'published 2018'], candidates: [], via: 'alias', ...over,
});
const noop = { onNavigate: vi.fn(), onOpenNotes: vi.fn(async () => 'token-1'), onClose: vi.fn() };

describe('Card', () => {
  it('shows date, place, participants, summary, sources and why it matched', () => {
    const data: CardData = { event: event('2018-helsinki-summit'), series: [] };
    render(<Card mention={mention()} data={data} {...noop} />);
    expect(screen.getByRole('dialog').getAttribute('aria-labelledby')).toBe('parley-card-title');
    expect(screen.getByTestId('card-date').textContent).toBe('16 July 2018');
    expect(screen.getByTestId('card-place').textContent).toContain('Helsinki, Finland');
    expect(screen.getByTestId('card-who').querySelector('dl')!.textContent).toBe('United StatesDonald TrumpRussiaVladimir PutinAlsoSauli Niinistö');
    expect(screen.getByTestId('card-all-people').textContent).toContain('Vladimir Putin — President');
    expect(screen.getByTestId('card-why').textContent).toContain('The page calls it “Helsinki summit”');
    expect(screen.getByTestId('card-why').textContent).toContain('The page was published in 2018.');
    expect(document.querySelectorAll('.sources a').length).toBeGreaterThan(0);
  });

  it('renders hostile text as text, and never a javascript: link', () => {
    const ev = event('2018-helsinki-summit');
    ev.sources = [{ title: 'evil', url: 'javascript:alert(1)' }];
    ev.summary = '<img src=x onerror=alert(1)>';
    const data: CardData = { event: ev, series: [] };
    render(<Card mention={mention()} data={data} {...noop} />);
    expect(document.querySelector('img, script')).toBeNull();
    expect(screen.getByTestId('card-summary').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('says plainly that a related event is not a US–Russia meeting', () => {
    const related = BUNDLED_EVENTS.find((e) => e.kind === 'related')!;
    render(<Card mention={mention({ status: 'related', eventId: related.id })} data={{ event: toStored(related, 'bundled'), series: [] }} {...noop} />);
    expect(screen.getByTestId('card-related').textContent).toMatch(/^Not a US–Russia meeting/);
  });

  it('for an unknown meeting, says it is not in the database and offers the nearest ones', () => {
    const onNavigate = vi.fn();
    render(
      <Card
        mention={mention({ status: 'unknown', eventId: null, quote: 'the Ankara talks' })}
        data={null}
        candidates={[{ id: '2025-istanbul-embassy-round-1', title: 'Istanbul round 1', start: '2025-02-27', kind: 'working-level', status: 'held', country: 'Turkey' }]}
        {...noop}
        onNavigate={onNavigate}
      />,
    );
    expect(screen.getByTestId('card-title').textContent).toBe('A meeting not in your database');
    fireEvent.click(screen.getByText('Istanbul round 1'));
    expect(onNavigate).toHaveBeenCalledWith('2025-istanbul-embassy-round-1');
  });

  it('says "reported by one source" only for single-source events', () => {
    const ev = event('2018-helsinki-summit');
    const { rerender } = render(<Card mention={mention()} data={{ event: ev, series: [] }} {...noop} />);
    expect(screen.queryByTestId('card-evidence')).toBeNull();
    rerender(<Card mention={mention()} data={{ event: { ...ev, evidence: 'single' }, series: [] }} {...noop} />);
    expect(screen.getByTestId('card-evidence').textContent).toMatch(/reported by one source/i);
    rerender(<Card mention={mention()} data={{ event: { ...ev, evidence: 'several' }, series: [] }} {...noop} />);
    expect(screen.queryByTestId('card-evidence')).toBeNull();
  });

  it('says how far the events reach, and that a newer unknown meeting may not be in the dataset yet', () => {
    const ev = event('2018-helsinki-summit');
    const { rerender } = render(<Card mention={mention()} data={{ event: ev, series: [] }} reach="2026-12-03" {...noop} />);
    expect(screen.getByTestId('card-reach').textContent).toBe('Parley’s events up to 3 December 2026');
    const unknown = mention({ status: 'unknown', eventId: null, quote: 'the Ankara talks' });
    rerender(<Card mention={unknown} data={null} reach="2026-12-03" {...noop} />);
    expect(screen.queryByTestId('card-newer')).toBeNull();
    rerender(<Card mention={unknown} data={null} reach="2026-12-03" createDefaults={{ start: '2027-01' }} {...noop} />);
    expect(screen.getByTestId('card-newer').textContent).toContain('may not hold it yet');
    rerender(<Card mention={{ ...unknown, quote: 'the 2027 Ankara talks' }} data={null} reach="2026-12-03" {...noop} />);
    expect(screen.getByTestId('card-newer').textContent).toContain('3 December 2026');
  });

  it('always shows the status: held, planned or cancelled', () => {
    const ev = event('2018-helsinki-summit');
    const { rerender } = render(<Card mention={mention()} data={{ event: ev, series: [] }} {...noop} />);
    expect(screen.getByTestId('card-status').textContent).toBe('Held');
    rerender(<Card mention={mention()} data={{ event: { ...ev, status: 'planned' }, series: [] }} now="2018-07-01" {...noop} />);
    expect(screen.getByTestId('card-status').textContent).toBe('Planned');
    // A planned date that passed with no record of the meeting is not a bare "Planned".
    rerender(<Card mention={mention()} data={{ event: { ...ev, status: 'planned' }, series: [] }} now="2019-01-01" {...noop} />);
    expect(screen.getByTestId('card-status').textContent).toBe('Planned (date passed; no record it was held)');
    rerender(<Card mention={mention()} data={{ event: { ...ev, status: 'cancelled' }, series: [] }} {...noop} />);
    expect(screen.getByTestId('card-status').className).toContain('status-cancelled');
  });

  it('holds no note field of its own: the notes are a frame of the extension notes page, its address carrying only the token; the count of notes shows', async () => {
    const onOpenNotes = vi.fn(async () => 'c0ffee');
    render(<Card mention={mention()} data={{ event: event('2018-helsinki-summit'), series: [], noteCount: 3 }} {...noop} onOpenNotes={onOpenNotes} />);
    const frame = (await screen.findByTestId('notes-frame')) as HTMLIFrameElement;
    expect(onOpenNotes).toHaveBeenCalledTimes(1);
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toMatch(/\/notes-frame\.html#c0ffee$/);
    expect(frame.getAttribute('src')).not.toMatch(/helsinki|summit|https?:/i);
    expect(document.querySelector('textarea')).toBeNull();
    expect(screen.getByTestId('card-to-notes').textContent).toBe('Your notes (3)');
  });
});
