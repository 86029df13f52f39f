/**
 * The "off here" hint's registration (lib/settings/off-hint.ts): which pages it names for which
 * settings, and that the background's calls leave the registration in the last settings' state.
 */
import { describe, expect, it, vi } from 'vitest';
import { OFF_HINT_ID, offHintMatches, offHintSync, type HintScript, type ScriptingLike } from '../../../lib/settings/off-hint';

/** A browser.scripting that keeps its registrations in a map, slowly (each call waits a turn). */
function fakeScripting() {
  const scripts = new Map<string, HintScript>();
  const turn = () => new Promise((r) => setTimeout(r, 1));
  const api = {
    getRegisteredContentScripts: vi.fn(async (f?: { ids?: string[] }) => (await turn(), [...scripts.values()].filter((s) => !f?.ids || f.ids.includes(s.id)).map((s) => structuredClone(s)))),
    registerContentScripts: vi.fn(async (list: HintScript[]) => {
      await turn();
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s);
      }
    }),
    updateContentScripts: vi.fn(async (list: HintScript[]) => {
      await turn();
      for (const s of list) scripts.set(s.id, { ...scripts.get(s.id)!, ...s });
    }),
    unregisterContentScripts: vi.fn(async (f?: { ids?: string[] }) => {
      await turn();
      for (const id of f?.ids ?? [...scripts.keys()]) scripts.delete(id);
    }),
  } satisfies ScriptingLike;
  return { api, scripts, matches: () => scripts.get(OFF_HINT_ID)?.matches ?? null };
}

describe('which pages the hint names', () => {
  it('every http(s) page when switched off, whatever is paused', () => {
    expect(offHintMatches(false, ['news.example.org'])).toEqual(['http://*/*', 'https://*/*']);
  });

  it('each paused host, over http and https, once; none when nothing is paused', () => {
    expect(offHintMatches(true, ['b.example.org', 'a.example.com', 'b.example.org'])).toEqual(['*://a.example.com/*', '*://b.example.org/*']);
    expect(offHintMatches(true, [])).toEqual([]);
  });

  it('leaves out a host a match pattern cannot name (the site then decides from its settings)', () => {
    expect(offHintMatches(true, ['[::1]', 'good.example', 'bad host', 'x/*'])).toEqual(['*://good.example/*']);
  });
});

describe('keeping the registration in step', () => {
  it('registers, updates and unregisters as the settings change', async () => {
    const f = fakeScripting();
    const sync = offHintSync(f.api);
    await sync(true, []);
    expect(f.matches()).toBeNull();
    await sync(true, ['news.example.org']);
    expect(f.matches()).toEqual(['*://news.example.org/*']);
    expect(f.scripts.get(OFF_HINT_ID)).toMatchObject({ runAt: 'document_start', allFrames: true });
    await sync(false, ['news.example.org']);
    expect(f.matches()).toEqual(['http://*/*', 'https://*/*']);
    await sync(true, []);
    expect(f.matches()).toBeNull();
  });

  it('quick changes, not awaited, end in the last one\'s state and never register twice', async () => {
    const f = fakeScripting();
    const sync = offHintSync(f.api);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    void sync(true, ['a.example']);
    void sync(true, ['a.example', 'b.example']);
    await sync(false, []);
    expect(f.matches()).toEqual(['http://*/*', 'https://*/*']);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('the same pages again change nothing', async () => {
    const f = fakeScripting();
    const sync = offHintSync(f.api);
    await sync(true, ['a.example', 'b.example']);
    await sync(true, ['b.example', 'a.example']);
    expect(f.api.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(f.api.updateContentScripts).not.toHaveBeenCalled();
  });

  it('a failing browser API is only a warning, and the next change still applies', async () => {
    const f = fakeScripting();
    const sync = offHintSync(f.api);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    f.api.registerContentScripts.mockRejectedValueOnce(new Error('no'));
    await expect(sync(false, [])).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    await sync(false, []);
    expect(f.matches()).toEqual(['http://*/*', 'https://*/*']);
    warn.mockRestore();
  });
});
