/**
 * Issue 4, "Done when": in Chromium, a new person registers a passkey at the vault, opens the library
 * site, connects it ("Koppel met mijn kluis"), unticks one kind of data for ranking on the consent page, approves,
 * borrows a book (the loan appears in the pod) and a second one (one record alone moves no order),
 * sees the result list reordered, revokes the grant in the vault, and the site's next page says so.
 * Screenshots: oauth-*.png (see support/screenshots.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogData } from '@verwonder/shared/catalog-data';
import { startCitySites, type CitySites } from '../examples/city-sites/src/index.ts';
import { type RunningVault } from '../vault-server/src/index.ts';
import { CHROMIUM_FLAGS, requireChromium } from './support/chromium.ts';
import { screenshotPath } from './support/screenshots.ts';
import { startBrowserTestVault, type BrowserTestVault } from './support/browser-test-vault.ts';
import { addPasskeyAuthenticator } from './support/passkey-authenticator.ts';

let vault: RunningVault;
let sites: CitySites;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let testVault: BrowserTestVault | undefined;
const problems: string[] = [];

beforeAll(async () => {
  testVault = await startBrowserTestVault('oauth-browser');
  vault = testVault.vault;
  // Pages ask the vault about the connection every time (not after 30 s), so the page right after
  // a revocation shows it.
  sites = await startCitySites({
    ports: { library: 0, agenda: 0, museum: 0 },
    vault: { url: vault.url, confirmAfterMs: 0 },
  });
  browser = await chromium.launch({
    executablePath: requireChromium(),
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
  context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1100, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (error) => problems.push(error.message));
  await addPasskeyAuthenticator(context, page);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await sites?.close();
  await testVault?.close();
});

const shot = (name: string) =>
  page.screenshot({ path: screenshotPath(`oauth-${name}`), fullPage: true });
/** Waits for the element, then reads its text or an attribute. */
const text = async (selector: string) =>
  (await (await page.waitForSelector(selector)).textContent())?.trim();
const attr = async (selector: string, name: string) =>
  (await page.waitForSelector(selector)).getAttribute(name);
const resultIds = (p: Page) =>
  p
    .locator('#results article[data-item-id]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-item-id')));

