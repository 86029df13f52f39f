import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ParleyDB } from '../../../lib/db/database';
import { seedDataset } from '../../../lib/db/seed';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { send } from '../../../lib/messages/client';
import { createHandlers } from '../../../lib/messages/handlers';
import { dispatch, listen } from '../../../lib/messages/server';

let db: ParleyDB;
let seeds = 0;
const handlers = () =>
  createHandlers(db, () => {
    seeds++;
    return seedDataset(db, BUNDLED_EVENTS, 'test-version');
  }, 'test-version');

beforeEach(() => {
  db = new ParleyDB(`test-${crypto.randomUUID()}`);
  seeds = 0;
});

describe('background handlers on a fresh worker (empty memory, maybe unseeded db)', () => {
  it('getMatcher seeds first and answers with every event, then null while nothing changed', async () => {
    const h = handlers();
    const data = await h.getMatcher({});
    expect(seeds).toBe(1);
    expect(data?.events.length).toBe(BUNDLED_EVENTS.length);
    expect(data?.events.find((e) => e.id === '2025-anchorage-summit')?.aliases.length).toBeGreaterThan(0);
    expect(await h.getMatcher({ knownVersion: data!.version })).toBeNull();
  });

  it('getCard gives the event, its neighbours, its series and its notes', async () => {
    const h = handlers();
    await h.saveNote({ eventId: '2025-istanbul-embassy-round-1', body: 'first round note' });
    const card = await h.getCard({ eventId: '2025-istanbul-embassy-round-1' });
    expect(card?.event.start).toBe('2025-02-27');
    expect(card?.series.map((s) => s.id)).toContain('2025-istanbul-embassy-round-1');
    expect(card?.before).toBeDefined();
    expect(card?.notes.map((n) => n.body)).toEqual(['first round note']);
    expect(await h.getCard({ eventId: 'nope' })).toBeNull();
  });

  it('errors travel back as clear messages', async () => {
    const reply = await dispatch(handlers(), { parley: 1, type: 'saveNote', req: { eventId: null, body: '   ' } });
    expect(reply).toEqual({ ok: false, error: 'A note needs some text.' });
    expect(await dispatch(handlers(), { parley: 1, type: 'nope', req: {} })).toEqual({ ok: false, error: 'Unknown message "nope".' });
    expect(await dispatch(handlers(), { something: 'else' })).toBeUndefined();
  });

  it('the client and server talk through runtime messaging', async () => {
    const stop = listen(handlers());
    const [reply] = (await fakeBrowser.runtime.onMessage.trigger({ parley: 1, type: 'getEventRefs', req: { ids: ['2018-helsinki-summit', 'missing'] } }, {})) as any[];
    expect(reply).toMatchObject({ ok: true, res: [{ id: '2018-helsinki-summit', start: '2018-07-16', city: 'Helsinki' }] });
    stop();
    void send;
  });
});
