// Launches real, headless Chromium or Firefox ESR (Debian packages) with Parley's BUILT extension loaded
// unpacked, through puppeteer-core (CDP for Chromium, WebDriver BiDi for Firefox). See ../shared/e2e-recipe.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, afterEach, before } from 'node:test';
import puppeteer from 'puppeteer-core';
import { browserPath } from './browsers.mjs';
import { startServer } from './server.mjs';
import './firefox-compat.mjs';

// The e2e tests' build (npm run build:e2e; `npm test` makes it): the shipped code with the card's shadow
// root open, so tests can look inside the card. `launch(kind, { shipped: true })` loads the build that
// ships (npm run build), whose card root is closed: tests/e2e/hostile.test.mjs attacks that one.
export const EXT_DIRS = { chromium: path.resolve('.output-e2e/chrome-mv3'), firefox: path.resolve('.output-e2e/firefox-mv3') };
export const SHIPPED_DIRS = { chromium: path.resolve('.output/chrome-mv3'), firefox: path.resolve('.output/firefox-mv3') };
export const GECKO_ID = 'parley@parley.example';
// Pins moz-extension://<uuid> for this test profile so extension pages have a known address.
const FIREFOX_UUID = '5b0f2f5e-7a36-4c8e-9d11-6a0c3c2d7e42';

export const CARD = 'parley-card-host >>> [data-testid="parley-card"]';
export const inCard = (testid) => `parley-card-host >>> [data-testid="${testid}"]`;

// ---- Waiting ----
//
// Every wait of the e2e tests for a page's state goes through `until`: short calls from Node at an
// interval, never one long wait inside the page. A long in-page wait (puppeteer's waitForFunction /
// waitForSelector) is lost when its document goes away under it: Firefox moving a tab into the
// extension process ends it with "Waiting failed". And waitForFunction's default polling, on
// animation frames, stalls in a tab that is not in front. Short calls only need the page to answer,
// whichever tab is in front, and a call cut off by a navigation or a process switch is made again.
// (Puppeteer's locator actions, page.locator(…).click() / .fill(), still wait on animation frames
// inside the page: the tests bring a page to the front before using them on it.)

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Errors that mean "the document (or its realm) went away under this call; ask again": a navigation,
 * a re-rendered node, or Firefox moving the tab between processes. Firefox's remote agent may then
 * answer an evaluate with an internal error such as "Protocol error (script.evaluate): unknown error
 * TypeError: right-hand side of 'in' should be an object, got null", seen during that switch.
 */
const TRANSIENT = [
  /Execution context was destroyed/i,
  /Cannot find context with specified id/i,
  /Execution context is not available/i,
  /Inspected target navigated or closed/i,
  /frame (was |got )?detached|detached frame|Frame detached/i,
  /Node is detached from document/i,
  /DiscardedBrowsingContextError|no such frame|no such handle|no such node/i,
  /Protocol error \([\w.]+\): unknown error/i,
  /^Waiting( for selector `.*`)? failed/i,
];
const EXPIRED = Symbol('expired');
export const isTransient = (err) => TRANSIENT.some((re) => re.test(String(err?.message ?? err)));

/**
 * Calls `check()` (async, in Node) every `interval` ms until it returns a truthy value, and returns
 * that value. A transient error (see TRANSIENT) counts as "not yet"; any other error ends the wait at
 * once. No call can hold the wait past its deadline. Fails with `what`, the last value and the last
 * transient error. `page`: fail at once if that page gets closed.
 */
