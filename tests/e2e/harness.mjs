// Launches real, headless Chromium or Firefox ESR (Debian packages) with Parley's BUILT extension loaded
// unpacked, through puppeteer-core (CDP for Chromium, WebDriver BiDi for Firefox). See ../shared/e2e-recipe.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserPath } from './browsers.mjs';

export const EXT_DIRS = { chromium: path.resolve('.output/chrome-mv3'), firefox: path.resolve('.output/firefox-mv3') };
export const GECKO_ID = 'parley@parley.example';
// Pins moz-extension://<uuid> for this test profile so extension pages have a known address.
const FIREFOX_UUID = '5b0f2f5e-7a36-4c8e-9d11-6a0c3c2d7e42';

export const CARD = 'parley-card-host >>> [data-testid="parley-card"]';
export const inCard = (testid) => `parley-card-host >>> [data-testid="${testid}"]`;

/**
 * @param {'chromium'|'firefox'} kind
 * @param {{ colorScheme?: 'light'|'dark' }} [opts] colorScheme: what pages see as prefers-color-scheme
 *   (Firefox: set by preference at launch; Chromium: emulated on every page newPage opens).
 */
export async function launch(kind, opts = {}) {
  const exe = browserPath(kind);
  if (!exe) throw new Error(`${kind} is not installed (apt-get install -y ${kind === 'firefox' ? 'firefox-esr' : 'chromium'})`);
  const extDir = EXT_DIRS[kind];
  if (!fs.existsSync(path.join(extDir, 'manifest.json'))) throw new Error(`No build in ${path.relative(process.cwd(), extDir)}: run npm run build first`);
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
    });
    const id = await browser.installExtension(extDir);
    base = `chrome-extension://${id}`;
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: exe,
      headless: true,
      userDataDir,
      args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        ...(opts.colorScheme
          ? { 'layout.css.prefers-color-scheme.content-override': opts.colorScheme === 'dark' ? 0 : 1, 'ui.systemUsesDarkTheme': opts.colorScheme === 'dark' ? 1 : 0 }
          : {}),
      },
      defaultViewport: { width: 1280, height: 900 },
    });
    await browser.installExtension(extDir);
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
    /** Opens an extension page (popup.html, options.html) in a tab. */
    async extensionPage(file, readySelector) {
      const page = await browser.newPage();
      const url = `${base}/${file}`;
      if (kind === 'chromium') await page.goto(url);
      // Firefox: puppeteer never sees this navigation finish (the tab moves to the extension
      // process), so don't await it; wait for content instead.
      else page.goto(url, { timeout: 5_000 }).catch(() => {});
      if (readySelector) {
        // A wait begun before Firefox moves the tab into the extension process can be aborted by
        // that switch ("Waiting for selector failed" after a moment): wait again until the deadline.
        const deadline = Date.now() + 15_000;
        for (;;) {
          try {
            await page.waitForSelector(readySelector, { timeout: Math.max(1_000, deadline - Date.now()) });
            break;
          } catch (err) {
            if (Date.now() >= deadline) throw err;
            await new Promise((r) => setTimeout(r, 200));
          }
        }
      }
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

/** Texts of the ranges registered under a CSS highlight name (or of <parley-mark> elements in the fallback). */
export async function markedTexts(page, name = 'parley-mention') {
  return page.evaluate((name) => {
    const h = globalThis.CSS?.highlights?.get(name);
    if (h) return [...h].map((r) => r.toString());
    const kind = name.replace('parley-', '');
    return [...document.querySelectorAll(`parley-mark[data-kind="${kind}"]`)].map((e) => e.textContent);
  }, name);
}

export async function waitForMark(page, text, name = 'parley-mention', timeout = 15_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const texts = await markedTexts(page, name);
    if (texts.some((t) => t.includes(text))) return texts;
    if (Date.now() > end) throw new Error(`No ${name} mark containing "${text}" (marks: ${JSON.stringify(texts)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The viewport centre of the first marked range containing `text`. */
export async function markPoint(page, text, name = 'parley-mention') {
  return page.evaluate((text, name) => {
    const h = globalThis.CSS?.highlights?.get(name);
    const ranges = h ? [...h] : [...document.querySelectorAll('parley-mark')].map((e) => { const r = document.createRange(); r.selectNodeContents(e); return r; });
    const r = ranges.find((r) => r.toString().includes(text));
    if (!r) return null;
    r.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, text, name);
}

export async function cardText(page, testid) {
  const el = await page.waitForSelector(inCard(testid), { timeout: 15_000 });
  return el.evaluate((e) => e.textContent);
}

export function eachBrowser(fn) {
  // E2E_BROWSER=chromium (or firefox) runs one browser only, for a quicker look while developing.
  const only = process.env.E2E_BROWSER;
  for (const kind of ['chromium', 'firefox']) if (!only || only === kind) fn(kind);
}

// ---- Helpers for the page tests (page-*.test.mjs) ----

const extPages = new WeakMap();

/** Evaluates `fn(...args)` in an extension page (popup.html), where the extension APIs are available. */
export async function inExtension(b, fn, ...args) {
  let page = extPages.get(b);
  if (!page || page.isClosed()) {
    page = await b.extensionPage('popup.html');
    await page.waitForFunction(() => /^(chrome|moz)-extension:$/.test(location.protocol) && document.readyState === 'complete', { timeout: 15_000 });
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
  const end = Date.now() + timeout;
  for (;;) {
    const r = await scanReports(page, 'parley:initial', frame).catch(() => []);
    if (r.length) return r[r.length - 1];
    if (Date.now() > end) throw new Error('Parley did not report a scan of the page');
    await new Promise((res) => setTimeout(res, 100));
  }
}

// ---- Helpers for the notes and data tests (tests/e2e/notes.test.mjs) ----

/** Chromium only: stops the extension's service worker if it is running now (no wait); false otherwise. */
export async function stopWorkerIfRunning(b) {
  if (b.kind !== 'chromium') return false;
  const sw = b.browser.targets().find((t) => t.type() === 'service_worker' && t.url().startsWith(b.base));
  if (!sw) return false;
  const worker = await sw.worker();
  await worker?.close();
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

/** Waits until the open card's shadow root contains (or, with `absent`, no longer contains) `text`. */
export async function waitForCardText(page, text, { absent = false, timeout = 15_000 } = {}) {
  await page.waitForFunction(
    (text, absent) => {
      const t = document.querySelector('parley-card-host')?.shadowRoot?.textContent ?? '';
      return absent ? !t.includes(text) : t.includes(text);
    },
    // Interval polling: requestAnimationFrame never fires in a background tab.
    { timeout, polling: 100 },
    text,
    absent,
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

export const MARK_NAMES = ['parley-mention', 'parley-related', 'parley-unknown'];

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
      title: f.querySelector('[data-testid="card-title"]')?.textContent ?? '',
      eventId: f.querySelector('[data-testid="parley-card"]')?.getAttribute('data-event-id') ?? '',
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

export async function waitForCard(frame, pred = (s) => s.open, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const s = await cardState(frame);
    if (pred(s)) return s;
    if (Date.now() > end) throw new Error(`card never reached the expected state: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 100));
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

/** Alt+Shift+<key> (Parley's mention navigation). */
export async function altShift(page, code) {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(code);
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}
