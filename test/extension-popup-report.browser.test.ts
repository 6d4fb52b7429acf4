/**
 * The popup lists the marks of the page the tab shows, never those of a site the tab has left.
 */
import { expect, it } from 'vitest';

import { PROFILE_KEY } from '../extension/src/control/local-profile.ts';
import { SETTINGS_KEY } from '../extension/src/control/settings.ts';
import { setExtensionStorage, tabIdOf } from '../extension/scripts/support/launch-extension.ts';
import { useExtensionOnSites } from './support/use-extension-on-sites.ts';

const test = useExtensionOnSites();

it("lists no marks once the tab left the library for a site where Verwonder is off (review finding: the popup listed the previous site's marks)", async () => {
  const agendaOrigin = new URL(test.sites.urls.agenda).origin;
  await setExtensionStorage(test.worker, {
    [SETTINGS_KEY]: { sites: { [agendaOrigin]: { enabled: false } } },
    [PROFILE_KEY]: { interests: ['fantasy', 'mode', 'concert'], browsing: [] },
  });
  const page = await test.browser.context.newPage();
  await page.goto(test.sites.urls.library);
  await page.waitForSelector('verwonder-ui[data-verwonder="zone"]', { state: 'attached' });
  const tabId = await tabIdOf(test.worker, page.url());

  // Same tab, now the agenda, which the person switched off.
  await page.goto(test.sites.urls.agenda);
  await page.waitForTimeout(1500);
  expect(await page.$$eval('verwonder-ui', (nodes) => nodes.length)).toBe(0);

  const popup = await test.browser.context.newPage();
  await popup.goto(new URL(`/popup.html?tabId=${tabId}`, test.worker.url()).href);
  await popup.waitForSelector('#places li, #places-none');
  const places = await popup.$$eval('#places li', (items) => items.map((li) => li.textContent));
  expect(places).toEqual([]);
  expect(await popup.isVisible('#places-none')).toBe(true);
  await popup.close();

  // Back on the library the page reports again, and the popup lists its marks.
  await page.goto(test.sites.urls.library);
  await page.waitForSelector('verwonder-ui[data-verwonder="zone"]', { state: 'attached' });
  const again = await test.browser.context.newPage();
  await again.goto(new URL(`/popup.html?tabId=${tabId}`, test.worker.url()).href);
  await again.waitForSelector('#places li');
});
