/**
 * "Voor jou" in Chromium on 1 March 2028, after the last date of the demo catalogue's generated
 * season (29 December 2027): the vault runs in this process, so setting the process's clock sets
 * the clock the vault and the committed catalogue read, as they do in production. From an empty
 * vault and only through the UI: sign up, import two concert tickets, open "Voor jou" and find
 * upcoming activities with their dates.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { classicalConcertTickets } from './support/classical-concert-tickets.ts';
import { signUpToAccount } from './support/sign-up-to-account.ts';
import { useVaultInChromium } from './support/use-vault-in-chromium.ts';

const NOW = new Date('2028-03-01T09:00:00+01:00');
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

const TICKETS = classicalConcertTickets([daysBefore(40), daysBefore(70)]);

describe('“Voor jou” a year after the demo season, in the browser', () => {
  // Only Date: timers stay real, and the clock runs on from 1 March 2028.
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW, shouldAdvanceTime: true });
  });
  // Registered before the test's own hooks: afterAll hooks run in reverse, so this runs after them.
  afterAll(() => {
    vi.useRealTimers();
  });
  const test = useVaultInChromium('for-you-next-year', {
    locale: 'nl-BE',
    viewport: { width: 1280, height: 900 },
  });

  it('still shows upcoming activities with a date on 1 March 2028 (review finding: the demo catalogue’s dated activities end 2027-12-29)', async () => {
    await signUpToAccount(test.page, test.vault.url, { podName: 'noor', displayName: 'Noor' });
    await test.page.selectOption('#category', 'tickets');
    await test.page.setInputFiles('#importFile', {
      name: 'tickets.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(TICKETS)),
    });
    await test.page.click('#import-form button[type=submit]');
    await test.page.waitForFunction(() =>
      /^(Geïmporteerd|Imported): 2$/.test(document.getElementById('status')?.textContent ?? ''),
    );

    await test.page.click('header nav >> text=Voor jou');
    await test.page.waitForSelector('#for-you-list[data-dial] > li', { timeout: 20_000 });
    const dates = await test.page
      .locator('#for-you-list .when')
      .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(dates.length).toBeGreaterThanOrEqual(3);
    for (const date of dates) expect(date).toMatch(/2028|2029/);
    expect(test.problems).toEqual([]);
  });
});
