import { describe, expect, it } from 'vitest';
import { enabledItem, isActiveFor, pausedSitesItem, setSitePaused, siteKey } from '../../../lib/settings/settings';
import { dataRevisionItem, signalDataChanged } from '../../../lib/settings/signals';

describe('settings', () => {
  it('is on everywhere by default', async () => {
    expect(await enabledItem.getValue()).toBe(true);
    expect(await pausedSitesItem.getValue()).toEqual([]);
  });

  it('pauses and resumes one site without touching others', async () => {
    await setSitePaused('news.example', true);
    await setSitePaused('other.example', true);
    await setSitePaused('news.example', true);
    expect(await pausedSitesItem.getValue()).toEqual(['news.example', 'other.example']);
    await setSitePaused('news.example', false);
    expect(await pausedSitesItem.getValue()).toEqual(['other.example']);
  });

  it('decides where Parley runs', () => {
    expect(isActiveFor(true, [], 'https://news.example/a')).toBe(true);
    expect(isActiveFor(false, [], 'https://news.example/a')).toBe(false);
    expect(isActiveFor(true, ['news.example'], 'https://news.example/a')).toBe(false);
    expect(isActiveFor(true, [], 'chrome://extensions')).toBe(false);
    expect(siteKey('not a url')).toBeNull();
  });

  it('signals data changes to every context', async () => {
    const seen: unknown[] = [];
    const unwatch = dataRevisionItem.watch((v) => seen.push(v));
    await signalDataChanged('notes');
    await signalDataChanged('events');
    unwatch();
    expect(await dataRevisionItem.getValue()).toEqual({ rev: 2, what: 'events' });
    expect(seen).toEqual([{ rev: 1, what: 'notes' }, { rev: 2, what: 'events' }]);
  });
});
