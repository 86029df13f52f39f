// Pages as they are, in both real browsers with the built extension:
//  - a page that adds articles after load and as the reader scrolls: new articles get marks, and
//    only the new text is read (nothing is scanned twice);
//  - a single-page app that changes route with the History API: the new route gets marks, read
//    with the new route's publication date;
//  - a page that re-renders its own DOM every 300 ms: one mark per mention throughout, the page
//    never finds a node it did not make, and an open card follows its mention;
//  - a huge page (about 1 MB of text): marked in slices that keep to the scheduler's budget (the
//    wall-clock longest slice is printed; it is a benchmark figure, `npm run bench`);
//  - a page with frames: same-origin and cross-origin article frames get marks, an ad-sized frame does not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  allMarks, cardState, eachBrowser, markPoint, scanReports, waitForCard, waitForMark, waitForScan, waitUntil, withBrowser,
  pressEscape,
} from './harness.mjs';
import { hugePage } from '../fixtures/pages/huge-page.mjs';

/** lib/page/schedule.ts SLICE_BUDGET_MS (the e2e tests run the built extension, not its sources). */
const SLICE_BUDGET_MS = 8;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const HUGE_PHRASES = [
  'Trump and Putin held the Helsinki summit in July 2018.',
  'Reagan and Gorbachev met at the Reykjavik summit in October 1986.',
  'Kennedy met Khrushchev at the Vienna summit in 1961.',
  'The Riyadh talks between Rubio and Lavrov restored embassy staffing.',
];
// Measures, from the page's side, how long its own timers were kept waiting (a heartbeat every few ms).
const HEARTBEAT = `(() => {
  window.__gaps = [];
  let last = performance.now();
  const tick = () => { const n = performance.now(); if (n - last > 50) window.__gaps.push([Math.round(last), Math.round(n - last)]); last = n; setTimeout(tick, 0); };
  setTimeout(tick, 0);
})();`;

