/**
 * The built Chrome extension in headless Chromium, for what lies beyond the city sites: the
 * optional host permission (never granted at install), the worker's upkeep of the content scripts
 * it registers for other sites, and the periodic refresh alarm.
 *
 * Not exercised here: granting the permission. `permissions.request` needs a user gesture and then
 * waits on the browser's own prompt, which headless Chromium cannot accept (a trusted click leaves
 * it pending; `developerPrivate.addHostPermission` does not grant optional hosts), and the popup
 * only learns the tab's address through activeTab, which a toolbar click grants. The planning of
 * registrations is unit-tested in extension/src/background/site-scripts.test.ts.
 */
import { readFileSync } from 'node:fs';

import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { REFRESH_ALARM } from '../extension/src/background/refresh-alarm.ts';
import { siteScriptId } from '../extension/src/background/site-scripts.ts';
import { SETTINGS_KEY } from '../extension/src/control/settings.ts';
import { requireBuild } from '../extension/manifest/build-output.ts';
import {
  launchChromium,
  setExtensionStorage,
  type LaunchedBrowser,
} from '../extension/scripts/support/launch-extension.ts';

/** Another site: no server is needed to register, or fail to inject, a content script for it. */
const origin = 'https://www.example.org';

let browser: LaunchedBrowser;
let worker: Worker;

beforeAll(async () => {
  browser = await launchChromium({ extension: true });
  worker = browser.worker as Worker;
});

afterAll(async () => {
  await browser?.close();
});

const registeredIds = () =>
  worker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id),
  );

describe('another site', () => {
  it('is only an optional host permission, not granted at install', async () => {
    const manifest = JSON.parse(
      readFileSync(`${requireBuild('chrome-mv3')}/manifest.json`, 'utf8'),
    ) as { optional_host_permissions?: string[] };
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(
      await worker.evaluate((o) => chrome.permissions.contains({ origins: [`${o}/*`] }), origin),
    ).toBe(false);
    await expect.poll(registeredIds).toEqual([]);
  });

  it('loses a registered content script whose permission is not (or no longer) granted', async () => {
    // As if the person had turned the site on earlier and later removed the permission.
    await worker.evaluate(
      async ([id, o]) => {
        const js = chrome.runtime.getManifest().content_scripts?.[0]?.js ?? [];
        await chrome.scripting.registerContentScripts([
          { id, matches: [`${o}/*`], js, runAt: 'document_idle' },
        ]);
      },
      [siteScriptId(origin), origin] as const,
    );
    expect(await registeredIds()).toEqual([siteScriptId(origin)]);
    // Any settings change makes the worker look again (as permissions.onRemoved does).
    await setExtensionStorage(worker, { [SETTINGS_KEY]: { mode: 'on' } });
    await expect.poll(registeredIds).toEqual([]);
  });
});

it('keeps a refresh alarm every 15 minutes', async () => {
  await expect
    .poll(() =>
      worker.evaluate(
        async (name) => (await chrome.alarms.get(name))?.periodInMinutes,
        REFRESH_ALARM,
      ),
    )
    .toBe(15);
});
