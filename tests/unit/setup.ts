// Every unit test gets an in-memory IndexedDB (Dexie needs one in Node) and a clean fake browser.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { configure } from '@testing-library/preact';

// findBy…/waitFor wait up to 1 s by default; with every test file running at once on a small
// machine a message or a re-render can take longer. A wait, not a speed check.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  fakeBrowser.reset();
});
