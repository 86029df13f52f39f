/**
 * Background (MV3 service worker in Chrome, event page in Firefox). Owns the database and answers
 * the content scripts. Nothing here may depend on memory surviving between wake-ups: seeding is
 * checked on every message (cheap once done) as well as on install/update. A page's text does not
 * wait for that check while the reader's events are the bundled ones (lib/messages/handlers.ts).
 */
import { STARTED, measureOnce } from '../lib/background/timing';
import { browser } from 'wxt/browser';
import DATASET_VERSION from 'virtual:parley/dataset-version';
import type { MeetingEvent } from '../lib/events/types';
import { BUILTIN_TABLES_FILE } from '../lib/detect/tables';
import { ParleyDB } from '../lib/db/database';
import { BUNDLED_EVENTS_FILE, seedDataset } from '../lib/db/seed';
import { createHandlers, userGateEntries } from '../lib/messages/handlers';
import { dataRevisionItem, gateExtraItem } from '../lib/settings/signals';
import { enabledItem, pausedSitesItem } from '../lib/settings/settings';
import { pageHintsSync } from '../lib/settings/page-hints';
import gateBuiltin from 'virtual:parley/gate-words';
import { listen } from '../lib/messages/server';
import prebuiltMatcher from 'virtual:parley/matcher-info';

export default defineBackground(() => {
  measureOnce('script', 0, STARTED);
  measureOnce('eval', STARTED);
  const db = new ParleyDB();
  // The bundled events are a file of the extension, read only when the database is behind them: the
  // background's script carries no dataset to compile and evaluate at each wake-up.
  const bundledEvents = async (): Promise<MeetingEvent[]> => (await fetch(browser.runtime.getURL(`/${BUNDLED_EVENTS_FILE}` as '/card.js'))).json();
  let seeding: Promise<unknown> | undefined;
  const ensureSeeded = () => {
    const t0 = performance.now();
    return (seeding ??= seedDataset(db, bundledEvents, DATASET_VERSION).then(
      (r) => {
        measureOnce('seed', t0, performance.now(), { seeded: r.seeded });
        return r;
      },
      (err) => {
        seeding = undefined; // let the next message try again
        throw err;
      },
    ));
  };

  browser.runtime.onInstalled.addListener(() => void ensureSeeded());
  // The prebuilt tables' bytes are a file of the extension: the background's matcher while the
  // reader's events are the bundled ones (pages send their text to it: lib/messages/detect-service.ts).
  const loadTables = async () => new Uint8Array(await (await fetch(browser.runtime.getURL(`/${BUILTIN_TABLES_FILE}` as '/card.js'))).arrayBuffer());
  listen(createHandlers(db, ensureSeeded, DATASET_VERSION, { ...prebuiltMatcher, load: loadTables }));

  // The gate in pages knows the bundled events; the reader's own ones are added to it from storage.
  const refreshGate = async () => {
    await ensureSeeded();
    const extra = await userGateEntries(db, prebuiltMatcher, gateBuiltin);
    if (JSON.stringify(extra) !== JSON.stringify(await gateExtraItem.getValue())) await gateExtraItem.setValue(extra);
  };
  dataRevisionItem.watch((rev) => void (rev.what !== 'notes' && refreshGate().catch(() => {})));
  browser.runtime.onInstalled.addListener(() => void refreshGate().catch(() => {}));

  // Pages learn from hints what their settings will likely say before they read them
  // (lib/settings/page-hints.ts): registrations kept in step with the settings, and made again at
  // each start of the browser.
  const syncHints = pageHintsSync(browser.scripting);
  const refreshHints = async () => syncHints({ enabled: await enabledItem.getValue(), pausedSites: await pausedSitesItem.getValue(), gateExtra: await gateExtraItem.getValue() });
  for (const item of [enabledItem, pausedSitesItem, gateExtraItem]) item.watch(() => void refreshHints());
  browser.runtime.onInstalled.addListener(() => void refreshHints());
  browser.runtime.onStartup.addListener(() => void refreshHints());
});