export async function until(check, { timeout = 15_000, interval = 100, what = 'a condition', page } = {}) {
  const end = Date.now() + timeout;
  let last;
  let lastErr;
  for (;;) {
    if (page?.isClosed()) throw new Error(`The page was closed while waiting for ${what}`);
    let timer;
    // At least a second per call, so that a slow but live answer near the deadline still counts.
    const expired = new Promise((resolve) => {
      timer = setTimeout(resolve, Math.max(end - Date.now(), 1_000), EXPIRED);
    });
    const call = Promise.resolve().then(check);
    call.catch(() => {}); // a call cut off by the deadline may still fail later: not an unhandled rejection
    try {
      const r = await Promise.race([call, expired]);
      if (r === EXPIRED) break;
      if (r) return r;
      last = r;
    } catch (err) {
      if (!isTransient(err)) throw err;
      lastErr = err;
    } finally {
      clearTimeout(timer);
    }
    if (Date.now() >= end) break;
    await sleep(Math.min(interval, Math.max(0, end - Date.now())));
  }
  const detail = [last !== undefined && `last answer: ${JSON.stringify(last)}`, lastErr && `last error: ${lastErr.message.split('\n')[0]}`].filter(Boolean);
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}${detail.length ? ` (${detail.join('; ')})` : ''}`);
}

const targetPage = (target) => (typeof target.isClosed === 'function' ? target : target.page?.());

/**
 * Like page.waitForFunction(fn, options, ...args), but by short evaluate calls (see `until`):
 * `target` is a Page or a Frame; resolves with fn's first truthy result. The default timeout is
 * puppeteer's (30 s).
 */
export function waitUntil(target, fn, { timeout = 30_000, interval = 100, what } = {}, ...args) {
  return until(() => target.evaluate(fn, ...args), {
    timeout,
    interval,
    what: what ?? `${String(fn).replace(/\s+/g, ' ').slice(0, 120)}`,
    page: targetPage(target),
  });
}

/**
 * Like page.waitForSelector(selector), but by short queries (see `until`): resolves with the element.
 * The default timeout is puppeteer's (30 s).
 */
export function waitForElement(target, selector, { timeout = 30_000, interval = 100 } = {}) {
  return until(() => target.$(selector), { timeout, interval, what: `an element ${selector}`, page: targetPage(target) });
}

/**
 * Replaces the text of a field that already holds some, as a reader does: focus, select all, type.
 * Puppeteer's locator.fill() empties a non-empty field by setting its value without an input event;
 * a Preact re-render in that gap puts the old (controlled) value back and the typed text lands after
 * it ("TbilisiHelsinki 2018"). Typing over a selection sends only real input events. Resolves once
 * the field reads `text`.
 */
export async function retype(target, selector, text) {
  // A form that fills its field after it appears (an edit form reading the note) can put the old
  // value back between the selection and the typing, on a loaded machine: then the typed text lands
  // beside it. So: empty the field by real key presses until it stays empty, type, and check; the
  // whole round again (at most three times) if the field does not read the text.
  const page = targetPage(target);
  let lastErr;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const field = await waitForElement(target, selector);
    await field.focus();
    await until(
      async () => {
        const value = await field.evaluate((el) => el.value);
        if (value === '') return true;
        await field.evaluate((el) => el.select());
        await page.keyboard.press('Backspace');
        return false;
      },
      { what: `${selector} to be empty`, timeout: 10_000, interval: 150 },
    );
    await page.keyboard.type(text);
    try {
      await until(async () => (await field.evaluate((el) => el.value)) === text, { what: `${selector} to read "${text}"`, timeout: 5_000 });
      return;
    } catch (err) {
      lastErr = err;
    }
  }
  throw lastErr;
}

/**
 * @param {'chromium'|'firefox'} kind
 * @param {{ colorScheme?: 'light'|'dark', shipped?: boolean, extDir?: string|null, prefs?: object }} [opts] colorScheme: what pages see as
 *   prefers-color-scheme (Firefox: set by preference at launch; Chromium: emulated on every page newPage
 *   opens). shipped: load the build that ships (closed card root) instead of the e2e build. extDir: load
 *   this build folder instead (null: no extension; the benchmarks). prefs: more Firefox preferences.
 */
export async function launch(kind, opts = {}) {
  const exe = browserPath(kind);
  if (!exe) throw new Error(`${kind} is not installed (apt-get install -y ${kind === 'firefox' ? 'firefox-esr' : 'chromium'})`);
  const extDir = opts.extDir !== undefined ? opts.extDir : (opts.shipped ? SHIPPED_DIRS : EXT_DIRS)[kind];
  if (extDir && !fs.existsSync(path.join(extDir, 'manifest.json'))) throw new Error(`No build in ${path.relative(process.cwd(), extDir)}: run ${opts.shipped ? 'npm run build' : 'npm run build:e2e'} first`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), `parley-${kind}-`));
  let browser;
  let base;
  if (kind === 'chromium') {
    browser = await puppeteer.launch({
      executablePath: exe,
      headless: true,
      userDataDir,
      enableExtensions: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--window-size=1280,900'],
      defaultViewport: { width: 1280, height: 900 },
      ...(opts.protocolTimeout ? { protocolTimeout: opts.protocolTimeout } : {}),
    });
    if (extDir) base = `chrome-extension://${await browser.installExtension(extDir)}`;
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: exe,
      headless: true,
      userDataDir,
      args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        ...(opts.prefs ?? {}),
        ...(opts.colorScheme
          ? { 'layout.css.prefers-color-scheme.content-override': opts.colorScheme === 'dark' ? 0 : 1, 'ui.systemUsesDarkTheme': opts.colorScheme === 'dark' ? 1 : 0 }
          : {}),
      },
      defaultViewport: { width: 1280, height: 900 },
      ...(opts.protocolTimeout ? { protocolTimeout: opts.protocolTimeout } : {}),
    });
    if (extDir) await browser.installExtension(extDir);
    base = `moz-extension://${FIREFOX_UUID}`;
  }

  return {
    kind,
    browser,
    base,
    async newPage(url) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      if (opts.colorScheme && kind === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: opts.colorScheme }]);
      if (url) await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    /**
     * Opens an extension page (popup.html, options.html) in a tab and returns once its document has
     * loaded (and `readySelector`, if given, is in it). `background: true` opens the tab behind the
     * one in front, so the page a test is working on stays in front.
     *
     * Firefox moves the tab from the content process (about:blank) into the extension process. The
     * navigation puppeteer started never reports its end ("Frame detached"), and any wait or evaluate
     * running in about:blank at the moment of the switch is aborted. So: start the navigation without
     * waiting for it, then ask the page with short calls until the extension document is complete
     * (`until` takes an aborted call for "not yet"). Chromium's navigation resolves normally; the same
     * checks then pass at once.
     */
    async extensionPage(file, readySelector, { background = false } = {}) {
      const page = await browser.newPage(background ? { background: true } : undefined);
      const url = `${base}/${file}`;
      let navigated = Date.now();
      const navigate = () => {
        navigated = Date.now();
        return page.goto(url, kind === 'chromium' ? {} : { timeout: 5_000 });
      };
      if (kind === 'chromium') await navigate();
      else navigate().catch(() => {});
      await until(
        async () => {
          const [href, state] = await page.evaluate(() => [location.href, document.readyState]);
          // Still about:blank after a while (the first navigation was lost): start it again.
          if (kind === 'firefox' && href === 'about:blank' && Date.now() - navigated > 5_000) navigate().catch(() => {});
          return href === url && state === 'complete';
        },
        // 20 s: a lost first navigation is started again after 5 s and still gets the 15 s that
        // loading an extension page was always given.
        { timeout: 20_000, what: `${file} to load`, page },
      );
      if (readySelector) await waitForElement(page, readySelector, { timeout: 15_000 });
      return page;
    },
    /** Chromium only: stops the MV3 service worker (as the browser does when idle). */
    async stopServiceWorker() {
      if (kind !== 'chromium') return false;
      const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(base), { timeout: 10_000 });
      const worker = await sw.worker();
      await worker.close();
      return true;
    },
    async close() {
      await browser.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The launch, fixture server and teardown of a describe() block: call it at the top of the block.
 * Returns `env`, whose `b` (from `launch`) and `server` (from `startServer(routes)`) are there once
 * the block's tests run. After each test, tabs it left open on the fixture server are closed, so the
 * next test starts clean (a failed test never reaches its own page.close()).
 *
 * @param {'chromium'|'firefox'} kind
 * @param {{ routes?: Record<string, Function>, colorScheme?: 'light'|'dark', shipped?: boolean }} [opts]
 */
export function withBrowser(kind, { routes, ...launchOpts } = {}) {
  const env = { kind, b: null, server: null };
  before(async () => {
    env.server = await startServer(routes);
    env.b = await launch(kind, launchOpts);
  });
  after(async () => {
    await env.b?.close();
    await env.server?.close();
  });
  afterEach(async () => {
    if (!env.b) return;
    for (const p of await env.b.browser.pages()) {
      if (!p.isClosed() && /^http:\/\/(127\.0\.0\.1|localhost):/.test(p.url())) await p.close().catch(() => {});
    }
  });
  return env;
}

/** Texts of the ranges registered under a CSS highlight name (or of <parley-mark> elements in the fallback). */
/**
 * Presses a key whose handler removes the frame that has focus (Escape in the card's notes frame
 * closes the card, and the frame with it). Chromium's DevTools protocol can then wait forever for
 * the answer to a key event sent to the frame that is going away, the key-down as well as the
 * key-up (each seen in full runs: a 180 s protocol timeout), so neither answer is waited for. What
 * the key does is the caller's to check, as after any press (the caller waits for the card to close).
 */
export async function pressClosing(page, key) {
  page.keyboard.down(key).catch(() => {});
  page.keyboard.up(key).catch(() => {});
}

export async function markedTexts(page, name = 'parley-mention') {
  return page.evaluate((name) => {
    const h = globalThis.CSS?.highlights?.get(name);
    if (h) return [...h].map((r) => r.toString());
    const kind = name.replace('parley-', '');
    return [...document.querySelectorAll(`parley-mark[data-kind="${kind}"]`)].map((e) => e.textContent);
  }, name);
}

export async function waitForMark(page, text, name = 'parley-mention', timeout = 15_000) {
  let texts = [];
  try {
    return await until(async () => {
      texts = await markedTexts(page, name);
      return texts.some((t) => t.includes(text)) && texts;
    }, { timeout, what: `a ${name} mark containing "${text}"` });
  } catch (err) {
    if (!/^Timed out/.test(err.message)) throw err;
    throw new Error(`No ${name} mark containing "${text}" (marks: ${JSON.stringify(texts)})`);
  }
}

/** The viewport centre of the first marked range containing `text`. */
export async function markPoint(page, text, name = 'parley-mention') {
  // A point the mouse can reach: the mention scrolled to the middle of the viewport, read again until
  // it lies inside the viewport and holds still. Right after a resize (Firefox applies setViewport a
  // little later than the call returns) the first reading can still be laid out for the old width.
  let last = null;
  const pt = await until(async () => {
    const now = await page.evaluate((text, name) => {
      const h = globalThis.CSS?.highlights?.get(name);
      const ranges = h ? [...h] : [...document.querySelectorAll('parley-mark')].map((e) => { const r = document.createRange(); r.selectNodeContents(e); return r; });
      const r = ranges.find((r) => r.toString().includes(text));
      if (!r) return { missing: true };
      r.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0];
      if (!rect) return null;
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      const inside = x >= 0 && y >= 0 && x < document.documentElement.clientWidth && y < document.documentElement.clientHeight;
      return inside ? { x, y } : null;
    }, text, name);
    if (now?.missing) return now;
    const steady = now && last && Math.abs(now.x - last.x) < 1 && Math.abs(now.y - last.y) < 1;
    last = now;
    return steady ? now : null;
  }, { timeout: 10_000, interval: 60, what: `a steady point inside the viewport on the mark "${text}"`, page: typeof page.isClosed === 'function' ? page : undefined }); // a frame has no isClosed
  return pt.missing ? null : pt;
}

