// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ParleyDB } from '../../../lib/db/database';
import type { PageMention, TabEnvelope } from '../../../lib/messages/tab';
import { enabledItem, pausedSitesItem } from '../../../lib/settings/settings';
import { Popup, currentTab } from '../../../lib/ui/popup/Popup';

let db: ParleyDB;
const mentions: PageMention[] = [
  { id: 1, quote: 'the Anchorage summit', status: 'known', eventId: '2025-anchorage-summit', title: 'Anchorage summit', confidence: 0.95 },
  { id: 2, quote: 'talks in Ankara', status: 'unknown', eventId: null, title: null, confidence: 0.6 },
];
let sent: TabEnvelope[];
let active = true;

beforeEach(() => {
  db = new ParleyDB(`test-${crypto.randomUUID()}`);
  sent = [];
  active = true;
  // The active tab: its id is known without the "tabs" permission, its URL is not.
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42, index: 0, highlighted: true, active: true, pinned: false, incognito: false } as never]);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, env: TabEnvelope) => {
    expect(tabId).toBe(42);
    sent.push(env);
    if (env.type === 'listMentions') return { active, mentions: active ? mentions : [], url: 'https://news.example/story' };
    if (env.type === 'openMention') return (env.req as { id: number }).id === 1;
    return undefined;
  }) as never);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the popup', () => {
  it('lists the mentions on this page and opens one (scroll + card) through the content script', async () => {
    render(<Popup db={db} inTab />);
    const items = await screen.findAllByTestId('mention');
    expect(items.map((b) => b.textContent)).toEqual(['“the Anchorage summit”Anchorage summit', '“talks in Ankara”Not in your database']);
    fireEvent.click(items[0]!);
    await waitFor(() => expect(sent.at(-1)).toEqual({ parleyTab: 1, type: 'openMention', req: { id: 1 } }));
    fireEvent.click(items[1]!);
    expect((await screen.findByRole('alert')).textContent).toMatch(/no longer on the page/);
  });

  it('the global switch and this site’s pause are real switches that never contradict each other', async () => {
    render(<Popup db={db} inTab />);
    const site = await screen.findByRole('switch', { name: 'On for news.example' });
    expect(site.getAttribute('data-testid')).toBe('switch-site');
    expect(site.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(site);
    await waitFor(async () => expect(await pausedSitesItem.getValue()).toEqual(['news.example']));
    active = false;
    await waitFor(() => expect(screen.getByTestId('switch-site').getAttribute('aria-checked')).toBe('false'));
    expect(screen.getByTestId('switch-site-note').textContent).toBe('Paused on news.example: nothing is marked here.');
    await waitFor(() => expect(screen.getByTestId('page-inactive').textContent).toMatch(/paused on this site/));
    fireEvent.click(screen.getByTestId('switch-site'));
    await waitFor(async () => expect(await pausedSitesItem.getValue()).toEqual([]));
    await waitFor(() => expect(screen.getByTestId('switch-site').getAttribute('aria-checked')).toBe('true'));

    const all = screen.getByRole('switch', { name: 'Parley on every site' });
    expect(all.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(all);
    await waitFor(async () => expect(await enabledItem.getValue()).toBe(false));
    // Off everywhere: the site switch is off too, disabled, and says why.
    await waitFor(() => expect(screen.getByTestId('switch-site').getAttribute('aria-checked')).toBe('false'));
    const siteNow = screen.getByTestId('switch-site') as HTMLButtonElement;
    expect(siteNow.disabled).toBe(true);
    expect(document.getElementById(siteNow.getAttribute('aria-describedby')!)!.textContent).toBe('Turn Parley on first: it is off everywhere.');
    expect(all.getAttribute('aria-checked')).toBe('false');
  });

  it('follows settings changed elsewhere (another window, the options page)', async () => {
    render(<Popup db={db} inTab />);
    const all = await screen.findByTestId('switch-enabled');
    await enabledItem.setValue(false);
    await waitFor(() => expect(all.getAttribute('aria-checked')).toBe('false'));
  });

  it('says when Parley cannot run on the tab', async () => {
    vi.mocked(fakeBrowser.tabs.sendMessage).mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    render(<Popup db={db} inTab />);
    expect((await screen.findByTestId('page-unavailable')).textContent).toMatch(/does not run on this page/);
    expect(screen.queryByTestId('switch-site')).toBeNull();
  });

  it('finds the active tab, or a tab given explicitly', async () => {
    expect(await currentTab()).toEqual({ id: 42 });
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 9, url: 'https://x.example/' } as never);
    expect(await currentTab(9)).toEqual({ id: 9, url: 'https://x.example/' });
  });
});
