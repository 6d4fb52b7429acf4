import type { Page } from 'playwright-core';

export interface SignUp {
  podName: string;
  displayName: string;
  /** `?lang=` on the sign-up page; without it the browser's language decides. */
  lang?: 'nl' | 'en';
  /** What the test does with the filled form before the person submits it (a screenshot). */
  beforeSubmit?: (page: Page) => Promise<void>;
}

/**
 * Signs up on the vault's sign-up page as a person does: pod name and display name typed, the form
 * submitted, the passkey made by the page's virtual authenticator (addPasskeyAuthenticator), until
 * the recovery codes show. The page is left there.
 */
export async function signUpWithPasskey(page: Page, vaultUrl: string, who: SignUp): Promise<void> {
  await page.goto(`${vaultUrl}/signup${who.lang ? `?lang=${who.lang}` : ''}`);
  await page.fill('#podName', who.podName);
  await page.fill('#displayName', who.displayName);
  await who.beforeSubmit?.(page);
  await page.click('#signup-form button[type=submit]');
  await page.waitForSelector('#recovery:not([hidden])');
}
