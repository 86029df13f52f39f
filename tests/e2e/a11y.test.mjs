// axe-core on every screen a reader uses, in both real browsers (the e2e build): the popup (with
// notes, an open editor and search results), the options page (with the event form showing its
// errors), an event's own page (event.html?id=…, its card in a shadow root) and a card opened on a
// news page, with its notes frame. Fails on any violation rated moderate, serious or critical.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { eachBrowser, markPoint, notesFrame, tabIdFor, waitForElement, waitForMark, waitForOpenedCard, waitUntil, withBrowser, writeNote } from './harness.mjs';

const IMPACTS = ['moderate', 'serious', 'critical'];
const AXE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** axe's violations of IMPACTS in `context` (the whole document, open shadow roots included, by default). */
async function axe(page, context = null, { part = false } = {}) {
  await page.evaluate(AXE);
  // A document that is part of another (the card's notes frame) is not a page: the rules about a
  // page's landmarks and its one h1 are for the page around it.
  const rules = part ? { 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false }, region: { enabled: false } } : {};
  const found = await page.evaluate(async (context, rules) => {
    const res = await globalThis.axe.run(context ?? document, { resultTypes: ['violations'], rules });
    return res.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')}: ${n.html.slice(0, 100)}`) }));
  }, context, rules);
  return found.filter((v) => IMPACTS.includes(v.impact));
}

const show = (v) => JSON.stringify(v, null, 2);

eachBrowser((kind) => {
  describe(`${kind}: accessibility (axe-core, moderate and worse)`, () => {
    const env = withBrowser(kind);

    it('the card on a page, the popup, the options page and the event page', async () => {
      const { b, server } = env;
      const url = `${server.url}/pages/anchorage.html`;
      const page = await b.newPage(url);
      await waitForMark(page, 'Anchorage summit');
      const pt = await markPoint(page, 'Anchorage summit');
      await page.mouse.click(pt.x, pt.y);
      await waitForOpenedCard(page);
      await writeNote(page, 'A note with **bold**, a #tag and a link https://example.org/');
      const eventId = await page.evaluate(() => document.querySelector('parley-card-host').shadowRoot.querySelector('[data-testid="parley-card"]').getAttribute('data-event-id'));
      const card = await axe(page, { include: [{ fromShadowDom: ['parley-card-host', '.card'] }] });
      assert.deepEqual(card, [], `card: ${show(card)}`);
      // The card's notes frame (an extension page of its own inside the card).
      const frame = await notesFrame(page);
      const nf = await axe(frame, null, { part: true });
      assert.deepEqual(nf, [], `the card's notes frame: ${show(nf)}`);

      const probe = await b.extensionPage('popup.html', 'main');
      const tabId = await tabIdFor(probe, url);
      await probe.close();
      const popup = await b.extensionPage(`popup.html?tab=${tabId}`, '[data-testid="note"]');
      await popup.setViewport({ width: 400, height: 600 });
      await waitForElement(popup, '[data-testid="mention"]', { timeout: 15_000 });
      await popup.bringToFront();
      const pv = await axe(popup);
      assert.deepEqual(pv, [], `popup: ${show(pv)}`);
      await popup.locator('[data-testid="note-edit"]').click();
      await waitForElement(popup, '[data-testid="tag-chip"]');
      const pe = await axe(popup);
      assert.deepEqual(pe, [], `popup, editing: ${show(pe)}`);
      await popup.locator('[data-testid="note-edit-cancel"]').click();
      await popup.locator('[data-testid="notes-search"]').fill('Helsinki');
      await waitForElement(popup, '[data-testid="event-hits"]', { timeout: 15_000 });
      const ps = await axe(popup);
      assert.deepEqual(ps, [], `popup, search results: ${show(ps)}`);

      const options = await b.extensionPage('options.html', '[data-testid="note"]');
      await options.bringToFront();
      await waitForElement(options, '[data-testid="dataset-version"]');
      const ov = await axe(options);
      assert.deepEqual(ov, [], `options: ${show(ov)}`);
      await options.locator('[data-testid="event-new"]').click();
      await waitForElement(options, '[data-testid="event-form"]');
      await options.locator('[data-testid="event-save"]').click();
      await waitForElement(options, '[data-testid="event-form-errors"]');
      const fv = await axe(options);
      assert.deepEqual(fv, [], `options, event form with errors: ${show(fv)}`);

      const ev = await b.extensionPage(`event.html?id=${encodeURIComponent(eventId)}`, '[data-testid="event-card-host"]');
      await ev.bringToFront();
      await waitUntil(ev, () => {
        const t = document.querySelector('[data-testid="event-card-host"]')?.shadowRoot?.querySelector('[data-testid="card-title"]')?.textContent;
        return t && t !== 'Loading…';
      }, { timeout: 20_000, what: 'the event page card' });
      await waitForElement(ev, '[data-testid="event-pages"]');
      const evv = await axe(ev);
      assert.deepEqual(evv, [], `event page: ${show(evv)}`);

      await ev.close();
      await options.close();
      await popup.close();
      await page.close();
    });
  });
});
