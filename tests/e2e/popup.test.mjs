// What a reader sees in the popup, the options page and an event's own page, in both real browsers:
//  - the popup is 400 px wide and never scrolls sideways, even with long event titles in its filters;
//  - the global and per-site switches are real switches (role, aria-checked, keyboard) and never
//    contradict: with Parley off everywhere the site switch is off, disabled and says why;
//  - search is there with no notes at all, finds events, and an event found opens its card
//    (event.html?id=…); a clear button empties it;
//  - tags are chips in the note editor, and #tags typed into the text leave it as chips;
//  - after a delete, focus is on the next note;
//  - an event's own page takes a new note (tags as chips), which the popup then lists;
//  - an event the reader added says "added by you, unverified" in its note group and in search results;
//  - the options page's event form marks required fields and clears an error once the field is right.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eachBrowser, retype, tabIdFor, until, waitForElement, waitForMark, waitUntil, withBrowser } from './harness.mjs';

const POPUP_WIDTH = 400;
/** Events with the longest titles in the dataset (the filter's labels are built from them). */
const LONG = ['2022-01-10-strategic-stability-dialogue-geneva', '1962-10-27-robert-kennedy-dobrynin', '2025-10-embassy-consultations-autumn-round'];

/** Sends one protocol message to the background from an extension page (as Parley's own pages do). */
function send(page, type, req) {
  return page.evaluate(async (type, req) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const reply = await api.runtime.sendMessage({ parley: 1, type, req });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
    return reply.res;
  }, type, req);
}

/** Opens the popup as the toolbar shows it: a 400 px wide document. */
async function openPopup(b, query = '', ready = 'main') {
  const popup = await b.extensionPage(`popup.html${query}`, ready);
  await popup.setViewport({ width: POPUP_WIDTH, height: 600 });
  await popup.bringToFront();
  return popup;
}

/** How wide the popup's content is: the document's scroll width and the widest element's right edge. */
function widths(popup) {
  return popup.evaluate(() => {
    const doc = document.documentElement;
    let right = 0;
    let widest = '';
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width && r.right > right) {
        right = r.right;
        widest = `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}`;
      }
    }
    const col = document.querySelector('main.popup');
    return {
      // Sideways overflow of the document and of the popup's scrolling column (each against itself).
      overflow: Math.max(doc.scrollWidth - doc.clientWidth, col.scrollWidth - col.clientWidth), body: document.body.getBoundingClientRect().width,
      right: Math.round(right), widest, tall: col.scrollHeight > col.clientHeight,
    };
  });
}

const switchState = (popup, testid) =>
  popup.$eval(`[data-testid="${testid}"]`, (el) => ({
    role: el.getAttribute('role'),
    checked: el.getAttribute('aria-checked'),
    disabled: el.disabled,
    name: el.querySelector('.switch-label')?.textContent,
    note: el.getAttribute('aria-describedby') ? document.getElementById(el.getAttribute('aria-describedby'))?.textContent : null,
  }));

const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return { testid: a?.getAttribute('data-testid') ?? null, note: a?.closest('[data-note-id]')?.getAttribute('data-note-id') ?? null, tag: a?.tagName };
});