describe('the library as an OAuth client of the vault, in Chromium', () => {
  it('connects with consent, writes a loan, reorders results, and stops working once revoked', async () => {
    // A new person with a passkey.
    await page.goto(`${vault.url}/signup`);
    await page.fill('#podName', 'lotte');
    await page.fill('#displayName', 'Lotte');
    await page.click('#signup-form button[type=submit]');
    await page.waitForSelector('#recovery:not([hidden])');

    // The library, not connected: the site's own order.
    const library = sites.urls.library;
    await page.goto(`${library}/`);
    expect(await text('#vault-connect')).toBe('Koppel met mijn kluis');
    const before = await resultIds(page);
    expect(before.length).toBeGreaterThan(5);

    // Connect: the consent page of the vault, in Dutch.
    await page.click('#vault-connect');
    await page.waitForURL(new RegExp(`^${vault.url}/oauth/consent/`));
    expect(await text('#consent-site')).toContain(
      'Bibliotheek Antwerpen vraagt toegang tot je kluis.',
    );
    expect(await text('#consent-purpose')).toBe('Je boeken en andere media aanbevelen');
    // A site, with its address, and ticked what it asks (it asks only what it uses); the words
    // for the person's own extension are not for it.
    expect(await page.textContent('main')).toContain(`Adres van de site: ${new URL(library).host}`);
    expect(await page.textContent('main')).not.toContain('extensie');
    expect(
      await page.$$eval('input[name="scope"]', (inputs) =>
        inputs.map((input) => [input.getAttribute('value'), (input as HTMLInputElement).checked]),
      ),
    ).toEqual([
      ['loans:write', true],
      ['suggestions:rank', true],
    ]);
    await page.uncheck('#rank-interests');
    await shot('consent');
    await page.click('#approve');

    // Back at the library, connected (ranking over loans only).
    await page.waitForURL(new RegExp(`^${library}/`));
    expect(await attr('#vault-status', 'data-state')).toBe('connected');
    expect(await attr('#vault-notice', 'data-notice')).toBe('connected');

    // Borrow a book that is on the first page: the loan goes into the pod.
    const borrowed = before[0]!;
    await page.goto(`${library}/boek/${borrowed}`);
    const title = (await page.locator('h1').first().textContent())!.trim();
    await page.fill('input[name=akaartnummer]', '1234567890123');
    await page.click('form[action$="/reserveren"] button[type=submit]');
    expect(await attr('#vault-write', 'data-outcome')).toBe('saved');
    await shot('loan-saved');
    const loans = await page.request.get(`${vault.url}/pods/lotte/loans/`, {
      headers: { accept: 'application/json' },
    });
    expect(loans.status()).toBe(200);
    const container = (await loans.json()) as {
      contains: {
        item: { id: string; title: string };
        source: { type: string; clientId: string };
      }[];
    };
    expect(container.contains).toHaveLength(1);
    expect(container.contains[0]).toMatchObject({
      item: { id: borrowed, title },
      source: { type: 'client', clientId: `${library}/oauth/client.json` },
    });

    // One loan moves no order (a feature counts once two records share it): borrow a second book
    // from the first page that shares a genre with the first.
    const genresOf = (id: string) => (catalogData().byId(id) as { genres: string[] }).genres;
    const second = before.find(
      (id) => id !== borrowed && genresOf(id!).some((genre) => genresOf(borrowed!).includes(genre)),
    )!;
    await page.goto(`${library}/boek/${second}`);
    await page.fill('input[name=akaartnummer]', '1234567890123');
    await page.click('form[action$="/reserveren"] button[type=submit]');
    expect(await attr('#vault-write', 'data-outcome')).toBe('saved');

    // The list now comes in the vault's order.
    await page.goto(`${library}/`);
    await page.waitForSelector('#vault-order');
    const after = await resultIds(page);
    expect(after).not.toEqual(before);
    await shot('reordered');

    // Revoke in the vault.
    await page.goto(`${vault.url}/oauth/connections`);
    expect(await text('.grant[data-status=active] h2')).toBe('Bibliotheek Antwerpen');
    await shot('connections');
    await page.click('.grant[data-status=active] button.danger');
    await page.waitForURL(/\/oauth\/connections/);
    expect(await page.locator('.grant[data-status=ended]').count()).toBe(1);

    // The site's next page, one that asks the vault nothing itself, says so (review finding F6)...
    await page.goto(`${library}/boek/${second}`);
    expect(await attr('#vault-notice', 'data-notice')).toBe('lost');
    expect(await attr('#vault-status', 'data-state')).toBe('lost');
    await shot('revoked');
    // ...and the list falls back to the site's own order.
    await page.goto(`${library}/`);
    expect(await attr('#vault-status', 'data-state')).toBe('none');
    expect(await page.locator('#vault-order').count()).toBe(0);
    expect(await resultIds(page)).toEqual(before);
    expect(problems).toEqual([]);
  });

  it('brings a signed-out person back to the consent page after signing in', async () => {
    // Sign out of the vault (the passkey made above stays on the authenticator).
    await page.goto(`${vault.url}/account`);
    await page.click('#signout');
    await page.waitForURL(/\/signin/);

    await page.goto(`${sites.urls.library}/`);
    await page.click('#vault-connect');
    await page.waitForURL(/\/signin\?.*return_to=/);
    await page.click('#signin-button');
    await page.waitForURL(new RegExp(`^${vault.url}/oauth/consent/`));
    await page.click('#approve');
    await page.waitForURL(new RegExp(`^${sites.urls.library}/`));
    expect(await attr('#vault-status', 'data-state')).toBe('connected');
    expect(problems).toEqual([]);
  });

  it('never follows a return_to that leaves the vault', async () => {
    await page.goto(`${vault.url}/account`);
    await page.click('#signout');
    await page.waitForURL(/\/signin/);
    await page.goto(`${vault.url}/signin?return_to=${encodeURIComponent('//evil.example/')}`);
    await page.click('#signin-button');
    await page.waitForURL(new RegExp(`^${vault.url}/vault/for-you`));
  });

  it('keeps a person who refuses a site on the vault, with a link back they may follow (review finding: refusing on the consent page still sends the person to the client’s redirect URI)', async () => {
    const library = sites.urls.library;
    await page.goto(`${library}/`);
    if (await page.locator('#vault-disconnect').count()) {
      await page.click('#vault-disconnect');
      await page.waitForSelector('#vault-connect');
    }
    await page.click('#vault-connect');
    await page.waitForURL(new RegExp(`^${vault.url}/oauth/consent/`));
    await page.click('#deny');

    // Still the vault: anyone can publish a client document naming any page as its redirect URI.
    expect(await text('#refused')).toBe(
      'Je weigerde: Bibliotheek Antwerpen kreeg geen toegang tot je kluis.',
    );
    expect(page.url()).toMatch(new RegExp(`^${vault.url}/`));
    expect(await text('#refused-return')).toBe(`Terug naar ${new URL(library).host}`);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await shot('refused');

    // Going back is the person's choice; the site then hears they refused.
    await page.click('#refused-return');
    await page.waitForURL(new RegExp(`^${library}/`));
    expect(await attr('#vault-notice', 'data-notice')).toBe('denied');
    expect(await attr('#vault-status', 'data-state')).toBe('none');
    expect(problems).toEqual([]);
  });

  it('shows a signed-in person who has not connected the site the vault’s own page for its bad request, with a link back (review finding: RFC 9700 §4.11.2 attack 1, error redirects to untrusted redirect URIs)', async () => {
    // The site is not connected now (refused above): its redirect URI is not one the vault trusts.
    const library = sites.urls.library;
    const authorize = new URL(`${vault.url}/oauth/authorize`);
    for (const [key, value] of Object.entries({
      client_id: `${library}/oauth/client.json`,
      redirect_uri: `${library}/oauth/callback`,
      response_type: 'code',
      scope: 'admin:all',
      state: 'een-toestand',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    }))
      authorize.searchParams.set(key, value);
    await page.goto(authorize.href);

    expect(await text('#request-error')).toBe(
      'Bibliotheek Antwerpen stuurde je hierheen met een verzoek dat de kluis niet kan behandelen. Je kluis is niet aangeraakt.',
    );
    expect(page.url()).toMatch(new RegExp(`^${vault.url}/`));
    expect(await text('#request-error-problem')).toMatch(/unknown scope/);
    expect(await text('#request-error-return')).toBe(`Terug naar ${new URL(library).host}`);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await shot('request-error');

    // Going back is the person's choice; the site then hears what was wrong.
    await page.click('#request-error-return');
    await page.waitForURL(new RegExp(`^${library}/`));
    expect(problems).toEqual([]);
  });
});