/**
 * The text of an element of the open card, read once the card has its meeting: until then its title
 * says "Loading…" (on a busy machine the answer from the background can take a moment).
 */
export async function cardText(page, testid) {
  const r = await until(
    () => page.evaluate((testid) => {
      const root = document.querySelector('parley-card-host')?.shadowRoot;
      const title = root?.querySelector('[data-testid="card-title"]')?.textContent;
      if (!title || title === 'Loading…') return null;
      const el = root.querySelector(`[data-testid="${testid}"]`);
      return el && { text: el.textContent };
    }, testid),
    { timeout: 15_000, what: `the card's ${testid}, loaded`, page },
  );
  return r.text;
}

export function eachBrowser(fn) {
  // E2E_BROWSER=chromium (or firefox) runs one browser only, for a quicker look while developing.
  const only = process.env.E2E_BROWSER;
  for (const kind of ['chromium', 'firefox']) if (!only || only === kind) fn(kind);
}

// ---- Helpers for the page tests (page-*.test.mjs) ----

const extPages = new WeakMap();

/**
 * Evaluates `fn(...args)` in an extension page (popup.html), where the extension APIs are available.
 * One such page per browser, opened on first use in a background tab (so the tab a test works on
 * stays in front) and only used once its document has loaded (see `extensionPage`).
 */
