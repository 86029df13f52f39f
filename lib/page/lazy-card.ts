/**
 * The card, loaded on demand. Preact and the card (lib/ui/card/) are a chunk of their own that a
 * page loads only when the reader first opens a card (hover, click, keyboard, the popup): most
 * pages with marks never need it. Until then this stand-in answers as a closed card; the first
 * open() loads the chunk and opens the card on whatever mark is wanted by the time it has loaded.
 */
import type { Mark } from './registry';
import type { CardHost, OpenOptions } from '../ui/card/host';

export function lazyCard(load: () => Promise<CardHost>): CardHost {
  let real: CardHost | null = null;
  let loading: Promise<CardHost | null> | null = null;
  /** What the reader asked for while the chunk was loading (the last ask wins). */
  let pending: { mark: Mark; opts: OpenOptions } | null = null;
  let destroyed = false;

  const ensure = () =>
    (loading ??= load().then(
      (host) => {
        real = host;
        if (destroyed) host.destroy();
        return host;
      },
      (err) => {
        loading = null; // try again on the next open
        console.warn('Parley: the card could not be loaded.', err);
        return null;
      },
    ));

  const card: CardHost = {
    get openMark() {
      return real ? real.openMark : (pending?.mark ?? null);
    },
    get pinned() {
      return real ? real.pinned : !!pending && !!(pending.opts.pinned || pending.opts.focus);
    },
    open(mark, opts = {}) {
      destroyed = false;
      if (real) return real.open(mark, opts);
      pending = { mark, opts };
      void ensure().then((host) => {
        const want = pending;
        pending = null;
        if (host && want && !destroyed) host.open(want.mark, want.opts);
      });
    },
    close(restoreFocus) {
      pending = null;
      real?.close(restoreFocus);
    },
    refresh: () => real?.refresh(),
    retarget(mark) {
      if (real) return real.retarget(mark);
      if (pending) pending = mark ? { ...pending, mark } : null;
    },
    place: () => real?.place(),
    contains: (target) => !!real && real.contains(target),
    hoverMark: (over) => real?.hoverMark(over),
    destroy() {
      pending = null;
      destroyed = true;
      real?.destroy();
    },
  };
  return card;
}
