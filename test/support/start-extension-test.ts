import type { Worker } from 'playwright-core';

import { startCitySites, type CitySites } from '../../examples/city-sites/src/index.ts';
import { testCatalog, testNow } from '../../examples/city-sites/src/test-support/test-catalog.ts';
import {
  launchChromium,
  type LaunchedBrowser,
} from '../../extension/scripts/support/launch-extension.ts';
import type { RouteMount } from '../../vault-server/src/http/create-app.ts';
import type { RunningVault } from '../../vault-server/src/index.ts';
import { startBrowserTestVault } from './browser-test-vault.ts';
import { requireChromium } from './chromium.ts';

/** The vault on the port the extension's host permission names; the demo sites on theirs. */
export const VAULT_PORT = 4800;
export const SITE_PORTS = { library: 4801, agenda: 4802, museum: 4803 } as const;

export interface ExtensionTest {
  vault: RunningVault;
  sites: CitySites;
  browser: LaunchedBrowser;
  /** The extension's service worker. */
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface ExtensionTestOptions {
  /** Mounted on the vault besides OAuth (the insight routes, say). */
  routes?: RouteMount[];
  /**
   * The sites offer "Koppel met mijn kluis" to this vault and run on the real clock (what they
   * write must meet what the extension records); else they run at the test catalogue's "now".
   */
  connectSites?: boolean;
  viewport?: { width: number; height: number };
  /** Keep the extension's default share of baseline slots (launchChromium). */
  baselineSlots?: boolean;
  /** The sites' clock when not the test catalogue's "now" (which season their pages show). */
  now?: Date;
}

/**
 * What a browser test of the extension starts from: an empty vault on 4800, the demo sites on the
 * committed catalogue as `npm start` serves them (the hostile test items are left to the tests of
 * hostile input, so the screenshots show what a person sees), and Chromium with the built
 * extension (`npm run build -w extension` first). Fixed ports: run under
 * `flock /tmp/verwonder-ports.lock`.
 */
export async function startExtensionTest(
  name: string,
  options: ExtensionTestOptions = {},
): Promise<ExtensionTest> {
  requireChromium();
  const testVault = await startBrowserTestVault(name, VAULT_PORT, options.routes);
  const { vault } = testVault;
  const catalog = testCatalog(options.now, { hostile: false });
  const now = options.now ?? testNow();
  let sites: CitySites | undefined;
  let browser: LaunchedBrowser | undefined;
  const close = async () => {
    await browser?.close();
    await sites?.close();
    await testVault.close();
  };
  try {
    sites = await startCitySites(
      options.connectSites
        ? { ports: SITE_PORTS, catalog, vault: { url: vault.url } }
        : { ports: SITE_PORTS, catalog, now: () => now },
    );
    browser = await launchChromium({
      extension: true,
      viewport: options.viewport,
      baselineSlots: options.baselineSlots,
    });
    const worker = browser.worker as Worker;
    return { vault, sites, browser, worker, extensionId: new URL(worker.url()).host, close };
  } catch (error) {
    await close();
    throw error;
  }
}
