/**
 * The open card follows its mention when the page re-renders the text under it (lib/page/engine.ts
 * feeds it every scan job's added and removed marks): to the new mark of the same mention, or, if
 * the mention is gone, the card closes.
 *
 * The new mark need not come in the job that removed the old one. A page that re-renders again
 * while a job runs (a framework's view replaced every few hundred milliseconds, on a busy machine)
 * detaches the text that job was about to read; that job reports the old mark removed and nothing
 * in its place, and a later job marks the text the page put there next. Closing at once closed the
 * reader's card under them although the mention never left the page. So a card whose mark went
 * without a successor waits up to `graceMs` for one, and closes only if none comes.
 */
import type { Mark } from './registry';

/** How long a card whose mark was removed waits for the mention to be marked again. */
export const FOLLOW_GRACE_MS = 1500;

export interface FollowedCard {
  readonly openMark: Mark | null;
  /** Moves the open card to `mark`, or closes it (null). */
  retarget(mark: Mark | null): void;
}

export interface CardFollower {
  /** One scan job's result. */
  onJob(added: readonly Mark[], removed: readonly Mark[]): void;
  /** Forgets a mark being waited for (the engine stopped). */
  reset(): void;
}

const sameMention = (a: Mark, b: Mark) => a.mention.eventId === b.mention.eventId && a.mention.quote === b.mention.quote;

export function followOpenCard(card: FollowedCard, setActive: (mark: Mark) => void, graceMs = FOLLOW_GRACE_MS): CardFollower {
  /** The open card's removed mark, while a successor is awaited. */
  let lost: { mark: Mark; timer: ReturnType<typeof setTimeout> } | null = null;
  const reset = () => {
    if (lost) clearTimeout(lost.timer);
    lost = null;
  };
  return {
    onJob(added, removed) {
      const open = card.openMark;
      // The reader closed the card, or opened another, meanwhile: nothing to follow.
      if (lost && open !== lost.mark) reset();
      const gone = lost?.mark ?? (open && removed.includes(open) ? open : null);
      if (!gone) return;
      const again = added.find((m) => sameMention(m, gone));
      if (again) {
        reset();
        card.retarget(again);
        setActive(again);
      } else if (!lost) {
        const timer = setTimeout(() => {
          if (lost?.mark !== gone) return;
          lost = null;
          if (card.openMark === gone) card.retarget(null);
        }, graceMs);
        lost = { mark: gone, timer };
      }
    },
    reset,
  };
}
