import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

import type { RunningVault } from '../../vault-server/src/index.ts';
import { startBrowserTestVault, type BrowserTestVault } from './browser-test-vault.ts';
import { CHROMIUM_FLAGS, requireChromium } from './chromium.ts';
import { addPasskeyAuthenticator } from './passkey-authenticator.ts';
import { watchForProblems } from './page-problems.ts';

/** An empty vault and Chromium (no extension), with the tab where the person signs up. */
export interface VaultInChromium {
  vault: RunningVault;
  browser: Browser;
  context: BrowserContext;
  /** With a virtual passkey authenticator; what goes wrong on it is kept in `problems`. */
  page: Page;
  /** Console errors, page errors and 4xx/5xx answers on `page` (watchForProblems). */
  problems: string[];
}

/**
 * The set-up the browser tests of the vault's pages repeat, as this file's hooks: before its tests,
 * an empty vault (startBrowserTestVault, any free port) and headless Chromium with a context of
 * `contextOptions` (the locale, the viewport) and one tab, watched for problems, with a passkey
 * authenticator; after them, both closed. The object returned is filled in when the tests run.
 */
export function useVaultInChromium(
  name: string,
  contextOptions: BrowserContextOptions,
): VaultInChromium {
  const test = { problems: [] as string[] } as VaultInChromium;
  let testVault: BrowserTestVault | undefined;
  beforeAll(async () => {
    testVault = await startBrowserTestVault(name);
    test.vault = testVault.vault;
    test.browser = await chromium.launch({
      executablePath: requireChromium(),
      headless: true,
      args: [...CHROMIUM_FLAGS],
    });
    test.context = await test.browser.newContext(contextOptions);
    test.page = await test.context.newPage();
    watchForProblems(test.page, test.problems);
    await addPasskeyAuthenticator(test.context, test.page);
  }, 60_000);
  afterAll(async () => {
    await test.browser?.close();
    await testVault?.close();
  });
  return test;
}
