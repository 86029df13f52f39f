import { browser } from 'wxt/browser';
import { ParleyDB } from '../../lib/db/database';
import { Popup } from '../../lib/ui/popup/Popup';

const db = new ParleyDB();

/** `popup.html?tab=<id>` shows the popup for that tab in a normal tab (handy for keyboard users and tests). */
const tab = new URLSearchParams(location.search).get('tab');
const tabOverride = tab && /^\d+$/.test(tab) ? Number(tab) : undefined;

/** Only a real toolbar popup closes itself after opening a card or the options page; a tab stays. */
function isToolbarPopup(): boolean {
  try {
    return browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return false;
  }
}

export function App() {
  return <Popup db={db} tabOverride={tabOverride} inTab={!isToolbarPopup()} />;
}
