/**
 * The "off here" hint: a page learns that Parley is off for it before it has read a setting.
 *
 * Extension storage is read asynchronously, and a page's session (lib/page/session.ts) does not wait
 * for it: the built-in gate reads the page meanwhile, and on a yes starts loading the engine chunk
 * and the tables' file. Where the reader turned Parley off or paused the site, that is all for
 * nothing. So the background keeps one registered content script (entrypoints/off-hint.ts) whose
 * match patterns are exactly the pages Parley is off for: everything when the switch is off, the
 * paused hosts otherwise, none when there are neither. It runs at document_start and only sets a
 * flag in the extension's own script world, which the session reads synchronously and the page's
 * scripts cannot see or set.
 *
 * It is a hint, never the decision: the session still reads the settings and watches them. A stale
 * hint (a registration being updated as a page loads) only costs or saves that early start.
 * A paused site's frames of other hosts get no hint (their own address is not paused); they decide
 * from the settings, as before.
 */

/** The registered script's id, its file (built from entrypoints/off-hint.ts) and the flag it sets. */
export const OFF_HINT_ID = 'parley-off-hint';
export const OFF_HINT_FILE = 'off-hint.js';
export const OFF_HINT_FLAG = '__parleyOffHere';

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

/** The part of `browser.scripting` the hint needs. */
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

const hintScript = (matches: string[]): HintScript => ({
  id: OFF_HINT_ID,
  matches,
  js: [OFF_HINT_FILE],
  runAt: 'document_start',
  allFrames: true,
  persistAcrossSessions: true,
});

/**
 * A function that makes the registration say `offHintMatches(enabled, paused)`. Calls are run one
 * after another (each reads what the last one left), so quick changes end in the last one's state.
 * A failure is only logged: without the hint pages work as before.
 */
export function offHintSync(api: ScriptingLike): (enabled: boolean, paused: readonly string[]) => Promise<void> {
  let chain: Promise<void> = Promise.resolve();
  const once = async (enabled: boolean, paused: readonly string[]) => {
    const matches = offHintMatches(enabled, paused);
    const [current] = await api.getRegisteredContentScripts({ ids: [OFF_HINT_ID] });
    if (!matches.length) {
      if (current) await api.unregisterContentScripts({ ids: [OFF_HINT_ID] });
    } else if (!current) await api.registerContentScripts([hintScript(matches)]);
    else if (JSON.stringify([...(current.matches ?? [])].sort()) !== JSON.stringify([...matches].sort())) await api.updateContentScripts([hintScript(matches)]);
  };
  return (enabled, paused) =>
    (chain = chain.then(() =>
      once(enabled, paused).catch((err) => {
        console.warn(`Parley: could not update the off-here hint; pages read the settings instead. (${err})`);
      }),
    ));
}
