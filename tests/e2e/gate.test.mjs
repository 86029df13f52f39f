// The gate (lib/page/gate.ts) in both browsers: a page without trigger words gets no detector work,
// no matcher and no marks (only a watch on what it adds); words it adds later open it; a page whose
// only mention sits inside an open shadow root is let through and marked; the code pages load on demand
// cannot be probed at the extension's fixed address (Chromium); a site the reader paused is not even
// read, told so by the background's off hint (lib/settings/page-hints.ts) before its settings arrive,
// and a page without trigger words reads no settings at all while the reader has no events of their own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { allMarks, eachBrowser, inExtension, scanReports, setSettings, tabIdFor, until, waitForElement, withBrowser } from './harness.mjs';

const HEAD = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="article:published_time" content="2025-08-20T09:00:00Z">';
const RECIPE = `${HEAD}<title>Black bean soup</title></head><body><article><h1>Black bean soup</h1>
<p>Add two cups of black beans, a pinch of salt and a bay leaf, and simmer for forty minutes.</p>
<p>Serve with lime and fresh coriander. Keeps for three days in the fridge.</p></article></body></html>`;
// The light DOM says nothing; the component's open root holds the mention.
const SHADOW_ONLY = `${HEAD}<title>Weekend read</title><script>
customElements.define('story-body', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<p>Putin and Trump met at the Anchorage summit; neither side has published a text of what was agreed.</p>'; }
});
</script></head><body><article><h1>Weekend read</h1><story-body></story-body></article></body></html>`;
const NEWS = `${HEAD}<title>Summit</title></head><body><article><h1>Summit</h1>
<p>Putin and Trump met at the Anchorage summit; neither side has published a text of what was agreed.</p></article></body></html>`;

const html = (body) => (req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
};

eachBrowser((kind) => {
  describe(`${kind}: the gate`, () => {
    const env = withBrowser(kind, { routes: { '/gate-recipe': html(RECIPE), '/gate-shadow': html(SHADOW_ONLY), '/gate-news': html(NEWS) } });

    /** A page hint's match patterns as the browser holds them (null: not registered). */
    const hint = (id) => inExtension(env.b, async (id) => ((await (globalThis.browser ?? globalThis.chrome).scripting.getRegisteredContentScripts({ ids: [id] }))[0]?.matches ?? null), id);

    it('a page without trigger words gets no matcher and no marks, until it adds some', async () => {
      const { b, server } = env;
      // (The background registers its hints at install: a page opened at once may come before them.)
      await until(async () => (await hint('parley-builtin-hint')) !== null, { what: 'the built-in words hint registered' });
      const page = await b.newPage(`${server.url}/gate-recipe`);
      const [g] = await until(async () => { const r = await scanReports(page, 'parley:gate'); return r.length && r; }, { what: 'the gate to run', page });
      assert.equal(g.open, false, 'the gate stays shut');
      await sleep(1000);
      // The "built-in words only" hint (lib/settings/page-hints.ts; the reader has no events of their own here).
      assert.deepEqual(await scanReports(page, 'parley:settings'), [], 'no setting read');
      assert.deepEqual(await scanReports(page, 'parley:matcher-ask'), [], 'no matcher asked for');
      assert.deepEqual(await scanReports(page, 'parley:initial'), [], 'no scan');
      assert.deepEqual(await allMarks(page), [], 'no marks');
      // Nothing of the extension was touched there (lib/page/content-context.ts), so nothing listens
      // to the popup yet: the popup wakes the page and is told Parley is on and found nothing.
      const probe = await b.extensionPage('popup.html', 'main', { background: true });
      const tabId = await tabIdFor(probe, `${server.url}/gate-recipe`);
      await probe.close();
      const popup = await b.extensionPage(`popup.html?tab=${tabId}`, 'main', { background: true });
      await waitForElement(popup, '[data-testid="page-none"]', { timeout: 15_000 });
      await popup.close();
      // The page adds a paragraph with a mention: the gate's watch opens it, and it is marked.
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Unrelated: Putin and Trump met at the Anchorage summit.';
        document.querySelector('article').append(p);
      });
      await until(async () => (await allMarks(page)).some((m) => /Anchorage summit/.test(m.text)), { what: 'a mark after the page added a mention', timeout: 15_000 });
      await page.close();
    });

    // The engine and the card are web-accessible (a content script can import() only that); in
    // Chromium only by a per-session address, so a page cannot probe the fixed one to learn that
    // Parley is installed. (Firefox has no use_dynamic_url: its address is a per-install random UUID.)
    if (kind === 'chromium') {
      it('a page cannot load the on-demand code by the extension’s fixed address, while Parley itself does', async () => {
        const { b, server } = env;
        const page = await b.newPage(`${server.url}/gate-shadow`);
        await until(async () => (await allMarks(page)).length > 0, { what: 'marks (the engine loaded)', timeout: 15_000 });
        for (const file of ['page-engine.js', 'card.js']) {
          const got = await page.evaluate((url) => fetch(url).then((r) => `status ${r.status}`, (e) => `refused: ${e.name}`), `${b.base}/${file}`);
          assert.match(got, /^refused/, `${file}: ${got}`);
        }
        await page.close();
      });
    }

    it('a paused site is not read at all (the off hint), and is marked once unpaused', async () => {
      const { b, server } = env;
      await setSettings(b, { pausedSites: ['127.0.0.1'] });
      await until(async () => JSON.stringify(await hint('parley-off-hint')) === JSON.stringify(['*://127.0.0.1/*']), { what: 'the off hint registered for the paused site' });
      try {
        const page = await b.newPage(`${server.url}/gate-news`);
        await until(async () => (await scanReports(page, 'parley:settings')).length > 0, { what: 'the content script to read its settings', page });
        await sleep(500);
        assert.deepEqual(await scanReports(page, 'parley:gate'), [], 'the page is not read');
        assert.deepEqual(await scanReports(page, 'parley:tables-file'), [], 'the tables are not fetched');
        assert.deepEqual(await allMarks(page), [], 'no marks');
        await setSettings(b, { pausedSites: [] });
        await until(async () => (await allMarks(page)).some((m) => /Anchorage summit/.test(m.text)), { what: 'marks once unpaused', timeout: 15_000 });
        await page.close();
      } finally {
        await setSettings(b, { pausedSites: [] });
        await until(async () => (await hint('parley-off-hint')) === null, { what: 'the off hint gone' });
      }
    });

    it('a page whose only mention is inside an open shadow root is let through and marked', async () => {
      const { b, server } = env;
      const page = await b.newPage(`${server.url}/gate-shadow`);
      assert.ok(!(await page.evaluate(() => /Putin|Anchorage/.test(document.body.textContent))), 'nothing in the light DOM');
      await until(async () => (await allMarks(page)).some((m) => /Anchorage summit/.test(m.text)), { what: 'a mark inside the open root', timeout: 15_000 });
      const gates = await scanReports(page, 'parley:gate');
      assert.ok(gates.length && gates[gates.length - 1].open, JSON.stringify(gates));
      await page.close();
    });
  });
});
