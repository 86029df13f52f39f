// The card as a reader meets it, in both real browsers with the built extension
// (tests/fixtures/pages/card-reading.html, published 21 May 2025):
//  - a hover shows the small peek (≤ 160 px, never over the mention's line, no focus taken), with how
//    long before the article the meeting was; a click or Enter opens the full card, with focus in it;
//  - from the keyboard, Alt+Shift+N/P peek at the next/previous mention without moving focus, a live
//    region says which ("Mention 1 of 6: …"), Enter opens the full card, Escape gives focus back;
//  - the full card reads top-down: what and when, summary, what came of it, who met, timeline,
//    sources, your notes, why; the notes are one click away without scrolling;
//  - the series shows each round's status, and a planned round whose date passed says so;
//  - an unknown meeting says what Parley searched for; a forecast is a forecast, never "Held";
//  - adding an unknown meeting: the form starts from the mention's words, marks its required fields,
//    drops an error as soon as its field is right, keeps focus where the reader is, and the new event
//    is "added by you" on the card and gets the reader's own mark on the page;
//  - in dark mode the card and its scrollbar are dark (Firefox paints it from scrollbar-color).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { altShift, axeCard, cardState, eachBrowser, inCard, launch, markPoint, notesFrame, until, waitForCard, waitForElement, waitForMark, withBrowser, pressEscape } from './harness.mjs';

const PAGE = '/pages/card-reading.html';
const KNOWN = 'Riyadh talks';
const SERIES = 'second round of embassy consultations';
const UNKNOWN = 'talks in Ankara';
const FORECAST = 'will meet in Istanbul';

const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function openPage(env, text, name) {
  const page = await env.b.newPage(`${env.server.url}${PAGE}`);
  await page.bringToFront();
  await waitForMark(page, text, name);
  return page;
}

/** Hovers a mark the way a reader does: from off the text, in a few steps. */
async function hover(page, text, name) {
  const pt = await markPoint(page, text, name);
  await page.mouse.move(pt.x - 40, pt.y + 160);
  await page.mouse.move(pt.x, pt.y, { steps: 4 });
  return pt;
}

/** Clicks a mark and waits for the full card, pinned, with focus inside and its content loaded. */
async function openCard(page, text, name, ready = (s) => s.title !== 'Loading…') {
  const pt = await markPoint(page, text, name);
  await page.mouse.click(pt.x, pt.y);
  return waitForCard(page, (s) => s.open && s.mode === 'card' && s.focusInside && ready(s));
}

const text = (page, id) => page.$eval(inCard(id), (e) => e.textContent);

