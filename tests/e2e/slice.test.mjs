// The vertical slice, in both real browsers with the built extension: a mention is marked, its card
// opens with the right date and place, a note saved from the card shows in the popup.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cardText, eachBrowser, markPoint, markedTexts, waitForMark, waitForOpenedCard, withBrowser, writeNote } from './harness.mjs';

eachBrowser((kind) => {
  describe(`${kind}: a reader on a news page`, () => {
    const env = withBrowser(kind);

    it('marks the mention, opens the card, saves a note that the popup lists', async () => {
      const { b, server } = env;
      const page = await b.newPage(`${server.url}/pages/anchorage.html`);
      await waitForMark(page, 'Anchorage summit');
      const all = await markedTexts(page);
      assert.ok(!all.some((t) => /code block|hidden text/.test(t)), `code and hidden text must not be marked: ${JSON.stringify(all)}`);
      assert.ok(!all.some((t) => /^Geneva$/i.test(t.trim())), 'a place alone is not a mention');

      const pt = await markPoint(page, 'Anchorage summit');
      await page.mouse.click(pt.x, pt.y);
      await waitForOpenedCard(page);
      assert.match(await cardText(page, 'card-title'), /Anchorage|Alaska/);
      assert.match(await cardText(page, 'card-date'), /15 August 2025/);
      assert.match(await cardText(page, 'card-place'), /Anchorage/);

      const note = `Follow-up on Alaska <b>not bold</b> ${kind} ${Date.now()}`;
      await writeNote(page, note);

      const popup = await b.extensionPage('popup.html', '[data-testid="note"]');
      const notes = await popup.$$eval('[data-testid="note"]', (els) => els.map((e) => e.textContent));
      assert.ok(notes.some((t) => t.includes(note)), `popup lists the note as text: ${JSON.stringify(notes)}`);
      assert.equal(await popup.$('[data-testid="note"] b'), null, 'HTML in a note is shown as text');
      await popup.close();
      await page.close();
    });
  });
});
