/**
 * Starts Debian's firefox-esr (no downloaded browser) through puppeteer-core over WebDriver BiDi,
 * with the Firefox build installed as a temporary add-on, in a fresh profile. Used by
 * test/firefox.browser.test.ts. FIREFOX_PATH overrides the executable.
 */
import { existsSync } from 'node:fs';

import puppeteer, { type Browser, type Page } from 'puppeteer-core';

import { requireBuild } from '../../manifest/build-output.ts';

export const FIREFOX_PATH = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

/**
 * Firefox gives each profile a random moz-extension:// host; fixing it (pref by add-on id) lets the
 * test open the options page and popup at a known address.
 */
const EXTENSION_UUID = '6b1c2f0e-3a4d-4c5b-9e7f-0123456789ab';

export interface LaunchedFirefox {
  browser: Browser;
  /** e.g. "moz-extension://6b1c…" (no trailing slash). */
  extensionOrigin: string;
  /** Opens one of the extension's own pages (options.html, popup.html?…) in a new tab. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  close(): Promise<void>;
}

export function requireFirefox(): string {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox not found at ${FIREFOX_PATH}: apt-get install -y firefox-esr, or set FIREFOX_PATH`,
    );
  }
  return FIREFOX_PATH;
}

export async function launchFirefox(options: { geckoId: string }): Promise<LaunchedFirefox> {
  const directory = requireBuild('firefox-mv3');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireFirefox(),
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    // WebDriver BiDi refuses to navigate to moz-extension:// unless system access is allowed; the
    // test opens only the extension's own pages that way (a person would use about:addons).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [options.geckoId]: EXTENSION_UUID }),
      // Screenshots show finished states (no CDP media emulation over BiDi; this is its pref).
      'ui.prefersReducedMotion': 1,
    },
  });
  try {
    const id = await browser.installExtension(directory);
    if (id !== options.geckoId) throw new Error(`installed as ${id}, not ${options.geckoId}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  return {
    browser,
    extensionOrigin,
    async openExtensionPage(path, ready) {
      const page = await browser.newPage();
      // Puppeteer does not see the load of a moz-extension:// page finish (the page is in the
      // extension's process); wait for the page's own content instead.
      await page
        .goto(`${extensionOrigin}/${path}`, { waitUntil: 'domcontentloaded', timeout: 3000 })
        .catch(() => undefined);
      await page.waitForSelector(ready);
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * Runs `body` (the source of an async function body, with `browser` the WebExtension API) in one of
 * the extension's pages. A string, not a function: the test runner's transform would add helpers
 * the page does not have.
 */
export async function inExtensionPage<T>(page: Page, body: string, arg?: unknown): Promise<T> {
  return (await page.evaluate(`(async (arg) => { ${body} })(${JSON.stringify(arg ?? null)})`)) as T;
}

export const setStorage = (page: Page, items: Record<string, unknown>) =>
  inExtensionPage<void>(page, 'await browser.storage.local.set(arg);', items);

export const getStorage = (page: Page, key: string) =>
  inExtensionPage<unknown>(page, 'return (await browser.storage.local.get(arg))[arg];', key);

/**
 * The browser's id of the tab showing `url` (for the popup's `?tabId=`). Compared here, not with
 * tabs.query({ url }): that takes a match pattern, and Firefox's have no port.
 */
export const tabIdOf = (page: Page, url: string) =>
  inExtensionPage<number>(
    page,
    'return (await browser.tabs.query({})).find((tab) => tab.url === arg)?.id;',
    url,
  );
