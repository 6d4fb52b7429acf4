import type { BrowserContext, Page } from 'playwright-core';

export interface PairingSteps {
  /** The options page when the test has it open already (to look at it first); else one is opened. */
  options?: Page;
  /** Scopes the person unticks on the consent page before approving (e.g. `profile:read`). */
  untick?: string[];
  /** What the test looks at on the consent page before the person approves. */
  onConsent?: (consent: Page) => Promise<void>;
}

/**
 * Pairs the extension the way a person does: the vault's address on the options page, "Verbinden",
 * approve on the vault's consent page in the tab the extension opens (which it closes again), until
 * the options page says paired. Returns the options page, still open.
 */
export async function pairExtensionFromOptions(
  context: BrowserContext,
  extensionId: string,
  vaultUrl: string,
  steps: PairingSteps = {},
): Promise<Page> {
  let options = steps.options;
  if (!options) {
    options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
  }
  await options.fill('#vault-url', vaultUrl);
  const consentTab = context.waitForEvent('page');
  await options.click('#vault-connect');
  const consent = await consentTab;
  await consent.waitForURL(new RegExp(`^${vaultUrl}/oauth/consent/`));
  for (const scope of steps.untick ?? [])
    await consent.uncheck(`input[name="scope"][value="${scope}"]`);
  await steps.onConsent?.(consent);
  const closed = consent.waitForEvent('close');
  await consent.click('#approve');
  // The extension takes the code from the callback page and closes the tab.
  await closed;
  await options.waitForSelector('#pairing[data-state="paired"]');
  return options;
}
