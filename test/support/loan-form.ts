/**
 * The vault's loan form as a person fills it in a browser test: pick a catalogue proposal, or type
 * by hand, then add the loan (with stars, when given) and wait until the list shows it.
 */
import type { Page } from 'playwright-core';

/** Adds the loan the form holds and waits until the record list shows `title`. */
export async function submitLoan(page: Page, title: string, stars?: string): Promise<void> {
  if (stars) await page.selectOption('#loanRating', stars);
  await page.click('#loan-form button[type=submit]');
  await page.waitForFunction(
    (t) =>
      [...document.querySelectorAll('#record-list li')].some((li) => li.textContent?.includes(t)),
    title,
  );
}

/**
 * Empties the form, types `typed` into its title or author field and clicks the first catalogue
 * proposal that shows `wanted`; answers the title the form then holds.
 */
export async function pickLoanProposal(
  page: Page,
  typed: string,
  wanted: RegExp | string,
  field: '#loanTitle' | '#loanAuthor' = '#loanTitle',
): Promise<string> {
  await page.fill('#loanTitle', '');
  await page.fill('#loanAuthor', '');
  await page.locator(field).pressSequentially(typed, { delay: 20 });
  await page.waitForSelector(`${field}-options:not([hidden]) [role=option]`);
  const proposals = page.locator(`${field}-options [role=option]`);
  const texts = await proposals.allTextContents();
  const shows = (text: string) =>
    typeof wanted === 'string' ? text.includes(wanted) : wanted.test(text);
  if (!texts.some(shows))
    throw new Error(`no proposal for "${typed}" shows ${String(wanted)}: ${JSON.stringify(texts)}`);
  await proposals.filter({ hasText: wanted }).first().click();
  return page.inputValue('#loanTitle');
}