eachBrowser((kind) => {
  describe(`${kind}: dynamic, huge and framed pages`, () => {
    const huge = hugePage({ phrases: HUGE_PHRASES, every: 8, title: 'The Very Long Read' });
    const env = withBrowser(kind, {
      routes: {
        '/huge': (req, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(huge.html);
        },
      },
    });

    it('marks articles added after load and by infinite scroll, reading only the new text', async () => {
      const { b, server } = env;
      const page = await b.newPage(`${server.url}/pages/dynamic.html`);
      const first = await waitForScan(page);
      await waitForMark(page, 'Reykjavik summit');
      await waitForMark(page, 'Vienna summit'); // added 300 ms after load
      await page.evaluate(() => scrollTo(0, document.body.scrollHeight)); // the feed loads more as the reader scrolls
      await waitForMark(page, 'Malta summit');
      for (const phrase of ['Helsinki summit', 'Riyadh talks', 'Moscow summit']) {
        await page.evaluate(() => window.loadMore());
        await waitForMark(page, phrase);
      }
      await sleep(800);
      // One mark per article (each story names one meeting), however often the feed grew.
      const perArticle = await page.evaluate(() => {
        const ranges = [...CSS.highlights.get('parley-mention')];
        return [...document.querySelectorAll('article')].map((a) => ranges.filter((r) => a.contains(r.startContainer)).length);
      });
      assert.ok(perArticle.length >= 6 && perArticle.every((n) => n === 1), `one mark per article, never two: ${perArticle}`);

      // What was read, first scan and updates together: the page's text once, plus the ticking
      // clock's header again at each tick (its text changed), never the page again.
      const updates = await scanReports(page, 'parley:update');
      const read = first.chars + updates.reduce((n, u) => n + u.chars, 0);
      const total = await page.evaluate(() => document.body.innerText.length);
      const clock = await page.evaluate(() => document.querySelector('header').textContent.length);
      assert.ok(updates.length > 0, 'updates were reported');
      assert.ok(read <= total + updates.length * (clock + 2) + 200, `read ${read} characters in all for a page of ${total} (+ a ${clock}-character header per update, ${updates.length} updates)`);
      await page.close();
    });

    it('marks a single-page app’s new route, read with that route’s date, and forgets the old one', async () => {
      const { b, server } = env;
      const page = await b.newPage(`${server.url}/pages/spa.html`);
      await waitForScan(page);
      assert.equal((await allMarks(page)).length, 0, 'home has no mention');
      await page.click('a[data-route="vienna"]');
      await waitForMark(page, 'Vienna summit');
      let pt = await markPoint(page, 'Vienna summit');
      await page.mouse.click(pt.x, pt.y);
      await waitForCard(page, (s) => /Vienna|Kennedy/.test(s.title));
      assert.equal((await cardState(page)).eventId, '1961-vienna-summit');
      await pressEscape(page);

      await page.click('a[data-route="geneva"]');
      await waitForMark(page, 'Geneva summit');
      await waitUntil(page, () => !document.getElementById('view').textContent.includes('Vienna'));
      const marks = await allMarks(page);
      assert.ok(marks.every((m) => !/Vienna/.test(m.text)), `the old route's marks are gone: ${JSON.stringify(marks)}`);
      pt = await markPoint(page, 'Geneva summit');
      await page.mouse.click(pt.x, pt.y);
      const s = await waitForCard(page, (st) => /Geneva/.test(st.title));
      assert.equal(s.eventId, '2021-geneva-summit', 'the Geneva summit of the route’s own year (2021, not 1955 or 1985)');
      await pressEscape(page);

      await page.goBack();
      await waitForMark(page, 'Vienna summit');
      await page.close();
    });

    it('follows a page that re-renders its DOM: one mark per mention, no foreign nodes, the card follows', async () => {
      const { b, server } = env;
      const page = await b.newPage(`${server.url}/pages/rerender.html`);
      await waitForMark(page, 'Helsinki summit');
      // The page replaces its whole view every 300 ms, so a mark can be between re-render and
      // re-mark at any instant: look for it (and click it) until the card opens.
      for (let tries = 0; ; tries++) {
        const pt = await markPoint(page, 'Helsinki summit today');
        if (pt) {
          await page.mouse.click(pt.x, pt.y);
          if (await waitForCard(page, (s) => /Helsinki/.test(s.title), 2_000).then(() => true, () => false)) break;
        }
        assert.ok(tries < 20, 'the mention could be clicked and its card opened');
        await sleep(100);
      }
      const counts = [];
      for (let i = 0; i < 10; i++) {
        await sleep(250);
        counts.push((await allMarks(page)).length);
      }
      const [renders, foreign] = await page.evaluate(() => [window.renders, window.foreignNodes]);
      assert.ok(renders >= 8, `the page kept re-rendering (${renders})`);
      assert.equal(foreign, 0, 'the page never found a node it did not make');
      assert.ok(Math.max(...counts) <= 3, `never more marks than mentions (3): ${counts}`);
      assert.ok(counts.filter((c) => c === 3).length >= 5, `marked again after re-renders: ${counts}`);
      const s = await cardState(page);
      assert.ok(s.open && /Helsinki/.test(s.title), 'the open card stayed with its mention');
      await page.close();
    });

    it('marks a huge page (about 1 MB of text) in slices that keep to their budget', async () => {
      const { b, server } = env;
      // What this test holds is how the work is cut: the whole text read, every mention marked, and
      // the work spread over many short slices, each ending once the scheduler's budget
      // (SLICE_BUDGET_MS) is spent. The mean slice, busy time over slices, says whether the
      // scheduler keeps to that budget. The longest single slice, in wall-clock time, is a
      // benchmark figure (issue 10: `npm run bench` reports the page-wide longest task on the 1 MB
      // page in both browsers): on a shared, loaded machine another process can take the CPU in the
      // middle of any slice, so a wall-clock ceiling here failed on load, not on Parley. It is
      // printed for every run.
      const page = await b.newPage();
      await page.evaluateOnNewDocument(HEARTBEAT);
      await page.goto(`${server.url}/huge`, { waitUntil: 'load' });
      const r = await waitForScan(page, page.mainFrame(), 60_000);
      const end = r.start + r.duration;
      const gaps = (await page.evaluate(() => window.__gaps)).filter(([t, d]) => t + d > r.start + 1 && t < end);
      const meanSlice = r.busyMs / r.slices;
      console.log(`# ${kind}: huge page: ${r.chars} chars, ${r.marksAdded} marks, ${r.chunks} chunks, ${r.slices} slices, busy ${r.busyMs.toFixed(0)} ms (mean slice ${meanSlice.toFixed(1)} ms; detector ${r.detectMs.toFixed(0)} ms, longest step ${r.longestDetectStepMs.toFixed(1)} ms), wall ${r.wallMs.toFixed(0)} ms, longest slice ${r.longestSliceMs.toFixed(1)} ms (benchmark figure, not asserted); waiting for the background's detector ${r.waitMs?.toFixed(0)} ms; page timer gaps > 50 ms during the scan: ${JSON.stringify(gaps)}`);
      assert.ok(r.chars > 900_000, `the whole text was read (${r.chars} characters)`);
      assert.ok(r.marksAdded >= huge.mentions, `every mention marked (${r.marksAdded} marks for ${huge.mentions} mentions)`);
      assert.ok(r.slices > 10, `the scan was sliced (${r.slices} slices)`);
      // A slice stops at the first step boundary past the 8 ms budget, so the mean stays near the
      // budget; a loaded machine stretches steps, hence the wide margin. Coarse slicing (a budget
      // raised, or steps that each take the thread for long) puts it far above; unsliced work
      // fails the count above.
      assert.ok(meanSlice < 5 * SLICE_BUDGET_MS, `the mean slice keeps to the budget (${meanSlice.toFixed(1)} ms over ${r.slices} slices)`);

      // Pointer and card still respond on the huge page.
      const pt = await markPoint(page, 'Reykjavik summit');
      await page.mouse.click(pt.x, pt.y);
      await waitForCard(page, (s) => /Reykjavik/.test(s.title));
      await page.close();
    });

    it('marks article frames, same-origin and cross-origin, and leaves ad-sized frames alone', async () => {
      const { b, server } = env;
      const page = await b.newPage(`${server.url}/pages/frames.html`);
      const frameFor = async (pred) => {
        for (let i = 0; i < 100; i++) {
          const f = page.frames().find((fr) => pred(fr.url()));
          if (f) return f;
          await sleep(100);
        }
        throw new Error('frame not found');
      };
      const same = await frameFor((u) => u.startsWith(server.url) && u.includes('frame-article'));
      const cross = await frameFor((u) => u.includes('localhost') && u.includes('frame-article'));
      const ad = await frameFor((u) => u.includes('frame-ad'));
      for (const f of [same, cross]) await waitForMark(f, 'Helsinki summit');
      await sleep(1500);
      assert.equal((await allMarks(ad)).length, 0, 'a 150×60 frame is not scanned');

      // A card opens inside the frame, by click.
      const box = await (await page.$('#cross')).boundingBox();
      const pt = await markPoint(cross, 'Helsinki summit');
      await page.mouse.click(box.x + pt.x, box.y + pt.y);
      await waitForCard(cross, (s) => /Helsinki/.test(s.title));
      await page.close();
    });
  });
});
