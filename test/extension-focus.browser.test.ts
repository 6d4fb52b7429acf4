/**
 * Issue 16, focus in the app structure: on an item page that fits the person, the extension brings
 * the site's own action forward (the library's "Reserveer", the agenda's "Bestel tickets") with a
 * ring and a "Verwonder" label from its closed shadow root, saying why; the site's button keeps its
 * place, its attributes and its clicks; covered by the page, the emphasis hides. Mode off: none.
 * From an empty vault, only through the UI: sign up with a passkey, import loans, tickets and a
 * coarse location on the account page, pair the extension on its options page, then the sites. The
 * vault listens on 4800 (the extension's host permission), the sites on 4801-4803. Needs
 * `npm run build -w extension`. Screenshot: extension-emphasis.png.
 */
import AxeBuilder from '@axe-core/playwright';
import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';

import { catalogData } from '@verwonder/shared/catalog-data';
import type { Activity } from '@verwonder/shared/catalog/activity.ts';
import { testNow } from '../examples/city-sites/src/test-support/test-catalog.ts';
import { launchChromium, tabIdOf } from '../extension/scripts/support/launch-extension.ts';
import {
  attribute,
  injectedUi,
  textOf,
  waitForUi,
  type InjectedUi,
} from '../extension/scripts/support/shadow-dom.ts';
import { signUpToAccount } from './support/sign-up-to-account.ts';
import { importRecords } from './support/import-records.ts';
import { useExtensionTest } from './support/use-extension-test.ts';
import { watchForProblems } from './support/page-problems.ts';
import { screenshotPath } from './support/screenshots.ts';
import { daysAgo } from '../vault-server/src/testing/test-vault.ts';

const FOCUS = 'verwonder-ui[data-verwonder="focus"]';

const data = catalogData();
/** Four fantasy books borrowed; another fantasy book's page is the one that fits. */
const FANTASY = data.books().filter((book) => book.genres.includes('fantasy'));
const LOANED = FANTASY.slice(0, 4);
const FITTING_BOOK = FANTASY[4]!;

/** Two concerts at one venue attended; a third concert there, still to come, is the event page. */
function concerts(): { attended: Activity[]; next: Activity } {
  const now = testNow().getTime();
  const byVenue = new Map<string, Activity[]>();
  for (const activity of data.activities()) {
    const { calendar } = activity;
    if (activity.eventType.label.nl !== 'Concert' || activity.price.isFree) continue;
    if (calendar.type !== 'single' || Date.parse(calendar.startDate) < now + 86_400_000) continue;
    byVenue.set(activity.venue.id, [...(byVenue.get(activity.venue.id) ?? []), activity]);
  }
  const list = [...byVenue.values()].find((found) => found.length >= 3)!;
  return { attended: list.slice(0, 2), next: list[2]! };
}
const { attended: ATTENDED, next: NEXT_CONCERT } = concerts();

// Times relative to the run: the vault refuses records past their retention (two years).
const LOANS = LOANED.map((book, index) => ({
  time: daysAgo(67 - index),
  item: {
    id: book.id,
    title: book.title,
    kind: 'book',
    medium: 'read',
    termIds: book.themes.map((theme) => theme.id),
    genres: book.genres,
    authors: book.authors,
  },
  data: { action: 'borrowed' },
}));
const TICKETS = ATTENDED.map((activity) => ({
  time: daysAgo(65, 18),
  item: {
    id: activity.id,
    title: activity.title,
    kind: 'activity',
    medium: activity.medium,
    termIds: [activity.eventType.id, ...activity.themes.map((theme) => theme.id)],
    genres: activity.genres,
    authors: [],
    venueId: activity.venue.id,
  },
  data: { quantity: 1, priceEur: activity.price.amount ?? 10 },
}));
/** Roughly where the person lives: the concert hall's neighbourhood, two decimals (about 1 km). */
const AREA = [
  {
    // Within the 30 days a location is kept: the vault refuses what its retention would delete.
    time: new Date(Date.now() - 5 * 86_400_000).toISOString(),
    location: {
      latitude: Math.round(NEXT_CONCERT.venue.geo.latitude * 100) / 100,
      longitude: Math.round(NEXT_CONCERT.venue.geo.longitude * 100) / 100,
      district: NEXT_CONCERT.venue.address.district,
    },
    data: { reason: 'stated' },
  },
];

