/**
 * Issue 14, the person's side, only through what a person clicks and types: sign up with a passkey,
 * state interests and add a loan in the vault, pair the extension, connect the library ("Koppel met
 * mijn kluis", the real OAuth flow), follow a suggestion from the zone, borrow that book on the site,
 * then see it counted on /vault/insight (shown, opened, borrowed) and the one question in the
 * popup, with the "?" on the toolbar icon, and answer it: the answer lands in the pod and on the
 * page. Baseline slots keep their default share here. Needs `npm run build -w extension`; run under
 * `flock /tmp/verwonder-ports.lock` (fixed ports). Screenshots: insight-person-page.png,
 * insight-popup-question.png.
 */
import AxeBuilder from '@axe-core/playwright';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { tabIdOf } from '../extension/scripts/support/launch-extension.ts';
import {
  attribute,
  clickNode,
  descendants,
  injectedUi,
  waitForUi,
  type DomNode,
} from '../extension/scripts/support/shadow-dom.ts';
import { insightRoutes } from '../vault-server/src/insight/vault/insight-routes.ts';
import {
  startTestInsight,
  type TestInsight,
} from '../vault-server/src/insight/testing/test-insight.ts';
import { saveTypedInterests } from './support/save-typed-interests.ts';
import { useExtensionTest } from './support/use-extension-test.ts';
import { screenshotPath } from './support/screenshots.ts';

const POD = 'lina';

let insight: TestInsight | undefined;

// The vault with the owner's insight routes (attribution, opt-in) and real aggregators, whose
// minimum batch the opt-in explanation names; no timer: nothing is reported in this test.
beforeAll(async () => {
  insight = await startTestInsight('sqlite', { minBatch: 100 });
}, 120_000);

// Registered before the test's own hooks: afterAll hooks run in reverse, so this runs after them.
afterAll(async () => {
  await insight?.dispose();
});

const test = useExtensionTest('insight-person', () => ({
  routes: [
    insightRoutes(
      { leaderUrl: insight!.leader.url, helperUrl: insight!.helper.url },
      { reportIntervalSeconds: 0 },
    ),
  ],
  // Real time: the loan the library writes and the impressions the extension records must meet
  // within the 14-day window.
  connectSites: true,
  baselineSlots: true,
  viewport: { width: 1200, height: 900 },
}));

/** The pod's records of one category, read by the owner (the browser's session cookie). */
async function podRecords(category: string) {
  const response = await test.page.request.get(`${test.vault.url}/pods/${POD}/${category}/`, {
    headers: { accept: 'application/json' },
  });
  expect(response.status()).toBe(200);
  return (
    (await response.json()) as {
      contains: { item?: { id: string }; data: Record<string, unknown> }[];
    }
  ).contains;
}

