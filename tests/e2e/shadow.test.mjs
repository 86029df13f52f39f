// The page's own shadow DOM, in both browsers: text in a page's OPEN shadow roots (web components
// that render the article) is scanned, marked and painted, its card opens on a click, a paragraph
// the component adds later is marked too; a CLOSED root stays unread (no extension API reads it).
// And what it costs: the same 400-paragraph article in the light DOM and with one open shadow root
// per paragraph, first-scan busy time of each (printed).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allMarks, cardState, eachBrowser, scanReports, until, waitForCard, waitForScan, withBrowser, pressEscape } from './harness.mjs';

/** Marks whose text sits in a shadow root: [{ name, text }]. */
const shadowMarks = (page) =>
  page.evaluate(() => {
    const out = [];
    for (const name of ['parley-mention', 'parley-related', 'parley-unknown']) {
      for (const r of CSS.highlights.get(name) ?? []) if (r.startContainer.getRootNode() instanceof ShadowRoot) out.push({ name, text: r.toString() });
    }
    return out;
  });

/**
 * How many pixels of the page's rendering, inside the viewport box `box`, carry the marks' blue
 * (more blue than red, as text and a white page never do): what a reader sees of a mark's paint.
 * The screenshot is decoded by the page's own canvas.
 */
async function bluePixels(page, box) {
  const png = await page.screenshot({ encoding: 'base64' });
  return page.evaluate(async (png, box) => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const scale = img.naturalWidth / innerWidth;
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(Math.round(box.x * scale), Math.round(box.y * scale), Math.max(1, Math.round(box.width * scale)), Math.max(1, Math.round(box.height * scale))).data;
    let n = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i + 2] - px[i] > 6) n++;
    return n;
  }, png, box);
}

/** The viewport box of the text `text` inside the open root of the page's <news-body>. */
const textBox = (page, text) =>
  page.evaluate((text) => {
    const p = document.querySelector('news-body').shadowRoot.getElementById('inside');
    const node = p.firstChild;
    const r = document.createRange();
    r.setStart(node, node.data.indexOf(text));
    r.setEnd(node, node.data.indexOf(text) + text.length);
    const b = r.getBoundingClientRect();
    return { x: b.left, y: b.top, width: b.width, height: b.height + 4 }; // + the underline below the line box
  }, text);

eachBrowser((kind) => {
  describe(`${kind}: the page's shadow DOM`, () => {
    const env = withBrowser(kind);

    it('open shadow roots are scanned, marked, painted and clickable; a closed one is not read', async () => {
      const { b, server } = env;
      const page = await b.newPage(`${server.url}/pages/shadow-article.html`);
      await waitForScan(page);
      const marks = await until(async () => { const m = await shadowMarks(page); return m.some((x) => /Helsinki summit/.test(x.text)) && m; }, { what: 'marks inside the open roots', timeout: 15_000 });
      assert.ok(marks.some((m) => m.text === 'Anchorage summit'), JSON.stringify(marks));
      assert.ok(!(await allMarks(page)).some((m) => /Geneva/.test(m.text)), 'nothing read from a closed root');
      // Painted, as the reader sees it: the mark inside the root shows the marks' blue; unmarked text
      // of the same line does not. (Its ::highlight() rules come from a sheet Parley adopts into the
      // root; the page's own styles there know nothing of Parley's highlights.)
      const painted = await until(async () => { const n = await bluePixels(page, await textBox(page, 'Anchorage summit')); return n > 20 && n; }, { what: 'the mark inside the open root to be painted', timeout: 10_000 });
      const plain = await bluePixels(page, await textBox(page, 'neither side has'));
      assert.equal(plain, 0, `unmarked text has none of the marks' blue (the mark has ${painted} such pixels)`);
      // Clicking the mark inside the component opens its card, next to it.
      const pt = await page.evaluate(() => {
        const r = [...CSS.highlights.get('parley-mention')].find((x) => x.toString() === 'Anchorage summit');
        const b = r.getClientRects()[0];
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      });
      await page.mouse.click(pt.x, pt.y);
      const s = await waitForCard(page, (c) => c.open && /Anchorage/.test(c.title));
      assert.equal(s.mark, 'Anchorage summit');
      // A paragraph the component adds to its root later is marked too.
      await page.evaluate(() => window.__addLater());
      await until(async () => (await shadowMarks(page)).some((m) => /Riyadh talks/.test(m.text)), { what: 'a mark in the added paragraph', timeout: 15_000 });
      // Alt+Shift+N walks marks in and out of the roots in document order without an error.
      await pressEscape(page);
      assert.ok(!(await cardState(page)).open);
      await page.close();
    });

    it('what scanning open shadow roots costs: one root per paragraph against the light DOM', async () => {
      const { b, server } = env;
      const busy = {};
      for (const mode of ['light', 'shadow']) {
        const page = await b.newPage(`${server.url}/pages/shadow-cost.html?mode=${mode}&n=400`);
        const r = await waitForScan(page);
        const marks = await until(async () => { const m = (await allMarks(page)).length; return m >= 10 && m; }, { what: `the ${mode} page's marks`, timeout: 15_000 });
        busy[mode] = { busyMs: +r.busyMs.toFixed(1), wallMs: +r.wallMs.toFixed(1), longestSliceMs: +r.longestSliceMs.toFixed(1), nodes: r.nodes, marks };
        void scanReports;
        await page.close();
      }
      console.log(`[${kind}] shadow DOM scan cost, 400 paragraphs (first scan): light ${JSON.stringify(busy.light)}, one open root each ${JSON.stringify(busy.shadow)}`);
      assert.equal(busy.shadow.marks, busy.light.marks, 'the same mentions are marked');
    });
  });
});
