/**
 * Words typed at the onboarding that match no term, from an empty vault and only through the UI:
 * they are the person's own words, kept as typed; the DNA page lists them as such (not as genres
 * with a weight), and "Voor jou" offers what they really match in the catalogue (a title, a place,
 * a theme). Run under `flock /tmp/verwonder-ports.lock`.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, requireChromium } from './support/chromium.ts';
import { startBrowserTestVault, type BrowserTestVault } from './support/browser-test-vault.ts';
import { addPasskeyAuthenticator } from './support/passkey-authenticator.ts';
import { watchForProblems } from './support/page-problems.ts';

let browser: Browser;
let page: Page;
let testVault: BrowserTestVault | undefined;
const problems: string[] = [];

describe('own words at the onboarding', () => {
  beforeAll(async () => {
    testVault = await startBrowserTestVault('own-words');
    browser = await chromium.launch({
      executablePath: requireChromium(),
      headless: true,
      args: [...CHROMIUM_FLAGS],
    });
    const context = await browser.newContext({ locale: 'nl-BE' });
    page = await context.newPage();
    watchForProblems(page, problems);
    await addPasskeyAuthenticator(context, page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await testVault?.close();
  });

  it('keeps unrecognised words as the person’s own words on the DNA page, not as genres (review finding: typed words ranked as top genres)', async () => {
    await page.goto(`${testVault!.vault.url}/signup`);
    await page.fill('#podName', 'an-peeters');
    await page.fill('#displayName', 'An Peeters');
    await page.click('#signup-form button[type=submit]');
    await page.waitForSelector('#recovery:not([hidden])');
    await page.click('#to-welcome');
    await page.waitForURL(/welcome/);
    await page.fill('#interest-free', 'fantasy, geschiedenis van Antwerpen, Rubens');
    await page.click('#interest-resolve');
    await page.waitForSelector('#interest-resolved li[data-input="Rubens"]');
    await page.click('#interests-save');
    await page.waitForFunction(() =>
      /bewaard/i.test(document.getElementById('status')!.textContent!),
    );

    await page.goto(`${testVault!.vault.url}/vault/dna?lang=nl`);
    await page.waitForSelector('#dna[data-ready="true"]');
    const genres = await page.locator('#list-genres li').allTextContents();
    expect(genres.join(' | ')).toMatch(/Fantasy/);
    expect(genres.join(' | ')).not.toMatch(/rubens|geschiedenis/i);
    const own = await page.locator('#list-words li').allTextContents();
    expect(own.map((text) => text.trim())).toEqual(
      expect.arrayContaining([
        expect.stringContaining('geschiedenis van Antwerpen'),
        expect.stringContaining('Rubens'),
      ]),
    );
    // Back at the onboarding, the saved words are in the field again, as typed.
    await page.goto(`${testVault!.vault.url}/welcome?lang=nl`);
    await expect
      .poll(() => page.inputValue('#interest-free'))
      .toBe('geschiedenis van Antwerpen, Rubens');
  }, 60_000);

  it('offers a Rubens item in “Voor jou” at every dial to a person who typed “Rubens” (review finding: typed words never matched anything)', async () => {
    for (const dial of ['0', '0.5', '1']) {
      const titles = await page.evaluate(async (d) => {
        const session = await (await fetch('/auth/session')).json();
        const answer = await (
          await fetch(`/pods/${session.podName}/for-you?dial=${d}`, {
            headers: { accept: 'application/json' },
          })
        ).json();
        return (answer.items as { title: string; place: { name: string } | null }[])
          .filter((item) => /rubens/i.test(JSON.stringify(item)))
          .map((item) => item.title);
      }, dial);
      expect(titles.length, `dial ${dial}`).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
