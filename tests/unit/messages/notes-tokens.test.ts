// The card's notes frame learns what it is for through a one-time token: only a content script in a
// tab can get one, only an extension page in that same tab can spend it, and only once.
import { beforeEach, describe, expect, it } from 'vitest';
import { ParleyDB } from '../../../lib/db/database';
import { seedDataset } from '../../../lib/db/seed';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { createHandlers } from '../../../lib/messages/handlers';
import { checkNotesContext, createNotesTokens, TOKEN_TTL_MS, TOKENS_PER_TAB } from '../../../lib/messages/notes-tokens';
import type { NotesContext } from '../../../lib/messages/protocol';
import { dispatch, REFUSED } from '../../../lib/messages/server';

const CONTEXT: NotesContext = {
  eventId: '2018-helsinki-summit',
  target: { url: 'https://news.example/a', title: 'A page', quote: { exact: 'Helsinki summit', prefix: 'at the ', suffix: ' in 2018' } },
};
const CONTENT = { id: 'x', url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 };
const FRAME_IN_TAB = (tabId: number) => ({ id: 'x', url: 'moz-extension://u/notes-frame.html', tab: { id: tabId }, frameId: 3 });

describe('notes tokens', () => {
  it('are random, spent on first use, bound to their tab and short-lived', () => {
    let t = 0;
    const tokens = createNotesTokens(() => t);
    const a = tokens.issue(CONTEXT, 7);
    const b = tokens.issue(CONTEXT, 7);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
    expect(tokens.redeem(a, 8)).toBeNull(); // another tab
    expect(tokens.redeem(a, 7)).toBeNull(); // a wrong try spends it too
    expect(tokens.redeem(b, 7)).toEqual(CONTEXT);
    expect(tokens.redeem(b, 7)).toBeNull();
    const c = tokens.issue(CONTEXT, 7);
    t += TOKEN_TTL_MS + 1;
    expect(tokens.redeem(c, 7)).toBeNull();
    expect(tokens.redeem('', 7)).toBeNull();
    expect(tokens.redeem(undefined as never, 7)).toBeNull();
  });

  it('keep a bounded number per tab', () => {
    const tokens = createNotesTokens();
    const all = Array.from({ length: TOKENS_PER_TAB * 3 }, () => tokens.issue(CONTEXT, 1));
    tokens.issue(CONTEXT, 2);
    expect(tokens.size).toBe(TOKENS_PER_TAB + 1);
    expect(tokens.redeem(all[0]!, 1)).toBeNull();
    expect(tokens.redeem(all.at(-1)!, 1)).toEqual(CONTEXT);
  });

  it('carry only a checked, trimmed context', () => {
    expect(() => checkNotesContext({ ...CONTEXT, target: { ...CONTEXT.target, url: 'javascript:alert(1)' } })).toThrow(/http/);
    expect(() => checkNotesContext({ ...CONTEXT, eventId: 42 })).toThrow();
    expect(() => checkNotesContext(null)).toThrow();
    const long = checkNotesContext({ eventId: null, mention: 'm'.repeat(9_000), target: { ...CONTEXT.target, quote: { exact: 'q'.repeat(9_000), prefix: 1, suffix: null } }, extra: 'dropped' });
    expect(long.mention!.length).toBe(500);
    expect(long.target.quote).toEqual({ exact: 'q'.repeat(2_000), prefix: '', suffix: '' });
    expect('extra' in long).toBe(false);
    // A known event's context names no mention.
    expect('mention' in checkNotesContext({ ...CONTEXT, mention: 'x' })).toBe(false);
  });
});

describe('the background and notes', () => {
  let db: ParleyDB;
  beforeEach(() => {
    db = new ParleyDB(`test-${crypto.randomUUID()}`);
  });
  const handlers = () => createHandlers(db, () => seedDataset(db, BUNDLED_EVENTS, 'v'), 'v');

  it('a content script gets a token, never note text, and cannot write notes', async () => {
    const h = handlers();
    await h.saveNote({ eventId: CONTEXT.eventId, body: 'private words' });
    const opened = await dispatch(h, { parley: 1, type: 'openNotes', req: CONTEXT }, 'content', CONTENT);
    expect(opened).toMatchObject({ ok: true, res: { token: expect.stringMatching(/^[0-9a-f]{32}$/) } });
    expect(JSON.stringify(opened)).not.toContain('private words');
    for (const type of ['getNotes', 'saveNote', 'redeemNotes'] as const) {
      const req = type === 'redeemNotes' ? { token: (opened as any).res.token } : { eventId: CONTEXT.eventId, body: 'forged' };
      expect(await dispatch(h, { parley: 1, type, req }, 'content', CONTENT)).toEqual({ ok: false, error: REFUSED });
    }
    // Nor may an extension page mint tokens: only a content script knows the mention.
    expect(await dispatch(h, { parley: 1, type: 'openNotes', req: CONTEXT }, 'extension', FRAME_IN_TAB(7))).toEqual({ ok: false, error: REFUSED });
    expect((await db.notes.toArray()).map((n) => n.body)).toEqual(['private words']);
  });

  it('the notes frame in the same tab redeems the token once, then reads and writes that event’s notes', async () => {
    const h = handlers();
    const { res } = (await dispatch(h, { parley: 1, type: 'openNotes', req: CONTEXT }, 'content', CONTENT)) as any;
    expect(await dispatch(h, { parley: 1, type: 'redeemNotes', req: { token: res.token } }, 'extension', FRAME_IN_TAB(9))).toEqual({ ok: true, res: null });
    const again = (await dispatch(h, { parley: 1, type: 'openNotes', req: CONTEXT }, 'content', CONTENT)) as any;
    const got = await dispatch(h, { parley: 1, type: 'redeemNotes', req: { token: again.res.token } }, 'extension', FRAME_IN_TAB(7));
    expect(got).toEqual({ ok: true, res: CONTEXT });
    expect(await dispatch(h, { parley: 1, type: 'redeemNotes', req: { token: again.res.token } }, 'extension', FRAME_IN_TAB(7))).toEqual({ ok: true, res: null });
    // A page's own frame is no extension page, so it never gets that far.
    expect(await dispatch(h, { parley: 1, type: 'saveNote', req: { eventId: CONTEXT.eventId, body: 'from the frame', target: CONTEXT.target } }, 'extension', FRAME_IN_TAB(7))).toMatchObject({ ok: true });
    const notes = await dispatch(h, { parley: 1, type: 'getNotes', req: { eventId: CONTEXT.eventId } }, 'extension', FRAME_IN_TAB(7));
    expect((notes as any).res.map((n: { body: string }) => n.body)).toEqual(['from the frame']);
  });

  it('a token needs a tab', async () => {
    const h = handlers();
    expect(await dispatch(h, { parley: 1, type: 'openNotes', req: CONTEXT }, 'content')).toMatchObject({ ok: false, error: expect.stringMatching(/tab/) });
  });
});
