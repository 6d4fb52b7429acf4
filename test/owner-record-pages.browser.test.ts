/**
 * A long loan history on the owner's pages in Chromium, from an empty vault and only through what a
 * person clicks and types: 130 loans imported as a file on the account page, then the account page
 * and "Mijn gegevens" show the newest at once, reading the vault a page at a time, and the rest
 * after their "more" buttons; sorting, searching, deleting and the purge plan still work.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Response } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { daysAgo } from '../vault-server/src/testing/test-vault.ts';
import { signUpToAccount } from './support/sign-up-to-account.ts';
import { useVaultInChromium } from './support/use-vault-in-chromium.ts';

// Every fifth day back, the oldest 647 days ago: all within loans' two-year retention.
const LOANS = Array.from({ length: 130 }, (_, n) => ({
  time: daysAgo(5 * n + 2),
  item: { id: `book-${n}`, title: `Boek ${n}`, kind: 'book', medium: 'read' },
  data: { action: 'borrowed' },
}));

/** How many loans the vault sent the browser for the page now open (its reads of the loans container). */
let loansSent = 0;
let counted = '';
/** Counts from here on for the page at this address (a response for the page before is not its). */
const countFor = (url: string) => {
  counted = url;
  loansSent = 0;
};

async function countLoans(response: Response) {
  const url = new URL(response.url());
  if (response.request().method() !== 'GET' || url.pathname !== '/pods/anna/loans/') return;
  if (response.frame().url() !== counted) return;
  const body = (await response.json().catch(() => ({}))) as { contains?: unknown[] };
  loansSent += body.contains?.length ?? 0;
}

const lines = () =>
  test.page.locator('#d-records li span').evaluateAll((nodes) => nodes.map((n) => n.textContent!));

const test = useVaultInChromium('owner-record-pages', {
  locale: 'nl-BE',
  viewport: { width: 1280, height: 900 },
});
beforeAll(() => test.page.on('response', (response) => void countLoans(response)));

