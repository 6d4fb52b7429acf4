import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Imports records on the account page as a person does: the category chosen, a JSON file with the
 * records picked, "Importeren", until the page says how many came in; a failure fails the test.
 */
export async function importRecordsFile(
  page: Page,
  category: string,
  records: unknown[],
): Promise<void> {
  await page.selectOption('#category', category);
  await page.setInputFiles('#importFile', {
    name: `${category}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(records)),
  });
  // A fresh status per import, so the wait below sees this import's result.
  await page.evaluate(() => {
    document.getElementById('status')!.textContent = '';
  });
  await page.click('#import-form button[type=submit]');
  await page.waitForFunction(() =>
    /^(Geïmporteerd|Imported|Er ging|Something)/.test(
      document.getElementById('status')?.textContent ?? '',
    ),
  );
  expect(await page.textContent('#status')).toMatch(/^(Geïmporteerd|Imported): \d+$/);
}