export async function inExtension(b, fn, ...args) {
  let page = extPages.get(b);
  if (!page || page.isClosed()) {
    page = await b.extensionPage('popup.html', null, { background: true });
    extPages.set(b, page);
  }
  return page.evaluate(fn, ...args);
}

/** Sets Parley's settings in extension storage (as the popup does): { enabled?: boolean, pausedSites?: string[] }. */
export async function setSettings(b, values) {
  await inExtension(b, (v) => (globalThis.browser ?? globalThis.chrome).storage.local.set(v), values);
}

/**
 * Sends a tab-protocol envelope (lib/messages/tab.ts) to the tab whose content script reports
 * `url` (listMentions answers with the page's address), as the popup does with its active tab.
 */
export async function tabMessage(b, url, type, req = {}) {
  return inExtension(
    b,
    async (url, type, req) => {
      const api = globalThis.browser ?? globalThis.chrome;
      for (const tab of await api.tabs.query({})) {
        try {
          const list = await api.tabs.sendMessage(tab.id, { parleyTab: 1, type: 'listMentions', req: {} });
          if (list?.url !== url) continue;
          return type === 'listMentions' ? list : await api.tabs.sendMessage(tab.id, { parleyTab: 1, type, req });
        } catch {
          /* a tab without Parley */
        }
      }
      return null;
    },
    url,
    type,
    req,
  );
}

/** The User Timing reports of Parley's scans on this page ('parley:initial' | 'parley:update' | 'parley:full'). */
export async function scanReports(page, name = 'parley:initial', frame = page.mainFrame()) {
  return frame.evaluate((name) => performance.getEntriesByName(name).map((e) => ({ start: e.startTime, duration: e.duration, ...(e.detail ?? {}) })), name);
}

