// @vitest-environment happy-dom
// The notes frame's side of its channel to the card (lib/ui/notes-frame/wire.ts): Escape in the
// frame closes the card even when the reader presses it before the card's port has arrived (the
// frame is in the card, and can have focus, before it has loaded and been handed the port).
import { afterEach, describe, expect, it } from 'vitest';
import type { FrameToCard } from '../../../lib/ui/notes-frame/channel';
import { wireToCard } from '../../../lib/ui/notes-frame/wire';

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  document.body.innerHTML = '';
});

/** A key as the reader presses it (happy-dom's own events are not trusted, and wire.ts takes only trusted keys). */
function press(key: string, trusted = true) {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
  document.dispatchEvent(e);
  return e;
}

/** The card's end of a channel: what the frame sends it, in order. */
function cardEnd() {
  const channel = new MessageChannel();
  const got: FrameToCard[] = [];
  channel.port1.onmessage = (e: MessageEvent<FrameToCard>) => void got.push(e.data);
  return { frameSide: channel.port2, got, close: () => channel.port1.close() };
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(ok()).toBe(true);
};

function wire(port: MessagePort | Promise<MessagePort>) {
  const content = document.createElement('div');
  document.body.append(content);
  const stop = wireToCard(document, content, port);
  stops.push(stop);
  return stop;
}

describe('the notes frame’s channel to the card', () => {
  it('sends Escape to the card, and only a trusted one', async () => {
    const card = cardEnd();
    wire(card.frameSide);
    press('Escape', false);
    const e = press('Escape');
    expect(e.defaultPrevented).toBe(true);
    await until(() => card.got.some((m) => m.type === 'escape'));
    expect(card.got.filter((m) => m.type === 'escape')).toHaveLength(1);
    card.close();
  });

  it('keeps an Escape pressed before the card’s port arrived and sends it with the port', async () => {
    const card = cardEnd();
    let handOver!: (p: MessagePort) => void;
    wire(new Promise<MessagePort>((r) => (handOver = r)));
    const e = press('Escape');
    expect(e.defaultPrevented).toBe(true);
    press('Escape');
    handOver(card.frameSide);
    await until(() => card.got.some((m) => m.type === 'escape'));
    // Once, however often it was pressed while waiting; and the frame's height came with it.
    expect(card.got.filter((m) => m.type === 'escape')).toHaveLength(1);
    expect(card.got.some((m) => m.type === 'height')).toBe(true);
    card.close();
  });

  it('sends nothing if the frame was unwired before the port came', async () => {
    const card = cardEnd();
    let handOver!: (p: MessagePort) => void;
    const stop = wire(new Promise<MessagePort>((r) => (handOver = r)));
    press('Escape');
    stop();
    handOver(card.frameSide);
    await new Promise((r) => setTimeout(r, 30));
    expect(card.got).toEqual([]);
    card.close();
  });
});
