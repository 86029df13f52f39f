// A hostile page, in both real browsers, against the build that SHIPS (closed card root; see
// tests/fixtures/pages/hostile*.html and hostile.js for the page scripts). What must hold: no note
// text reaches the page; Parley keeps working or backs off without an error flood; memory stays
// bounded (Chromium: the heap after 30 s of a mutation storm, printed); the page keeps working.
//
//   (a) hunt for the card and read it      (b) forge keys, clicks, hovers and focus
//   (c) patch the platform in the page     (d) mutate the DOM thousands of times a second
//   (e) a 1 MB text node, 10,000-deep DOM  (f) zero-width and bidi characters inside mentions
//   (g) remove the card host again & again (h) strict CSP, Trusted Types, frozen built-ins
//   (i) forge WXT's "a newer content script started" signal, to switch Parley off on the page
//
// The card's root is closed, so a test sees into it only through the browser's debugging protocol:
// in Chromium, CDP's DOM.getDocument with pierce (closedCardText); Firefox's WebDriver BiDi has no
// such door, so there the test checks what the page can see of an open card (the host exists and
// holds focus) and the e2e build's tests show its content.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GECKO_ID, altShift, clickIn, eachBrowser, inExtension, markPoint, notesFrame, notesText, pressClosing, until, waitForMark, waitForScan, withBrowser, pressEscape } from './harness.mjs';

const STORM_MS = Number(process.env.HOSTILE_STORM_MS) || 30_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Saves a note through the background, as the popup would (an extension page is a trusted caller). */
async function saveNote(b, eventId, body) {
  const reply = await inExtension(b, (req) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ parley: 1, type: 'saveNote', req }), { eventId, body, tags: [] });
  assert.equal(reply?.ok, true, JSON.stringify(reply));
}

/** Chromium only: the text inside the closed card root, read through CDP (null in Firefox). */
async function closedCardText(page, kind) {
  if (kind !== 'chromium') return null;
  const cdp = await page.createCDPSession();
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const out = [];
    const walk = (n, inside) => {
      const here = inside || (n.nodeName === 'PARLEY-CARD-HOST');
      if (here && n.nodeType === 3) out.push(n.nodeValue);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c, here);
    };
    walk(root, false);
    return out.join(' ');
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Console errors and warnings, and uncaught errors, of a page (Parley's content script included). */
function errorsOf(page) {
  const list = [];
  page.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && list.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => list.push(`pageerror: ${e.message}`));
  return list;
}

const hosts = (page) => page.evaluate(() => document.querySelectorAll('parley-card-host').length);
/** What the page sees of an open, focused card: its host exists and holds the focus. */
const cardFocused = (page) => page.evaluate(() => { const h = document.querySelector('parley-card-host'); return !!h && document.activeElement === h; });

async function clickMark(page, text) {
  const pt = await markPoint(page, text);
  assert.ok(pt, `a mark for ${text}`);
  await page.mouse.click(pt.x, pt.y);
}

