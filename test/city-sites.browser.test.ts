/**
 * Opens the three demo city sites in Chromium: checks that pages run without CSP violations,
 * expose microdata and JSON-LD in the DOM, work with the keyboard, accept a form, and writes
 * the screenshots (test-results/screenshots/; `npm run screenshots` refreshes docs/screenshots/).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogData } from '@verwonder/shared/catalog-data';
import { startCitySites, type CitySites } from '@verwonder/city-sites';
import { testNow } from '../examples/city-sites/src/test-support/test-catalog.ts';
import { CHROMIUM_FLAGS, requireChromium } from './support/chromium.ts';
import { screenshotPath } from './support/screenshots.ts';

let sites: CitySites;
let context: BrowserContext;
let userDataDir: string;
const problems: string[] = [];

beforeAll(async () => {
  const now = testNow();
  sites = await startCitySites({ ports: { library: 0, agenda: 0, museum: 0 }, now: () => now });
  userDataDir = mkdtempSync(join(tmpdir(), 'verwonder-sites-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: requireChromium(),
    headless: true,
    args: [...CHROMIUM_FLAGS, '--lang=nl-BE'],
    env: { ...process.env, LANGUAGE: 'nl_BE', LANG: 'nl_BE.UTF-8' },
    locale: 'nl-BE',
    viewport: { width: 1280, height: 900 },
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await sites?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

async function open(url: string): Promise<Page> {
  const page = await context.newPage();
  // CSP violations and script errors surface as console errors.
  page.on('console', (m) => m.type() === 'error' && problems.push(`${url}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`${url}: ${e.message}`));
  const res = await page.goto(url);
  expect(res?.status()).toBe(200);
  return page;
}

/** Microdata of the main list as the DOM sees it: item id, type and name. */
function listMicrodata(page: Page) {
  return page.$$eval('#results article[data-item-id]', (els) =>
    els.map((el) => ({
      id: el.getAttribute('data-item-id'),
      type: el.getAttribute('itemtype'),
      name: el.querySelector('[itemprop="name"]')?.textContent ?? null,
    })),
  );
}

function jsonLdTypes(page: Page) {
  return page.$$eval('script[type="application/ld+json"]', (els) =>
    els.map((el) => (JSON.parse(el.textContent ?? '{}') as { '@type': string })['@type']),
  );
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(name) });
}

describe('city sites in Chromium', () => {
  it('library: search results, keyboard skip link, book page', async () => {
    const page = await open(`${sites.urls.library}/`);
    const items = await listMicrodata(page);
    expect(items.length).toBe(20);
    expect(
      items.every(
        (i) => i.type === 'https://schema.org/Book' && i.id?.startsWith('book-') && i.name,
      ),
    ).toBe(true);
    expect(await jsonLdTypes(page)).toEqual(['ItemList']);
    await shot(page, 'site-library');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');

    await page.click('#results article:first-child h3 a');
    await page.waitForURL(/\/boek\//);
    expect(await jsonLdTypes(page)).toEqual(['Book']);
    await shot(page, 'site-library-book');
    await page.close();
  }, 60_000);

  it('agenda: list by date, event page, ticket order', async () => {
    const page = await open(`${sites.urls.agenda}/`);
    const items = await listMicrodata(page);
    expect(items.length).toBe(20);
    expect(
      items.every((i) => i.id?.startsWith('act-') && i.type?.startsWith('https://schema.org/')),
    ).toBe(true);
    await shot(page, 'site-agenda');

    const now = testNow().getTime();
    const paying = catalogData()
      .activities()
      .find(
        (a) =>
          a.calendar.type === 'multiple' &&
          !a.price.isFree &&
          a.calendar.subEvents.some((s) => Date.parse(s.startDate) > now),
      )!;
    await page.goto(`${sites.urls.agenda}/evenement/${paying.id}`);
    const types = await jsonLdTypes(page);
    expect(types).toEqual([paying.schemaType]);
    await shot(page, 'site-agenda-event');

    await page.fill('#veld-aantal', '2');
    await page.fill('#veld-naam', 'Sara De Smet');
    await page.fill('#veld-email', 'sara@voorbeeld.be');
    await page.fill('#veld-postcode', '2018');
    await page.click('button[type="submit"]');
    await page.waitForSelector('.confirmation');
    expect(await page.textContent('h1')).toContain('Bedankt, Sara De Smet!');
    await page.close();
  }, 60_000);

  it('museum: exhibitions grouped per museum', async () => {
    const page = await open(`${sites.urls.museum}/`);
    const items = await listMicrodata(page);
    expect(items.length).toBeGreaterThan(10);
    expect(await page.$$eval('#results .museum-group', (els) => els.length)).toBeGreaterThan(3);
    await shot(page, 'site-museum');
    await page.close();
  }, 60_000);

  it('raised no console errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