describe('a long history on the owner’s pages', () => {
  it('shows a page of loans at a time on the account page and “Mijn gegevens”, the rest after “more” (review finding: the account and data pages load a whole category client-side)', async () => {
    await signUpToAccount(test.page, test.vault.url, {
      podName: 'anna',
      displayName: 'Anna Peeters',
    });
    await test.page.selectOption('#category', 'loans');
    await test.page.setInputFiles('#importFile', {
      name: 'loans.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(LOANS)),
    });
    await test.page.click('#import-form button[type=submit]');
    await expect.poll(() => test.page.textContent('#status')).toBe('Geïmporteerd: 130');

    // The account page: the newest twenty, from one page of the vault, not all 130.
    countFor(`${test.vault.url}/account?category=loans`);
    await test.page.goto(`${test.vault.url}/account?category=loans`);
    await test.page.waitForSelector('#record-list li button');
    await expect.poll(() => test.page.locator('#record-list li').count()).toBe(20);
    await expect.poll(() => loansSent).toBeGreaterThan(0);
    expect(loansSent).toBeLessThanOrEqual(50);
    expect(await test.page.textContent('#record-list li span')).toContain('Boek 0');
    expect(await test.page.textContent('#record-count')).toBe('20 getoond, nieuwste eerst');
    for (let shown = 40; shown <= 140; shown += 20) {
      await test.page.click('#more-records');
      await expect
        .poll(() => test.page.locator('#record-list li').count())
        .toBe(Math.min(shown, 130));
    }
    expect(await test.page.textContent('#record-count')).toBe('130 / 130 getoond, nieuwste eerst');
    expect(await test.page.isHidden('#more-records')).toBe(true);

    // "Mijn gegevens": the newest fifty, one request's worth; the older ones after the button.
    countFor(`${test.vault.url}/vault/data?lang=nl&category=loans`);
    await test.page.goto(`${test.vault.url}/vault/data?lang=nl&category=loans`);
    await test.page.waitForSelector('#d-records li');
    await expect.poll(() => loansSent).toBeGreaterThan(0);
    expect(loansSent).toBeLessThanOrEqual(50);
    expect(await test.page.locator('#d-records li').count()).toBe(50);
    expect((await lines())[0]).toContain('Boek 0');
    expect(await test.page.textContent('#d-count')).toBe('50 gegevens geladen');
    expect(await test.page.isVisible('#d-more-note')).toBe(true);
    const serious = (await new AxeBuilder({ page: test.page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id);
    expect(serious).toEqual([]);
    await test.page.click('#d-more');
    await expect.poll(() => test.page.locator('#d-records li').count()).toBe(100);
    // Keyboard users go on at the first line added.
    expect(
      await test.page.evaluate(() => document.activeElement?.closest('li')?.textContent),
    ).toContain('Boek 50');
    expect(loansSent).toBeLessThanOrEqual(100);
    await test.page.click('#d-more');
    await expect.poll(() => test.page.locator('#d-records li').count()).toBe(130);
    expect(await test.page.textContent('#d-count')).toBe('130 gegevens');
    expect(await test.page.isHidden('#d-more')).toBe(true);
    expect((await lines())[129]).toContain('Boek 129');

    // Oldest first is read from the vault in that order, a page at a time again.
    await test.page.selectOption('#d-sort', 'oldest');
    await expect.poll(async () => (await lines())[0]).toContain('Boek 129');
    expect(await test.page.locator('#d-records li').count()).toBe(50);
    expect(await test.page.textContent('#d-more')).toBe('Nieuwere gegevens laden');
    // The vault searches and sorts by title over all of them, not only what is loaded.
    await test.page.fill('#d-search', 'boek 12');
    await expect.poll(() => test.page.locator('#d-records li').count()).toBe(11);
    await test.page.fill('#d-search', '');
    await expect.poll(() => test.page.locator('#d-records li').count()).toBe(50);
    await test.page.selectOption('#d-sort', 'title');
    await expect.poll(async () => (await lines())[0]).toMatch(/ · Boek 0$/);

    // Deleting still takes one line away, and the record from the vault.
    test.page.once('dialog', (dialog) => void dialog.accept());
    await test.page.click('#d-records li:first-child button.danger');
    await expect.poll(() => test.page.locator('#d-records li').count()).toBe(49);
    expect((await test.vault.context.storage.records.counts('anna')).get('loans')).toBe(129);
    // The purge plan is counted by the vault: loans older than 400 days are the oldest 50.
    await test.page.fill('#retention-days', '400');
    await test.page.press('#retention-days', 'Enter');
    await expect.poll(() => test.page.textContent('#purge-plan')).toMatch(/^Wordt gewist: 50 /);
    expect(test.problems).toEqual([]);
  });

  it('finds with the search box a loan older than the fifty loaded, and sorts all by title (review finding: data page search covers only loaded records)', async () => {
    // Since the retention of 400 days above, Boek 1 to Boek 79 are kept: the newest fifty show.
    await test.page.goto(`${test.vault.url}/vault/data?lang=nl&category=loans`);
    await test.page.waitForSelector('#d-records li');
    expect(await test.page.locator('#d-records li').count()).toBe(50);
    expect(await test.page.textContent('#d-records')).not.toContain('Boek 77');
    // Typed as a person types: the vault is asked once typing pauses, and searches all loans.
    await test.page.click('#d-search');
    await test.page.keyboard.type('boek 77');
    await expect.poll(lines).toEqual([expect.stringMatching(/ · Boek 77$/)]);
    expect(await test.page.textContent('#d-count')).toBe('1 gegevens gevonden');
    expect(await test.page.getAttribute('#d-records', 'aria-busy')).toBeNull();
    expect(await test.page.isHidden('#d-more')).toBe(true);
    await test.page.fill('#d-search', 'BOEK 7');
    await expect.poll(() => test.page.textContent('#d-count')).toBe('11 gegevens gevonden');
    await test.page.fill('#d-search', 'geen boek');
    await expect.poll(() => test.page.textContent('#d-count')).toBe('Niets gevonden.');
    const serious = (await new AxeBuilder({ page: test.page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id);
    expect(serious).toEqual([]);
    // Enter asks at once; with the title sort the vault sorts what it found.
    await test.page.fill('#d-search', 'boek 7');
    await test.page.press('#d-search', 'Enter');
    await test.page.selectOption('#d-sort', 'title');
    await expect
      .poll(async () => (await lines()).slice(0, 3))
      .toEqual([
        expect.stringMatching(/ · Boek 7$/),
        expect.stringMatching(/ · Boek 70$/),
        expect.stringMatching(/ · Boek 71$/),
      ]);
    // All 79 by title, fifty at a time.
    await test.page.fill('#d-search', '');
    await expect.poll(() => test.page.textContent('#d-count')).toBe('50 gegevens geladen');
    expect((await lines())[0]).toMatch(/ · Boek 1$/);
    expect(await test.page.textContent('#d-more')).toBe('Volgende gegevens laden');
    await test.page.click('#d-more');
    await expect.poll(() => test.page.textContent('#d-count')).toBe('79 gegevens');
    expect((await lines()).at(-1)).toMatch(/ · Boek 9$/);
    // In English too.
    await test.page.goto(`${test.vault.url}/vault/data?lang=en&category=loans`);
    await test.page.waitForSelector('#d-records li');
    await test.page.fill('#d-search', 'boek 77');
    await expect.poll(() => test.page.textContent('#d-count')).toBe('1 records found');
    await test.page.fill('#d-search', 'no such book');
    await expect.poll(() => test.page.textContent('#d-count')).toBe('Nothing found.');
    expect(test.problems).toEqual([]);
  });
});
