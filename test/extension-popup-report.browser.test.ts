/**
 * The popup lists the marks of the page the tab shows, never those of a site the tab has left.
 */
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { startCitySites, type CitySites } from '../examples/city-sites/src/index.ts';
import { testCatalog, testNow } from '../examples/city-sites/src/test-support/test-catalog.ts';
import { PROFILE_KEY } from '../extension/src/control/local-profile.ts';
import { SETTINGS_KEY } from '../extension/src/control/settings.ts';
import {
  launchChromium,
  setExtensionStorage,
  tabIdOf,
  type LaunchedBrowser,
} from '../extension/scripts/support/launch-extension.ts';

const PORTS = { library: 4801, agenda: 4802, museum: 4803 } as const;
let sites: CitySites;
let browser: LaunchedBrowser;
let worker: Worker;

beforeAll(async () => {
  const now = testNow();
  sites = await startCitySites({ ports: PORTS, catalog: testCatalog(), now: () => now });
  browser = await launchChromium({ extension: true });
  worker = browser.worker as Worker;
});
afterAll(async () => {
  await browser?.close();
  await sites?.close();
});

it("lists no marks once the tab left the library for a site where Verwonder is off (review finding: the popup listed the previous site's marks)", async () => {
  const agendaOrigin = new URL(sites.urls.agenda).origin;
  await setExtensionStorage(worker, {
    [SETTINGS_KEY]: { sites: { [agendaOrigin]: { enabled: false } } },
    [PROFILE_KEY]: { interests: ['fantasy', 'mode', 'concert'], browsing: [] },
  });
  const page = await browser.context.newPage();
  await page.goto(sites.urls.library);
  await page.waitForSelector('verwonder-ui[data-verwonder="zone"]', { state: 'attached' });
  const tabId = await tabIdOf(worker, page.url());

  // Same tab, now the agenda, which the person switched off.
  await page.goto(sites.urls.agenda);
  await page.waitForTimeout(1500);
  expect(await page.$$eval('verwonder-ui', (nodes) => nodes.length)).toBe(0);

  const popup = await browser.context.newPage();
  await popup.goto(new URL(`/popup.html?tabId=${tabId}`, worker.url()).href);
  await popup.waitForSelector('#places li, #places-none');
  const places = await popup.$$eval('#places li', (items) => items.map((li) => li.textContent));
  expect(places).toEqual([]);
  expect(await popup.isVisible('#places-none')).toBe(true);
  await popup.close();

  // Back on the library the page reports again, and the popup lists its marks.
  await page.goto(sites.urls.library);
  await page.waitForSelector('verwonder-ui[data-verwonder="zone"]', { state: 'attached' });
  const again = await browser.context.newPage();
  await again.goto(new URL(`/popup.html?tabId=${tabId}`, worker.url()).href);
  await again.waitForSelector('#places li');
});
