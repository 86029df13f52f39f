#!/usr/bin/env node
// Screenshots for the README, from the end-to-end build:   npm run build:e2e && npm run screenshots
//  - the peek (hover) and the full card (click) on a seed article (the Anchorage piece), cropped to
//    the card and the mention it explains, the toolbar popup (400 px) and the options page, each in
//    light and dark (prefers-color-scheme), in Chromium → docs/{peek,card,popup,options}-{light,dark}.png;
//  - the card in Chromium and in Firefox → docs/card-chromium.png, docs/card-firefox.png.
// The end-to-end run makes the card picture (into a temporary folder) to prove it still can be.
// Without the seed articles (../shared/seeds) a fixture article stands in.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cardState, launch, tabIdFor, waitForCard, waitForElement, waitForScan, waitUntil } from '../tests/e2e/harness.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { seedFiles, seedsAvailable } from '../tests/fixtures/pages/seed-page.mjs';

/** Where the picture is taken: the Anchorage seed article, else the fixture about Alaska. */
export function screenshotPage(serverUrl) {
  if (seedsAvailable()) {
    const n = seedFiles().findIndex((f) => f.startsWith('003_'));
    if (n >= 0) return { url: `${serverUrl}/seed/${n}`, mention: 'In Anchorage' };
  }
  return { url: `${serverUrl}/pages/anchorage.html`, mention: 'Anchorage summit' };
}

/**
 * Opens the card on the page's first mention of `mention` and saves a PNG cropped to the card and
 * the mention. Returns { file, bytes, width, height }.
 */
export async function captureCard(b, serverUrl, file, { peek = false } = {}) {
  const { url, mention } = screenshotPage(serverUrl);
  const page = await b.newPage();
  await page.setViewport({ width: 1000, height: 640, deviceScaleFactor: 1 });
  await page.goto(url, { waitUntil: 'load' });
  await waitForScan(page);
  // Put the mention near the top of the viewport, so the card opens below it, then click it.
  const pt = await page.evaluate((text) => {
    const r = [...(CSS.highlights.get('parley-mention') ?? [])].find((x) => x.toString().includes(text));
    if (!r) return null;
    scrollBy(0, r.getBoundingClientRect().top - 60);
    const box = r.getClientRects()[0];
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, mention);
  if (!pt) throw new Error(`no mark for "${mention}" on ${url}`);
  await new Promise((r) => setTimeout(r, 100));
  if (peek) {
    // Hover: the glanceable peek (the pointer stays on the mention, so the peek stays open).
    await page.mouse.move(pt.x - 30, pt.y + 200);
    await page.mouse.move(pt.x, pt.y, { steps: 4 });
    await waitForCard(page, (s) => s.open && s.mode === 'peek' && !!s.eventId);
    await new Promise((r) => setTimeout(r, 600));
  } else {
    await page.mouse.click(pt.x, pt.y);
    await waitForCard(page, (s) => s.open && s.title !== 'Loading…');
    await page.mouse.move(1, 1);
    await new Promise((r) => setTimeout(r, 400));
  }
  const s = await cardState(page);
  const boxes = [s.card, ...s.marks];
  const pad = 14;
  const left = Math.max(0, Math.floor(Math.min(...boxes.map((r) => r.left)) - pad));
  const top = Math.max(0, Math.floor(Math.min(...boxes.map((r) => r.top)) - pad));
  const right = Math.min(s.vw, Math.ceil(Math.max(...boxes.map((r) => r.right)) + pad));
  const bottom = Math.min(s.vh, Math.ceil(Math.max(...boxes.map((r) => r.bottom)) + pad));
  // Puppeteer's clip is in page coordinates: add the scroll offset to the viewport box.
  const [sx, sy] = await page.evaluate(() => [scrollX, scrollY]);
  const clip = { x: left + sx, y: top + sy, width: right - left, height: bottom - top };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // captureBeyondViewport: false: no resize for the shot (a resize or scroll closes a peeking card).
  await page.screenshot({ path: file, clip, type: 'png', captureBeyondViewport: false });
  await page.close();
  return { file, bytes: fs.statSync(file).size, width: clip.width, height: clip.height };
}

/** A few notes for the popup and options pictures, as a reader would have after some reading. */
async function seedNotes(b, pageUrl) {
  const probe = await b.extensionPage('popup.html', 'main');
  const send = (type, req) => probe.evaluate(async (type, req) => {
    const reply = await (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ parley: 1, type, req });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
    return reply.res;
  }, type, req);
  const target = (exact, title) => ({ url: pageUrl, title, quote: { exact, prefix: '', suffix: '' } });
  await send('getCard', { eventId: '2025-anchorage-summit' });
  await send('saveNote', { eventId: '2025-anchorage-summit', body: 'Compare the **Russian readout** with the White House one: no joint statement.', tags: ['readouts', 'alaska'], target: target('In Anchorage', 'Trump and Putin in Alaska') });
  await send('saveNote', { eventId: '2018-helsinki-summit', body: 'Press conference: the *intelligence* question.\n- check the transcript', tags: ['press'], target: target('the Helsinki summit', 'Looking back at Helsinki') });
  await probe.close();
}

