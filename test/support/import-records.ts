import type { Page } from 'playwright-core';

/**
 * Imports `records` of one category as a JSON file on the vault's account page, as a person does,
 * until the page says how many it imported.
 */
export async function importRecords(
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
    /^(Geïmporteerd|Imported): \d+$/.test(document.getElementById('status')?.textContent ?? ''),
  );
}
