/**
 * Ending the extension's access in the vault, as a person does it, from an empty vault: sign up,
 * choose interests, pair from the options page, see marks resting on them; then "Toegang
 * beëindigen" on the vault's connections page. The next page the person opens shows nothing from
 * the vault, and the options page and the popup say why the extension is no longer paired. Needs
 * `npm run build -w extension` first; run under `flock /tmp/verwonder-ports.lock` (fixed ports).
 */
import { describe, expect, it } from 'vitest';

import { tabIdOf } from '../extension/scripts/support/launch-extension.ts';
import { MESSAGES } from '../extension/src/i18n/messages.ts';
import { saveTypedInterests } from './support/save-typed-interests.ts';
import { useExtensionTest } from './support/use-extension-test.ts';

interface Place {
  kind: string;
  itemId: string;
  categories: string[];
}

/** What the extension reported marking in the tab showing `url` (what the popup lists). */
async function marksOn(url: string): Promise<Place[] | undefined> {
  return test.worker.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    if (tab?.id === undefined) return undefined;
    const key = `page-report/${tab.id}`;
    const report = (await chrome.storage.session.get(key))[key] as { places?: Place[] } | undefined;
    return report?.places?.filter((place) => place.kind !== 'zone');
  }, url);
}

const test = useExtensionTest('access-ended');

describe('the extension after its access is ended in the vault', () => {
  it('shows it unpaired with the reason, and no mark rests on the vault any more (review finding: ending the access in the vault did not stop the extension)', async () => {
    const { vault, sites, browser, extensionId } = test;
    await test.signUpToWelcome({ podName: 'lena', displayName: 'Lena', lang: 'nl' });
    await saveTypedInterests(test.page, 'fantasy, jazz, geschiedenis', 'fantasy');

    const options = await test.pair();
    // The library marks what the vault's interests point to.
    const before = await browser.context.newPage();
    await before.goto(sites.urls.library);
    await expect
      .poll(
        async () =>
          ((await marksOn(before.url())) ?? []).some((mark) =>
            mark.categories.includes('interests'),
          ),
        { timeout: 15_000, message: 'no mark rests on the vault’s interests' },
      )
      .toBe(true);
    await before.close();

    // "Verbindingen" in the vault: the person ends the extension's access.
    await test.page.goto(`${vault.url}/oauth/connections`);
    expect(await test.page.textContent('.grant[data-status=active] h2')).toContain(
      'Verwonder-extensie',
    );
    await test.page.click('.grant[data-status=active] button.danger');
    await test.page.waitForURL(/\/oauth\/connections/);
    expect(await test.page.locator('.grant[data-status=active]').count()).toBe(0);

    // The next visit to a site: the extension finds the access gone and marks nothing of it.
    const after = await browser.context.newPage();
    await after.goto(sites.urls.library);
    await expect
      .poll(async () => marksOn(after.url()), {
        timeout: 15_000,
        message: 'marks still resting on the vault’s records',
      })
      .toEqual([]);

    // The options page, still open, says so; "Ontkoppelen" is gone with the pairing.
    await options.waitForSelector('#pairing[data-state="unpaired"]');
    expect((await options.textContent('#pairing-status'))?.trim()).toBe(
      MESSAGES.nl.pairingAccessEnded,
    );
    expect(await options.$('#vault-disconnect')).toBeNull();
    // So does the popup.
    const popup = await browser.context.newPage();
    await popup.goto(
      `chrome-extension://${extensionId}/popup.html?tabId=${await tabIdOf(test.worker, after.url())}`,
    );
    await popup.waitForSelector('#vault-access-ended');
    expect((await popup.textContent('#vault-access-ended'))?.trim()).toBe(
      MESSAGES.nl.pairingAccessEnded,
    );
    await popup.close();
    await after.close();
  });
});
