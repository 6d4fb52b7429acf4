/**
 * The loan form's type-ahead in Chromium, for a person who types the Dutch title of a translated
 * book: from an empty vault and only through the UI, sign up, type "De Hobbit" and "Het
 * Achterhuis" in the title field and pick the catalogue's (English) book; the loan is saved with it.
 */
import { describe, expect, it } from 'vitest';
import { signUpToAccount } from './support/sign-up-to-account.ts';
import { useVaultInChromium } from './support/use-vault-in-chromium.ts';

const test = useVaultInChromium('loan-title-dutch', {
  locale: 'nl-BE',
  viewport: { width: 1280, height: 900 },
});

describe('the loan form’s type-ahead with Dutch titles', () => {
  it('offers The Hobbit for "De Hobbit" and The Diary of a Young Girl for "Het Achterhuis" (review finding: Dutch titles find nothing in the English catalogue)', async () => {
    await signUpToAccount(test.page, test.vault.url, { podName: 'fien', displayName: 'Fien' });
    await test.page.selectOption('#category', 'loans');

    for (const [typed, title] of [
      ['De Hobbit', 'The Hobbit'],
      ['Het Achterhuis', 'The Diary of a Young Girl'],
    ] as const) {
      await test.page.fill('#loanTitle', '');
      await test.page.locator('#loanTitle').pressSequentially(typed, { delay: 20 });
      const option = test.page
        .locator(`#loanTitle-options [role=option]:has-text("${title}")`)
        .first();
      await option.waitFor({ timeout: 10_000 });
      await option.click();
      expect(await test.page.inputValue('#loanTitle')).toBe(title);
      await test.page.click('#loan-form button[type=submit]');
      await test.page.waitForSelector(`#record-list li:has-text("${title}")`);
    }
    expect(test.problems).toEqual([]);
  });
});
