// The open card follows its mention across the page's re-renders, also when the new mark comes a
// job after the old one went (the page re-rendered again while the job ran), and closes only when
// the mention does not come back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FOLLOW_GRACE_MS, followOpenCard, type FollowedCard } from '../../../lib/page/follow';
import type { Mark } from '../../../lib/page/registry';

let nextId = 1;
const mark = (quote: string, eventId: string | null = 'e1') => ({ id: nextId++, mention: { quote, eventId } }) as unknown as Mark;

function fakeCard(open: Mark | null) {
  const card = {
    openMark: open,
    retarget: vi.fn((m: Mark | null) => {
      card.openMark = m;
    }),
  };
  return card as FollowedCard & { openMark: Mark | null; retarget: ReturnType<typeof vi.fn> };
}

describe('followOpenCard', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('moves the card to the new mark of its mention in the same job', () => {
    const old = mark('the Helsinki summit');
    const card = fakeCard(old);
    const active = vi.fn();
    const again = mark('the Helsinki summit');
    followOpenCard(card, active).onJob([mark('the Geneva summit', 'e2'), again], [old]);
    expect(card.retarget).toHaveBeenCalledWith(again);
    expect(active).toHaveBeenCalledWith(again);
  });

  it('keeps the card open while the new mark comes in a later job', () => {
    const old = mark('the Helsinki summit');
    const card = fakeCard(old);
    const f = followOpenCard(card, () => {});
    f.onJob([], [old]); // the job's new text was replaced before it was read
    vi.advanceTimersByTime(FOLLOW_GRACE_MS / 2);
    expect(card.retarget).not.toHaveBeenCalled();
    const again = mark('the Helsinki summit');
    f.onJob([again], []);
    expect(card.retarget).toHaveBeenCalledExactlyOnceWith(again);
    vi.advanceTimersByTime(FOLLOW_GRACE_MS * 2);
    expect(card.openMark).toBe(again);
  });

  it('closes the card when its mention does not come back', () => {
    const old = mark('the Helsinki summit');
    const card = fakeCard(old);
    const f = followOpenCard(card, () => {});
    f.onJob([mark('the Geneva summit', 'e2')], [old]);
    f.onJob([mark('the Vienna summit', 'e3')], []);
    expect(card.retarget).not.toHaveBeenCalled();
    vi.advanceTimersByTime(FOLLOW_GRACE_MS);
    expect(card.retarget).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('leaves alone a card the reader closed or moved meanwhile', () => {
    const old = mark('the Helsinki summit');
    const card = fakeCard(old);
    const f = followOpenCard(card, () => {});
    f.onJob([], [old]);
    const other = mark('the Geneva summit', 'e2');
    card.openMark = other; // the reader opened another mention's card
    f.onJob([mark('the Helsinki summit')], []);
    vi.advanceTimersByTime(FOLLOW_GRACE_MS * 2);
    expect(card.retarget).not.toHaveBeenCalled();
    expect(card.openMark).toBe(other);
  });
});
