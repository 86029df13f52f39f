/**
 * Hints a page's content script reads synchronously, before any extension storage: what the
 * settings are likely to say, so a page can skip work its settings would not have it do.
 *
 * Extension storage is read asynchronously, and in Firefox the first use of it in a page costs
 * several milliseconds of the page's main thread (the storage API is set up in the page's process).
 * The background keeps two registered content scripts (document_start) in step with the settings;
 * each only sets a flag in the extension's own script world, which the page's scripts cannot see
 * or set:
 *   - "off here" (entrypoints/off-hint.ts): on exactly the pages Parley is off for: everything when
 *     the switch is off, the paused hosts otherwise. Such a page is not read, and neither the engine
 *     chunk is loaded nor the background asked before its settings arrive.
 *   - "built-in words only" (entrypoints/builtin-hint.ts): on every page while the reader has no
 *     events or edits of their own, so the built-in gate is the whole gate. A page it shuts then
 *     reads no settings and watches no storage at all: only what the page adds (any of its trigger
 *     words make the session read the settings then).
 *
 * They are hints, never the decision: a page that gets past them reads the settings as before, and
 * a page without them (a registration failed, or is being updated as the page loads) does what it
 * did before they existed. The cost of a stale hint: an "off here" page whose site was just unpaused
 * reads the page only once its settings say so; a page opened with "built-in words only" just
 * before the reader's first own event was saved marks that event there only after a reload or a
 * built-in trigger word. A paused site's frames of other hosts get no "off here" hint (their own
 * address is not paused); they decide from the settings, as before.
 */

/** The registered scripts: ids, files (built from entrypoints/) and the flags they set. */
export const OFF_HINT = { id: 'parley-off-hint', file: 'off-hint.js', flag: '__parleyOffHere' } as const;
export const BUILTIN_HINT = { id: 'parley-builtin-hint', file: 'builtin-hint.js', flag: '__parleyBuiltinOnly' } as const;
type Hint = typeof OFF_HINT | typeof BUILTIN_HINT;

/** Every page Parley's content script runs on (its manifest matches). */
const ALL_PAGES = ['http://*/*', 'https://*/*'];

/**
 * A host as `siteKey` gives it that a match pattern can name: letters, digits, dots, hyphens and
 * underscores (punycode for the rest). An IPv6 address or anything odd is left out, so that one bad
 * pattern cannot make the whole registration fail; such a site decides from the settings.
 */
const PATTERN_HOST = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/;

/** The match patterns of the pages Parley is off for (empty: on everywhere). */
export function offHintMatches(enabled: boolean, paused: readonly string[]): string[] {
  if (!enabled) return [...ALL_PAGES];
  const hosts = [...new Set(paused.map((h) => h.toLowerCase()))].filter((h) => PATTERN_HOST.test(h)).sort();
  return hosts.map((h) => `*://${h}/*`);
}

/** The match patterns of the "built-in words only" hint: every page, unless the reader has gate words of their own. */
export function builtinHintMatches(ownGateWords: readonly string[]): string[] {
  return ownGateWords.length ? [] : [...ALL_PAGES];
}

/** The part of `browser.scripting` the hints need. */
export interface ScriptingLike {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string; matches?: string[] }[]>;
  registerContentScripts(scripts: HintScript[]): Promise<void>;
  updateContentScripts(scripts: HintScript[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

export interface HintScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_start';
  allFrames: boolean;
  persistAcrossSessions: boolean;
}

const script = (hint: Hint, matches: string[]): HintScript => ({ id: hint.id, matches, js: [hint.file], runAt: 'document_start', allFrames: true, persistAcrossSessions: true });

/** Makes `hint`'s registration name `matches` (none: unregistered), changing only what differs. */
async function syncOne(api: ScriptingLike, hint: Hint, matches: string[]): Promise<void> {
  const [current] = await api.getRegisteredContentScripts({ ids: [hint.id] });
  if (!matches.length) {
    if (current) await api.unregisterContentScripts({ ids: [hint.id] });
  } else if (!current) await api.registerContentScripts([script(hint, matches)]);
  else if (JSON.stringify([...(current.matches ?? [])].sort()) !== JSON.stringify([...matches].sort())) await api.updateContentScripts([script(hint, matches)]);
}

export interface HintSettings {
  enabled: boolean;
  pausedSites: readonly string[];
  /** The reader's own gate entries (lib/settings/signals.ts gateExtraItem). */
  gateExtra: readonly string[];
}

/**
 * A function that makes both registrations follow `settings`. Calls are run one after another
 * (each reads what the last one left), so quick changes end in the last one's state. A failure is
 * only logged: without a hint, pages do what they did before.
 */
export function pageHintsSync(api: ScriptingLike): (settings: HintSettings) => Promise<void> {
  let chain: Promise<void> = Promise.resolve();
  return (s) =>
    (chain = chain.then(async () => {
      for (const [hint, matches] of [
        [OFF_HINT, offHintMatches(s.enabled, s.pausedSites)],
        [BUILTIN_HINT, builtinHintMatches(s.gateExtra)],
      ] as const) {
        await syncOne(api, hint, matches).catch((err) => {
          console.warn(`Parley: could not update the ${hint.id} registration; pages read their settings instead. (${err})`);
        });
      }
    }));
}

/**
 * The name of the function a page's content script leaves in its own script world (top frame) for
 * the popup: a page the gate shut never woke (touched no extension API, lib/page/content-context.ts),
 * so nothing there listens for the popup's questions until the popup calls it (lib/messages/tab.ts).
 */
export const WAKE_FN = '__parleyWake';

/** What a page's content script reads of the hints (false where a hint did not run). */
export function readHints(global: Record<string, unknown>): { offHere: boolean; builtinOnly: boolean } {
  return { offHere: global[OFF_HINT.flag] === true, builtinOnly: global[BUILTIN_HINT.flag] === true };
}
