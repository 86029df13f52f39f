import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ParleyDB } from '../../../lib/db/database';
import { seedDataset } from '../../../lib/db/seed';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { send } from '../../../lib/messages/client';
import { createHandlers } from '../../../lib/messages/handlers';
import { fromSent, loadMatcher } from '../../../lib/detect/tables';
import prebuiltMatcher from 'virtual:parley/matcher-tables';
import { callerOf } from '../../../lib/messages/sender';
import { dispatch, listen, REFUSED } from '../../../lib/messages/server';

const OWN = { id: 'parley@parley.example', origin: 'moz-extension://5b0f2f5e-0000-4000-8000-000000000001' };
const CONTENT = { id: OWN.id, url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 };

let db: ParleyDB;
let seeds = 0;
const handlers = () =>
  createHandlers(db, () => {
    seeds++;
    return seedDataset(db, BUNDLED_EVENTS, 'test-version');
  }, 'test-version', prebuiltMatcher);

beforeEach(() => {
  db = new ParleyDB(`test-${crypto.randomUUID()}`);
  seeds = 0;
});

describe('background handlers on a fresh worker (empty memory, maybe unseeded db)', () => {
  it('getMatcher seeds first and answers with every event, then null while nothing changed', async () => {
    const h = handlers();
    const data = await h.getMatcher({});
    expect(seeds).toBe(1);
    // A fresh database holds the bundled events: the answer names the build's prebuilt tables and
    // carries none (the page reads the extension's file).
    expect(data?.tables).toEqual({ format: prebuiltMatcher.format, source: prebuiltMatcher.source });
    const bytes = prebuiltMatcher.bytes;
    const loaded = loadMatcher(await fromSent(data!.tables, async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer));
    expect(loaded.events.length).toBe(BUNDLED_EVENTS.length);
    expect(await h.getMatcher({ knownVersion: data!.version })).toBeNull();
  });

  it('getMatcher sends the build\'s own tables in the message for a page that could not read their file', async () => {
    const h = createHandlers(db, () => seedDataset(db, BUNDLED_EVENTS, 'test-version'), 'test-version', { format: prebuiltMatcher.format, source: prebuiltMatcher.source, load: async () => prebuiltMatcher.bytes });
    const data = await h.getMatcher({ inline: true });
    expect(data?.tables.base64).toBeTruthy();
    const loaded = loadMatcher(await fromSent(data!.tables, () => Promise.reject(new Error('the file is not read'))));
    expect(loaded.events.length).toBe(BUNDLED_EVENTS.length);
  });

  it('getCard gives the event, its neighbours and its series, never notes; getNotes the notes of that one event', async () => {
    const h = handlers();
    const saved = await h.saveNote({ eventId: '2025-istanbul-embassy-round-1', body: 'first round note' });
    expect(Object.keys(saved)).toEqual(['id']);
    await h.saveNote({ eventId: '2018-helsinki-summit', body: 'another event' });
    const card = await h.getCard({ eventId: '2025-istanbul-embassy-round-1' });
    expect(card?.event.start).toBe('2025-02-27');
    expect(card?.series.map((s) => s.id)).toContain('2025-istanbul-embassy-round-1');
    expect(card?.before).toBeDefined();
    expect(card && 'notes' in card).toBe(false);
    expect(JSON.stringify(card)).not.toContain('first round note');
    expect((await h.getNotes({ eventId: '2025-istanbul-embassy-round-1' })).map((n) => n.body)).toEqual(['first round note']);
    expect(await h.getNotes({ eventId: '' })).toEqual([]);
    expect(await h.getCard({ eventId: 'nope' })).toBeNull();
  });

  it('errors travel back as clear messages', async () => {
    const reply = await dispatch(handlers(), { parley: 1, type: 'saveNote', req: { eventId: null, body: '   ' } });
    expect(reply).toEqual({ ok: false, error: 'A note needs some text.' });
    expect(await dispatch(handlers(), { parley: 1, type: 'nope', req: {} })).toEqual({ ok: false, error: 'Unknown message "nope".' });
    expect(await dispatch(handlers(), { something: 'else' })).toBeUndefined();
  });

  it('the client and server talk through runtime messaging', async () => {
    const stop = listen(handlers(), () => OWN);
    const [reply] = (await fakeBrowser.runtime.onMessage.trigger({ parley: 1, type: 'getEventRefs', req: { ids: ['2018-helsinki-summit', 'missing'] } }, CONTENT as never)) as any[];
    expect(reply).toMatchObject({ ok: true, res: [{ id: '2018-helsinki-summit', start: '2018-07-16', city: 'Helsinki' }] });
    stop();
    void send;
  });
});

describe('checked senders', () => {
  it('knows its own content scripts and pages, and nobody else', () => {
    expect(callerOf(CONTENT, OWN)).toBe('content');
    expect(callerOf({ ...CONTENT, frameId: 3, url: 'http://frame.example/x' }, OWN)).toBe('content');
    expect(callerOf({ id: OWN.id, url: `${OWN.origin}/popup.html` }, OWN)).toBe('extension');
    // The popup opened in a tab (as the e2e tests do) is still an extension page.
    expect(callerOf({ id: OWN.id, url: `${OWN.origin}/options.html`, tab: { id: 3 } }, OWN)).toBe('extension');
    expect(callerOf({ ...CONTENT, id: 'other@ext' }, OWN)).toBeNull();
    expect(callerOf({ id: OWN.id, url: 'https://news.example/a' }, OWN)).toBeNull(); // no tab: not a content script
    expect(callerOf({ id: OWN.id, url: 'moz-extension://another-uuid/popup.html' }, OWN)).toBeNull();
    expect(callerOf({ id: OWN.id, url: `${OWN.origin}.evil.example/x`, tab: { id: 1 } }, OWN)).toBeNull();
    expect(callerOf({ id: OWN.id, url: 'about:blank', tab: { id: 1 } }, OWN)).toBeNull();
    expect(callerOf({ ...CONTENT, tab: { id: -1 } }, OWN)).toBeNull();
    expect(callerOf(undefined, OWN)).toBeNull();
    expect(callerOf({}, OWN)).toBeNull();
  });

  it('refuses everything else before any handler runs', async () => {
    let seeded = 0;
    const h = createHandlers(db, async () => void seeded++, 'v');
    const stop = listen(h, () => OWN);
    for (const sender of [{ id: 'other@ext', url: 'https://x.example/', tab: { id: 1 } }, {}, { id: OWN.id, url: 'https://x.example/' }]) {
      const [reply] = (await fakeBrowser.runtime.onMessage.trigger({ parley: 1, type: 'getNotes', req: { eventId: "2018-helsinki-summit" } }, sender as never)) as any[];
      expect(reply).toEqual({ ok: false, error: REFUSED });
    }
    expect(seeded).toBe(0);
    stop();
    expect(await dispatch(h, { parley: 1, type: 'getNotes', req: null }, 'extension')).toEqual({ ok: false, error: 'Message "getNotes" has no request.' });
    expect(await dispatch(h, { parley: 1, type: 'toString', req: {} }, 'content')).toEqual({ ok: false, error: 'Unknown message "toString".' });
  });
});