/** Waits until Parley reports its first full scan of the page; returns that report. */
export async function waitForScan(page, frame = page.mainFrame(), timeout = 20_000) {
  const r = await until(async () => {
    const reports = await scanReports(page, 'parley:initial', frame);
    return reports.length && reports;
  }, { timeout, what: 'Parley to report a scan of the page', page });
  return r[r.length - 1];
}

// ---- Helpers for the notes and data tests (tests/e2e/notes.test.mjs) ----

/** Chromium only: stops the extension's service worker if it is running now (no wait); false otherwise. */
export async function stopWorkerIfRunning(b) {
  if (b.kind !== 'chromium') return false;
  const sw = b.browser.targets().find((t) => t.type() === 'service_worker' && t.url().startsWith(b.base));
  if (!sw) return false;
  const worker = await sw.worker();
  if (!worker) return false;
  try {
    await worker.close();
  } catch (err) {
    // puppeteer closes a service worker's target, then detaches its session; the session can go
    // with the target first ("Protocol error (Target.detachFromTarget): No session with given id"):
    // the worker was stopped all the same.
    if (!/Target\.detachFromTarget/.test(err?.message)) throw err;
  }
  return true;
}

/**
 * The tab id of the page whose address starts with `urlPrefix`, asked from an extension page (no
 * "tabs" permission: the URL comes from tabs.query when the browser shows it, else from Parley's
 * content script answering listMentions).
 */
export async function tabIdFor(extPage, urlPrefix) {
  return extPage.evaluate(async (prefix) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = await api.tabs.query({});
    const direct = tabs.find((t) => t.url?.startsWith(prefix));
    if (direct) return direct.id;
    for (const t of tabs) {
      try {
        const r = await api.tabs.sendMessage(t.id, { parleyTab: 1, type: 'listMentions', req: {} });
        if (r?.url?.startsWith(prefix)) return t.id;
      } catch {
        /* no content script in that tab */
      }
    }
    return null;
  }, urlPrefix);
}

/** Makes downloads in an extension page land in memory instead of on disk; read them with `downloadedTexts`. */
export async function captureDownloads(page) {
  await page.evaluate(() => {
    globalThis.__parleyDownloads = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob) => {
      globalThis.__parleyDownloads.push(blob);
      return create(blob);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) return undefined;
      return click.call(this);
    };
  });
}

export async function downloadedTexts(page) {
  return page.evaluate(() => Promise.all(globalThis.__parleyDownloads.map((b) => b.text())));
}

/** Puts a file into an <input type=file> (a DataTransfer, so it works the same in both browsers). */
export async function setInputFile(page, selector, name, text, type = 'application/json') {
  await page.$eval(selector, (input, name, text, type) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, name, text, type);
}

/**
 * The card's notes live in a frame of their own (an extension page inside the card's root,
 * lib/ui/card/NotesSection.tsx). Both browsers let a test run scripts in it, in either build: found
 * by its document's address (Firefox's BiDi reports such a frame's URL as about:blank, but scripts
 * run in the right document). Null when no notes frame has loaded.
 */
async function findNotesFrame(page) {
  for (const f of page.frames()) {
    if (f === page.mainFrame() || f.detached) continue;
    const ok = await f.evaluate(() => /\/notes-frame\.html/.test(location.href) && document.readyState === 'complete').catch(() => false);
    if (ok) return f;
  }
  return null;
}

/** The open card's notes frame, once it shows the notes (or says its token was spent). */
export async function notesFrame(page, timeout = 15_000) {
  return until(async () => {
    const f = await findNotesFrame(page);
    const ready = f && (await f.evaluate(() => !!document.querySelector('[data-testid="notes-frame"], [data-testid="notes-expired"]')).catch(() => false));
    return ready && f;
  }, { timeout, what: 'the card’s notes frame', page });
}

/** The text of the card's notes frame ('' when there is none). */
export async function notesText(page) {
  const f = await findNotesFrame(page);
  return f ? f.evaluate(() => document.body.textContent ?? '').catch(() => '') : '';
}

// Inside a frame, Firefox (WebDriver BiDi) drives elements through handles, not locators: in Firefox
// ESR 140.12 a locator never settles on an element of the card's notes frame (its checks wait on the
// frame's animation frames), while a handle's focus, typing and click work. Chromium keeps locators.
const bidi = (frame) => frame.page().browser().protocol === 'webDriverBiDi';

/** Replaces the text of a field in a frame by typing, as a reader would. */
export async function fillIn(frame, selector, text) {
  if (!bidi(frame)) return frame.locator(selector).fill(text);
  const h = await frame.waitForSelector(selector, { visible: true });
  await h.evaluate((el) => {
    el.focus();
    if (typeof el.select === 'function') el.select();
  });
  await h.type(text);
  await h.dispose();
}

