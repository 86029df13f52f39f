// @vitest-environment happy-dom
// What the content script sets up on its first use of the extension (lib/page/wake.ts): nothing of the
// extension API is touched before; after, the popup's questions are answered (only the extension's
// own pages), and the popup can wake a page that never woke.
import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../lib/page/content-context';
import { wakeFor, type WakeApi } from '../../../lib/page/wake';
import { WAKE_FN } from '../../../lib/settings/page-hints';

function fakeApi() {
  const listeners: Parameters<WakeApi['runtime']['onMessage']['addListener']>[0][] = [];
  const api: WakeApi = {
    runtime: {
      id: 'ext-id',
      getURL: () => 'chrome-extension://ext-id/',
      onMessage: { addListener: (fn) => void listeners.push(fn), removeListener: (fn) => void listeners.splice(listeners.indexOf(fn), 1) },
    },
  };
  return { api, listeners };
}

describe('waking the content script', () => {
  it('touches the extension only when woken; then answers the extension’s own pages and no one else', async () => {
    const { api, listeners } = fakeApi();
    const get = vi.fn(() => api);
    const ctx = new ContentScriptContext('content');
    const wake = wakeFor(ctx, get, (msg) => (msg === 'list' ? Promise.resolve(['a mention']) : undefined));
    expect(get).not.toHaveBeenCalled();
    expect((window as unknown as Record<string, unknown>)[WAKE_FN]).toBe(wake);
    expect(wake()).toBe(true);
    expect(listeners).toHaveLength(1);
    const respond = vi.fn();
    expect(listeners[0]!('list', { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' }, respond)).toBe(true);
    await Promise.resolve();
    expect(respond).toHaveBeenCalledWith(['a mention']);
    expect(listeners[0]!('list', { id: 'other', url: 'https://page.example/' }, respond)).toBeUndefined();
    expect(listeners[0]!('something else', { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' }, respond)).toBeUndefined();
    // Once: a second wake adds nothing; invalidation removes the listener.
    wake();
    expect(listeners).toHaveLength(1);
    ctx.notifyInvalidated();
    expect(listeners).toHaveLength(0);
  });
});
