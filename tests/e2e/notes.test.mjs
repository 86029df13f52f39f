// Notes and data, end to end in both real browsers with the built extension:
//  - a note taken on a card appears in the popup (and in the options page), live;
//  - "On this page" lists the page's mentions; choosing one opens its card;
//  - edited in the popup, the note changes in the open card;
//  - export, reset, import restores it;
//  - in Chromium the background service worker is stopped between steps, and nothing is lost;
//  - HTML and script in a note show as text everywhere;
//  - axe-core finds no serious or critical violation on the popup and options pages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  axeViolations, captureDownloads, cardText, downloadedTexts, eachBrowser, inCard, markPoint, notesFrame, setInputFile,
  retype, stopWorkerIfRunning, tabIdFor, until, waitForCardText, waitForElement, waitForMark, waitForOpenedCard, withBrowser, writeNote,
} from './harness.mjs';

const noteTexts = (page) => page.$$eval('[data-testid="note"] .note-body', (els) => els.map((e) => e.textContent));

async function waitForNotes(page, pred, what, timeout = 15_000) {
  let texts;
  try {
    return await until(async () => {
      texts = await noteTexts(page);
      return pred(texts) && texts;
    }, { timeout, what, page });
  } catch (err) {
    if (!/^Timed out/.test(err.message)) throw err;
    throw new Error(`${what}: notes are ${JSON.stringify(texts)}`);
  }
}

