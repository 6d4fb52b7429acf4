/**
 * Issue 16: the Firefox build in a real Firefox (Debian's firefox-esr, driven over WebDriver BiDi
 * by puppeteer-core; no patched or downloaded browser). The add-on is installed as a person's
 * temporary add-on, paired with a running vault through its options page and the vault's consent
 * page, and then marks the library site: badges in closed shadow roots, the why-panel, and the
 * popup's mode switch (on, limited, off).
 *
 * The account itself is made over the vault's HTTP API with the software passkey
 * (vault-server/src/testing/software-passkey.ts) and its session cookie handed to Firefox, as if
 * the person had signed in there: puppeteer's BiDi driver has no virtual authenticator for
 * Firefox. Everything the extension does happens in Firefox.
 * Needs `npm run build -w extension` first. Screenshot: docs/screenshots/firefox-library.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startCitySites, type CitySites } from '../examples/city-sites/src/index.ts';
import { testCatalog, testNow } from '../examples/city-sites/src/test-support/test-catalog.ts';
import {
  attribute,
  clickBidiNode,
  firefoxUi,
  textOf,
  waitForFirefoxUi,
  type FirefoxUi,
} from '../extension/scripts/support/bidi-shadow-dom.ts';
import {
  getStorage,
  launchFirefox,
  requireFirefox,
  setStorage,
  tabIdOf,
  type LaunchedFirefox,
} from '../extension/scripts/support/launch-firefox.ts';
import { PROFILE_KEY } from '../extension/src/control/local-profile.ts';
import { SETTINGS_KEY } from '../extension/src/control/settings.ts';
import config from '../plasmo.config.ts';
import { type RunningVault } from '../vault-server/src/index.ts';
import { signUpOverHttp } from '../vault-server/src/testing/software-passkey.ts';
import { SCREENSHOTS_DIR } from './support/chromium.ts';
import { startBrowserTestVault, type BrowserTestVault } from './support/browser-test-vault.ts';
import { GONE_GIRL_PROFILE } from './support/gone-girl-profile.ts';

const VAULT_PORT = 4800;
const PORTS = { library: 4801, agenda: 4802, museum: 4803 } as const;
const POD = 'mira';
const ZONE = 'verwonder-ui[data-verwonder="zone"]';

const PROFILE = GONE_GIRL_PROFILE;

let vault: RunningVault;
let sites: CitySites;
let firefox: LaunchedFirefox;
let testVault: BrowserTestVault | undefined;
let options: Page;
let sessionCookie: string;

const whyButton = (ui: FirefoxUi) =>
  ui.elements.find((n) => n.value.localName === 'button' && attribute(n, 'aria-controls'));
const mentions = async (page: Page, text: string) =>
  (await firefoxUi(firefox.browser, page)).some((entry) => textOf(entry.shadow).includes(text));

beforeAll(async () => {
  requireFirefox();
  testVault = await startBrowserTestVault('firefox', VAULT_PORT);
  vault = testVault.vault;
  const now = testNow();
  sites = await startCitySites({ ports: PORTS, catalog: testCatalog(), now: () => now });
  const signUp = await signUpOverHttp(vault.url, POD, 'Mira');
  expect(signUp.verifyStatus).toBe(201);
  sessionCookie = signUp.cookie ?? '';
  firefox = await launchFirefox({ geckoId: config.firefox.geckoId });
  const [name = '', value = ''] = sessionCookie.split('=');
  await firefox.browser.setCookie({
    name,
    value,
    domain: new URL(vault.url).hostname,
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
  });
  options = await firefox.openExtensionPage('options.html', '#pairing-status');
}, 120_000);

afterAll(async () => {
  await firefox?.close();
  await sites?.close();
  await testVault?.close();
});

describe('the Firefox build in Firefox', () => {
  it('pairs with the vault through the options page and the consent page', async () => {
    expect((await options.$eval('#pairing-status', (n) => n.textContent))?.trim()).toBe(
      'Niet gekoppeld.',
    );
    await options.type('#vault-url', vault.url);
    const consentTarget = firefox.browser.waitForTarget((target) =>
      target.url().startsWith(`${vault.url}/oauth/consent/`),
    );
    await options.click('#vault-connect');
    const consent = (await (await consentTarget).page()) as Page;
    await consent.waitForSelector('#approve');
    // The person's own add-on, not a site (in the language the extension asked for).
    expect(await consent.$eval('#consent-site', (n) => n.textContent?.trim())).toMatch(
      /^(Je eigen Verwonder-extensie|Your own Verwonder extension)/,
    );
    await consent.click('#approve');
    // The extension takes the code from the callback page, closes the tab and keeps the session.
    await options.waitForSelector('#pairing[data-state="paired"]', { timeout: 20_000 });
    expect((await options.$eval('#pairing-status', (n) => n.textContent))?.trim()).toBe(
      `Gekoppeld met ${vault.url}.`,
    );
    expect(await options.$eval('#pairing-scopes', (n) => n.textContent)).toContain(
      'Nieuw surfgedrag op stadssites in je kluis bewaren en het aanpassen',
    );
  });

  // Marks first: a browsing record reaching the vault mid-test would change the ranking under it
  // (the visit is no longer new, so the page's surprise changes when the extension re-reads the vault).
  it('marks the library page, explains a mark, and follows the mode switch', async () => {
    await setStorage(options, {
      [SETTINGS_KEY]: { vaultUrl: vault.url, baselineShare: 0 },
      [PROFILE_KEY]: PROFILE,
    });
    const page = await firefox.browser.newPage();
    await page.goto(sites.urls.library);
    await page.waitForSelector(ZONE);
    // Marks inside the cards they are about, in closed shadow roots, plus the zone above the list.
    let ui = await waitForFirefoxUi(firefox.browser, page, (all) =>
      all.some((entry) => entry.markKind === 'surprise'),
    );
    const badges = ui.filter((entry) => entry.kind === 'badge');
    expect(badges.length).toBeGreaterThan(0);
    for (const entry of ui) expect(entry.shadow.value.mode).toBe('closed');
    for (const badge of badges) {
      expect(textOf(badge.shadow)).toMatch(
        /^(Voor jou|Verrassing)persoonlijke suggestie van VerwonderWaarom zie ik dit\?/,
      );
      expect(badge.card).toBe(badge.itemId);
    }
    expect(await page.$eval('#results', (list) => list.previousElementSibling?.localName)).toBe(
      'verwonder-ui',
    );
    const zone = ui.find((entry) => entry.kind === 'zone');
    expect(textOf(zone!.shadow)).toContain('Voor jou op deze pagina');
    // Page scripts see the hosts and nothing of what the ranking concluded.
    expect(await page.$$eval('verwonder-ui', (hosts) => hosts.map((h) => h.shadowRoot))).toEqual(
      ui.map(() => null),
    );

    // The why-panel of a surprise: the records and categories it rests on.
    const surprise = badges.find((entry) => entry.markKind === 'surprise')!;
    await clickBidiNode(firefox.browser, page, whyButton(surprise)!);
    ui = await firefoxUi(firefox.browser, page);
    const opened = ui.find((entry) => entry.itemId === surprise.itemId)!;
    const panel = opened.elements.find((n) => attribute(n, 'data-verwonder-why') !== undefined);
    expect(attribute(panel!, 'hidden')).toBeUndefined();
    expect(textOf(panel!)).toContain('Surfgedrag op stadssites: Gone Girl');
    expect(textOf(panel!)).toMatch(/Iets nieuws|Een verrassing/);
    // Run alone, no other test has made the folder yet.
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'firefox-library.png') });

    // The popup for this tab: limited leaves only the stated interests, off takes everything down.
    const tabId = await tabIdOf(options, page.url());
    const popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`, '#places li');
    const places = await popup.$$eval('#places li', (items) => items.map((li) => li.textContent));
    expect(places.filter((text) => text?.startsWith('Voor jou: '))).toHaveLength(3);
    // The real popup is a panel over the page; here it is a tab, so the page is brought back to
    // the front after each switch (Firefox runs no animation frames in a hidden tab).
    const switchMode = async (mode: string) => {
      await popup.bringToFront();
      await popup.click(`input[name="mode"][value="${mode}"]`);
      await page.bringToFront();
    };
    await switchMode('limited');
    await expect.poll(() => mentions(page, 'Surfgedrag')).toBe(false);
    expect(await mentions(page, 'Opgegeven interesses')).toBe(true);
    expect(await getStorage(options, SETTINGS_KEY)).toMatchObject({ mode: 'limited' });
    await switchMode('off');
    await expect.poll(async () => (await firefoxUi(firefox.browser, page)).length).toBe(0);
    await switchMode('on');
    await expect.poll(() => mentions(page, 'Surfgedrag')).toBe(true);
    await Promise.all([popup.close(), page.close()]);
  });

  it('sends an opened item page to the pod as a browsing record', async () => {
    const library = new URL(sites.urls.library).origin;
    await setStorage(options, {
      // Wonder's marks only (baseline slots follow a random seed; insight-person tests them).
      [SETTINGS_KEY]: {
        vaultUrl: vault.url,
        sites: { [library]: { capture: true } },
        baselineShare: 0,
      },
      [PROFILE_KEY]: PROFILE,
    });
    const item = await firefox.browser.newPage();
    await item.goto(`${sites.urls.library}/boek/book-2`);
    const browsing = async () => {
      const response = await fetch(`${vault.url}/pods/${POD}/browsing/`, {
        headers: { accept: 'application/json', cookie: sessionCookie },
      });
      return ((await response.json()) as { contains: { item?: { id: string } }[] }).contains;
    };
    await expect.poll(async () => (await browsing()).length, { timeout: 20_000 }).toBe(1);
    expect((await browsing())[0]?.item?.id).toBe('book-2');
    await item.close();
  });
});