const problems: string[] = [];

/** The site's button as the page sees it: its markup and its box. */
const buttonState = (target: Page, selector: string) =>
  target.$eval(selector, (button) => {
    const box = button.getBoundingClientRect();
    return {
      html: button.outerHTML,
      box: [box.x, box.y + window.scrollY, box.width, box.height].map(Math.round),
    };
  });

async function openItem(url: string): Promise<{ item: Page; cdp: CDPSession }> {
  const item = await test.browser.context.newPage();
  watchForProblems(item, problems);
  await item.emulateMedia({ reducedMotion: 'reduce' });
  await item.goto(url);
  const cdp = await test.browser.context.newCDPSession(item);
  await cdp.send('DOM.enable');
  return { item, cdp };
}

const focusOf = (ui: InjectedUi[]) => ui.find((entry) => entry.kind === 'focus');

/** The ring's box, read through DevTools (the shadow root is closed to the page). */
async function ringBox(cdp: CDPSession, focus: InjectedUi) {
  const ring = focus.elements.find((node) => attribute(node, 'class') === 'focus')!;
  const { model } = await cdp.send('DOM.getBoxModel', { nodeId: ring.nodeId });
  const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
  return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
}

const test = useExtensionTest('focus', { viewport: { width: 1200, height: 900 } });
beforeAll(() => watchForProblems(test.page, problems));

