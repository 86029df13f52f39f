// Marks and cards on news pages, in both real browsers with the built extension:
//  - every seed article, rendered as a news page, gets the marks its labels expect;
//  - the page's DOM after a scan is the DOM it parsed, apart from Parley's one UI host;
//  - what is not prose is never marked;
//  - hover, click and keyboard find the mention and open its card; Escape closes it and focus goes back;
//  - the card shows what it should, never covers its mention, fits and follows the viewport, follows
//    the colour scheme, and axe-core finds no serious violation in it;
//  - related and unknown meetings say so; an unknown one can become an event of the reader's own;
//  - a page with a strict Content-Security-Policy works the same;
//  - the global switch and the per-site pause reach every open tab at once; the popup's tab messages work.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  allMarks, altShift, axeCard, cardState, domAgainstParsed, eachBrowser, inCard, inExtension, keepParsedDom, launch, markPoint,
  marksOver, notesText, setSettings, tabMessage, until, waitForCard, waitForElement, waitForMark, waitForScan, waitUntil, withBrowser, writeNote,
  pressEscape, focusSettledInside,
} from './harness.mjs';
import { seedFiles, seedLabels, seedsAvailable } from '../fixtures/pages/seed-page.mjs';
import { captureCard } from '../../scripts/screenshots.mjs';

const SEEDS = seedsAvailable();
if (!SEEDS && process.env.CI) throw new Error('The seed articles (../shared/seeds) must be present in CI.');
const noSeeds = SEEDS ? false : 'the seed articles (../shared/seeds, next to the repository) are not here';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** '2025-08-15' → '15 August 2025'; '2025-10' → 'October 2025' (as the card writes dates). */
const cardDate = (d) => {
  const [y, m, day] = d.split('-');
  return !m ? y : day ? `${+day} ${MONTHS[+m - 1]} ${y}` : `${MONTHS[+m - 1]} ${y}`;
};
const NAME = { known: 'parley-mention', related: 'parley-related', unknown: 'parley-unknown' };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function noOverlap(a, b) {
  return a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
}
function assertPlaced(s, what) {
  assert.ok(s.open, `${what}: card open`);
  assert.ok(s.marks.length > 0, `${what}: the open mention is highlighted as active`);
  for (const m of s.marks) assert.ok(noOverlap(s.card, m), `${what}: the card ${JSON.stringify(s.card)} covers its mention ${JSON.stringify(m)}`);
  assert.ok(s.card.left >= 0 && s.card.top >= 0 && s.card.right <= s.vw + 0.5 && s.card.bottom <= s.vh + 0.5, `${what}: the card fits the viewport: ${JSON.stringify(s)}`);
}

