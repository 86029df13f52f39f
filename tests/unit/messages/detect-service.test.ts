/**
 * The background's detector for pages (lib/messages/detect-service.ts): what it holds of a page's
 * document, and for how long. (Its answers against detect() are in handlers.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import prebuiltMatcher from 'virtual:parley/matcher-tables';
import { loadMatcher } from '../../../lib/detect/tables';
import { createDetectService, IDLE_MS, MAX_DOCS } from '../../../lib/messages/detect-service';

const matcher = loadMatcher(prebuiltMatcher);
const from = { caller: 'content' as const, tabId: 3, frameId: 0 };
const TEXT = ['The talks went on.'];

describe('createDetectService', () => {
  it('drops a document left without a message for IDLE_MS: the page is told it was lost', async () => {
    let t = 0;
    const detect = createDetectService(async () => matcher, () => t);
    await detect({ doc: 'a', from: 0, texts: TEXT }, from);
    t += IDLE_MS / 2;
    expect('mentions' in (await detect({ doc: 'a', from: 1, texts: TEXT }, from))).toBe(true);
    t += IDLE_MS + 1;
    await detect({ doc: 'b', from: 0, texts: TEXT }, from);
    expect(await detect({ doc: 'a', from: 2, texts: TEXT }, from)).toEqual({ lost: true });
  });

  it(`holds at most MAX_DOCS documents, dropping the least recently used`, async () => {
    const detect = createDetectService(async () => matcher, () => 0);
    for (let i = 0; i <= MAX_DOCS; i++) await detect({ doc: `d${i}`, from: 0, texts: TEXT }, from);
    expect(await detect({ doc: 'd0', from: 1, texts: TEXT }, from)).toEqual({ lost: true });
    expect('mentions' in (await detect({ doc: `d${MAX_DOCS}`, from: 1, texts: TEXT }, from))).toBe(true);
  });

  it('a matcher that fails to load fails those texts, and the next message begins the document anew', async () => {
    let fail = true;
    const detect = createDetectService(async () => (fail ? Promise.reject(new Error('no database')) : matcher), () => 0);
    await expect(detect({ doc: 'a', from: 0, texts: TEXT }, from)).rejects.toThrow(/no database/);
    fail = false;
    expect(await detect({ doc: 'a', from: 1, texts: TEXT }, from)).toEqual({ lost: true });
    expect('mentions' in (await detect({ doc: 'a', from: 0, texts: TEXT }, from))).toBe(true);
  });
});