describe('the site’s own action, brought forward', () => {
  it('signs up, imports loans, tickets and a coarse area, and pairs the extension', async () => {
    const vaultUrl = test.vault.url;
    await signUpToAccount(test.page, vaultUrl, { podName: 'noor', displayName: 'Noor Janssens' });
    await importRecords(test.page, 'loans', LOANS);
    await importRecords(test.page, 'tickets', TICKETS);
    await importRecords(test.page, 'location', AREA);

    const options = await test.browser.context.newPage();
    await options.goto(`chrome-extension://${new URL(test.worker.url()).host}/options.html`);
    await options.fill('#vault-url', vaultUrl);
    const consentTab = test.browser.context.waitForEvent('page');
    await options.click('#vault-connect');
    const consent = await consentTab;
    await consent.waitForURL(new RegExp(`^${vaultUrl}/oauth/consent/`));
    // Noor keeps her profile to herself: no form filling, so nothing is offered above the forms.
    await consent.uncheck('input[name="scope"][value="profile:read"]');
    const closed = consent.waitForEvent('close');
    await consent.click('#approve');
    await closed;
    await options.waitForSelector('#pairing[data-state="paired"]');
    expect(await options.textContent('#pairing-scopes')).toContain('Je grove locatie lezen');
    expect(await options.textContent('#pairing-scopes')).not.toContain('Je profiel lezen');
    await options.close();
  });

  it('rings "Reserveer" on a fitting book page, says why, and leaves the button as it was', async () => {
    const url = `${test.sites.urls.library}/boek/${FITTING_BOOK.id}`;
    const button = 'aside form button[type=submit]';
    // The page without any extension: the button's markup and place.
    const plain = await launchChromium({
      extension: false,
      viewport: { width: 1200, height: 900 },
    });
    const plainPage = await plain.context.newPage();
    await plainPage.goto(url);
    const without = await buttonState(plainPage, button);
    await plain.close();

    const { item, cdp } = await openItem(url);
    await item.waitForSelector(FOCUS, { state: 'attached', timeout: 20_000 });
    const focus = focusOf(await waitForUi(cdp, (ui) => focusOf(ui)?.state === 'visible'))!;
    expect(focus.shadow.shadowRootType).toBe('closed');
    const text = textOf(focus.shadow);
    expect(text).toContain('Verwonder');
    expect(text).toContain('Verwonder zet ‘Reserveer’ in de verf. Waarom: ');
    expect(text).toMatch(/fantasyboeken|leende/);
    // The host sits right after the button and tells the page nothing more than that it is there.
    expect(await item.$eval(button, (b) => b.nextElementSibling?.localName)).toBe('verwonder-ui');
    expect(await item.$eval(FOCUS, (host) => host.getAttributeNames().sort())).toEqual([
      'data-verwonder',
      'data-verwonder-state',
    ]);
    // The site's button: same markup, same place as without the extension.
    expect(await buttonState(item, button)).toEqual(without);
    // The ring is drawn around it.
    const ring = await ringBox(cdp, focus);
    const box = (await item.$eval(button, (b) => b.getBoundingClientRect().toJSON())) as DOMRect;
    expect(Math.round(ring.x)).toBe(Math.round(box.x));
    expect(Math.round(ring.width)).toBe(Math.round(box.width));
    // Axe: no serious or critical problem on the page with the emphasis.
    const axe = await new AxeBuilder({ page: item }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
      [],
    );
    await item.$eval('aside', (aside) => aside.scrollIntoView({ block: 'center' }));
    await item.screenshot({ path: screenshotPath('extension-emphasis') });

    // A page that lays something over its button: the emphasis hides rather than mark the cover.
    await item.$eval(button, (target) => {
      const box = target.getBoundingClientRect();
      const cover = document.createElement('div');
      cover.id = 'cover';
      Object.assign(cover.style, {
        position: 'fixed',
        left: `${box.left}px`,
        top: `${box.top}px`,
        width: `${box.width}px`,
        height: `${box.height}px`,
        background: 'white',
      });
      document.body.append(cover);
    });
    await waitForUi(cdp, (ui) => focusOf(ui)?.state === 'obscured');
    await item.$eval('#cover', (cover) => cover.remove());
    await waitForUi(cdp, (ui) => focusOf(ui)?.state === 'visible');

    // The popup names the place; mode off there: no emphasis, the button as it was.
    const popup = await test.browser.context.newPage();
    await popup.goto(
      new URL(`/popup.html?tabId=${await tabIdOf(test.worker, url)}`, test.worker.url()).href,
    );
    await popup.waitForSelector('#places li[data-kind="focus"]');
    expect(await popup.textContent('#places li[data-kind="focus"]')).toBe(
      '‘Reserveer’ in de verf gezet (Bibliotheekuitleningen)',
    );
    await popup.check('input[name="mode"][value="off"]');
    await item.waitForSelector(FOCUS, { state: 'detached' });
    expect(await buttonState(item, button)).toEqual(without);
    await popup.check('input[name="mode"][value="on"]');
    await item.waitForSelector(FOCUS, { state: 'attached' });
    await popup.close();

    // Clicks go to the site's button through the emphasis: the form is sent (and refused, empty).
    const centre = await item.$eval(button, (b) => {
      b.scrollIntoView({ block: 'center' });
      const r = b.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    const [sent] = await Promise.all([
      item.waitForResponse((response) => response.url().endsWith('/reserveren')),
      item.mouse.click(centre.x, centre.y),
    ]);
    expect(sent.status()).toBe(400);
    await item.waitForURL(/\/reserveren$/);
    await item.waitForLoadState('load');
    // That refusal (and the console's note of it) is the site's answer to an empty form.
    const refusal = /\/reserveren$|status of 400/;
    problems.splice(0, problems.length, ...problems.filter((p) => !refusal.test(p)));
    await item.close();
  });

  it('rings "Bestel tickets" on a concert page at a hall the person went to, near their area', async () => {
    const { item, cdp } = await openItem(`${test.sites.urls.agenda}/evenement/${NEXT_CONCERT.id}`);
    await item.waitForSelector(FOCUS, { state: 'attached', timeout: 20_000 });
    const focus = focusOf(await waitForUi(cdp, (ui) => focusOf(ui)?.state === 'visible'))!;
    expect(textOf(focus.shadow)).toContain('Verwonder zet ‘Bestel tickets’ in de verf.');
    expect(await item.textContent('#tickets-titel')).toBe('Tickets');
    // The badge's why-panel names the page's signals: the hall and the distance.
    const badge = (await injectedUi(cdp)).find((entry) => entry.kind === 'badge')!;
    const reasons = badge.elements
      .filter((node) => node.nodeName === 'LI' && attribute(node, 'data-code'))
      .map((node) => attribute(node, 'data-code'));
    expect(reasons).toContain('page-venue');
    expect(reasons).toContain('nearby');
    expect(textOf(badge.shadow)).toContain(`Je ging al naar ${NEXT_CONCERT.venue.name}`);
    expect(textOf(badge.shadow)).toContain('Grove locatie');
    await item.close();
    expect(problems).toEqual([]);
  });
});