eachBrowser((kind) => {
  describe(`${kind}: popup, options and the event page`, () => {
    const env = withBrowser(kind);

    it('with no notes: search is there, finds an event, opens its card; clear empties it', async () => {
      const { b } = env;
      const popup = await openPopup(b, '', '[data-testid="notes-search"]');
      await waitForElement(popup, '[data-testid="notes-empty"]');
      await popup.locator('[data-testid="notes-search"]').fill('Helsinki 2018');
      const hit = await waitForElement(popup, '[data-testid="event-hit"][data-event-id="2018-helsinki-summit"]', { timeout: 15_000 });
      const href = await hit.$eval('[data-testid="event-hit-open"]', (a) => a.href);
      assert.match(href, /\/event\.html\?id=2018-helsinki-summit$/);
      // Choosing it opens the event's own page with its card.
      const before = new Set(await b.browser.pages());
      await popup.locator('[data-testid="event-hit"][data-event-id="2018-helsinki-summit"] [data-testid="event-hit-open"]').click();
      const evPage = await until(async () => (await b.browser.pages()).find((p) => !before.has(p)), { what: 'a new tab for the event' });
      const title = await waitUntil(evPage, () => {
        const root = document.querySelector('[data-testid="event-card-host"]')?.shadowRoot;
        const t = root?.querySelector('[data-testid="card-title"]')?.textContent;
        return t && t !== 'Loading…' && t;
      }, { timeout: 20_000, what: 'the card on the event page' });
      assert.match(title, /Helsinki/);
      assert.ok(await evPage.evaluate(() => location.href.endsWith('/event.html?id=2018-helsinki-summit')));
      await evPage.close();
      // Clear: the results go, the field is empty and keeps focus.
      await popup.bringToFront();
      await popup.locator('[data-testid="search-clear"]').click();
      await waitUntil(popup, () => !document.querySelector('[data-testid="event-hits"]'), { what: 'no stale results' });
      assert.equal(await popup.$eval('[data-testid="notes-search"]', (i) => i.value), '');
      assert.equal((await focused(popup)).testid, 'notes-search');
      await popup.close();
    });

    it('400 px wide and no sideways scroll with long titles; chips for tags; focus after delete', async () => {
      const { b } = env;
      const probe = await openPopup(b);
      for (const [i, id] of LONG.entries()) {
        await send(probe, 'getCard', { eventId: id }); // seeds the database on a fresh background
        await send(probe, 'saveNote', { eventId: id, body: `Note ${i} on a long title #tag${i}-with-a-rather-long-name`, tags: [`topic-${i}-with-a-rather-long-name`] });
      }
      await probe.close();
      const popup = await openPopup(b, '', '[data-testid="note"]');
      await until(async () => (await popup.$$('[data-testid="note"]')).length === LONG.length, { what: 'three notes' });
      const w = await widths(popup);
      assert.ok(w.body <= POPUP_WIDTH, `body ${w.body} px`);
      assert.ok(w.tall, 'the content is taller than the popup (so a vertical scrollbar is there)');
      assert.ok(w.overflow <= 0, `no sideways scroll: content ${w.overflow} px wider than its box`);
      assert.ok(w.right <= POPUP_WIDTH, `nothing reaches past ${POPUP_WIDTH} px (widest: ${w.widest} at ${w.right} px)`);
      const sel = await popup.$eval('[data-testid="filter-event"]', (s) => s.getBoundingClientRect().right);
      assert.ok(sel <= POPUP_WIDTH, `the event filter ends at ${sel} px`);

      // Tags: chips in the editor; a #tag typed into the text becomes a chip and leaves the text.
      const first = await popup.$eval('[data-testid="note"]', (n) => n.getAttribute('data-note-id'));
      await popup.locator(`[data-note-id="${first}"] [data-testid="note-edit"]`).click();
      await waitForElement(popup, '[data-testid="tag-chip"]');
      const chips = () => popup.$$eval(`[data-note-id="${first}"] [data-testid="tag-chip"] span`, (els) => els.map((e) => e.textContent));
      assert.equal((await chips()).length, 2, 'the stored tag and the hashtag from the text are chips');
      assert.doesNotMatch(await popup.$eval('[data-testid="note-edit-body"]', (t) => t.value), /#/);
      await popup.locator(`[data-note-id="${first}"] [data-testid="tag-input"]`).fill('fresh');
      await popup.keyboard.press('Enter');
      await until(async () => (await chips()).includes('#fresh'), { what: 'the new chip' });
      await popup.locator(`[data-note-id="${first}"] [data-testid="tag-chip-remove"]`).click();
      await until(async () => (await chips()).length === 2, { what: 'one chip removed' });
      // Empty the field and type, step by step: a one-call fill raced the editor's re-render after
      // the chip change in Chromium and kept the old text in front of the new.
      const editBody = '[data-testid="note-edit-body"]';
      // A re-render may still put the old text back after the first Backspace: select and delete
      // again until the field stays empty, as a reader would.
      await until(
        async () => {
          await popup.$eval(editBody, (t) => {
            t.focus();
            t.select();
          });
          await popup.keyboard.press('Backspace');
          await new Promise((r) => setTimeout(r, 100));
          return popup.$eval(editBody, (t) => t.value === '');
        },
        { what: 'the emptied note field' },
      );
      await popup.type(editBody, 'Rewritten, with a #hashtag in it');
      await until(() => popup.$eval(editBody, (t) => t.value === 'Rewritten, with a #hashtag in it'), { what: 'the rewritten note field' });
      await popup.locator('[data-testid="note-edit-save"]').click();
      // Wait for the saved text itself, not only for the editor to close: the list gets the saved
      // note from its database query a moment after the save resolves, and on a busy machine the
      // closed editor can show the note as it was for that moment.
      const saved = (n) => n.body === 'Rewritten, with a in it' && n.tags.includes('#hashtag') && n.tags.includes('#fresh');
      let shown;
      await until(async () => {
        shown = await popup.evaluate((id) => {
          const n = document.querySelector(`[data-note-id="${id}"]`);
          return n && !n.querySelector('[data-testid="note-editor"]') ? { body: n.querySelector('.note-body').textContent, tags: [...n.querySelectorAll('.tags .tag')].map((t) => t.textContent) } : null;
        }, first);
        return shown && saved(shown);
      }, { what: 'the saved note to read "Rewritten, with a in it" with the tags #hashtag and #fresh', page: popup }).catch((err) => {
        throw new Error(`${err.message.split(' (last answer')[0]}; the note showed ${JSON.stringify(shown)}`);
      });

      // Delete the first note: focus goes to the next note's Edit button, not to the document.
      const ids = await popup.$$eval('[data-testid="note"]', (ns) => ns.map((n) => n.getAttribute('data-note-id')));
      await popup.locator(`[data-note-id="${ids[0]}"] [data-testid="note-delete"]`).click();
      await waitForElement(popup, '[data-testid="undo-bar"]');
      const f = await until(async () => {
        const x = await focused(popup);
        return x.testid === 'note-edit' && x;
      }, { what: 'focus on the next note', timeout: 5_000 });
      assert.equal(f.note, ids[1]);
      await popup.close();
    });

    it('an event the reader added says "added by you, unverified" in its note group and in search results', async () => {
      const { b } = env;
      const setup = await openPopup(b);
      const ref = await send(setup, 'createUserEvent', { title: 'Quiet talks in Tbilisi', start: '2025-04', city: 'Tbilisi', country: 'Georgia', quote: 'the quiet talks in Tbilisi', source: { title: 'A page', url: 'https://news.example/tbilisi' } });
      await send(setup, 'saveNote', { eventId: ref.id, body: 'Only one outlet reports this', tags: [] });
      await setup.close();
      const popup = await openPopup(b, '', '[data-testid="note-group"]');
      const group = await waitUntil(popup, (id) => {
        const g = [...document.querySelectorAll('[data-testid="note-group"]')].find((x) => x.getAttribute('data-event-id') === id);
        return g && { title: g.querySelector('h3').textContent, badge: g.querySelector('[data-testid="added-by-you"]')?.textContent ?? null, others: [...document.querySelectorAll('[data-testid="note-group"]')].filter((x) => x !== g && x.querySelector('[data-testid="added-by-you"]')).length };
      }, { what: 'the note group of the reader’s event' }, ref.id);
      assert.equal(group.badge, 'added by you, unverified', `the group says so: ${group.title}`);
      assert.equal(group.others, 0, 'no other group says so');
      await popup.locator('[data-testid="notes-search"]').fill('Tbilisi');
      const hit = await waitUntil(popup, (id) => {
        const h = document.querySelector(`[data-testid="event-hit"][data-event-id="${id}"]`);
        return h && { text: h.textContent, badge: h.querySelector('[data-testid="added-by-you"]')?.textContent ?? null };
      }, { what: 'the search result for the reader’s event' }, ref.id);
      assert.equal(hit.badge, 'added by you, unverified', `the search result says so: ${hit.text}`);
      // A bundled event found by search does not.
      await retype(popup, '[data-testid="notes-search"]', 'Helsinki 2018');
      const bundled = await waitUntil(popup, () => {
        const h = document.querySelector('[data-testid="event-hit"][data-event-id="2018-helsinki-summit"]');
        return h && { badge: !!h.querySelector('[data-testid="added-by-you"]') };
      }, { what: 'the Helsinki search result' });
      assert.equal(bundled.badge, false);
      await popup.close();
    });

    it('the event page: a reader writes a note there, with a chip for its #tag, and the popup lists it', async () => {
      const { b } = env;
      const ev = await b.extensionPage('event.html?id=1985-geneva-summit', '[data-testid="event-notes"] [data-testid="note-body"]');
      await ev.bringToFront();
      const body = `Fireside talk in Geneva ${kind} #firesides`;
      await ev.locator('[data-testid="event-notes"] [data-testid="note-body"]').fill(body);
      await ev.locator('[data-testid="event-notes"] [data-testid="tag-input"]').fill('cold-war');
      await ev.keyboard.press('Enter');
      await waitForElement(ev, '[data-testid="event-notes"] [data-testid="tag-chip"]');
      await ev.locator('[data-testid="event-notes"] [data-testid="note-save"]').click();
      const listed = await waitUntil(ev, (k) => {
        const n = [...document.querySelectorAll('[data-testid="event-notes"] [data-testid="note"]')].find((x) => x.textContent.includes(`Fireside talk in Geneva ${k}`));
        return n && { text: n.querySelector('.note-body').textContent, tags: [...n.querySelectorAll('.tag')].map((t) => t.textContent) };
      }, { what: 'the new note in the event page’s list' }, kind);
      assert.equal(listed.text.trim(), `Fireside talk in Geneva ${kind}`, 'the #tag left the text');
      assert.deepEqual(listed.tags.sort(), ['#cold-war', '#firesides']);
      assert.equal(await ev.$eval('[data-testid="event-notes"] [data-testid="note-body"]', (t) => t.value), '', 'the form is empty again');
      await ev.close();
      const popup = await openPopup(b, '', '[data-testid="note-group"]');
      await waitUntil(popup, (k) => [...document.querySelectorAll('[data-testid="note-group"][data-event-id="1985-geneva-summit"] [data-testid="note"]')].some((n) => n.textContent.includes(`Fireside talk in Geneva ${k}`)), { what: 'the popup to list the note' }, kind);
      await popup.close();
    });

    it('switches: role, state, keyboard, and never contradictory', async () => {
      const { b, server } = env;
      const url = `${server.url}/pages/anchorage.html`;
      const page = await b.newPage(url);
      await waitForMark(page, 'Anchorage summit');
      const probe = await b.extensionPage('popup.html', 'main');
      const tabId = await tabIdFor(probe, url);
      await probe.close();
      const popup = await openPopup(b, `?tab=${tabId}`, '[data-testid="switch-site"]');
      let all = await switchState(popup, 'switch-enabled');
      let site = await switchState(popup, 'switch-site');
      assert.deepEqual([all.role, all.checked, all.disabled], ['switch', 'true', false]);
      assert.deepEqual([site.role, site.checked, site.disabled, site.name], ['switch', 'true', false, 'On for 127.0.0.1']);
      // Visible state: the word and the track.
      assert.equal(await popup.$eval('[data-testid="switch-enabled"] .switch-state', (e) => e.textContent), 'On');

      // Keyboard: focus the global switch and press the space bar.
      await popup.focus('[data-testid="switch-enabled"]');
      await popup.keyboard.press(' ');
      await until(async () => (await switchState(popup, 'switch-enabled')).checked === 'false', { what: 'Parley off' });
      site = await until(async () => {
        const s = await switchState(popup, 'switch-site');
        return s.checked === 'false' && s.disabled && s;
      }, { what: 'the site switch off and disabled' });
      assert.equal(site.note, 'Turn Parley on first: it is off everywhere.');
      assert.equal(await popup.$eval('[data-testid="switch-enabled"] .switch-state', (e) => e.textContent), 'Off');
      // Enter turns it back on; the site switch follows.
      await popup.focus('[data-testid="switch-enabled"]');
      await popup.keyboard.press('Enter');
      site = await until(async () => {
        const s = await switchState(popup, 'switch-site');
        return s.checked === 'true' && !s.disabled && s;
      }, { what: 'the site switch on again' });
      all = await switchState(popup, 'switch-enabled');
      assert.equal(all.checked, 'true');
      await popup.close();
      await page.close();
    });

    it('options: required fields are marked, and an error goes once its field is right', async () => {
      const { b } = env;
      const options = await b.extensionPage('options.html', '[data-testid="event-new"]');
      await options.bringToFront();
      // The notes section above loads its list after the page appears, which can move the button
      // as it is clicked; a click that landed elsewhere is made again.
      await until(async () => {
        if (await options.$('[data-testid="event-form"]')) return true;
        await options.locator('[data-testid="event-new"]').click({ timeout: 5_000 }).catch(() => {});
        return !!(await options.waitForSelector('[data-testid="event-form"]', { timeout: 3_000 }).catch(() => null));
      }, { what: 'the new-event form', timeout: 30_000 });
      const req = await options.$$eval('[data-testid="event-form"] [aria-required="true"]', (els) => els.map((e) => [e.id, document.querySelector(`label[for="${e.id}"]`)?.textContent]));
      assert.deepEqual(req.map(([id]) => id), ['ev-title', 'ev-start', 'ev-country']);
      for (const [id, label] of req) assert.match(label, /\(required\)/, id);
      await options.locator('[data-testid="event-save"]').click();
      await waitForElement(options, '[data-testid="ev-title-error"]');
      assert.equal(await options.$eval('[data-testid="ev-title"]', (e) => e.getAttribute('aria-invalid')), 'true');
      await options.locator('[data-testid="ev-title"]').fill('Ankara consultations');
      await waitUntil(options, () => !document.querySelector('[data-testid="ev-title-error"]'), { what: 'the title error gone', timeout: 5_000 });
      assert.equal(await options.$eval('[data-testid="ev-title"]', (e) => e.getAttribute('aria-invalid')), null);
      assert.ok(await options.$('[data-testid="ev-start-error"]'), 'the date error stays until the date is right');
      await options.close();
    });
  });
});
