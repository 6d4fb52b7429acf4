import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

import { pairExtensionFromOptions, type PairingSteps } from './pair-extension-from-options.ts';
import { newPasskeyPage } from './passkey-authenticator.ts';
import type { SignUp } from './sign-up-with-passkey.ts';
import { signUpToWelcome } from './sign-up-to-welcome.ts';
import {
  startExtensionTest,
  type ExtensionTest,
  type ExtensionTestOptions,
} from './start-extension-test.ts';

/** An extension test with the tab where the person signs up or in (its own passkey authenticator). */
export interface PasskeyExtensionTest extends ExtensionTest {
  page: Page;
  /** signUpToWelcome in `page`, on this test's vault. */
  signUpToWelcome(who: SignUp): Promise<void>;
  /** pairExtensionFromOptions with this test's extension and vault; the options page, still open. */
  pair(steps?: PairingSteps): Promise<Page>;
}

/**
 * The set-up every browser test of the extension that starts from an empty vault repeats, as this
 * file's hooks: before its tests, startExtensionTest and a tab with a virtual passkey authenticator;
 * after them, all closed. The object returned is filled in when the tests run. `options` may be a
 * function when they depend on what an earlier hook started (the insight servers, say).
 */
export function useExtensionTest(
  name: string,
  options: ExtensionTestOptions | (() => ExtensionTestOptions) = {},
): PasskeyExtensionTest {
  const test = {
    signUpToWelcome: (who: SignUp) => signUpToWelcome(test.page, test.vault.url, who),
    pair: (steps?: PairingSteps) =>
      pairExtensionFromOptions(test.browser.context, test.extensionId, test.vault.url, steps),
  } as PasskeyExtensionTest;
  beforeAll(async () => {
    Object.assign(
      test,
      await startExtensionTest(name, typeof options === 'function' ? options() : options),
    );
    test.page = await newPasskeyPage(test.browser.context);
  }, 120_000);
  afterAll(async () => {
    await test.close?.();
  });
  return test;
}
