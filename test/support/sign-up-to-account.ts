import type { Page } from 'playwright-core';

import { signUpWithPasskey, type SignUp } from './sign-up-with-passkey.ts';

/**
 * Signs up with a passkey (signUpWithPasskey) and goes on from the recovery codes to the account
 * page, until it lists the new passkey: where a test imports the person's history. The page is left
 * there.
 */
export async function signUpToAccount(page: Page, vaultUrl: string, who: SignUp): Promise<void> {
  await signUpWithPasskey(page, vaultUrl, who);
  await page.click('#to-account');
  await page.waitForSelector('#passkey-list li');
}
