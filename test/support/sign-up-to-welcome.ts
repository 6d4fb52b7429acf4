import type { Page } from 'playwright-core';

import { signUpWithPasskey, type SignUp } from './sign-up-with-passkey.ts';

/**
 * Signs up with a passkey (signUpWithPasskey) and goes on from the recovery codes to the
 * onboarding, where a new person chooses their interests. The page is left there.
 */
export async function signUpToWelcome(page: Page, vaultUrl: string, who: SignUp): Promise<void> {
  await signUpWithPasskey(page, vaultUrl, who);
  await page.click('#to-welcome');
  await page.waitForURL(/\/welcome/);
}
