/**
 * The one shadow-root host for Parley's UI on a page, and the card's life: open next to a mark
 * (never over it), follow scrolling, close on Escape or outside click and give focus back.
 */
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../lib/ui/card/card.css?inline';
import { Card } from '../../lib/ui/card/Card';
import { send } from '../../lib/messages/client';
import type { CardData, EventRef } from '../../lib/messages/protocol';
import { quoteFromRange } from '../../lib/page/quote';
import type { Mark } from '../../lib/page/registry';

export const HOST_NAME = 'parley-card-host';
const GAP = 6;

export interface CardHost {
  open(mark: Mark, opts?: { focus?: boolean }): Promise<void>;
  close(restoreFocus?: boolean): void;
  readonly openMark: Mark | null;
  contains(node: EventTarget | null): boolean;
}

/** Where the card goes: below the mention if it fits, else above; clamped to the viewport. */
export function placeCard(anchor: DOMRect, size: { width: number; height: number }, vw: number, vh: number) {
  const left = Math.max(8, Math.min(anchor.left, vw - size.width - 8));
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  const top = below + size.height <= vh - 8 || above < 8 ? below : above;
  return { left, top };
}

export async function createCardHost(ctx: ContentScriptContext, hooks: { onClose(mark: Mark | null): void }): Promise<CardHost> {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let frame: HTMLElement | null = null;
  let current: Mark | null = null;
  let returnFocus: HTMLElement | null = null;
  let eventId: string | null = null;

  const ensureUi = async () => {
    if (ui) return;
    ui = await createShadowRootUi(ctx, {
      name: HOST_NAME,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: cardCss,
      onMount(container) {
        const f = document.createElement('div');
        f.className = 'frame';
        f.hidden = true;
        container.append(f);
        return f;
      },
      onRemove(f) {
        if (f) render(null, f);
      },
    });
    ui.mount();
    frame = ui.mounted ?? null;
  };

  const reposition = () => {
    if (!current || !frame || frame.hidden) return;
    const rects = current.range.getClientRects();
    const anchor = rects.length ? rects[rects.length - 1]! : current.range.getBoundingClientRect();
    const { left, top } = placeCard(anchor, { width: frame.offsetWidth, height: frame.offsetHeight }, innerWidth, innerHeight);
    frame.style.left = `${left}px`;
    frame.style.top = `${top}px`;
  };
  ctx.addEventListener(window, 'scroll', () => requestAnimationFrame(reposition), { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', () => requestAnimationFrame(reposition), { passive: true });

  const paint = (data: CardData | null, extra: { loading?: boolean; error?: string; candidates?: EventRef[] } = {}) => {
    if (!frame || !current) return;
    const mark = current;
    render(
      <Card
        mention={mark.mention}
        data={data}
        {...extra}
        onClose={() => host.close(true)}
        onNavigate={(id) => void load(id)}
        onSaveNote={async ({ body, tags }) => {
          const quote = quoteFromRange(mark.range);
          await send('saveNote', {
            eventId: eventId,
            ...(eventId ? {} : { mention: mark.mention.quote }),
            body,
            tags: tags ?? [],
            target: { url: location.href, title: document.title, quote },
          });
          if (eventId) await load(eventId);
        }}
      />,
      frame,
    );
    requestAnimationFrame(reposition);
  };

  const load = async (id: string) => {
    eventId = id;
    try {
      const data = await send('getCard', { eventId: id });
      if (current) paint(data, data ? {} : { error: 'This event is no longer in your database.' });
    } catch (err) {
      paint(null, { error: err instanceof Error ? err.message : String(err) });
    }
  };

  const host: CardHost = {
    get openMark() {
      return current;
    },
    contains(node) {
      return !!node && !!ui && (node === ui.shadowHost || ui.shadowHost.contains(node as Node));
    },
    async open(mark, opts = {}) {
      await ensureUi();
      if (!frame) return;
      if (!current) returnFocus = document.activeElement as HTMLElement | null;
      current = mark;
      frame.hidden = false;
      const m = mark.mention;
      eventId = m.eventId;
      if (m.eventId) {
        paint(null, { loading: true });
        await load(m.eventId);
      } else {
        const candidates = m.candidates.length ? await send('getEventRefs', { ids: m.candidates.map((c) => c.eventId) }).catch(() => []) : [];
        paint(null, { candidates });
      }
      if (opts.focus) (frame.querySelector('.close') as HTMLElement | null)?.focus();
    },
    close(restoreFocus = false) {
      const was = current;
      current = null;
      eventId = null;
      if (frame) {
        render(null, frame);
        frame.hidden = true;
      }
      hooks.onClose(was);
      if (restoreFocus && returnFocus?.isConnected) returnFocus.focus();
      returnFocus = null;
    },
  };

  // Escape closes; Tab stays inside the open card (it is a dialog).
  ctx.addEventListener(window, 'keydown', (e: KeyboardEvent) => {
    if (!current) return;
    if (e.key === 'Escape') {
      e.stopPropagation();
      host.close(true);
    }
  }, { capture: true });
  ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
    if (!current || e.key !== 'Tab' || !ui) return;
    const items = [...ui.shadow.querySelectorAll<HTMLElement>('button, a[href], textarea, summary, input')].filter((el) => !el.hasAttribute('disabled'));
    if (!items.length) return;
    const active = ui.shadow.activeElement as HTMLElement | null;
    const i = active ? items.indexOf(active) : -1;
    if (i === -1 || (e.shiftKey && i === 0) || (!e.shiftKey && i === items.length - 1)) {
      e.preventDefault();
      items[e.shiftKey ? items.length - 1 : 0]!.focus();
    }
  }, { capture: true });

  return host;
}