/**
 * Clicks an element of a frame (the card's notes frame) as a reader does: once it is visible and has
 * stopped moving, at its centre, with the mouse.
 *
 * A click into a text field must leave the caret there before the test types: keys go wherever the
 * browser thinks focus is. Two ways that failed on loaded machines, both seen in Chromium CI runs:
 * - the card was still sizing the notes frame to its content (notes arriving, "Loading…" becoming a
 *   list), so the frame moved between puppeteer measuring the field and the mouse click, and the click
 *   landed on the card around it (focus stayed on the card);
 * - the frame is another process: the click reaches it at once, but its taking focus comes a moment
 *   later, and keys typed in between went to the page.
 * So: wait for the field's box to hold still, click, and wait until the frame's document has focus
 * and the field is its active element. If focus did not arrive, click again (a reader who sees no
 * caret clicks again), three times at most, then fail with where focus was.
 */
export async function clickIn(frame, selector) {
  let state = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    await clickOnce(frame, selector);
    // (Asked once the click found the element: before it, the frame may not have drawn it yet; an
    // element the click removed is no field to wait in.)
    const field = await frame.$eval(selector, (el) => /^(TEXTAREA|INPUT)$/.test(el.nodeName) || el.isContentEditable).catch(() => false);
    if (!field) return;
    const focused = await until(
      async () => {
        const [ok, where] = await frame.evaluate(
          (sel) => [document.hasFocus() && document.activeElement === document.querySelector(sel), `frame has focus: ${document.hasFocus()}, active: ${document.activeElement?.nodeName}`],
          selector,
        );
        state = `${where}; page: ${await frame
          .page()
          .evaluate(() => `has focus: ${document.hasFocus()}, active: ${document.activeElement?.nodeName}`)
          .catch((e) => String(e).slice(0, 80))}`;
        return ok;
      },
      { what: `the caret in ${selector} after the click`, timeout: 2_500 },
    ).then(
      () => true,
      () => false,
    );
    if (focused) return;
    console.log(`# clickIn: no caret in ${selector} after click ${attempt} (${state}); clicking again`);
  }
  throw new Error(`Three clicks on ${selector} left no caret there: ${state}`);
}

/** Waits until an element's box (in the page's coordinates) holds still for a moment; resolves with it. */
async function steadyBox(handle, what) {
  let last = null;
  return until(
    async () => {
      const box = await handle.boundingBox();
      const same = box && last && ['x', 'y', 'width', 'height'].every((k) => Math.abs(box[k] - last[k]) < 0.5);
      last = box;
      return same ? box : null;
    },
    { what: `${what} to stop moving`, interval: 120, timeout: 10_000 },
  );
}

async function clickOnce(frame, selector) {
  // Not puppeteer's locator click: it waits for a stable box on the frame's animation frames, which a
  // loaded machine starves (a Chromium CI run waited out its 30 s there). Our own short polls instead.
  // A handle taken while the card still lays the frame out can be refused once ("Node is either not
  // clickable or not an Element"), as a reader's click a moment later would not be: take the element
  // again and click again, a few times at most; any other error, or the same one every time, fails.
  for (let attempt = 1; ; attempt++) {
    const h = await until(
      async () => {
        const el = await frame.$(selector);
        if (el && (await el.isVisible())) return el;
        await el?.dispose();
        return null;
      },
      { what: `${selector} visible in the frame`, timeout: 30_000 },
    );
    try {
      // Firefox cannot measure an element behind a closed shadow root's frame (the shipped build):
      // boundingBox() is then null and the click below takes the fallback.
      if (!bidi(frame)) await steadyBox(h, selector);
      await h.click();
      return;
    } catch (e) {
      const msg = String(e?.message);
      // Behind a closed shadow root (the shipped build's card) Firefox cannot find the <iframe>, so
      // there is nothing to measure a mouse click against: focus and click the element itself.
      if (/Unsupported frame type/.test(msg)) {
        await h.evaluate((el) => {
          el.focus();
          el.click();
        });
        return;
      }
      if (attempt >= 4 || !/not clickable|not an Element|detached/i.test(msg)) throw e;
      await sleep(150);
    } finally {
      await h.dispose().catch(() => {});
    }
  }
}

/** Writes a note in the open card's notes frame and saves it; resolves once the frame says "Saved.". */
export async function writeNote(page, body) {
  const f = await notesFrame(page);
  await fillIn(f, '[data-testid="note-body"]', body);
  await clickIn(f, '[data-testid="note-save"]');
  await until(async () => (await notesText(page)).includes('Saved.'), { timeout: 15_000, what: 'the note to be saved', page });
  return f;
}

