/**
 * The page hints' registrations (lib/settings/page-hints.ts): which pages each names for which
 * settings, that the background's calls leave them in the last settings' state, and what a page reads.
 */
import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_HINT, OFF_HINT, builtinHintMatches, offHintMatches, pageHintsSync, readHints, type HintScript, type ScriptingLike } from '../../../lib/settings/page-hints';

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
  return { api, scripts, matches: (id: string = OFF_HINT.id) => scripts.get(id)?.matches ?? null };
}

describe('which pages the hint names', () => {
  it('every http(s) page when switched off, whatever is paused', () => {
    expect(offHintMatches(false, ['news.example.org'])).toEqual(['http://*/*', 'https://*/*']);
  });

  it('each paused host, over http and https, once; none when nothing is paused', () => {
    expect(offHintMatches(true, ['b.example.org', 'a.example.com', 'b.example.org'])).toEqual(['*://a.example.com/*', '*://b.example.org/*']);
    expect(offHintMatches(true, [])).toEqual([]);
  });

  it('"built-in words only": every http(s) page while the reader has no gate words of their own, none once they have', () => {
    expect(builtinHintMatches([])).toEqual(['http://*/*', 'https://*/*']);
    expect(builtinHintMatches(['zanzibar accord'])).toEqual([]);
  });

  it('a page reads a hint only where its script set the flag to true', () => {
    expect(readHints({})).toEqual({ offHere: false, builtinOnly: false });
    expect(readHints({ [OFF_HINT.flag]: true, [BUILTIN_HINT.flag]: 'yes' })).toEqual({ offHere: true, builtinOnly: false });
    expect(readHints({ [BUILTIN_HINT.flag]: true })).toEqual({ offHere: false, builtinOnly: true });
  });

  it('leaves out a host a match pattern cannot name (the site then decides from its settings)', () => {
    expect(offHintMatches(true, ['[::1]', 'good.example', 'bad host', 'x/*'])).toEqual(['*://good.example/*']);
  });
});

describe('keeping the registration in step', () => {
  it('registers, updates and unregisters as the settings change', async () => {
    const f = fakeScripting();
    const sync = pageHintsSync(f.api);
    await sync({ enabled: true, pausedSites: [], gateExtra: [] });
    expect(f.matches()).toBeNull();
    await sync({ enabled: true, pausedSites: ['news.example.org'], gateExtra: [] });
    expect(f.matches()).toEqual(['*://news.example.org/*']);
    expect(f.scripts.get(OFF_HINT.id)).toMatchObject({ runAt: 'document_start', allFrames: true });
    await sync({ enabled: false, pausedSites: ['news.example.org'], gateExtra: [] });
    expect(f.matches()).toEqual(['http://*/*', 'https://*/*']);
    await sync({ enabled: true, pausedSites: [], gateExtra: [] });
    expect(f.matches()).toBeNull();
  });

  it('quick changes, not awaited, end in the last one\'s state and never register twice', async () => {
    const f = fakeScripting();
    const sync = pageHintsSync(f.api);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    void sync({ enabled: true, pausedSites: ['a.example'], gateExtra: [] });
    void sync({ enabled: true, pausedSites: ['a.example', 'b.example'], gateExtra: [] });
    await sync({ enabled: false, pausedSites: [], gateExtra: [] });
    expect(f.matches()).toEqual(['http://*/*', 'https://*/*']);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('the "built-in words only" hint follows the reader\'s own gate words, apart from the off hint', async () => {
    const f = fakeScripting();
    const sync = pageHintsSync(f.api);
    await sync({ enabled: true, pausedSites: [], gateExtra: [] });
    expect(f.matches(BUILTIN_HINT.id)).toEqual(['http://*/*', 'https://*/*']);
    expect(f.matches(OFF_HINT.id)).toBeNull();
    await sync({ enabled: true, pausedSites: ['a.example'], gateExtra: ['zanzibar accord'] });
    expect(f.matches(BUILTIN_HINT.id)).toBeNull();
    expect(f.matches(OFF_HINT.id)).toEqual(['*://a.example/*']);
  });

  it('the same pages again change nothing', async () => {
    const f = fakeScripting();
    const sync = pageHintsSync(f.api);
    await sync({ enabled: true, pausedSites: ['a.example', 'b.example'], gateExtra: [] });
    expect(f.api.registerContentScripts).toHaveBeenCalledTimes(2);
    await sync({ enabled: true, pausedSites: ['b.example', 'a.example'], gateExtra: [] });
    expect(f.api.registerContentScripts).toHaveBeenCalledTimes(2);
    expect(f.api.updateContentScripts).not.toHaveBeenCalled();
    expect(f.api.unregisterContentScripts).not.toHaveBeenCalled();
  });

  it('a failing browser API is only a warning, and the next change still applies', async () => {
    const f = fakeScripting();
    const sync = pageHintsSync(f.api);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    f.api.registerContentScripts.mockRejectedValueOnce(new Error('no'));
    await expect(sync({ enabled: false, pausedSites: [], gateExtra: [] })).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    await sync({ enabled: false, pausedSites: [], gateExtra: [] });
    expect(f.matches()).toEqual(['http://*/*', 'https://*/*']);
    warn.mockRestore();
  });
});
