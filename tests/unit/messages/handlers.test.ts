import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ParleyDB } from '../../../lib/db/database';
import { seedDataset } from '../../../lib/db/seed';
import { bumpEventsRevision } from '../../../lib/db/events';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { send } from '../../../lib/messages/client';
import { createHandlers } from '../../../lib/messages/handlers';
import { loadMatcher } from '../../../lib/detect/tables';
import { createDocumentState, detect } from '../../../lib/detect';
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
  it('getMatcher starts the dataset check and answers with the matcher\'s version, then null while nothing changed', async () => {
    const h = handlers();
    const data = await h.getMatcher({});
    expect(seeds).toBeGreaterThan(0);
    // No tables: the page holds no matcher, the background detects its text (detect).
    expect(data).toEqual({ version: expect.any(String) });
    expect(await h.getMatcher({ knownVersion: data!.version })).toBeNull();
  });

  it('detect reads a document\'s texts in order with one state, as one detect() call after another on the build\'s tables', async () => {
    const h = createHandlers(db, () => seedDataset(db, BUNDLED_EVENTS, 'test-version'), 'test-version', { format: prebuiltMatcher.format, source: prebuiltMatcher.source, load: async () => prebuiltMatcher.bytes });
    const info = { title: 'Summit in Alaska', url: 'https://news.example/a', publishedAt: '2025-08-16' };
    const texts = ['Putin and Trump met at the Anchorage summit on Friday.', 'The talks in Alaska lasted three hours.', 'Afterwards, the summit was called productive by both sides.'];
    const from = { caller: 'content' as const, tabId: 7, frameId: 0 };
    // Two messages: the second goes on from the first's state.
    const a = await h.detect({ doc: 'd1', from: 0, info, texts: texts.slice(0, 2) }, from);
    const b = await h.detect({ doc: 'd1', from: 2, texts: texts.slice(2) }, from);
    const matcher = loadMatcher(prebuiltMatcher);
    const state = createDocumentState(info);
    const local = texts.map((t) => detect(t, matcher, state));
    expect('lost' in a || 'lost' in b).toBe(false);
    if ('lost' in a || 'lost' in b) return;
    expect([...a.mentions, ...b.mentions]).toEqual(local);
    expect(local[0]!.length).toBeGreaterThan(0);
    // The titles of the events named, for the popup's list.
    const id = local[0]![0]!.eventId!;
    expect(a.titles[id]).toBe(matcher.events[matcher.eventIndex.get(id)!]!.title);
  });

  it('getMatcher starts reading the tables the page\'s text will be detected with; detect then reads them no more', async () => {
    let loads = 0;
    const h = createHandlers(db, () => seedDataset(db, BUNDLED_EVENTS, 'test-version'), 'test-version', { format: prebuiltMatcher.format, source: prebuiltMatcher.source, load: async () => (loads++, prebuiltMatcher.bytes) });
    await h.getMatcher({});
    await vi.waitFor(() => expect(loads).toBe(1));
    await h.detect({ doc: 'd1', from: 0, texts: ['The Geneva summit.'] }, { caller: 'content', tabId: 7, frameId: 0 });
    expect(loads).toBe(1);
  });

  it('a woken background detects with the build\'s tables before its dataset check ends, reading no events, while the reader never wrote one', async () => {
    let loads = 0;
    // A dataset check that never ends (a first install's seeding, say): the text does not wait for it.
    const h = createHandlers(db, () => new Promise(() => {}), 'test-version', { format: prebuiltMatcher.format, source: prebuiltMatcher.source, load: async () => (loads++, prebuiltMatcher.bytes) });
    const read = vi.spyOn(db.events, 'orderBy');
    const text = 'Putin and Trump met at the Anchorage summit on Friday.';
    expect(await h.getMatcher({})).toEqual({ version: 'test-version/0' });
    const answer = await h.detect({ doc: 'd1', from: 0, texts: [text] }, { caller: 'content', tabId: 7, frameId: 0 });
    if ('lost' in answer) throw new Error('lost');
    expect(answer.mentions).toEqual([detect(text, loadMatcher(prebuiltMatcher), createDocumentState({}))]);
    expect(answer.mentions[0]!.length).toBeGreaterThan(0);
    expect(loads).toBe(1);
    expect(read).not.toHaveBeenCalled();
  });

  it('once the reader has written events, the matcher waits for the dataset check and reads them: the build\'s tables only while they are still the bundled ones', async () => {
    let loads = 0;
    const h = createHandlers(db, () => seedDataset(db, BUNDLED_EVENTS, 'test-version'), 'test-version', { format: prebuiltMatcher.format, source: prebuiltMatcher.source, load: async () => (loads++, prebuiltMatcher.bytes) });
    // A reset (the reader's events gone again, the revision moved on): the events are the bundled ones.
    await seedDataset(db, BUNDLED_EVENTS, 'test-version');
    await bumpEventsRevision(db);
    const read = vi.spyOn(db.events, 'orderBy');
    expect(await h.getMatcher({})).toEqual({ version: 'test-version/1' });
    const answer = await h.detect({ doc: 'd1', from: 0, texts: ['The Geneva summit.'] }, { caller: 'content', tabId: 7, frameId: 0 });
    expect('lost' in answer).toBe(false);
    expect(read).toHaveBeenCalled();
    expect(loads).toBe(1);
  });

  it('detect: a document it does not hold (a restarted worker), texts out of order, or another tab\'s document id: lost, the page starts anew', async () => {
    const h = handlers();
    const from = { caller: 'content' as const, tabId: 7, frameId: 0 };
    expect(await h.detect({ doc: 'd2', from: 3, texts: ['The Geneva summit.'] }, from)).toEqual({ lost: true });
    expect('mentions' in (await h.detect({ doc: 'd3', from: 0, texts: ['The Geneva summit.'] }, from))).toBe(true);
    // (Documents are held by tab and frame: another tab naming the same id does not reach this one.)
    expect(await h.detect({ doc: 'd3', from: 1, texts: ['The Geneva summit.'] }, { ...from, tabId: 8 })).toEqual({ lost: true });
    expect(await h.detect({ doc: 'd3', from: 5, texts: ['The Geneva summit.'] }, from)).toEqual({ lost: true });
    await expect(h.detect({ doc: 'd4', from: 0, texts: [42 as unknown as string] }, from)).rejects.toThrow(/malformed/);
  });

  it('only content scripts may send text to the detector', async () => {
    const reply = await dispatch(handlers(), { parley: 1, type: 'detect', req: { doc: 'd', from: 0, texts: ['The Geneva summit.'] } }, 'extension');
    expect(reply).toEqual({ ok: false, error: REFUSED });
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
