/**
 * The content script on the supported city sites (plain DOM, no framework: it runs on every page
 * load, so it stays small). All the work is in page-controller.ts.
 */
import type { PlasmoCSConfig } from 'plasmo';
import browser from 'webextension-polyfill';

import { startPageController } from '../content/page-controller.ts';

// Plasmo reads this object literally from the source, so it cannot import plasmo.config.ts;
// test/extension-manifest.test.ts checks that it equals `supportedSites` there.
export const config: PlasmoCSConfig = {
  matches: [
    'http://127.0.0.1:4801/*',
    'http://127.0.0.1:4802/*',
    'http://127.0.0.1:4803/*',
    'http://localhost:4801/*',
    'http://localhost:4802/*',
    'http://localhost:4803/*',
  ],
  run_at: 'document_idle',
};

startPageController({
  document,
  local: browser.storage.local,
  onStorageChanged: (listener) =>
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local') listener(Object.keys(changes));
    }),
  send: (message) => browser.runtime.sendMessage(message),
});
