import type { Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

import { startCitySites, type CitySites } from '../../examples/city-sites/src/index.ts';
import { testCatalog, testNow } from '../../examples/city-sites/src/test-support/test-catalog.ts';
import {
  launchChromium,
  type LaunchedBrowser,
} from '../../extension/scripts/support/launch-extension.ts';
import { SITE_PORTS } from './start-extension-test.ts';

/** The demo sites and Chromium with the built extension, without a vault. */
export interface ExtensionOnSites {
  sites: CitySites;
  browser: LaunchedBrowser;
  /** The extension's service worker. */
  worker: Worker;
}

/**
 * The set-up the browser tests of the extension without a vault repeat, as this file's hooks:
 * before its tests, the demo sites as `npm start` serves them (no hostile test items) at the test
 * catalogue's "now" and Chromium with the built extension (`npm run build -w extension` first);
 * after them, both closed. The object returned is filled in when the tests run. Fixed ports: run under `flock /tmp/verwonder-ports.lock`.
 */
export function useExtensionOnSites(): ExtensionOnSites {
  const test = {} as ExtensionOnSites;
  beforeAll(async () => {
    const now = testNow();
    test.sites = await startCitySites({
      ports: SITE_PORTS,
      catalog: testCatalog(undefined, { hostile: false }),
      now: () => now,
    });
    test.browser = await launchChromium({ extension: true });
    test.worker = test.browser.worker as Worker;
  }, 120_000);
  afterAll(async () => {
    await test.browser?.close();
    await test.sites?.close();
  });
  return test;
}