async function capturePopup(b, pageUrl, file, scheme) {
  const page = await b.newPage(pageUrl);
  await waitForScan(page);
  const probe = await b.extensionPage('popup.html', 'main');
  const tabId = await tabIdFor(probe, pageUrl);
  await probe.close();
  const popup = await b.extensionPage(`popup.html?tab=${tabId}`, '[data-testid="note"]');
  await popup.setViewport({ width: 400, height: 600, deviceScaleFactor: 1 });
  if (scheme && b.kind === 'chromium') await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await popup.bringToFront();
  await waitForElement(popup, '[data-testid="mention"]', { timeout: 15_000 });
  await new Promise((r) => setTimeout(r, 300));
  await popup.screenshot({ path: file, type: 'png' });
  await popup.close();
  await page.close();
  return { file, bytes: fs.statSync(file).size, width: 400, height: 600 };
}

async function captureOptions(b, file, scheme) {
  const options = await b.extensionPage('options.html', '[data-testid="note"]');
  await options.setViewport({ width: 900, height: 700, deviceScaleFactor: 1 });
  if (scheme && b.kind === 'chromium') await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await options.bringToFront();
  await waitUntil(options, () => !!document.querySelector('[data-testid="dataset-version"]'), { what: 'the options page' });
  await new Promise((r) => setTimeout(r, 300));
  await options.screenshot({ path: file, type: 'png' });
  await options.close();
  return { file, bytes: fs.statSync(file).size, width: 900, height: 700 };
}

async function main() {
  const server = await startServer();
  const log = (r) => console.log(`${r.file}: ${r.width}×${r.height}, ${(r.bytes / 1024).toFixed(0)} KB`);
  try {
    for (const scheme of ['light', 'dark']) {
      const b = await launch('chromium', { colorScheme: scheme });
      try {
        log(await captureCard(b, server.url, path.join('docs', `peek-${scheme}.png`), { peek: true }));
        log(await captureCard(b, server.url, path.join('docs', `card-${scheme}.png`)));
        await seedNotes(b, screenshotPage(server.url).url);
        log(await capturePopup(b, screenshotPage(server.url).url, path.join('docs', `popup-${scheme}.png`), scheme));
        log(await captureOptions(b, path.join('docs', `options-${scheme}.png`), scheme));
      } finally {
        await b.close();
      }
    }
    for (const kind of ['chromium', 'firefox']) {
      const b = await launch(kind);
      try {
        log(await captureCard(b, server.url, path.join('docs', `card-${kind}.png`)));
      } finally {
        await b.close();
      }
    }
  } finally {
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