/**
 * Waits until the open card (its root, e2e build only, and its notes frame) contains (or, with
 * `absent`, no longer contains) `text`.
 */
export async function waitForCardText(page, text, { absent = false, timeout = 15_000 } = {}) {
  await until(
    async () => {
      const root = await page.evaluate(() => document.querySelector('parley-card-host')?.shadowRoot?.textContent ?? '');
      const t = root + (await notesText(page));
      return absent ? !t.includes(text) : t.includes(text);
    },
    { timeout, what: `the card ${absent ? 'without' : 'with'} "${text}"`, page },
  );
}

/** Runs axe-core in a page and returns its violations of the given impacts. */
export async function axeViolations(page, impacts = ['serious', 'critical']) {
  const src = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(src);
  const violations = await page.evaluate(async () => {
    const res = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return res.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => impacts.includes(v.impact));
}

export const MARK_NAMES = ['parley-mention', 'parley-related', 'parley-unknown', 'parley-user'];

/** Every mark on the page (or frame): [{ name, text }], in no particular order. */
export async function allMarks(frame) {
  return frame.evaluate((names) => {
    const out = [];
    for (const name of names) for (const r of globalThis.CSS?.highlights?.get(name) ?? []) out.push({ name, text: r.toString() });
    if (!out.length) for (const el of document.querySelectorAll('parley-mark')) out.push({ name: `parley-${el.dataset.kind}`, text: el.textContent });
    return out;
  }, MARK_NAMES);
}

/**
 * For each quote (an exact substring of the page's text), which kinds of marks overlap it:
 * [{ quote, found, names }]. Positions, not texts: a mark "meeting held in Ankara, Turkey earlier"
 * overlaps the quote "meeting held in Ankara, Turkey".
 */
export async function marksOver(frame, quotes) {
  return frame.evaluate(
    (quotes, names) => {
      const nodes = [];
      let text = '';
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        nodes.push([n, text.length]);
        text += n.data;
      }
      const point = (i) => {
        let k = nodes.length - 1;
        while (k > 0 && nodes[k][1] > i) k--;
        return [nodes[k][0], i - nodes[k][1]];
      };
      return quotes.map((quote) => {
        const i = text.indexOf(quote);
        if (i < 0) return { quote, found: false, names: [] };
        const r = document.createRange();
        r.setStart(...point(i));
        r.setEnd(...point(i + quote.length));
        const hit = new Set();
        for (const name of names)
          for (const m of globalThis.CSS?.highlights?.get(name) ?? [])
            if (m.compareBoundaryPoints(Range.END_TO_START, r) < 0 && r.compareBoundaryPoints(Range.END_TO_START, m) < 0) hit.add(name);
        return { quote, found: true, names: [...hit] };
      });
    },
    quotes,
    MARK_NAMES,
  );
}

/** Call before page.goto: keeps the page's DOM as it was parsed (DOMContentLoaded), before Parley ran. */
export async function keepParsedDom(page) {
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__parsedDom = document.documentElement.outerHTML;
    }, { once: true });
  });
}

/** The page's DOM now, without Parley's one UI host, against the parsed DOM: { same, hosts, at, parsed, now }. */
export async function domAgainstParsed(frame) {
  return frame.evaluate(() => {
    const clone = document.documentElement.cloneNode(true);
    const hosts = clone.querySelectorAll('parley-card-host');
    hosts.forEach((h) => h.remove());
    const now = clone.outerHTML;
    const parsed = window.__parsedDom ?? '';
    let at = 0;
    while (at < now.length && now[at] === parsed[at]) at++;
    return { same: now === parsed, hosts: hosts.length, at, parsed: parsed.slice(Math.max(0, at - 80), at + 80), now: now.slice(Math.max(0, at - 80), at + 80) };
  });
}

/** The open card's geometry and focus: { open, title, focusInside, card, marks, vw, vh }. */
export async function cardState(frame) {
  return frame.evaluate(() => {
    const host = document.querySelector('parley-card-host');
    const f = host?.shadowRoot?.querySelector('.frame');
    if (!f || f.hidden) return { open: false, focusInside: false };
    const box = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const active = [...(globalThis.CSS?.highlights?.get('parley-active') ?? [])][0];
    return {
      open: true,
      // The full card's title, or the peek's (a hover shows the peek: lib/ui/card/Peek.tsx).
      title: (f.querySelector('[data-testid="card-title"]') ?? f.querySelector('[data-testid="peek-title"]'))?.textContent ?? '',
      mode: f.dataset.mode ?? '',
      eventId: f.querySelector('[data-testid="parley-card"], [data-testid="parley-peek"]')?.getAttribute('data-event-id') ?? '',
      mark: active?.toString() ?? '',
      focusInside: document.activeElement === host && !!host.shadowRoot.activeElement,
      focusRole: host.shadowRoot.activeElement?.getAttribute('role') ?? host.shadowRoot.activeElement?.tagName ?? null,
      card: box(f.getBoundingClientRect()),
      marks: active ? [...active.getClientRects()].map(box) : [],
      vw: document.documentElement.clientWidth,
      vh: innerHeight,
    };
  });
}

