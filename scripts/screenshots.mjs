#!/usr/bin/env node
// Screenshots for the README: the card on a seed article (the Anchorage piece) in Chromium and in
// Firefox, cropped to the card and the mention it explains. Uses the end-to-end harness and the
// built extension:   npm run build:e2e && npm run screenshots   → docs/card-chromium.png, docs/card-firefox.png
// The end-to-end run makes the same pictures (into a temporary folder) to prove they still can be.
// Without the seed articles (../shared/seeds) a fixture article stands in.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cardState, launch, waitForCard, waitForScan } from '../tests/e2e/harness.mjs';
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
export async function captureCard(b, serverUrl, file) {
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
  await page.mouse.click(pt.x, pt.y);
  await waitForCard(page, (s) => s.open && s.title !== 'Loading…');
  await page.mouse.move(1, 1);
  await new Promise((r) => setTimeout(r, 400));
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
  await page.screenshot({ path: file, clip, type: 'png' });
  await page.close();
  return { file, bytes: fs.statSync(file).size, width: clip.width, height: clip.height };
}

async function main() {
  const server = await startServer();
  try {
    for (const kind of ['chromium', 'firefox']) {
      const b = await launch(kind);
      try {
        const r = await captureCard(b, server.url, path.join('docs', `card-${kind}.png`));
        console.log(`${r.file}: ${r.width}×${r.height}, ${(r.bytes / 1024).toFixed(0)} KB`);
      } finally {
        await b.close();
      }
    }
  } finally {
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
