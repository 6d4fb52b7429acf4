/**
 * The vault in Chromium with a CDP virtual authenticator (a platform passkey with user verification):
 * sign up with a passkey, sign out, sign in with it, create records, export the pod, erase a category.
 * Runs on SQLite and on PostgreSQL; screenshots (from the SQLite run): vault-*.png (see support/screenshots.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from 'playwright-core';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startVault, type RunningVault } from '@verwonder/vault-server';
import { engineSuites } from '@verwonder/vault-server/src/storage/testing/describe-each-engine.ts';
import { createTestTarget } from '@verwonder/vault-server/src/storage/testing/test-engines.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './support/chromium.ts';
import { SCREENSHOTS_DIR as SCREENSHOTS } from './support/screenshots.ts';
import { PASSKEY_AUTHENTICATOR } from './support/passkey-authenticator.ts';

let vault: RunningVault;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;
let firstAuthenticator: string;
let dataDir: string;
let engineName: 'sqlite' | 'postgres';
let dropStorage: (() => Promise<void>) | undefined;
const problems: string[] = [];
const describeEachEngine = await engineSuites();

/** Screenshots come from the SQLite run (the pages are the same on PostgreSQL). */
const shot = async (name: string) => {
  if (engineName === 'sqlite')
    await page.screenshot({ path: join(SCREENSHOTS, `vault-${name}.png`), fullPage: true });
};

