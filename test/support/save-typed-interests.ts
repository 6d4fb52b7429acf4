import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * On the onboarding (Dutch), types `typed` as the person's own words, lets the vault resolve them
 * until `shown` (one of the words) is listed, and saves, until the page says so.
 */
export async function saveTypedInterests(page: Page, typed: string, shown: string): Promise<void> {
  await page.fill('#interest-free', typed);
  await page.click('#interest-resolve');
  await page.waitForSelector(`#interest-resolved li[data-input="${shown}"]`);
  await page.click('#interests-save');
  await expect.poll(() => page.textContent('#status')).toBe('Interesses bewaard');
}
