// @vitest-environment happy-dom
// The content script's context (lib/page/content-context.ts): WXT's context, except that it touches
// the extension API only when woken. Until then a copy announces nothing; once woken it tells older
// copies to retire and retires itself when a newer one wakes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../../lib/page/content-context';

const started = () => `${fakeBrowser.runtime.id}:content:wxt:content-script-started`;
afterEach(() => vi.restoreAllMocks());

describe('the content script context', () => {
  it('announces nothing until woken, then tells older copies to retire', () => {
    const heard: Event[] = [];
    const listen = (e: Event) => heard.push(e);
    document.addEventListener(started(), listen);
    const announced = () => heard;
    const post = vi.spyOn(window, 'postMessage');
    const old = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
    expect(announced()).toHaveLength(0);
    const onWake = vi.fn();
    expect(old.wake(onWake)).toBe(true);
    expect(onWake).toHaveBeenCalledTimes(1);
    expect(announced()).toHaveLength(1);
    expect(post).not.toHaveBeenCalled();
    // A copy that never woke is not told anything either; one that wakes retires the old one.
    const fresh = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
    expect(old.isValid).toBe(true);
    expect(fresh.wake()).toBe(true);
    expect(old.isValid).toBe(false);
    expect(fresh.isValid).toBe(true);
    // Waking again does nothing more.
    expect(fresh.wake(onWake)).toBe(true);
    expect(onWake).toHaveBeenCalledTimes(1);
    fresh.notifyInvalidated();
    document.removeEventListener(started(), listen);
  });

  it('runs what it was told to on invalidation, and its listeners go with it', () => {
    const ctx = new ContentScriptContext('content');
    const gone = vi.fn();
    ctx.onInvalidated(gone);
    const heard = vi.fn();
    ctx.addEventListener(window, 'resize', heard);
    window.dispatchEvent(new Event('resize'));
    ctx.notifyInvalidated();
    window.dispatchEvent(new Event('resize'));
    expect(gone).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(ctx.wake()).toBe(false);
  });
});
