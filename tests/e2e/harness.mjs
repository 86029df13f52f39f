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

export async function launch(kind) {
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
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
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
      if (readySelector) await page.waitForSelector(readySelector, { timeout: 15_000 });
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
  for (const kind of ['chromium', 'firefox']) fn(kind);
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
