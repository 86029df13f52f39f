// @vitest-environment happy-dom
// Storage faults in words, with failures injected into fake-indexeddb: a database that will not
// open (as in a Firefox private window, or a broken profile) and a full disk. The popup and the
// options page say what happened; nothing saved is lost.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ParleyDB } from '../../../lib/db/database';
import { addNote } from '../../../lib/db/notes';
import { seedDataset } from '../../../lib/db/seed';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { createHandlers } from '../../../lib/messages/handlers';
import { dispatch } from '../../../lib/messages/server';
import { Options } from '../../../lib/ui/options/Options';
import { Popup } from '../../../lib/ui/popup/Popup';
import { storageProblem } from '../../../lib/ui/StorageProblem';

const SOME = BUNDLED_EVENTS.filter((e) => ['2018-helsinki-summit', '2025-anchorage-summit'].includes(e.id));
let name: string;
beforeEach(() => {
  name = `test-${crypto.randomUUID()}`;
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Makes indexedDB.open fail the way a browser does: at once (private window) or with an error event. */
function failOpen(error: DOMException) {
  vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    throw error;
  });
}

describe('a database that will not open', () => {
  it('Firefox private window (no storage for extensions): the popup and the options page say so', async () => {
    failOpen(new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'));
    expect(await storageProblem(new ParleyDB(name))).toMatch(/no storage.*private windows.*normal window.*not lost/s);
    render(<Popup db={new ParleyDB(name)} inTab />);
    expect((await screen.findByTestId('storage-problem')).textContent).toMatch(/Firefox private windows/);
    cleanup();
    render(<Options db={new ParleyDB(name)} />);
    expect((await screen.findByTestId('storage-problem')).textContent).toMatch(/Open Parley from a normal window/);
  });

  it('an open that fails for another reason: restart, and nothing saved is lost', async () => {
    // The notes were saved while all was well.
    const ok = new ParleyDB(name);
    await seedDataset(ok, SOME, 'v');
    await addNote(ok, { eventId: '2018-helsinki-summit', body: 'kept safe' });
    ok.close();
    failOpen(new DOMException('The operation failed for reasons unrelated to the database itself.', 'UnknownError'));
    expect(await storageProblem(new ParleyDB(name))).toMatch(/could not open its database.*not lost/s);
    vi.restoreAllMocks();
    const again = new ParleyDB(name);
    expect((await again.notes.toArray()).map((n) => n.body)).toEqual(['kept safe']);
    expect(await storageProblem(again)).toBeNull();
  });
});

describe('a full disk', () => {
  it('a note that does not fit is refused in words, and the notes already saved stay', async () => {
    const db = new ParleyDB(name);
    await seedDataset(db, SOME, 'v');
    await addNote(db, { eventId: '2018-helsinki-summit', body: 'first' });
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quota;
    });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota;
    });
    const h = createHandlers(db, async () => {}, 'v');
    const reply = await dispatch(h, { parley: 1, type: 'saveNote', req: { eventId: '2018-helsinki-summit', body: 'second' } }, 'extension'); // the card's notes frame is an extension page
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toMatch(/run out of room.*Nothing was changed/);
    vi.restoreAllMocks();
    expect((await db.notes.toArray()).map((n) => n.body)).toEqual(['first']);
  });

  it('the options page warns before the disk is full', async () => {
    vi.stubGlobal('navigator', { storage: { persisted: async () => true, estimate: async () => ({ usage: 100 * 2 ** 20 - 1000, quota: 100 * 2 ** 20 }) } });
    const db = new ParleyDB(name);
    await seedDataset(db, SOME, 'v');
    render(<Options db={db} />);
    expect((await screen.findByTestId('storage-problem')).textContent).toMatch(/run out of room/);
  });
});
