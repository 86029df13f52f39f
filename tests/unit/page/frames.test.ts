// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { hasProse, isTopFrame, topPageUrl } from '../../../lib/page/frames';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('frames', () => {
  it('counts prose only, and stops as soon as there is enough', () => {
    document.body.innerHTML = `<script>${'x'.repeat(1000)}</script><button>${'Play '.repeat(100)}</button><p>Short caption.</p>`;
    expect(hasProse(document.body, 100)).toBe(false);
    document.body.insertAdjacentHTML('beforeend', `<p>${'Days after the summit, critics still asked what was agreed. '.repeat(3)}</p>`);
    expect(hasProse(document.body, 100)).toBe(true);
    expect(hasProse(null)).toBe(false);
  });

  it('the top frame is its own page', () => {
    expect(isTopFrame(window)).toBe(true);
    expect(topPageUrl(window)).toBe(window.location.href);
  });

  it('a frame takes its page’s address from the top, its ancestors or its referrer', () => {
    const fake = (over: Record<string, unknown>) => ({ top: {}, location: { href: 'https://embed.test/x' }, document: { referrer: '' }, ...over }) as unknown as Window;
    const sameOrigin = fake({ top: { location: { href: 'https://news.test/story' } } });
    expect(topPageUrl(sameOrigin)).toBe('https://news.test/story');
    const cross = fake({ top: { get location() { throw new Error('cross-origin'); } }, location: { href: 'https://embed.test/x', ancestorOrigins: ['https://mid.test', 'https://news.test'] } });
    expect(topPageUrl(cross)).toBe('https://news.test/');
    const referrer = fake({ top: { get location() { throw new Error('cross-origin'); } }, document: { referrer: 'https://news.test/story' } });
    expect(topPageUrl(referrer)).toBe('https://news.test/story');
  });
});
