// @vitest-environment happy-dom
// The guard against a page forging WXT's "a newer copy of the content script started" event
// (lib/page/start-signal.ts): the document's listener (WXT's) never hears it while this copy is
// alive, and hears it again once this copy is an orphan (its extension context gone).
import { afterEach, describe, expect, it } from 'vitest';
import { guardStartSignal, startSignalName } from '../../../lib/page/start-signal';

const NAME = 'abcdef:content:wxt:content-script-started';
let undo: (() => void) | null = null;
afterEach(() => undo?.());

function wxtListener() {
  const heard: unknown[] = [];
  const fn = (e: Event) => heard.push((e as CustomEvent).detail);
  document.addEventListener(NAME, fn);
  return { heard, off: () => document.removeEventListener(NAME, fn) };
}
const forge = (target: EventTarget = document) => target.dispatchEvent(new CustomEvent(NAME, { bubbles: true, detail: { contentScriptName: 'content', messageId: 'forged' } }));

describe('the start signal guard', () => {
  it('stops the event before the document’s listener while this copy is alive, wherever the page dispatches it', () => {
    const wxt = wxtListener();
    let orphan = false;
    undo = guardStartSignal(window, NAME, () => orphan);
    forge();
    forge(document.body);
    expect(wxt.heard).toEqual([]);
    // Once this copy is an orphan (after a reload), a newer copy's signal gets through.
    orphan = true;
    forge();
    expect(wxt.heard).toHaveLength(1);
    wxt.off();
  });

  it('without the guard the document hears it (what the guard is for), and unguarding restores that', () => {
    const wxt = wxtListener();
    undo = guardStartSignal(window, NAME, () => false);
    forge();
    undo();
    undo = null;
    forge();
    expect(wxt.heard).toHaveLength(1);
    wxt.off();
  });

  it('takes the name from WXT’s context class, else builds it the same way', () => {
    expect(startSignalName({ SCRIPT_STARTED_MESSAGE_TYPE: 'x:content:wxt:content-script-started' }, 'id', 'content')).toBe('x:content:wxt:content-script-started');
    expect(startSignalName(class {}, 'abcdef', 'content')).toBe(NAME);
  });
});
