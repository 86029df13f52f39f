// Firefox ESR 140.12 (Debian, December 2026) lacks WebDriver BiDi features and behaviour that puppeteer-core
// 24.43 uses, and the end-to-end suite had to keep running on it:
//  - `browsingContext.locateNodes` with a `context` locator, which puppeteer uses to find the
//    <iframe> element of a frame (Frame.frameElement): without it, nothing inside an iframe (the
//    card's notes frame) can be measured, clicked or typed into;
//  - `emulation.setScreenOrientationOverride`, sent beside every viewport change: the viewport is
//    applied all the same (innerWidth and innerHeight follow) and no test depends on the screen's
//    orientation, so that one failure is let pass;
//  - and a locator's readiness checks (visible, in the viewport, a stable box, enabled) never settle
//    there, on any page (seen: the popup's buttons, the options page's, the notes frame's field),
//    while the same locator with them off clicks and fills as it should. In Firefox, locators skip
//    those checks; they still wait for the element, and every test still asserts what the reader sees.
//  - complete reports of a history traversal, so puppeteer's page.goBack()/goForward() wait until
//    their timeout although the page went back at once: to an entry a page made with
//    history.pushState, no event at all (no `browsingContext.historyUpdated`, which came in a later
//    version, nor a navigation); to a document kept in the back-forward cache, a navigation that
//    never reports a load. In Firefox, back and forward resolve once the tab shows the entry (its
//    address changed and its document is complete), with the navigation's response if puppeteer
//    saw one first, else null (as for a same-document traversal elsewhere).
// frameElement falls back to finding the <iframe> from the parent frame: through open shadow roots
// (the end-to-end build opens the card's), by the frame's URL. Only that one error is caught; any
// other still fails the test, and Chromium (CDP) never reaches this code.
import { BidiFrame } from 'puppeteer-core/internal/bidi/Frame.js';
import { BidiPage } from 'puppeteer-core/internal/bidi/Page.js';

const settled = (locator) => locator.setVisibility(null).setEnsureElementIsInTheViewport(false).setWaitForStableBoundingBox(false).setWaitForEnabled(false);
const setViewport = BidiPage.prototype.setViewport;
BidiPage.prototype.setViewport = async function (viewport) {
  try {
    return await setViewport.call(this, viewport);
  } catch (err) {
    if (!/setScreenOrientationOverride/.test(err?.message ?? '')) throw err;
  }
};

for (const C of [BidiPage, BidiFrame]) {
  const base = Object.getPrototypeOf(C.prototype).locator;
  C.prototype.locator = function locator(input) {
    const l = base.call(this, input);
    return typeof input === 'string' ? settled(l) : l;
  };
}

const original = BidiFrame.prototype.frameElement;

BidiFrame.prototype.frameElement = async function frameElement() {
  try {
    return await original.call(this);
  } catch (e) {
    if (!/locator\.type/.test(String(e?.message))) throw e;
    const parent = this.parentFrame();
    if (!parent) return null;
    const handle = await parent.evaluateHandle((url) => {
      const frames = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.tagName === 'IFRAME') frames.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      const bare = (u) => String(u).split(/[?#]/)[0];
      return frames.find((f) => f.src === url) ?? frames.find((f) => bare(f.src) === bare(url)) ?? (frames.length === 1 ? frames[0] : null);
    }, this.url());
    const el = handle.asElement();
    if (!el) await handle.dispose();
    return el;
  }
};

const pause = (ms) => new Promise((r) => setTimeout(r, ms));
const here = () => [location.href, document.readyState];
const traverse = (delta) =>
  async function go(options = {}) {
    const frame = this.mainFrame();
    const [before] = await frame.evaluate(here);
    const controller = new AbortController();
    const navigation = frame.waitForNavigation({ ...options, signal: controller.signal });
    navigation.catch(() => {}); // aborted once the tab shows the entry
    let done = false;
    try {
      await frame.browsingContext.traverseHistory(delta);
      const shown = (async () => {
        while (!done) {
          // (A call cut off by the document changing is asked again.)
          const [href, state] = (await frame.evaluate(here).catch(() => null)) ?? [];
          if (href && href !== before && state === 'complete') return null;
          await pause(50);
        }
      })();
      return await Promise.race([navigation, shown]);
    } finally {
      done = true;
      controller.abort();
    }
  };
BidiPage.prototype.goBack = traverse(-1);
BidiPage.prototype.goForward = traverse(1);