eachBrowser((kind) => {
  describe(`${kind}: marks and cards on news pages`, () => {
    const env = withBrowser(kind);

    it('marks what each seed article mentions, as its labels expect, and shows the right meeting', { skip: noSeeds }, async () => {
      const { b, server } = env;
      const labels = seedLabels().articles;
      const files = seedFiles();
      for (const [n, file] of files.entries()) {
        const label = labels.find((a) => a.file === file);
        if (!label) continue;
        const page = await b.newPage();
        await keepParsedDom(page);
        await page.goto(`${server.url}/seed/${n}`, { waitUntil: 'load' });
        await waitForScan(page);
        const must = await marksOver(page, label.must.map((m) => m.quote));
        label.must.forEach((m, i) => {
          assert.ok(must[i].found, `${file}: the page has "${m.quote}"`);
          assert.ok(must[i].names.includes(NAME[m.match]), `${file}: "${m.quote}" is marked as ${m.match} (marks over it: ${JSON.stringify(must[i].names)})`);
        });
        const not = await marksOver(page, label.mustNot.map((m) => m.quote));
        label.mustNot.forEach((m, i) => {
          const wrong = not[i].names.filter((nm) => nm !== 'parley-related');
          assert.deepEqual(wrong, [], `${file}: "${m.quote}" is not presented as a US–Russia meeting (${m.why})`);
        });

        // The card of the first labelled mention: the meeting the label names, or "not in your database".
        const first = label.must[0];
        const mark = (await allMarks(page)).find((mk) => mk.name === NAME[first.match] && (mk.text.includes(first.quote) || first.quote.includes(mk.text)));
        assert.ok(mark, `${file}: a mark to open for "${first.quote}"`);
        const pt = await markPoint(page, mark.text, mark.name);
        await page.mouse.click(pt.x, pt.y);
        const s = await waitForCard(page, (st) => st.open && st.title !== 'Loading…');
        if (first.match === 'unknown') {
          assert.equal(s.title, 'A meeting not in your database', file);
        } else {
          const date = await page.$eval(inCard('card-date'), (e) => e.textContent);
          const ok = [first.date, ...(first.alsoAccept ?? [])].map(cardDate);
          assert.ok(ok.some((d) => date.startsWith(d) || date.includes(d)), `${file}: card date "${date}" is one of ${ok.join(' / ')}`);
          if (first.place) {
            const place = await page.$eval(inCard('card-place'), (e) => e.textContent);
            assert.ok(place.includes(first.place.split(',')[0]), `${file}: card place "${place}" names ${first.place}`);
          }
          if (first.match === 'related') assert.match(await page.$eval(inCard('card-related'), (e) => e.textContent), /^Not a US–Russia meeting/);
        }
        assertPlaced(s, file);
        const dom = await domAgainstParsed(page);
        assert.ok(dom.same, `${file}: the page's DOM is unchanged apart from Parley's host (first difference near …${dom.now}… vs parsed …${dom.parsed}…)`);
        assert.equal(dom.hosts, 1, `${file}: exactly one Parley host element`);
        await page.close();
      }
    });

    it('leaves the page’s DOM exactly as parsed, before and after a card opens', async () => {
      const { b, server } = env;
      for (const url of ['/pages/cards.html', '/pages/anchorage.html', '/csp/csp-article.html']) {
        const page = await b.newPage();
        await keepParsedDom(page);
        await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
        await waitForScan(page);
        assert.ok((await allMarks(page)).length > 0, `${url}: marked`);
        let dom = await domAgainstParsed(page);
        assert.ok(dom.same && dom.hosts === 0, `${url}: no node added or changed by marking (…${dom.now}…)`);
        const first = (await allMarks(page))[0];
        const pt = await markPoint(page, first.text, first.name);
        await page.mouse.click(pt.x, pt.y);
        await waitForCard(page);
        dom = await domAgainstParsed(page);
        assert.ok(dom.same && dom.hosts === 1, `${url}: one host element is all the card adds (…${dom.now}…)`);
        await page.close();
      }
    });

    it('marks prose only: not scripts, styles, code, pre, form fields, editable, hidden or aria-hidden text, nor its own card', async () => {
      const { b, server } = env;
      const page = await b.newPage(`${server.url}/pages/skip.html`);
      await waitForScan(page);
      const marks = await allMarks(page);
      assert.equal(marks.length, 1, `only the visible paragraph is marked: ${JSON.stringify(marks)}`);
      const over = await marksOver(page, ['Helsinki summit in July 2018. (pre)', 'Helsinki summit in July 2018. (editable)']);
      assert.deepEqual(over.map((o) => o.names), [[], []]);
      const pt = await markPoint(page, marks[0].text, marks[0].name);
      await page.mouse.click(pt.x, pt.y);
      await waitForCard(page, (s) => s.open && /Helsinki/.test(s.title));
      await sleep(600);
      assert.equal((await allMarks(page)).length, 1, 'the card’s own text (which names the summit) is never marked');
      await page.close();
    });

    it('hover peeks, click pins with focus inside, Escape closes and gives focus back, Alt+Shift+N/P walk the mentions', async () => {
      const { b, server } = env;
      const page = await b.newPage(`${server.url}/pages/cards.html`);
      await waitForScan(page);
      await waitForMark(page, 'Helsinki summit');

      // Hover: the peek opens after a short pause, without taking focus; leaving closes it.
      const pt = await markPoint(page, 'Helsinki summit');
      await page.mouse.move(pt.x - 30, pt.y + 200);
      await page.mouse.move(pt.x, pt.y, { steps: 4 });
      let s = await waitForCard(page, (st) => st.open && /Helsinki/.test(st.title));
      assert.equal(s.mode, 'peek', 'a hover gives the peek, not the full card');
      assert.equal(s.focusInside, false, 'hovering does not move focus');
      assertPlaced(s, 'hover');
      await page.mouse.move(5, 5, { steps: 3 });
      await waitForCard(page, (st) => !st.open);

      // Click: pinned, focus in the dialog; Tab stays inside.
      await page.mouse.click(pt.x, pt.y);
      s = await waitForCard(page, (st) => st.open && st.focusInside);
      assert.equal(s.focusRole, 'dialog');
      assert.equal(s.mode, 'card', 'a click opens the full card');
      for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
      const where = () =>
        page.evaluate(() => {
          const host = document.querySelector('parley-card-host');
          const inner = host?.shadowRoot?.activeElement;
          return `${document.activeElement?.outerHTML.slice(0, 60) ?? 'nothing'}; in the card: ${inner ? inner.outerHTML.slice(0, 80) : 'nothing'}; page has focus: ${document.hasFocus()}`;
        });
      assert.equal(await focusSettledInside(page), true, `Tab keeps focus inside the open card (focus went to ${await where()})`);
      await page.keyboard.down('Shift');
      for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      assert.equal(await focusSettledInside(page), true, `Shift+Tab too (focus went to ${await where()})`);
      await page.mouse.move(5, 5);
      await sleep(700);
      assert.equal((await cardState(page)).open, true, 'a pinned card stays when the pointer leaves');
      await pressEscape(page);
      await waitForCard(page, (st) => !st.open);

      // Keyboard: focus a link, walk mentions, Escape returns focus to the link.
      // (The walk goes on from the last mention the reader opened, here the Helsinki summit.) The
      // first Alt+Shift+N peeks; Enter opens the full card, and from then on the walk is in full cards.
      const all = (await allMarks(page)).length;
      await page.focus('nav a');
      const order = [];
      for (let i = 0; i < all; i++) {
        await altShift(page, 'KeyN');
        if (i === 0) {
          await waitForCard(page, (st) => st.open && st.mode === 'peek' && !st.focusInside && st.title !== 'Loading…');
          await page.keyboard.press('Enter');
        }
        s = await waitForCard(page, (st) => st.open && st.focusInside && st.mark !== order[order.length - 1] && st.title !== 'Loading…');
        order.push(s.mark);
        assertPlaced(s, `mention ${s.mark}`);
      }
      assert.equal(new Set(order).size, all, `every mention in turn: ${order.join(' | ')}`);
      assert.match(order[all - 1], /Helsinki/, 'after the last one, the walk wraps around');
      await altShift(page, 'KeyP');
      s = await waitForCard(page, (st) => st.open && st.mark === order[all - 2]);
      await pressEscape(page);
      await waitForCard(page, (st) => !st.open);
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'World', 'focus is back on the link');
      await page.close();
    });

    it('the card: the meeting, its date, place, people, status, summary, outcomes, neighbours, sources, why; notes with the quote', async () => {
      const { b, server } = env;
      const page = await b.newPage(`${server.url}/pages/cards.html`);
      await waitForMark(page, 'Helsinki summit');
      const pt = await markPoint(page, 'Helsinki summit');
      await page.mouse.click(pt.x, pt.y);
      await waitForCard(page, (s) => /Helsinki/.test(s.title));
      const text = (id) => page.$eval(inCard(id), (e) => e.textContent);
      assert.equal(await text('card-date'), '16 July 2018');
      assert.match(await text('card-place'), /Helsinki, Finland/);
      assert.equal(await text('card-status'), 'Held');
      const card = await text('parley-card');
      assert.match(card, /Vladimir Putin/);
      assert.match(card, /Donald Trump/);
      assert.ok((await text('card-summary')).length > 40, 'a summary');
      assert.ok((await text('card-outcomes')).length > 5, 'outcomes');
      assert.match(await text('card-why'), /Why Parley thinks so/);
      const links = await page.$$eval('parley-card-host >>> [data-testid="card-sources"] a', (as) => as.map((a) => [a.href, a.target, a.rel]));
      assert.ok(links.length > 0 && links.every(([h, t, r]) => /^https?:/.test(h) && t === '_blank' && /noopener/.test(r)), JSON.stringify(links));

      // The meetings before and after, navigable inside the card, and back.
      const nextTitle = await page.$eval(inCard('nav-after'), (e) => e.querySelector('.ref-title').textContent);
      await page.locator(inCard('nav-after')).click();
      await waitForCard(page, (s) => s.title === nextTitle);
      assert.equal(await page.$(inCard('card-why')), null, 'the reasons belong to the mention’s own meeting');
      await page.locator(inCard('nav-before')).click();
      await waitForCard(page, (s) => /Helsinki/.test(s.title));
      await page.locator(inCard('card-back')).click();
      await page.locator(inCard('card-back')).click();
      await waitForCard(page, (s) => /Helsinki/.test(s.title) && s.open);
      assert.equal(await page.$(inCard('card-back')), null, 'back at the mention’s meeting');

      // A note, saved with the quote; the card lists it.
      const note = `Compare with Geneva 1985 #${kind}`;
      // (in the card's notes frame, an extension page inside the card)
      const notes = await writeNote(page, note);
      await waitUntil(notes, (n) => document.querySelector('[data-testid="card-notes"]')?.textContent.includes(n), { timeout: 10_000 }, 'Compare with Geneva 1985');
      // Its #tag left the text and is a chip (tags are one thing, as in the popup).
      const tagged = await notes.$$eval('[data-testid="card-note"]', (ns, k) => ns.filter((n) => n.textContent.includes('Compare with Geneva 1985')).map((n) => ({ body: n.querySelector('.note-body').textContent, chips: [...n.querySelectorAll('.tag')].map((t) => t.textContent) })), kind);
      assert.deepEqual(tagged, [{ body: 'Compare with Geneva 1985', chips: [`#${kind}`] }]);
      assert.match(await notes.$eval('[data-testid="card-notes"]', (e) => e.textContent), /“Helsinki summit in July 2018”|Helsinki summit/);
      // A note written elsewhere (the popup, another tab) shows up in the open card.
      await inExtension(b, (body) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ parley: 1, type: 'saveNote', req: { eventId: '2018-helsinki-summit', body, tags: [] } }), 'Written in the popup');
      await waitUntil(notes, () => document.querySelector('[data-testid="card-notes"]')?.textContent.includes('Written in the popup'), { timeout: 10_000 });

      // Styles of the page do not reach the card.
      const style = await page.$eval(inCard('card-title'), (e) => [getComputedStyle(e).color, getComputedStyle(e).fontFamily, getComputedStyle(e).letterSpacing]);
      assert.notEqual(style[0], 'rgb(255, 0, 0)');
      assert.doesNotMatch(style[1], /Comic/);
      assert.notEqual(style[2], '3px');
      assert.deepEqual(await axeCard(page), [], 'axe-core: no serious or critical violation in the card');
      await page.close();
    });

    it('the card never covers its mention, fits small viewports and follows scrolling', async () => {
      const { b, server } = env;
      const page = await b.newPage(`${server.url}/pages/cards.html`);
      await waitForMark(page, 'Malta summit');
      for (const [w, h] of [[1280, 900], [420, 560]]) {
        await page.setViewport({ width: w, height: h });
        // Firefox lays the page out for the new size a moment after the call returns.
        await until(() => page.evaluate((w, h) => innerWidth === w && innerHeight === h, w, h), { what: `the viewport at ${w}×${h}`, page });
        for (const which of ['Helsinki summit', 'Malta summit']) {
          const pt = await markPoint(page, which);
          await page.mouse.click(pt.x, pt.y);
          const s = await waitForCard(page, (st) => st.open && st.title !== 'Loading…');
          await sleep(300); // the card settles once its data is in
          assertPlaced(await cardState(page), `${which} at ${w}×${h}`);
          // Scroll a little: the card moves with the mention.
          const before = await cardState(page);
          await page.evaluate(() => scrollBy(0, 40));
          await sleep(250);
          const afterScroll = await cardState(page);
          assertPlaced(afterScroll, `${which} at ${w}×${h}, scrolled`);
          // It stays next to its mention: the same small gap, or held at the edge of the viewport.
          const gap = (st) => {
            const m = { top: Math.min(...st.marks.map((r) => r.top)), bottom: Math.max(...st.marks.map((r) => r.bottom)) };
            return st.card.top >= m.bottom ? st.card.top - m.bottom : m.top - st.card.bottom;
          };
          assert.ok(gap(afterScroll) <= 12 || afterScroll.card.top <= 9 || afterScroll.card.bottom >= afterScroll.vh - 9, `${which}: the card followed its mention (gap ${gap(afterScroll)})`);
          assert.ok(Math.abs(gap(afterScroll) - gap(before)) <= 2 || gap(before) > 12, 'same gap before and after scrolling');
          await pressEscape(page);
          await waitForCard(page, (st) => !st.open);
        }
      }
      await page.close();
    });

    it('a related event says it is not a US–Russia meeting; an unknown one offers the nearest and becomes the reader’s event', async () => {
      const { b, server } = env;
      const page = await b.newPage(`${server.url}/pages/cards.html`);
      await waitForMark(page, 'Istanbul', 'parley-related');
      let pt = await markPoint(page, 'Istanbul', 'parley-related');
      await page.mouse.click(pt.x, pt.y);
      await waitForCard(page, (s) => s.open && s.title !== 'Loading…');
      assert.match(await page.$eval(inCard('card-related'), (e) => e.textContent), /^Not a US–Russia meeting/);
      await pressEscape(page);

      await waitForMark(page, 'Ulaanbaatar', 'parley-unknown');
      pt = await markPoint(page, 'Ulaanbaatar', 'parley-unknown');
      await page.mouse.click(pt.x, pt.y);
      let s = await waitForCard(page, (st) => st.title === 'A meeting not in your database');
      assert.match(await page.$eval(inCard('card-unknown'), (e) => e.textContent), /not in your database/);
      await waitForElement(page, inCard('card-candidates'), { timeout: 10_000 });
      assert.deepEqual(await axeCard(page), [], 'axe-core: unknown card');
      // A note on the unknown meeting: it moves to the event the reader makes from it.
      await writeNote(page, 'Who flew to Ulaanbaatar?');
      await page.locator(inCard('create-open')).click();
      await waitForElement(page, inCard('create-form'));
      assert.deepEqual(await axeCard(page), [], 'axe-core: the create form');
      await page.locator(inCard('create-title')).fill('US–Russia consultations in Ulaanbaatar');
      await page.locator(inCard('create-date')).fill('2025-08');
      await page.locator(inCard('create-city')).fill('Ulaanbaatar');
      await page.locator(inCard('create-country')).fill('Mongolia');
      await page.locator(inCard('create-save')).click();
      s = await waitForCard(page, (st) => st.title === 'US–Russia consultations in Ulaanbaatar', 15_000);
      assert.match(await page.$eval(inCard('parley-card'), (e) => e.textContent), /Added by you/);
      assert.equal(await page.$eval(inCard('card-status'), (e) => e.textContent), 'Reported, unverified');
      await until(async () => (await notesText(page)).includes('Who flew to Ulaanbaatar?'), { what: 'the note in the new event’s notes frame', timeout: 10_000 });
      // The matcher is rebuilt with the new event: the mention is now the reader's own meeting on the
      // page, with a mark style of its own (not the blue of checked meetings).
      await waitForMark(page, 'Ulaanbaatar', 'parley-user', 20_000);
      assert.equal((await allMarks(page)).filter((m) => m.name === 'parley-mention' && /Ulaanbaatar/.test(m.text)).length, 0);
      assert.equal((await allMarks(page)).filter((m) => m.name === 'parley-unknown' && /Ulaanbaatar/.test(m.text)).length, 0);
      await page.close();
    });

    it('follows the reader’s colour scheme', async () => {
      const { b, server } = env;
      const dark = await launch(kind, { colorScheme: 'dark' });
      try {
        const colours = {};
        for (const [scheme, browser] of [['light', b], ['dark', dark]]) {
          const page = await browser.newPage(`${server.url}/pages/cards.html`);
          await waitForMark(page, 'Helsinki summit');
          const pt = await markPoint(page, 'Helsinki summit');
          await page.mouse.click(pt.x, pt.y);
          await waitForCard(page, (s) => /Helsinki/.test(s.title));
          colours[scheme] = await page.$eval(inCard('parley-card'), (e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color]);
          if (scheme === 'dark') assert.deepEqual(await axeCard(page), [], 'axe-core: dark card');
          await page.close();
        }
        assert.equal(colours.light[0], 'rgb(255, 255, 255)');
        assert.equal(colours.dark[0], 'rgb(28, 32, 41)');
        assert.notEqual(colours.light[1], colours.dark[1]);
      } finally {
        await dark.close();
      }
    });

    it('works the same on a page with a strict Content-Security-Policy', async () => {
      const { b, server } = env;
      const page = await b.newPage(`${server.url}/csp/csp-article.html`);
      await waitForMark(page, 'Geneva summit');
      const pt = await markPoint(page, 'Geneva summit');
      await page.mouse.click(pt.x, pt.y);
      await waitForCard(page, (s) => /Geneva/.test(s.title));
      assert.match(await page.$eval(inCard('card-date'), (e) => e.textContent), /16 June 2021/);
      const look = await page.evaluate(() => {
        const f = document.querySelector('parley-card-host').shadowRoot.querySelector('.frame');
        const c = f.querySelector('.card');
        return [getComputedStyle(f).position, getComputedStyle(c).backgroundColor, getComputedStyle(c).borderTopLeftRadius];
      });
      assert.deepEqual(look, ['fixed', 'rgb(255, 255, 255)', '10px'], 'the card is styled despite style-src none');
      const marked = await page.evaluate(() => getComputedStyle(document.querySelector('article p')).color);
      assert.ok(marked, 'page renders');
      await page.close();
    });

    it('makes the README’s screenshot of a card (npm run screenshots writes it to docs/)', async () => {
      const { b, server } = env;
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-shot-'));
      try {
        const r = await captureCard(b, server.url, path.join(dir, `card-${kind}.png`));
        const head = fs.readFileSync(r.file).subarray(0, 8);
        assert.deepEqual([...head], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
        assert.ok(r.bytes < 120_000, `small: ${r.bytes} bytes`);
        assert.ok(r.width >= 300 && r.height >= 200, `cropped to the card and its mention: ${r.width}×${r.height}`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('the global switch and the per-site pause reach every open tab at once; the popup can list and open mentions', async () => {
      const { b, server } = env;
      const a = await b.newPage(`${server.url}/pages/cards.html`);
      const other = `${server.url.replace('127.0.0.1', 'localhost')}/pages/cards.html`;
      const c = await b.newPage(other);
      await waitForMark(a, 'Helsinki summit');
      await waitForMark(c, 'Helsinki summit');

      const list = await tabMessage(b, `${server.url}/pages/cards.html`, 'listMentions');
      assert.equal(list.active, true);
      assert.ok(list.mentions.length >= 5, JSON.stringify(list));
      assert.equal(list.mentions[0].eventId, '2018-helsinki-summit');
      assert.match(list.mentions[0].title, /Helsinki/);
      assert.deepEqual(list.mentions.map((m) => m.status).slice(0, 2), ['known', 'related'], 'in document order, with their kinds');
      await a.bringToFront();
      const malta = list.mentions.find((m) => /Malta/.test(m.quote));
      assert.equal(await tabMessage(b, `${server.url}/pages/cards.html`, 'openMention', { id: malta.id }), true);
      await waitForCard(a, (s) => /Malta/.test(s.title));

      const count = async (p) => (await allMarks(p)).length;
      const hosts = (p) => p.evaluate(() => document.querySelectorAll('parley-card-host').length);
      await setSettings(b, { enabled: false });
      for (const p of [a, c]) await waitUntil(p, () => !document.querySelector('parley-card-host') && ![...(CSS.highlights?.values() ?? [])].some((h) => h.size), { timeout: 10_000 });
      assert.equal(await count(a), 0);
      assert.equal(await hosts(a), 0, 'off means off: the host element is gone too');
      assert.equal((await tabMessage(b, `${server.url}/pages/cards.html`, 'listMentions')).active, false);
      await setSettings(b, { enabled: true });
      await waitForMark(a, 'Helsinki summit');
      await waitForMark(c, 'Helsinki summit');

      await setSettings(b, { pausedSites: ['127.0.0.1'] });
      await waitUntil(a, () => ![...(CSS.highlights?.values() ?? [])].some((h) => h.size), { timeout: 10_000 });
      await sleep(300);
      assert.ok((await count(c)) > 0, 'another site keeps its marks');
      await setSettings(b, { pausedSites: [] });
      await waitForMark(a, 'Helsinki summit');
      await a.close();
      await c.close();
    });
  });
});
