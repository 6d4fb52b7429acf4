import type { BrowserContext, Page } from 'playwright-core';

/** A platform authenticator that holds resident keys and always verifies the user (CDP WebAuthn). */
export const PASSKEY_AUTHENTICATOR = {
  protocol: 'ctap2',
  transport: 'internal',
  hasResidentKey: true,
  hasUserVerification: true,
  isUserVerified: true,
  automaticPresenceSimulation: true,
} as const;

/**
 * Gives the page a virtual passkey authenticator, so sign-up and sign-in run the real WebAuthn
 * ceremonies in Chromium. Returns the authenticator's id.
 */
export async function addPasskeyAuthenticator(
  context: BrowserContext,
  page: Page,
): Promise<string> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: PASSKEY_AUTHENTICATOR,
  });
  return authenticatorId;
}

/** A new tab with its own virtual passkey authenticator: where a person signs up or in. */
export async function newPasskeyPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await addPasskeyAuthenticator(context, page);
  return page;
}