eachBrowser((kind) => {
  describe(`${kind}: the card, peek and full`, () => {
    const env = withBrowser(kind);

    it('hover peeks (small, beside the line, no focus); click pins the full card; Enter on a peek opens it too', async () => {
      const page = await openPage(env, KNOWN);
      await hover(page, KNOWN);
      const s = await waitForCard(page, (st) => st.open && st.mode === 'peek' && /Riyadh/.test(st.title) && st.eventId !== '');
      await page.$eval(inCard('peek-status'), () => true); // the peek has its meeting
      const box = await page.$eval('parley-card-host >>> .frame', (f) => {
        const r = f.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, height: r.height };
      });
      assert.ok(box.height <= 160, `the peek is at most 160 px tall: ${box.height}`);
      assert.ok(s.marks.length > 0, 'the peeked mention is highlighted');
      // Its line box (the whole line of text, not only the marked words) stays clear.
      const line = await page.evaluate((t) => {
        const r = [...CSS.highlights.get('parley-active')][0];
        const p = r.startContainer.parentElement.getBoundingClientRect();
        const m = r.getBoundingClientRect();
        return { left: p.left, right: p.right, top: m.top, bottom: m.bottom, t };
      }, KNOWN);
      assert.ok(!overlaps(box, line), `the peek ${JSON.stringify(box)} covers the mention's line ${JSON.stringify(line)}`);
      assert.equal(s.focusInside, false, 'a peek never takes focus');
      assert.equal(await page.$(inCard('parley-card')), null, 'a hover gives the peek, not the full card');
      assert.equal(await page.$(inCard('notes-frame')), null, 'no notes (frame) in the peek');
      assert.equal(await text(page, 'peek-relative'), '3 months before this article');
      assert.equal(await text(page, 'peek-when'), '18 February 2025 · Riyadh');
      assert.equal(await text(page, 'peek-status'), 'Held');
      assert.deepEqual(await axeCard(page), [], 'axe-core: the peek');

      // Enter while it peeks: the full card, focus in it.
      await page.keyboard.press('Enter');
      let full = await waitForCard(page, (st) => st.open && st.mode === 'card' && st.focusInside);
      assert.equal(full.focusRole, 'dialog');
      await pressEscape(page);
      await waitForCard(page, (st) => !st.open);

      // A click pins the full card.
      full = await openCard(page, KNOWN);
      assert.match(full.title, /Riyadh/);
      // The notes frame is an extension page of its own, inserted once the card has its event: on a
      // loaded machine it may come a moment after the title.
      assert.ok(await waitForElement(page, inCard('notes-frame'), { timeout: 15_000 }).catch(() => null), 'the full card has the notes frame');
      await page.mouse.move(5, 5, { steps: 3 });
      await new Promise((r) => setTimeout(r, 800));
      assert.equal((await cardState(page)).mode, 'card', 'a pinned card stays when the pointer leaves');
      await page.close();
    });

    it('keyboard: Alt+Shift+N/P peek at each mention (focus stays on the page), the live region says which, Enter opens the card, Escape gives focus back', async () => {
      const page = await openPage(env, KNOWN);
      await page.focus('a[href="#"]');
      const focusedLink = () => page.evaluate(() => document.activeElement?.textContent ?? '');
      const live = () => page.$eval('parley-card-host >>> [data-testid="parley-live"]', (e) => ({ text: e.textContent, role: e.getAttribute('role'), polite: e.getAttribute('aria-live') }));
      await altShift(page, 'KeyN');
      let s = await waitForCard(page, (st) => st.open && st.mode === 'peek' && st.eventId !== '');
      assert.equal(s.focusInside, false, 'the keyboard’s peek takes no focus');
      assert.equal(await focusedLink(), 'World', 'focus stays on the link');
      assert.ok(s.marks.length > 0, 'the mention it peeks at has the active tint');
      const total = await page.evaluate(() => ['parley-mention', 'parley-related', 'parley-unknown', 'parley-user'].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0));
      await until(async () => (await live()).text.startsWith(`Mention 1 of ${total}: `), { what: 'the live region to say which mention' });
      let said = await live();
      assert.equal(said.role, 'status');
      assert.equal(said.polite, 'polite');
      assert.ok(said.text.includes(s.title), `it says the meeting’s title: ${said.text}`);
      assert.deepEqual(await axeCard(page), [], 'axe-core: the keyboard’s peek');
      const first = s.mark;
      // The pointer moving about the page does not close a peek the keyboard opened.
      await page.mouse.move(5, 5, { steps: 3 });
      await new Promise((r) => setTimeout(r, 800));
      assert.equal((await cardState(page)).open, true, 'the keyboard’s peek stays while the pointer is elsewhere');
      await altShift(page, 'KeyN');
      s = await waitForCard(page, (st) => st.open && st.mode === 'peek' && st.mark !== first && st.eventId !== '' || st.mode === 'peek' && /not in your database/.test(st.title));
      await until(async () => (await live()).text.startsWith(`Mention 2 of ${total}: `), { what: 'the live region to say the second mention' });
      await altShift(page, 'KeyP');
      s = await waitForCard(page, (st) => st.open && st.mark === first);
      assert.equal(await focusedLink(), 'World');
      // Enter: the full card, focus inside; Escape: closed, focus back on the link.
      await page.keyboard.press('Enter');
      s = await waitForCard(page, (st) => st.open && st.mode === 'card' && st.focusInside);
      assert.equal(s.focusRole, 'dialog');
      assert.equal(s.mark, first);
      assert.equal(page.url().endsWith('#'), false, 'Enter opened the card rather than following the focused link');
      await pressEscape(page);
      await waitForCard(page, (st) => !st.open);
      assert.equal(await focusedLink(), 'World', 'focus is back where it was');
      // Escape on a peek just closes it.
      await altShift(page, 'KeyN');
      await waitForCard(page, (st) => st.open && st.mode === 'peek');
      await pressEscape(page);
      await waitForCard(page, (st) => !st.open);
      assert.equal(await focusedLink(), 'World');
      await page.close();
    });

    it('the full card reads top-down, and the notes are reachable without scrolling', async () => {
      const page = await openPage(env, KNOWN);
      await openCard(page, KNOWN);
      await page.$eval(inCard('card-summary'), () => true);
      const order = await page.$eval(inCard('parley-card'), (card) => {
        const ids = ['card-what', 'card-summary', 'card-outcomes', 'card-who', 'card-timeline', 'card-sources', 'card-notes-section', 'card-why'];
        const els = ids.map((id) => card.querySelector(`[data-testid="${id}"]`));
        return { missing: ids.filter((_, i) => !els[i]), sorted: els.every((el, i) => i === 0 || !el || !els[i - 1] || els[i - 1].compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) };
      });
      assert.deepEqual(order.missing, [], 'every section is there');
      assert.ok(order.sorted, 'in reading order: what, summary, outcomes, who, timeline, sources, notes, why');
      // Who met: names only, no job titles until "All participants" is opened.
      const who = await page.$eval(inCard('card-who'), (e) => e.querySelector('dl').textContent);
      assert.doesNotMatch(who, /Secretary|Minister|Adviser/, `names only: ${who}`);
      // Why, in plain words.
      const why = await page.$eval(inCard('card-why'), (e) => e.querySelector('ul').textContent);
      assert.match(why, /The page /);
      assert.doesNotMatch(why, /alias '|context words|^date \d/);

      // The notes button is in view at the top of the card; it brings the note field into view, focused.
      const seen = await page.$eval('parley-card-host >>> .frame', (f) => {
        const fr = f.getBoundingClientRect();
        const b = f.querySelector('[data-testid="card-to-notes"]').getBoundingClientRect();
        return { scrollTop: f.scrollTop, inside: b.top >= fr.top && b.bottom <= fr.bottom && b.width > 0, scrolls: f.scrollHeight > f.clientHeight };
      });
      assert.ok(seen.inside && seen.scrollTop === 0, `"Your notes" is visible without scrolling: ${JSON.stringify(seen)}`);
      await page.$eval(inCard('card-to-notes'), (b) => b.click());
      // (The notes are a frame of their own, lib/ui/card/NotesSection.tsx; focused, it puts the caret in its note field.)
      const after = await page.$eval('parley-card-host >>> .frame', (f) => {
        const fr = f.getBoundingClientRect();
        const t = f.querySelector('[data-testid="notes-frame"]');
        const r = t.getBoundingClientRect();
        return { focused: f.getRootNode().activeElement === t, visible: r.top >= fr.top - 1 && r.top < fr.bottom };
      });
      assert.deepEqual(after, { focused: true, visible: true }, 'the notes frame is in view and focused');
      const notes = await notesFrame(page);
      await until(() => notes.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'note-body'), { what: 'the note field to have the caret', timeout: 15_000 });
      // And the button stays in view once the card has scrolled.
      const still = await page.$eval('parley-card-host >>> .frame', (f) => {
        const fr = f.getBoundingClientRect();
        const b = f.querySelector('[data-testid="card-to-notes"]').getBoundingClientRect();
        return b.top >= fr.top - 1 && b.bottom <= fr.bottom + 1;
      });
      assert.ok(still, 'the header with the notes button stays in view');
      assert.deepEqual(await axeCard(page), [], 'axe-core: the full card');
      await page.close();
    });

    it('the series shows each round’s status; a planned round whose date passed says so', async () => {
      const page = await openPage(env, SERIES);
      await openCard(page, SERIES, 'parley-mention', (s) => /embassy/i.test(s.title));
      const rounds = await page.$$eval(inCard('card-series') + ' li', (lis) => lis.map((li) => li.textContent));
      assert.ok(rounds.some((r) => /June 2025 · called off/.test(r)), `a called-off round: ${JSON.stringify(rounds)}`);
      assert.ok(rounds.some((r) => /October 2025 – November 2025 · planned, date passed/.test(r)), `a planned round whose date passed: ${JSON.stringify(rounds)}`);
      assert.ok(rounds.some((r) => /10 April 2025 · held · this one/.test(r)), `this round: ${JSON.stringify(rounds)}`);
      await page.close();
    });

    it('an unknown meeting says what Parley searched for and found nothing, in the peek and the card', async () => {
      const page = await openPage(env, UNKNOWN, 'parley-unknown');
      await hover(page, UNKNOWN, 'parley-unknown');
      await waitForCard(page, (st) => st.open && st.mode === 'peek');
      await page.$eval(inCard('peek-unknown'), () => true);
      assert.match(await text(page, 'peek-unknown'), /^No US–Russia meeting in Ankara around March 2025 in the dataset(; nearest: .+|\.)$/);
      await page.mouse.move(5, 5, { steps: 3 });
      await waitForCard(page, (st) => !st.open);
      await openCard(page, UNKNOWN, 'parley-unknown');
      assert.equal(await text(page, 'card-title'), 'A meeting not in your database');
      const searched = await text(page, 'card-searched');
      assert.match(searched, /^No US–Russia meeting in Ankara around March 2025 in the dataset(; nearest:|\.)$/);
      if (searched.endsWith('nearest:')) assert.ok((await page.$$(inCard('card-candidates') + ' li')).length > 0, 'the nearest meetings follow');
      assert.match(await text(page, 'create-open'), /reported, unverified/);
      await page.close();
    });

    it('words that expect a meeting are shown as a forecast, never as "Held"', async () => {
      const page = await openPage(env, FORECAST, 'parley-related');
      await hover(page, FORECAST, 'parley-related');
      await waitForCard(page, (st) => st.open && st.mode === 'peek' && st.eventId !== '');
      await page.$eval(inCard('peek-status'), () => true);
      assert.equal(await text(page, 'peek-status'), 'Expected in this article');
      await page.mouse.move(5, 5, { steps: 3 });
      await waitForCard(page, (st) => !st.open);
      await openCard(page, FORECAST, 'parley-related');
      await page.$eval(inCard('card-status'), () => true);
      assert.equal(await text(page, 'card-status'), 'Expected in this article');
      assert.match(await text(page, 'card-forecast'), /^This article expected a meeting \(.+\); the one on record is .+, held 2 June 2025\.$/);
      await page.close();
    });

    it('adding the unknown meeting: prefilled form, required fields marked, errors go once fixed, focus kept; then "added by you" and its own mark', async () => {
      const page = await openPage(env, UNKNOWN, 'parley-unknown');
      await openCard(page, UNKNOWN, 'parley-unknown');
      await page.locator(inCard('create-open')).click();
      await page.waitForSelector(inCard('create-form'));
      const value = (id) => page.$eval(inCard(id), (e) => e.value);
      const focusedId = () => page.evaluate(() => document.querySelector('parley-card-host').shadowRoot.activeElement?.getAttribute('data-testid') ?? null);
      // Prefilled from "talks in Ankara in March" on a page of 21 May 2025: a short title, the month, the city and its country.
      const title = await value('create-title');
      assert.match(title, /Ankara/, `a title from the quote: ${title}`);
      assert.notEqual(title, 'The US and Russian delegations met for talks in Ankara in March, according to two officials.');
      assert.match(await value('create-date'), /^2025-03/);
      assert.equal(await value('create-city'), 'Ankara');
      assert.match(await value('create-country'), /^(Turkey|Türkiye)$/);
      // Required fields say so, in words and to assistive technology; the city does not.
      const req = await page.$eval(inCard('create-form'), (f) => ['create-title', 'create-date', 'create-country', 'create-city'].map((id) => {
        const el = f.querySelector(`[data-testid="${id}"]`);
        return [id, el.getAttribute('aria-required'), /\(required\)/.test(el.closest('label').textContent)];
      }));
      assert.deepEqual(req, [['create-title', 'true', true], ['create-date', 'true', true], ['create-country', 'true', true], ['create-city', null, false]]);
      // Empty the title and the date, send: both errors show, focus goes to the first wrong field.
      for (const id of ['create-title', 'create-date']) {
        await page.locator(inCard(id)).click();
        await page.$eval(inCard(id), (e) => e.select());
        await page.keyboard.press('Backspace');
      }
      await page.locator(inCard('create-save')).click();
      await page.waitForSelector(inCard('create-title-error'));
      assert.ok(await page.$(inCard('create-start-error')), 'the date’s error shows too');
      await until(async () => (await focusedId()) === 'create-title', { what: 'focus on the first wrong field' });
      assert.equal(await page.$eval(inCard('create-title'), (e) => e.getAttribute('aria-invalid')), 'true');
      // Typing a title: its error goes at once (no second send), the date's stays, focus stays in the field.
      await page.keyboard.type('Ankara talks, March 2025');
      await until(async () => !(await page.$(inCard('create-title-error'))), { what: 'the title’s error to go as soon as it is right' });
      assert.ok(await page.$(inCard('create-start-error')), 'the date’s error stays until the date is right');
      assert.equal(await focusedId(), 'create-title', 'focus stays where the reader types');
      // A date still wrong keeps its error; once right it goes.
      await page.locator(inCard('create-date')).click();
      await page.keyboard.type('20');
      assert.ok(await page.$(inCard('create-start-error')), 'half a year is not a date yet');
      await page.keyboard.type('25-03');
      await until(async () => !(await page.$(inCard('create-start-error'))), { what: 'the date’s error to go' });
      assert.equal(await focusedId(), 'create-date');
      // Add it: the card shows the new event, "added by you", reported and unverified; focus stays in the card.
      await page.locator(inCard('create-save')).click();
      const s = await waitForCard(page, (st) => st.title === 'Ankara talks, March 2025', 15_000);
      assert.equal(s.mode, 'card');
      assert.equal(await text(page, 'card-origin'), 'Added by you');
      assert.equal(await text(page, 'card-status'), 'Reported, unverified');
      await until(async () => (await cardState(page)).focusInside, { what: 'focus to stay in the card after adding' });
      // The page is read again with the new event: the mention gets the reader's own mark.
      await waitForMark(page, UNKNOWN, 'parley-user', 20_000);
      const still = await page.evaluate((t) => [...(CSS.highlights.get('parley-unknown') ?? [])].some((r) => r.toString().includes(t)), UNKNOWN);
      assert.equal(still, false, 'no longer marked as unknown');
      await page.close();
    });

    it('dark mode: a dark card with a dark scrollbar', async () => {
      const dark = await launch(kind, { colorScheme: 'dark' });
      try {
        const page = await dark.newPage(`${env.server.url}${PAGE}`);
        await waitForMark(page, KNOWN);
        await openCard(page, KNOWN);
        const look = await page.$eval('parley-card-host >>> .frame', (f) => ({
          bg: getComputedStyle(f.querySelector('.card')).backgroundColor,
          scrollbar: getComputedStyle(f).scrollbarColor,
          scheme: getComputedStyle(f).colorScheme,
        }));
        assert.equal(look.bg, 'rgb(28, 32, 41)');
        assert.equal(look.scheme, 'dark');
        assert.equal(look.scrollbar, 'rgb(74, 82, 100) rgb(28, 32, 41)', 'thumb and track from the dark palette');
        assert.deepEqual(await axeCard(page), [], 'axe-core: dark card');
      } finally {
        await dark.close();
      }
    });
  });
});