/**
 * Waits until the card a click (or key) opened has settled: pinned, with focus inside, and showing its
 * meeting rather than "Loading…". Act on the card's controls only then: the card can still be painted
 * afresh just after it opens, and a control found before that is gone (puppeteer's locator keeps the
 * old element, scrolled into view, and waits for it to be in view until it times out).
 */
export function waitForOpenedCard(frame, timeout = 10_000) {
  return waitForCard(frame, (s) => s.open && s.focusInside && s.title !== 'Loading…', timeout);
}

export async function waitForCard(frame, pred = (s) => s.open, timeout = 10_000) {
  let s;
  try {
    return await until(async () => {
      s = await cardState(frame);
      return pred(s) && s;
    }, { timeout, what: 'the card' });
  } catch (err) {
    if (!/^Timed out/.test(err.message)) throw err;
    throw new Error(`card never reached the expected state: ${JSON.stringify(s)}`);
  }
}

/** axe-core on the open card (inside its shadow root): the violations of impact serious or critical. */
export async function axeCard(frame) {
  const src = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  await frame.evaluate(src);
  return frame.evaluate(async () => {
    const res = await globalThis.axe.run({ include: [{ fromShadowDom: ['parley-card-host', '.card'] }] }, { resultTypes: ['violations'] });
    return res.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.html.slice(0, 120)) }));
  });
}

/**
 * Escape, as a reader presses it. With focus in the card's notes frame, Escape closes the card and
 * removes that frame, so it is pressed as pressClosing() does (neither DevTools answer waited for:
 * one for a key sent to the removed frame can wait out the 180 s protocol timeout, seen in CI on a
 * Tab-walked card). Anywhere else it is an ordinary press. The caller checks what Escape did.
 */
/**
 * Whether focus is inside the open card once it has settled. Tab into or out of the notes frame
 * crosses into another process in Chromium (the frame is an extension page): for a moment the
 * page's own document holds focus while the frame takes it. A reader never sees that moment, so
 * this waits (up to `timeout`) for two reads in a row, 100 ms apart, to agree that focus is in
 * the card, and returns false only if it never settles there. Focus on the notes frame counts only
 * once the frame's own document has it (where the reader's keys then go): reached while the frame
 * was still loading, the <iframe> has focus at once and its document only once it has loaded and
 * the card has focused it again (NotesSection.tsx); a frame whose document never gets focus is a
 * card that no longer hears the reader's keys, and fails this.
 */
export async function focusSettledInside(page, timeout = 10_000) {
  const end = Date.now() + timeout;
  let inside = 0;
  while (Date.now() < end) {
    const st = await cardState(page);
    const there = st.focusInside && (st.focusRole !== 'IFRAME' || (await notesFrameHasFocus(page)));
    inside = there ? inside + 1 : 0;
    if (inside >= 2) return true;
    await sleep(100);
  }
  return false;
}

/** Whether the card's notes frame has loaded and its document has focus. */
async function notesFrameHasFocus(page) {
  const f = await findNotesFrame(page);
  return !!f && (await f.evaluate(() => document.hasFocus()).catch(() => false));
}

/**
 * Escape, as a reader presses it. With focus in the card's notes frame, Escape closes the card and
 * removes that frame, so it is pressed as pressClosing() does (neither DevTools answer waited for:
 * one for a key sent to the removed frame can wait out the 180 s protocol timeout, seen in CI on a
 * Tab-walked card). Anywhere else it is an ordinary press. The caller checks what Escape did.
 */
export async function pressEscape(page) {
  // A pinned card: let focus finish any move into or out of the notes frame first, so the key
  // goes where the reader's focus is (focusSettledInside): into the frame's document, not into a
  // frame still loading, where no one hears it (CI: the card stayed open).
  const st = await cardState(page);
  if (st.open && st.mode === 'card') await focusSettledInside(page);
  const inNotesFrame = await page.evaluate(() => {
    const host = document.querySelector('parley-card-host');
    return document.activeElement === host && host?.shadowRoot?.activeElement?.tagName === 'IFRAME';
  });
  if (inNotesFrame) await pressClosing(page, 'Escape');
  else await page.keyboard.press('Escape');
}

/** Alt+Shift+<key> (Parley's mention navigation). */
export async function altShift(page, code) {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(code);
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}