eachBrowser((kind) => {
  describe(`${kind}: a hostile page against the shipped build`, () => {
    const env = withBrowser(kind, { shipped: true });
    const SECRET = `secret-${kind}-${Date.now()}-note`;

    it('(a)+(b) a page that hunts for the card and forges input opens nothing and reads no note; the reader still can', async () => {
      const { b, server } = env;
      await saveNote(b, '2025-anchorage-summit', `My private note ${SECRET}`);
      const page = await b.newPage(`${server.url}/pages/hostile-hunt.html`);
      const errors = errorsOf(page);
      await waitForMark(page, 'Anchorage summit');
      // (b) Forged Alt+Shift+N/P, clicks, hovers and focus, ten times a second for two seconds: the
      // card host is only made on the first open, so none may exist.
      await until(() => page.evaluate(() => window.__forged >= 20), { what: 'the page to forge input for 2 s', timeout: 10_000 });
      assert.equal(await hosts(page), 0, 'forged events opened a card');
      assert.ok(!(await page.evaluate(() => window.__hunt())).includes(SECRET));

      // The reader clicks the mark (a trusted click): the card opens with the note, focus inside.
      await clickMark(page, 'Anchorage summit');
      await until(() => cardFocused(page), { what: 'the card to open with focus', timeout: 10_000 });
      // The note shows in the card's notes frame (reached through the browsers' protocols, both of them).
      await until(async () => (await notesText(page)).includes(SECRET), { what: 'the note in the card\'s notes frame', timeout: 10_000 });
      // (a) While it is open and the page keeps forging: the root, the note, focus, selection, caret
      // hit-testing, attributes, mutations and messages give the page nothing.
      const loot = [];
      for (let i = 0; i < 5; i++) {
        loot.push(await page.evaluate(() => window.__hunt()));
        await sleep(200);
      }
      assert.ok(loot.every((l) => l.includes('host root: null')), 'host.shadowRoot is null for the page');
      assert.ok(loot.every((l) => /attachShadow: NotSupportedError/.test(l)), 'the page cannot attach a root of its own');
      // The reader tabs around the card and selects everything in it, then copies.
      for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.press('KeyC');
      await page.keyboard.up('Control');
      await sleep(300);
      loot.push(await page.evaluate(() => window.__hunt()));
      for (const l of loot) assert.ok(!l.includes(SECRET), `the page read the note: …${l.slice(Math.max(0, l.indexOf(SECRET) - 200), l.indexOf(SECRET) + 50)}…`);
      assert.equal(await hosts(page), 1);
      // Forged Escape and Tab did not close it either.
      assert.ok((await notesText(page)).includes(SECRET), 'the card stayed open under forged keys');
      if (kind === 'chromium') assert.ok(!(await closedCardText(page, kind)).includes(SECRET), 'the card\'s own root (the content script) never holds the note');
      // The reader's own Escape closes it and the notes frame goes.
      await pressEscape(page);
      await until(async () => !(await notesText(page)).includes(SECRET), { what: 'the card to close', timeout: 5_000 });
      assert.ok(await page.evaluate(() => document.getElementById('page-button').isConnected), 'the page works');
      assert.ok(errors.length < 5, `error flood: ${errors.slice(0, 5).join(' | ')}`);
      await page.close();
    });

    it('(a) a keylogger, a frame reader and postMessage: what the reader types into a note reaches nothing of the page; the note saves', async () => {
      const { b, server } = env;
      await saveNote(b, '2025-anchorage-summit', `Earlier note ${SECRET}`);
      const page = await b.newPage(`${server.url}/pages/hostile-hunt.html?forge=0`);
      const errors = errorsOf(page);
      await waitForMark(page, 'Anchorage summit');
      // The keylogger works: what the reader types into the page's own field, it sees.
      await page.click('#page-input');
      await page.keyboard.type('pg');
      const own = await page.evaluate(() => window.__keylog.join(' '));
      for (const k of ['keydown:p@window capture', 'keyup:g@document', 'input:g@window']) assert.ok(own.includes(k), `the keylogger saw ${k}: ${own.slice(0, 300)}`);
      await clickMark(page, 'Anchorage summit');
      await until(() => cardFocused(page), { what: 'the card to open', timeout: 10_000 });
      // The notes live in the card's notes frame, an extension page: the test reaches it through the
      // browser's own protocol (in both browsers, on the shipped build), the page cannot.
      const frame = await notesFrame(page);
      await until(async () => (await notesText(page)).includes(SECRET), { what: 'the earlier note in the notes frame', timeout: 10_000 });
      await page.evaluate(() => window.__keylog.splice(0));

      // The reader clicks into the note field and types, with real (trusted) key input, Enter and
      // Backspace included; a character comes as text input too (as an IME or dictation gives it);
      // then Tab past the tag field to the Save button, and Enter.
      await clickIn(frame, '[data-testid="note-body"]');
      const typed = `zq typed ${kind} words`;
      await page.keyboard.type(typed);
      await page.keyboard.press('Enter');
      await page.keyboard.type('xx');
      await page.keyboard.press('Backspace');
      // (Firefox's BiDi has no text input without a key, which is what sendCharacter sends.)
      if (kind === 'chromium') await page.keyboard.sendCharacter('ж');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await until(async () => (await notesText(page)).includes('Saved.'), { what: 'the note to save', timeout: 10_000 });
      const shown = await until(() => frame.evaluate(() => document.querySelector('[data-testid="card-notes"]')?.textContent ?? '').then((t) => t.includes(typed) && t), { what: 'the typed note on the card', timeout: 10_000 });
      assert.match(shown, new RegExp(`${typed}\\s*x${kind === 'chromium' ? 'ж' : ''}“`), 'the note as typed');

      const keylog = await page.evaluate(() => window.__keylog.slice());
      console.log(`[${kind}] keylogger in the page saw ${keylog.length} events while the reader typed: ${keylog.join(' ').slice(0, 300)}`);
      assert.deepEqual(keylog.filter((k) => !/^focusin:/.test(k)), [], 'no key, input, composition or paste event reached the page');
      assert.ok(!keylog.some((k) => /TEXTAREA|BUTTON/.test(k)), 'focus moving inside the notes frame is not the page\'s either');

      // The page's frame reader: the card's notes frame is another origin. Its document and address
      // are closed to the page; what the page can hunt for holds neither the note nor the typing.
      const frames = await page.evaluate(() => {
        const out = [];
        for (let i = 0; i < frames.length; i++) {
          let doc;
          try {
            doc = frames[i].document.body.textContent;
          } catch (e) {
            doc = e.name;
          }
          out.push(doc);
        }
        return out;
      });
      console.log(`[${kind}] the page sees ${frames.length} frame(s): ${JSON.stringify(frames)}`);
      // Both browsers leave a frame inside a shadow tree out of window.frames: the page gets no handle
      // on the notes frame at all (and were it listed, its document would be another origin's).
      assert.deepEqual(frames, [], 'the page has no handle on the notes frame');
      assert.equal(await page.evaluate(() => window.length), 0);
      const loot = await page.evaluate(() => window.__hunt());
      for (const secret of [SECRET, typed, 'notes-frame.html']) assert.ok(!loot.includes(secret), `the page found "${secret}"`);

      // postMessage: the page has no frame to post to, and a message to its own window stays there.
      // Were it to reach the frame, the frame ignores it: posted here into the frame's window (as a
      // page with a handle would), a guessed handshake with a port, a note-shaped message and a focus
      // request get no answer and save nothing.
      const before = await frame.evaluate(() => document.querySelectorAll('[data-testid="card-note"]').length);
      await page.evaluate(() => postMessage({ parleyNotes: '', type: 'saveNote', body: 'forged by the page' }, '*'));
      const answered = await frame.evaluate(async () => {
        const got = [];
        for (const guess of ['', 'x', '0'.repeat(32), location.hash.slice(1, 9)]) {
          const ch = new MessageChannel();
          ch.port1.onmessage = (e) => got.push(JSON.stringify(e.data));
          window.postMessage({ parleyNotes: guess }, '*', [ch.port2]);
        }
        window.postMessage({ type: 'saveNote', parley: 1, req: { eventId: '2025-anchorage-summit', body: 'forged by the page' } }, '*');
        window.postMessage({ type: 'focus', where: 'first' }, '*');
        await new Promise((r) => setTimeout(r, 800));
        return got;
      });
      assert.deepEqual(answered, [], 'the notes frame answered a forged handshake');
      assert.equal(await frame.evaluate(() => document.activeElement?.nodeName), 'BODY', 'a forged focus request moved nothing');
      assert.equal(await frame.evaluate(() => document.querySelectorAll('[data-testid="card-note"]').length), before);
      const stored = await inExtension(b, () => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ parley: 1, type: 'getNotes', req: { eventId: '2025-anchorage-summit' } }));
      assert.ok(!stored.res.some((n) => /forged/.test(n.body)), 'nothing forged was saved');
      assert.ok(stored.res.some((n) => n.body.includes(typed) && n.target?.quote.exact.includes('Anchorage summit')), 'the typed note is saved with its quote');

      // Escape in the notes frame closes the card (the frame tells the card over its channel).
      await clickIn(frame, '[data-testid="note-body"]');
      await pressClosing(page, 'Escape');
      await until(async () => !(await notesText(page)) && !(await cardFocused(page)), { what: 'Escape in the notes frame to close the card', timeout: 10_000 });
      assert.ok(errors.length < 5, `error flood: ${errors.slice(0, 5).join(' | ')}`);
      await page.close();
    });

    it('(a) a notes frame navigated to another document (no page can reach it; the browser can): the card drops it for a fresh one', async () => {
      const { b, server } = env;
      await saveNote(b, '2025-anchorage-summit', `Navigated note ${SECRET}`);
      const page = await b.newPage(`${server.url}/pages/hostile-hunt.html?forge=0`);
      await waitForMark(page, 'Anchorage summit');
      await clickMark(page, 'Anchorage summit');
      const first = await notesFrame(page);
      const token = await first.evaluate(() => location.hash);
      // The browser's protocol navigates the notes frame, as a page script would if it had a handle.
      const phish = `${server.url}/pages/anchorage.html?phish`;
      await first.goto(phish, { timeout: 5_000 }).catch(() => {});
      // The card sees the frame load a second time and puts a new notes frame (a new token) in its
      // place, with the reader's notes; the other document is gone from the card.
      const urls = await until(async () => {
        const all = await Promise.all(page.frames().filter((f) => f !== page.mainFrame() && !f.detached).map((f) => f.evaluate(() => location.href).catch(() => '')));
        return !all.some((u) => u.includes('phish')) && all.some((u) => u.includes('notes-frame.html')) && all;
      }, { what: 'a fresh notes frame in place of the other document', timeout: 15_000 });
      assert.equal(urls.filter((u) => u.includes('notes-frame.html')).length, 1, JSON.stringify(urls));
      assert.notEqual(await (await notesFrame(page)).evaluate(() => location.hash), token, 'a new frame with a new token');
      await until(async () => (await notesText(page)).includes(SECRET), { what: 'the notes in the fresh frame', timeout: 15_000 });
      await page.close();
    });

    it('(c) a page that patches DOM prototypes, CSS.highlights, MutationObserver, Range and timers: marks and the card still work', async () => {
      const { b, server } = env;
      const page = await b.newPage(`${server.url}/pages/hostile-patch.html`);
      const errors = errorsOf(page);
      const marks = () => page.evaluate(() => {
        const h = window.__orig.get.call(window.__orig.highlights, 'parley-mention');
        return h ? [...h.values()].map((r) => window.__orig.rangeText.call(r)) : [];
      });
      const got = await until(async () => { const m = await marks(); return m.some((t) => t.includes('Anchorage summit')) && m; }, { what: 'marks through the patched page', timeout: 20_000 });
      assert.ok(got.some((t) => t.includes('Riyadh talks')), JSON.stringify(got));
      const pt = await page.evaluate(() => {
        const h = window.__orig.get.call(window.__orig.highlights, 'parley-mention');
        const r = [...h.values()][0];
        const rect = window.__orig.rects.call(r)[0];
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      });
      await page.mouse.click(pt.x, pt.y);
      await until(() => cardFocused(page), { what: 'the card to open on the patched page', timeout: 10_000 });
      // The notes frame loads and gets its channel (a MessageChannel of the content script's world).
      await notesFrame(page);
      const calls = await page.evaluate(() => window.__calls);
      // Parley never called the page's patched functions (its world has its own); the page ran on.
      for (const k of ['MutationObserver', 'Range', 'Highlight', 'requestIdleCallback', 'setTimeout', 'createTreeWalker', 'attachShadow', 'set', 'MessageChannel']) assert.equal(calls[k], undefined, `Parley called the page's ${k}: ${JSON.stringify(calls)}`);
      const alive = await page.evaluate(() => window.__alive);
      await sleep(300);
      assert.ok((await page.evaluate(() => window.__alive)) > alive, 'the page keeps working');
      assert.ok(errors.length < 5, `error flood: ${errors.slice(0, 5).join(' | ')}`);
      await page.close();
    });

    it(`(d) a DOM mutated thousands of times a second: Parley keeps up or backs off, the heap stays bounded, the page keeps working`, { timeout: STORM_MS * 3 + 60_000 }, async () => {
      const { b, server } = env;
      const page = await b.newPage(`${server.url}/pages/hostile-storm.html`);
      const errors = errorsOf(page);
      await waitForMark(page, 'Anchorage summit');
      const heap = async () => {
        if (kind !== 'chromium') return null;
        const cdp = await page.createCDPSession();
        try {
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          return usedSize;
        } finally {
          await cdp.detach().catch(() => {});
        }
      };
      const h0 = await heap();
      const ms = kind === 'chromium' ? STORM_MS : Math.min(STORM_MS, 10_000);
      await page.evaluate((ms) => window.__storm(ms), ms);
      const samples = [];
      for (let t = 0; t < ms; t += 5_000) {
        await sleep(Math.min(5_000, ms - t));
        samples.push(await heap());
      }
      const stats = await until(() => page.evaluate(() => window.__stats.done && window.__stats), { what: 'the storm to end', timeout: 30_000 });
      const h1 = await heap();
      const mb = (x) => (x == null ? 'n/a' : `${(x / 1048576).toFixed(1)} MB`);
      const reports = await page.evaluate(() => ['parley:update', 'parley:full'].map((n) => performance.getEntriesByName(n).length));
      console.log(`[${kind}] storm: ${stats.mutations} mutations in ${(stats.ms / 1000).toFixed(1)} s (${Math.round(stats.mutations / (stats.ms / 1000))}/s), page frames ${stats.frames}; Parley scan reports kept (update, full): ${reports}; heap before ${mb(h0)}, every 5 s ${samples.map(mb).join(', ')}, after ${mb(h1)}; errors ${errors.length}`);
      assert.ok(stats.mutations / (stats.ms / 1000) > 2_000, 'thousands of mutations a second');
      assert.ok(stats.frames > 10, 'the page kept painting frames');
      if (kind === 'chromium') {
        assert.ok(h1 < 150 * 1048576, `heap after the storm: ${mb(h1)}`);
        assert.ok(h1 < h0 * 4 + 20 * 1048576, `heap grew from ${mb(h0)} to ${mb(h1)}`);
      }
      // Still working afterwards: new text is marked.
      await page.evaluate(() => { document.getElementById('storm').textContent = ''; document.getElementById('later').textContent = 'Later: the Helsinki summit of 2018 came up again.'; });
      await waitForMark(page, 'Helsinki summit', 'parley-mention', 20_000);
      assert.ok(errors.length < 5, `error flood: ${errors.slice(0, 5).join(' | ')}`);
      await page.close();
    });

    for (const part of ['huge', 'deep']) {
      // One page each: with both on one page Chromium itself stalls for minutes (measured without Parley).
      it(`(e) ${part === 'huge' ? 'a single 1 MB text node' : 'a 10,000-deep element chain'}: marked, and the page stays responsive`, async () => {
        const { b, server } = env;
        const page = await b.newPage(`${server.url}/pages/hostile-huge.html?part=${part}`);
        const errors = errorsOf(page);
        const built = await page.evaluate(() => window.__built);
        assert.ok(part === 'huge' ? built.huge > 1_000_000 : built.depth === 10_000, JSON.stringify(built));
        await waitForMark(page, 'Anchorage summit', 'parley-mention', 20_000);
        await waitForMark(page, 'Helsinki summit', 'parley-mention', 20_000); // at the bottom of the chain
        if (part === 'huge') await waitForMark(page, 'Riyadh talks', 'parley-mention', 20_000); // in the middle of the 1 MB node
        const initial = (await waitForScan(page)) ?? {};
        console.log(`[${kind}] ${part}: first scan ${Math.round(initial.wallMs ?? initial.duration)} ms wall, ${initial.slices ?? '?'} slices, longest ${initial.longestSliceMs?.toFixed?.(1) ?? '?'} ms`);
        const t0 = Date.now();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
        assert.ok(Date.now() - t0 < 2_000, 'the page answers');
        assert.ok(errors.length < 5, `error flood: ${errors.slice(0, 5).join(' | ')}`);
        await page.close();
      });
    }

    it('(f) zero-width and bidi characters inside the words of a mention: marked over the right text, never misplaced', async () => {
      const { b, server } = env;
      const page = await b.newPage(`${server.url}/pages/hostile-bidi.html`);
      const errors = errorsOf(page);
      await waitForMark(page, 'Anchorage summit'); // the plain one
      await waitForScan(page);
      await sleep(500);
      const marks = await page.evaluate(() => [...(CSS.highlights.get('parley-mention') ?? []), ...(CSS.highlights.get('parley-related') ?? [])].map((r) => ({ p: r.startContainer.parentElement.id, text: r.toString() })));
      const clean = (s) => s.replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
      console.log(`[${kind}] hidden characters: ${JSON.stringify(marks.map((m) => ({ ...m, text: m.text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`) })))}`);
      // Every mark covers whole words of a mention (hidden characters inside it included), nothing else.
      for (const m of marks) assert.match(clean(m.text), /^(the |meeting with the )?(Anchorage summit|Riyadh talks|Helsinki summit|Istanbul talks)( of [A-Z][a-z]+)?$/, JSON.stringify(m));
      const by = (id) => marks.filter((m) => m.p === id).map((m) => clean(m.text));
      assert.ok(by('zw').some((t) => /Anchorage summit/.test(t)), 'zero-width characters inside the words do not hide the mention');
      assert.ok(by('bidi').some((t) => /Riyadh talks/.test(t)), 'a bidi override inside a word does not hide the mention');
      assert.deepEqual(by('spoof'), [], 'reversed text that only looks like a mention on screen is not one');
      assert.ok(errors.length < 5, `error flood: ${errors.slice(0, 5).join(' | ')}`);
      await page.close();
    });

    it('(g) a page that removes the card host again and again: no error flood, and the card comes back once it stops', async () => {
      const { b, server } = env;
      const page = await b.newPage(`${server.url}/pages/hostile-remove.html`);
      const errors = errorsOf(page);
      await waitForMark(page, 'Anchorage summit');
      for (let i = 0; i < 5; i++) {
        await clickMark(page, 'Anchorage summit');
        await sleep(150);
      }
      assert.ok((await page.evaluate(() => window.__removed)) >= 1, 'the page removed the host');
      assert.ok((await hosts(page)) <= 1);
      await page.evaluate(() => { window.__removing = false; });
      await page.mouse.click(5, 5); // close whatever Parley thinks is open
      await clickMark(page, 'Anchorage summit');
      await until(() => cardFocused(page), { what: 'the card to come back', timeout: 10_000 });
      assert.equal(await hosts(page), 1);
      assert.ok(errors.length < 5, `error flood: ${errors.slice(0, 5).join(' | ')}`);
      await page.close();
    });

    it('(h) strict CSP with Trusted Types, frozen and sealed built-ins: marks and the card work, the page too', async () => {
      const { b, server } = env;
      const page = await b.newPage(`${server.url}/strict/hostile-strict.html`);
      const errors = errorsOf(page);
      const frozen = await page.evaluate(() => window.__frozen);
      assert.ok(frozen.includes('Object.prototype') && frozen.includes('Element.prototype'), JSON.stringify(frozen));
      await waitForMark(page, 'Anchorage summit');
      await clickMark(page, 'Anchorage summit');
      await until(() => cardFocused(page), { what: 'the card to open under a strict CSP', timeout: 10_000 });
      if (kind === 'chromium') await until(async () => /Anchorage/.test((await closedCardText(page, kind)) ?? ''), { what: 'the card content', timeout: 10_000 });
      // The notes frame loads despite the page's frame-src 'none' (the page's policy does not govern
      // the extension's own frame), and the reader can write in it.
      const notes = await notesFrame(page);
      assert.ok(await notes.$('[data-testid="note-body"]'), 'the note field is there under a strict CSP');
      const t = await page.evaluate(() => window.__ticks);
      await sleep(300);
      assert.ok((await page.evaluate(() => window.__ticks)) > t, 'the page keeps working');
      const parleyErrors = errors.filter((e) => !/Content.Security.Policy|Trusted Type/i.test(e) || /parley/i.test(e));
      assert.ok(parleyErrors.length < 5, `error flood: ${parleyErrors.slice(0, 5).join(' | ')}`);
      await page.close();
    });

    it('(a) the keyboard’s walk: what its live region says stays in the closed card, and is never a note', async () => {
      const { b, server } = env;
      await saveNote(b, '2025-anchorage-summit', `Keyboard walk note ${SECRET}`);
      const page = await b.newPage(`${server.url}/pages/anchorage.html`);
      await waitForMark(page, 'Anchorage summit');
      await page.bringToFront();
      await altShift(page, 'KeyN');
      // The peek opens (its host appears) without taking focus from the page.
      await until(() => page.evaluate(() => !!document.querySelector('parley-card-host')), { what: 'the keyboard’s peek', timeout: 10_000 });
      const seen = await page.evaluate(() => {
        const h = document.querySelector('parley-card-host');
        return { root: h.shadowRoot, focus: document.activeElement === h, text: document.documentElement.textContent + [...h.attributes].map((a) => a.value).join(' ') };
      });
      assert.equal(seen.root, null, 'the card’s root is closed');
      assert.equal(seen.focus, false, 'a peek takes no focus');
      assert.doesNotMatch(seen.text, /Mention \d+ of|secret-/, 'the page sees neither the live region’s words nor a note');
      if (kind === 'chromium') {
        // Through CDP (which can read the closed root): the live region says which mention, no note.
        const inside = await until(async () => { const t = await closedCardText(page, kind); return /Mention 1 of \d+: /.test(t) && t; }, { what: 'the live region to speak', timeout: 10_000 });
        assert.ok(!inside.includes(SECRET), 'no note in the card’s root');
      }
      await pressEscape(page);
      await page.close();
    });

    it('(i) a page that forges WXT’s “content script started” signal (the extension’s id is public) cannot switch Parley off', async () => {
      const { b, server } = env;
      const page = await b.newPage();
      // Everything posted to the page's window from the start: WXT's start-up postMessage would carry
      // the extension's id to every script of every page (Parley opts out of it).
      await page.evaluateOnNewDocument(() => {
        window.__heard = [];
        addEventListener('message', (e) => { try { window.__heard.push(JSON.stringify(e.data)); } catch { window.__heard.push(String(e.data)); } }, true);
      });
      await page.goto(`${server.url}/pages/anchorage.html`, { waitUntil: 'load' });
      const errors = errorsOf(page);
      await waitForMark(page, 'Anchorage summit');
      const heard = await page.evaluate(() => window.__heard);
      assert.equal(heard.filter((m) => /wxt|content-script|parley/i.test(m)).length, 0, `the page heard Parley start: ${heard.join(' | ')}`);
      // WXT's content script context stops itself when a document event named
      // "<extension id>:<entry>:wxt:content-script-started" says a newer copy of the same script has
      // started (node_modules/wxt/dist/utils/content-script-context.mjs). A page can dispatch that
      // event too: the id is in a store listing (Chrome) or the manifest (Firefox's gecko id).
      const id = kind === 'chromium' ? new URL(b.base).host : GECKO_ID;
      await page.evaluate((id) => {
        for (const entry of ['content', 'page-engine', 'card']) {
          const type = `${id}:${entry}:wxt:content-script-started`;
          for (let i = 0; i < 3; i++) {
            document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: entry, messageId: `forged-${i}` } }));
            window.postMessage({ type, contentScriptName: entry, messageId: `forged-${i}` }, '*');
          }
        }
      }, id);
      await sleep(800);
      const names = () => page.evaluate(() => ['parley-mention', 'parley-related', 'parley-unknown', 'parley-user'].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0));
      assert.ok((await names()) > 0, 'the marks are still there');
      // Parley still answers the reader: a click opens the card.
      await clickMark(page, 'Anchorage summit');
      await until(() => cardFocused(page), { what: 'the card to open after the forged signal', timeout: 10_000 });
      await pressEscape(page);
      // And it still follows the page: new text is marked.
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Later, the Helsinki summit of 2018 came up again.';
        document.querySelector('article').append(p);
      });
      await waitForMark(page, 'Helsinki summit');
      assert.ok(errors.length < 5, `error flood: ${errors.slice(0, 5).join(' | ')}`);
      await page.close();
    });
  });
});