describeEachEngine('vault in the browser on %s', (engine) => {
  beforeAll(async () => {
    engineName = engine;
    dataDir = mkdtempSync(join(tmpdir(), 'verwonder-vault-browser-'));
    const { target, cleanup } = await createTestTarget(engine);
    dropStorage = cleanup;
    vault = await startVault({
      storage:
        target.engine === 'sqlite'
          ? { engine: 'sqlite', file: join(dataDir, 'vault.sqlite') }
          : target,
      env: {},
      config: {
        port: 0,
        dataDir,
        sqliteFile: join(dataDir, 'vault.sqlite'),
        masterKeyFile: join(dataDir, 'master.key'),
        purgeIntervalMinutes: 0,
      },
      logger: pino({ level: 'silent' }),
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_FLAGS],
    });
    context = await browser.newContext({
      locale: 'nl-BE',
      viewport: { width: 1100, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    // A platform authenticator that keeps discoverable credentials and verifies the user.
    cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    ({ authenticatorId: firstAuthenticator } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: PASSKEY_AUTHENTICATOR,
    }));
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await vault?.close();
    await dropStorage?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs up with a passkey, signs out and in, creates records, exports and erases a category', async () => {
    await page.goto(`${vault.url}/signup`);
    await page.fill('#podName', 'anna');
    await page.fill('#displayName', 'Anna Peeters');
    await page.fill('#passkeyName', 'Laptop');
    await shot('signup');
    await page.click('#signup-form button[type=submit]');
    await page.waitForSelector('#recovery:not([hidden])');
    const codes = await page.locator('#recovery-codes li').allTextContents();
    expect(codes).toHaveLength(10);
    await shot('recovery-codes');

    await page.click('#to-account');
    await page.waitForSelector('#passkey-list li');
    expect(await page.textContent('#webid')).toBe(`${vault.url}/pods/anna/profile#me`);

    await page.click('#signout');
    await page.waitForURL(/\/signin/);
    expect((await page.request.get(`${vault.url}/auth/session`)).status()).toBe(401);
    await shot('signin');

    await page.click('#signin-button');
    // Signing in lands on the person's own start page; the account page is one click away.
    await page.waitForURL(/\/vault\/for-you/);
    await page.click('header nav a[href^="/account"]');
    await page.waitForSelector('#passkey-list li');
    expect(await page.textContent('#passkey-list li')).not.toContain('nooit');

    // The loan form belongs to the loans: the person picks that category first.
    await page.selectOption('#category', 'loans');
    // The second loan gets a rating, chosen through its label; the first stays unrated.
    for (const [title, author, rating] of [
      ['De Avonden', 'Gerard Reve', ''],
      ['Het verdriet van België', 'Hugo Claus', '3'],
    ] as const) {
      await page.fill('#loanTitle', title);
      await page.fill('#loanAuthor', author);
      if (rating) await page.getByLabel('Hoe vond je het?').selectOption(rating);
      await page.click('#loan-form button[type=submit]');
      await page.waitForFunction(
        (t) =>
          [...document.querySelectorAll('#record-list li')].some((li) =>
            li.textContent?.includes(t),
          ),
        title,
      );
      // Reset for the next loan, like the title and author.
      expect(await page.inputValue('#loanRating')).toBe('');
    }
    expect(await page.locator('#record-list li').count()).toBe(2);
    const rated = page.locator('#record-list li', { hasText: 'Het verdriet van België' });
    expect(await rated.textContent()).toContain('★★★☆☆3 van 5 sterren');
    expect(
      await page.locator('#record-list li', { hasText: 'De Avonden' }).textContent(),
    ).not.toContain('★');
    await shot('account');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#export-link'),
    ]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      '@type': string;
      records: { loans: { item: { title: string }; data: unknown }[] };
      auditLog: { action: string }[];
    };
    expect(exported['@type']).toBe('PodExport');
    expect(exported.records.loans.map((r) => r.item.title).sort()).toEqual([
      'De Avonden',
      'Het verdriet van België',
    ]);
    // The stored loans: the chosen rating as a number, no rating field where none was chosen.
    expect(
      Object.fromEntries(exported.records.loans.map((r) => [r.item.title, r.data])),
    ).toStrictEqual({
      'De Avonden': { action: 'borrowed' },
      'Het verdriet van België': { action: 'borrowed', rating: 3 },
    });
    expect(exported.auditLog.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'account-created',
        'passkey-added',
        'sign-in',
        'record-created',
        'export',
      ]),
    );

    // A library's loan-history export: a valid file goes in whole, a file with a bad line not at all.
    // A rating column is text in the file and a number in the vault.
    const header = 'time,item.id,item.title,item.kind,item.authors,data.action,data.rating';
    // Recent loans: the vault refuses a line already past the category's retention.
    const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    const good = [
      header,
      `${ago(60)},book-2,"Harry Potter and the Sorcerer's Stone (Harry Potter, #1)",book,J.K. Rowling|Mary GrandPré,borrowed,4`,
      `${ago(30)},book-3,"Twilight (Twilight, #1)",book,Stephenie Meyer,returned`,
    ];
    const csv = (lines: string[]) => ({
      name: 'permeke.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n')),
    });
    await page.setInputFiles(
      '#importFile',
      csv([header, `${ago(90)},book-9,Ok,book,,borrowed`, 'gisteren,book-10,Fout,book,,borrowed']),
    );
    await page.click('#import-form button[type=submit]');
    await page.waitForSelector('#import-errors:not([hidden]) li');
    expect(await page.textContent('#import-errors')).toContain('regel 3');
    expect(await page.locator('#record-list li').count()).toBe(2);
    await page.setInputFiles('#importFile', csv(good));
    await page.click('#import-form button[type=submit]');
    await page.waitForFunction(() =>
      /^(Geïmporteerd|Er ging)/.test(document.getElementById('status')?.textContent ?? ''),
    );
    expect(await page.textContent('#status')).toBe('Geïmporteerd: 2');
    expect(await page.locator('#record-list li').count()).toBe(4);
    expect(
      await page.locator('#record-list li', { hasText: 'Harry Potter' }).textContent(),
    ).toContain('★★★★☆4 van 5 sterren');
    await shot('import');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.selectOption('#category', 'loans');
    await page.click('#erase-category');
    await page.waitForFunction(
      () =>
        document.querySelectorAll('#record-list li').length === 1 &&
        !document.querySelector('#record-list li button'),
    );
    await shot('erased');
    const { storage } = vault.context;
    expect((await storage.records.counts('anna')).get('loans')).toBeUndefined();
    expect((await storage.dataKeys.list('anna')).some((key) => key.category === 'loans')).toBe(
      false,
    );
    expect(problems).toEqual([]);
  });

  it('asks for a passkey before new recovery codes once the sign-in is older than five minutes (review finding: a session alone adds a passkey that outlives "log out everywhere")', async () => {
    // An hour passes (the session's sign-in moved back): the page now asks for a passkey first.
    await vault.context.storage.driver.run('UPDATE sessions SET created_at = ?', [
      new Date(Date.now() - 3_600_000).toISOString(),
    ]);
    const asked: string[] = [];
    const listen = (request: { url(): string }) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/auth/confirm/') || pathname === '/auth/recovery-codes')
        asked.push(pathname);
    };
    page.on('request', listen);
    try {
      await page.click('#new-codes');
      await expect.poll(() => page.locator('#recovery-codes li').count()).toBe(10);
    } finally {
      page.off('request', listen);
    }
    expect(asked).toEqual([
      '/auth/confirm/options',
      '/auth/confirm/verify',
      '/auth/recovery-codes',
    ]);
    expect(problems).toEqual([]);
  });

  it('adds a passkey from a second device, renames it, removes the first, never the last', async () => {
    // The laptop's authenticator goes away; a "phone" authenticator takes its place.
    await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: firstAuthenticator });
    ({ authenticatorId: firstAuthenticator } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: PASSKEY_AUTHENTICATOR,
    }));
    await page.click('#add-passkey');
    await expect.poll(() => page.locator('#passkey-list li').count()).toBe(2);

    const second = page.locator('#passkey-list li').nth(1);
    await second.locator('input').fill('Telefoon');
    await second.getByRole('button', { name: 'Hernoemen' }).click();
    await expect
      .poll(() => page.locator('#passkey-list li').nth(1).textContent())
      .toContain('Telefoon');

    await page
      .locator('#passkey-list li')
      .first()
      .getByRole('button', { name: 'Verwijderen' })
      .click();
    await expect.poll(() => page.locator('#passkey-list li').count()).toBe(1);
    expect(await page.locator('#passkey-list li button.danger').isDisabled()).toBe(true);
    await shot('passkeys');

    await page.click('#signout');
    await page.waitForURL(/\/signin/);
    await page.click('#signin-button');
    await page.waitForURL(/\/vault\/for-you/);
    await page.click('header nav a[href^="/account"]');
    await page.waitForSelector('#passkey-list li');
    expect(await page.textContent('#passkey-list li')).toContain('Telefoon');
    expect(problems).toEqual([]);
  });

  it('keeps a passkey made while the confirmation lapsed: asks for a passkey again and saves it (review finding: the settings page did not retry a 403 at passkeys/verify)', async () => {
    // The phone gives way to a tablet, whose passkey store receives the phone's passkey once the
    // new one is made (as synced passkeys do), so that it can also confirm.
    const phone = (
      await cdp.send('WebAuthn.getCredentials', { authenticatorId: firstAuthenticator })
    ).credentials;
    await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: firstAuthenticator });
    ({ authenticatorId: firstAuthenticator } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: PASSKEY_AUTHENTICATOR,
    }));
    const asked: string[] = [];
    const listen = (request: { url(): string; method(): string }) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/auth/')) asked.push(`${request.method()} ${pathname}`);
    };
    page.on('request', listen);
    // The person takes their time at the tablet: by the time the new passkey reaches the vault,
    // the sign-in is an hour old (moved back in the database, as a clock would move it).
    await page.route(
      '**/auth/passkeys/verify',
      async (route) => {
        await vault.context.storage.driver.run(
          'UPDATE sessions SET created_at = ?, confirmed_at = NULL',
          [new Date(Date.now() - 3_600_000).toISOString()],
        );
        for (const credential of phone)
          // Not resident: the tablet's new passkey holds the account's one resident slot.
          await cdp.send('WebAuthn.addCredential', {
            authenticatorId: firstAuthenticator,
            credential: { ...credential, isResidentCredential: false },
          });
        await route.continue();
      },
      { times: 1 },
    );
    try {
      await page.click('#add-passkey');
      await expect.poll(() => page.locator('#passkey-list li').count()).toBe(2);
    } finally {
      page.off('request', listen);
    }
    expect(asked.filter((line) => line.startsWith('POST'))).toEqual([
      'POST /auth/passkeys/options',
      'POST /auth/passkeys/verify',
      'POST /auth/confirm/options',
      'POST /auth/confirm/verify',
      'POST /auth/passkeys/verify',
    ]);
    // The refused first try is the vault's answer, which the browser logs; not a problem of the page.
    const refused = problems.findIndex((text) => text.includes('status of 403'));
    if (refused >= 0) problems.splice(refused, 1);
    expect(problems).toEqual([]);
  });
});