/** The first suggestion link in the zone above the list (inside its closed shadow root). */
async function zoneLink(cdp: CDPSession): Promise<{ link: DomNode; itemId: string }> {
  for (let tries = 0; tries < 100; tries++) {
    const zone = (await injectedUi(cdp)).find((entry) => entry.kind === 'zone');
    const entry = zone?.elements.find(
      (node) => node.nodeName === 'LI' && attribute(node, 'data-item-id'),
    );
    const link = entry && descendants(entry).find((node) => node.nodeName === 'A');
    if (entry && link) return { link, itemId: attribute(entry, 'data-item-id')! };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no suggestion in the zone');
}

async function seriousViolations(target: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: target }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the person sees what came of their suggestions', () => {
  it('from an empty vault: a suggestion followed and borrowed is counted, and the popup asks about it', async () => {
    // Sign-up, interests and a loan in the vault.
    await test.page.bringToFront();
    await test.signUpToWelcome({ podName: POD, displayName: 'Lina', lang: 'nl' });
    await saveTypedInterests(test.page, 'fantasy, avontuur', 'fantasy');
    await test.page.click('#to-loans');
    await test.page.waitForSelector('#passkey-list li');
    await test.page.locator('#loanTitle').pressSequentially('The Hobbit', { delay: 20 });
    await test.page.click('#loanTitle-options [role=option]:has-text("The Hobbit")');
    await test.page.click('#loan-form button[type=submit]');
    await test.page.waitForFunction(() =>
      [...document.querySelectorAll('#record-list li')].some((li) =>
        li.textContent?.includes('The Hobbit'),
      ),
    );

    // Pairing the extension from its options page.
    const extensionId = new URL(test.worker.url()).host;
    const options = await test.pair();
    await options.close();

    // The library connected to the vault as well (its own OAuth flow), so a loan there lands in the pod.
    const library = await test.browser.context.newPage();
    await library.goto(`${test.sites.urls.library}/`);
    await library.click('#vault-connect');
    await library.waitForURL(new RegExp(`^${test.vault.url}/oauth/consent/`));
    await library.click('#approve');
    await library.waitForURL(new RegExp(`^${test.sites.urls.library}/`));
    expect(await library.getAttribute('#vault-status', 'data-state')).toBe('connected');

    // A suggestion in the zone, followed: the link leads to the book's page.
    await library.goto(`${test.sites.urls.library}/`);
    const cdp = await test.browser.context.newCDPSession(library);
    await cdp.send('DOM.enable');
    const { link, itemId } = await zoneLink(cdp);
    await clickNode(library, cdp, link);
    await library.waitForURL(new RegExp(`/boek/${itemId}$`));
    // Its impression and click reach the pod.
    await expect
      .poll(
        async () =>
          (await podRecords('feedback'))
            .filter((record) => record.data.itemId === itemId)
            .map((record) => record.data.kind)
            .sort(),
        { timeout: 20_000 },
      )
      .toEqual(expect.arrayContaining(['click', 'impression']));

    // Borrowed on the site.
    await library.fill('input[name=akaartnummer]', '1234567890123');
    await library.click('form[action$="/reserveren"] button[type=submit]');
    expect(await library.getAttribute('#vault-write', 'data-outcome')).toBe('saved');

    // Counted on /vault/insight: shown, opened, borrowed. The same book may also have stood in a
    // baseline slot, which is a suggestion of its own (a row of its own): the one followed is the
    // row that was opened, and from then on the row of its kind (wonder's or the baseline's).
    const opened = `#insight-suggestions tr[data-item="${itemId}"]:has(td[data-cell=opened]:text-is("ja"))`;
    const converted = async () => {
      await test.page.goto(`${test.vault.url}/vault/insight?lang=nl`);
      await test.page.waitForSelector('#main[data-ready="true"]');
      if ((await test.page.locator(opened).count()) !== 1) return '';
      return (await test.page.locator(`${opened} td[data-cell=converted]`).textContent()) ?? '';
    };
    await expect.poll(converted, { timeout: 20_000 }).toMatch(/^geleend, /);
    const kind = await test.page.getAttribute(opened, 'data-kind');
    expect(['fits', 'surprise', 'baseline']).toContain(kind);
    const row = `#insight-suggestions tr[data-item="${itemId}"][data-kind="${kind}"]`;
    expect(await test.page.locator(row).count()).toBe(1);
    expect(await test.page.textContent(`${row} td[data-cell=opened]`)).toBe('ja');
    // The totals count it on its side: Verwonder's own, or the comparison.
    const group = kind === 'baseline' ? 'baseline' : 'wonder';
    expect(
      Number(
        await test.page.textContent(
          `#insight-totals tr[data-group=${group}] td[data-metric=converted]`,
        ),
      ),
    ).toBe(1);
    // The opt-in is off, with its explanation.
    expect(await test.page.isChecked('#opt-in')).toBe(false);
    expect(await test.page.textContent('#opt-in-explanation')).toContain('Standaard staat dit uit');

    // The popup asks the one question; the toolbar icon carries a "?" meanwhile.
    const tabId = await tabIdOf(test.worker, library.url());
    const popup = await test.browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 900 });
    await expect
      .poll(
        async () => {
          await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
          return (
            (await popup.waitForSelector('#prompt', { timeout: 3_000 }).catch(() => null)) !== null
          );
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    // Worded by the mark the person saw (review finding: good-surprise question after a "Voor jou").
    const question = {
      surprise: 'Was dit een goede verrassing?',
      fits: 'Was dit een goede tip voor jou?',
      baseline: 'Was dit een goede tip?',
    }[kind as 'fits' | 'surprise' | 'baseline'];
    expect(await popup.textContent('#prompt-question')).toBe(question);
    expect(await popup.textContent('#prompt-context')).toMatch(/^Je leende ‘.+’ nadat Verwonder/);
    await expect.poll(() => test.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('?');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.screenshot({ path: screenshotPath('insight-popup-question') });
    await popup.click('#prompt-yes');
    await popup.waitForSelector('#prompt-thanks');
    await expect.poll(() => test.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');

    // The answer is a feedback record in the pod, and shows on the page.
    await expect
      .poll(
        async () =>
          (await podRecords('feedback')).find(
            (record) => record.data.kind === 'answer' && record.data.itemId === itemId,
          )?.data.answer,
        { timeout: 20_000 },
      )
      .toBe('yes');
    await test.page.goto(`${test.vault.url}/vault/insight?lang=nl`);
    await test.page.waitForSelector('#main[data-ready="true"]');
    expect(await test.page.textContent(`${row} td[data-cell=answer]`)).toBe('goede verrassing');
    // The popup, opened again, asks nothing more this week.
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('#places-title');
    expect(await popup.$('#prompt')).toBeNull();

    // The page in both languages passes axe; the opt-in switch works.
    expect(await seriousViolations(test.page)).toEqual([]);
    await test.page.screenshot({
      path: screenshotPath('insight-person-page'),
      fullPage: true,
    });
    await test.page.click('#opt-in');
    await expect.poll(() => test.page.textContent('#opt-in-state')).toBe('Je doet mee.');
    await test.page.goto(`${test.vault.url}/vault/insight?lang=en`);
    await test.page.waitForSelector('#main[data-ready="true"]');
    expect(await test.page.isChecked('#opt-in')).toBe(true);
    expect(await test.page.textContent(`${row} td[data-cell=answer]`)).toBe('a good surprise');
    expect(await seriousViolations(test.page)).toEqual([]);
    await popup.close();
    await library.close();
  }, 240_000);

  /** Opens /vault/insight in `lang` and waits until it has loaded. */
  const openInsight = async (lang = 'nl') => {
    await test.page.goto(`${test.vault.url}/vault/insight?lang=${lang}`);
    await test.page.waitForSelector('#main[data-ready="true"]');
  };

  it('shows "Goed idee" given on a site as the person’s answer (review finding: "Je antwoord" shows "—" for an item that got "Goed idee" on a site)', async () => {
    // "Goed idee" on a suggestion the extension marks on the library's page.
    const library = await test.browser.context.newPage();
    await library.goto(`${test.sites.urls.library}/`);
    const cdp = await test.browser.context.newCDPSession(library);
    await cdp.send('DOM.enable');
    const withButton = (entry: { itemId?: string; elements: DomNode[] }) =>
      entry.itemId !== undefined &&
      entry.elements.some((node) => attribute(node, 'data-feedback') === 'thumbs-up');
    const mark = (await waitForUi(cdp, (ui) => ui.some(withButton), 20_000)).find(withButton)!;
    const itemId = mark.itemId!;
    await clickNode(
      library,
      cdp,
      mark.elements.find((node) => attribute(node, 'data-feedback') === 'thumbs-up')!,
    );
    await expect
      .poll(
        async () =>
          (await podRecords('feedback')).some(
            (record) => record.data.kind === 'thumbs-up' && record.data.itemId === itemId,
          ),
        { timeout: 20_000 },
      )
      .toBe(true);
    await library.close();

    const answers = () =>
      test.page
        .locator(`#insight-suggestions tr[data-item="${itemId}"] td[data-cell=answer]`)
        .allTextContents();
    await openInsight();
    expect((await answers()).some((said) => said.startsWith('👍 Goed idee'))).toBe(true);
    expect(await seriousViolations(test.page)).toEqual([]);
    await openInsight('en');
    expect((await answers()).some((said) => said.startsWith('👍 Good idea'))).toBe(true);
  }, 120_000);

  it('leaves the vault’s own “Voor jou” out of what the extension showed (review finding: a 👍 in “Voor jou” counts as a suggestion shown, for site localhost:<vault port>)', async () => {
    await openInsight();
    const shownTotal = async () =>
      Number(
        await test.page.textContent('#insight-totals tr[data-group=wonder] td[data-metric=shown]'),
      ) +
      Number(
        await test.page.textContent(
          '#insight-totals tr[data-group=baseline] td[data-metric=shown]',
        ),
      );
    const before = await shownTotal();
    const sitesShown = () =>
      test.page.locator('#insight-suggestions tbody tr td:nth-child(2)').allTextContents();
    const vaultHost = new URL(test.vault.url).host;

    // A 👍 in the vault's own "Voor jou" is the person's feedback, not a suggestion a site showed.
    await test.page.goto(`${test.vault.url}/vault/for-you?lang=nl`);
    await test.page.waitForSelector('#for-you-list[data-dial] > li', {
      timeout: 20_000,
    });
    await test.page.locator('#for-you-list > li button[data-kind="thumbs-up"]').first().click();
    await test.page.waitForFunction(() =>
      document.getElementById('status')!.textContent!.includes('Bewaard'),
    );
    await openInsight();
    expect(await shownTotal()).toBe(before);
    expect(await sitesShown()).not.toContain(vaultHost);
    expect(await seriousViolations(test.page)).toEqual([]);
  }, 60_000);
});