eachBrowser((kind) => {
  describe(`${kind}: notes and data`, () => {
    const env = withBrowser(kind);

    it('card → popup → edit shows in the card → export, reset, import restores it; nothing lost when the worker stops', async () => {
      const { b, server } = env;
      const t0 = Date.now();
      const step = (what) => process.env.PARLEY_E2E_STEPS && console.log(`[${kind} ${Date.now() - t0} ms] ${what}`);
      const stops = [];
      const stop = async (when) => {
        if (await stopWorkerIfRunning(b)) stops.push(when);
      };
      const url = `${server.url}/pages/anchorage.html`;
      const page = await b.newPage(url);
      await waitForMark(page, 'Anchorage summit');
      const pt = await markPoint(page, 'Anchorage summit');
      await page.mouse.click(pt.x, pt.y);
      await waitForOpenedCard(page);

      const marker = `${kind}-${Date.now()}`;
      const note = `Alaska note ${marker} <b>not bold</b> <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned=2">`;
      // The note is written in the card's notes frame (an extension page inside the card).
      await writeNote(page, note);
      await stop('after saving from the card');

      step('The popup, for the news tab.');
      // The popup, for the news tab.
      const probe = await b.extensionPage('popup.html', 'main');
      const tabId = await tabIdFor(probe, url);
      await probe.close();
      assert.ok(Number.isInteger(tabId), `found the news tab (${tabId})`);
      const popup = await b.extensionPage(`popup.html?tab=${tabId}`, 'main');
      await waitForNotes(popup, (t) => t.includes(note), 'popup lists the note as text', 30_000);
      assert.equal(await popup.$('[data-testid="note"] b, [data-testid="note"] script, [data-testid="note"] img'), null, 'HTML in a note is text in the popup');

      step('The options page, open at the same ti');
      // The options page, open at the same time, lists it too.
      const options = await b.extensionPage('options.html', 'main');
      await waitForNotes(options, (t) => t.includes(note), 'options page lists the note', 30_000);
      assert.equal(await options.$('[data-testid="note"] b, [data-testid="note"] script, [data-testid="note"] img'), null, 'HTML in a note is text in the options page');

      step('On this page:');
      // On this page: the mentions of the news tab; choosing one opens its card.
      await waitForElement(popup, '[data-testid="mention"]', { timeout: 15_000 });
      const mentions = await popup.$$eval('[data-testid="mention"]', (els) => els.map((e) => e.textContent));
      assert.ok(mentions.some((m) => m.includes('Anchorage summit')), `on this page: ${JSON.stringify(mentions)}`);
      // Close the card first, so that it is the popup that opens it again: with its close button,
      // not Escape. The caret is still in the notes frame, an extension page that shares its
      // renderer with the popup and options tabs in front; in full suite runs Chromium then held
      // a key sent to it for 180 s (Escape itself is covered in card.test.mjs and page-marks).
      await page.bringToFront();
      const close = await page.$eval(inCard('card-close'), (e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
      await page.mouse.click(close.x, close.y);
      step('escape pressed');
      await waitForCardText(page, note.slice(0, 30), { absent: true });
      step('card closed');
      const idx = mentions.findIndex((m) => m.includes('Anchorage summit'));
      // Pages act only when in front (Chromium pauses rendering in background tabs).
      await popup.bringToFront();
      await (await popup.$$('[data-testid="mention"]'))[idx].click();
      step('mention clicked');
      await waitForCardText(page, note.slice(0, 30));
      step('card open again');
      assert.match(await cardText(page, 'card-title'), /Anchorage|Alaska/);
      await stop('before editing in the popup');

      step('Edit in the popup');
      // Edit in the popup: the open card changes without reload.
      const edited = `Edited in the popup ${marker} <i>still text</i>`;
      const item = await waitForElement(popup, '[data-testid="note"]');
      await (await item.$('[data-testid="note-edit"]')).click();
      await retype(popup, '[data-testid="note-edit-body"]', edited);
      await popup.locator('[data-testid="note-edit-save"]').click();
      await waitForNotes(popup, (t) => t.includes(edited), 'popup shows the edit');
      await waitForCardText(page, edited);
      await waitForNotes(options, (t) => t.includes(edited), 'options page shows the edit');
      const frame = await notesFrame(page);
      assert.equal(await frame.evaluate(() => document.querySelector('[data-testid="card-notes"] i, [data-testid="card-notes"] b, [data-testid="card-notes"] script')), null, 'HTML in a note is text in the card');
      assert.ok(!(await page.evaluate(() => document.querySelector('parley-card-host').shadowRoot.textContent)).includes(edited), 'the card itself (the content script) never holds the note');
      await stop('after editing');

      step('Export everything.');
      // Export everything.
      await options.bringToFront();
      await captureDownloads(options);
      await options.locator('[data-testid="export-json"]').click();
      await waitForElement(options, '[data-testid="export-status"]');
      const [file] = await downloadedTexts(options);
      const data = JSON.parse(file);
      assert.equal(data.format, 'parley-export');
      assert.ok(data.notes.some((n) => n.body === edited && n.target?.url === url && n.target.quote.exact.includes('Anchorage summit')), 'the export holds the note with its quote');
      await stop('after export');

      step('Reset (with confirmation)');
      // Reset (with confirmation): gone everywhere.
      await options.locator('[data-testid="reset"]').click();
      await options.locator('[data-testid="reset-confirm"]').click();
      await waitForElement(options, '[data-testid="reset-done"]');
      await waitForElement(popup, '[data-testid="notes-empty"]', { timeout: 15_000 });
      await waitForCardText(page, edited, { absent: true });
      await stop('after reset');

      step('Import: validated');
      // Import: validated, previewed, written; back everywhere.
      await setInputFile(options, '[data-testid="import-file"]', 'parley.json', file);
      await waitForElement(options, '[data-testid="import-plan"]');
      await options.locator('[data-testid="import-confirm"]').click();
      await waitForElement(options, '[data-testid="import-done"]');
      await waitForNotes(popup, (t) => t.includes(edited), 'popup shows the imported note');
      await waitForCardText(page, edited);
      await stop('after import');

      step('A fresh page load');
      // A fresh page load (a fresh worker in Chromium) still has everything.
      await page.bringToFront();
      await page.reload({ waitUntil: 'load' });
      await waitForMark(page, 'Anchorage summit');
      const pt2 = await markPoint(page, 'Anchorage summit');
      await page.mouse.click(pt2.x, pt2.y);
      await waitForCardText(page, edited);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script from a note ever ran');

      step('A malformed file');
      // A malformed file changes nothing and says where the problem is.
      await options.bringToFront();
      const bad = JSON.parse(file);
      bad.notes[0].target.url = 'javascript:alert(1)';
      await setInputFile(options, '[data-testid="import-file"]', 'bad.json', JSON.stringify(bad));
      const errs = await waitForElement(options, '[data-testid="import-errors"]');
      assert.match(await errs.evaluate((e) => e.textContent), /notes\[0\]\.target\.url \(note "[^"]+"\): not an http\(s\) URL/);
      assert.ok((await noteTexts(popup)).includes(edited), 'the note is still there');

      if (kind === 'chromium') assert.ok(stops.length >= 3, `the service worker was stopped between steps (${stops.join('; ')})`);
      await popup.close();
      await options.close();
      await page.close();
    });

    it('axe-core: no serious or critical violations on the popup and options pages, nor in the card’s notes frame', async () => {
      const { b, server } = env;
      const url = `${server.url}/pages/anchorage.html`;
      const page = await b.newPage(url);
      await waitForMark(page, 'Anchorage summit');
      const pt = await markPoint(page, 'Anchorage summit');
      await page.mouse.click(pt.x, pt.y);
      await waitForOpenedCard(page);
      await writeNote(page, 'A note with **bold**, a #tag and a link https://example.org/');
      // The card's notes frame (an extension page inside the card), with the note in it.
      const nf = await notesFrame(page);
      await until(() => nf.evaluate(() => !!document.querySelector('[data-testid="card-note"] strong')), { what: 'the note in the notes frame', timeout: 10_000 });
      // Tags are one thing, as in the popup: the #tag typed into the note left its text and is a chip.
      const tagged = await nf.evaluate(() => { const n = document.querySelector('[data-testid="card-note"]'); return { text: n.querySelector('.note-body').textContent, chips: [...n.querySelectorAll('.tag')].map((t) => t.textContent) }; });
      assert.deepEqual(tagged.chips, ['#tag'], JSON.stringify(tagged));
      assert.doesNotMatch(tagged.text, /#tag/, 'no hashtag left in the note’s text');
      const nv = await axeViolations(nf);
      assert.deepEqual(nv, [], `notes frame: ${JSON.stringify(nv, null, 2)}`);

      const probe = await b.extensionPage('popup.html', 'main');
      const tabId = await tabIdFor(probe, url);
      await probe.close();
      const popup = await b.extensionPage(`popup.html?tab=${tabId}`, '[data-testid="note"]');
      await waitForElement(popup, '[data-testid="mention"]', { timeout: 15_000 });
      await popup.bringToFront();
      const pv = await axeViolations(popup);
      assert.deepEqual(pv, [], `popup: ${JSON.stringify(pv, null, 2)}`);
      // With an editor open, too.
      await popup.locator('[data-testid="note-edit"]').click();
      const pe = await axeViolations(popup);
      assert.deepEqual(pe, [], `popup (editing): ${JSON.stringify(pe, null, 2)}`);

      const options = await b.extensionPage('options.html', '[data-testid="note"]');
      await options.bringToFront();
      await waitForElement(options, '[data-testid="dataset-version"]');
      const ov = await axeViolations(options);
      assert.deepEqual(ov, [], `options: ${JSON.stringify(ov, null, 2)}`);
      await options.locator('[data-testid="event-new"]').click();
      await waitForElement(options, '[data-testid="event-form"]');
      await options.locator('[data-testid="event-save"]').click();
      await waitForElement(options, '[data-testid="event-form-errors"]');
      const fv = await axeViolations(options);
      assert.deepEqual(fv, [], `options (event form with errors): ${JSON.stringify(fv, null, 2)}`);
      await popup.close();
      await options.close();
      await page.close();
    });
  });
});
