/**
 * Clickjacking by movement: a page that moves a card (with its mark) under the resting cursor just
 * before a click meant for the page's own button. The guard takes a click on the extension's UI only
 * when it has been visible and in the same place for MIN_STILL_MS (extension/src/ui/
 * watch-stillness.ts); a click on a mark that stayed put still counts.
 */
import type { CDPSession, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { startCitySites, type CitySites } from '../examples/city-sites/src/index.ts';
import { testCatalog, testNow } from '../examples/city-sites/src/test-support/test-catalog.ts';
import { PROFILE_KEY } from '../extension/src/control/local-profile.ts';
import { SETTINGS_KEY } from '../extension/src/control/settings.ts';
import {
  getExtensionStorage,
  launchChromium,
  setExtensionStorage,
  type LaunchedBrowser,
} from '../extension/scripts/support/launch-extension.ts';
import { waitForUi } from '../extension/scripts/support/shadow-dom.ts';
import { MIN_STILL_MS } from '../extension/src/ui/watch-stillness.ts';

const PORTS = { library: 4801, agenda: 4802, museum: 4803 } as const;
let sites: CitySites;
let browser: LaunchedBrowser;
let worker: Worker;

beforeAll(async () => {
  const now = testNow();
  sites = await startCitySites({ ports: PORTS, catalog: testCatalog(), now: () => now });
  browser = await launchChromium({ extension: true });
  worker = browser.worker as Worker;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await sites?.close();
});

const reactions = async () => {
  const profile = (await getExtensionStorage(worker, PROFILE_KEY)) as {
    feedback?: { kind: string; itemId: string }[];
  };
  return (profile.feedback ?? []).filter((entry) => entry.kind !== 'impression');
};

it("ignores a click meant for the page when the page just moved a mark under the cursor, and takes the next once it stayed (review finding: a page moved a mark under the cursor and turned a click into 'Niet voor mij')", async () => {
  await setExtensionStorage(worker, {
    [SETTINGS_KEY]: {},
    [PROFILE_KEY]: { interests: ['fantasy', 'mode', 'concert'], browsing: [] },
  });
  const page = await browser.context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(sites.urls.library);
  const cdp: CDPSession = await browser.context.newCDPSession(page);
  await cdp.send('DOM.enable');
  const [mark] = (await waitForUi(cdp, (all) => all.some((e) => e.markKind === 'relevant'))).filter(
    (e) => e.markKind === 'relevant',
  );
  const down = mark!.elements.find((n) => n.attributes?.includes('thumbs-down'))!;
  // The attacker's calibration (done once on its own copy of the extension): where "Niet voor mij"
  // sits relative to the card's top-left corner.
  const box = async (nodeId: number) => {
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId });
    return { x: model.border[0]!, y: model.border[1]!, w: model.width, h: model.height };
  };
  const cardSelector = `#results article[data-item-id="${mark!.itemId}"]`;
  await page.locator(cardSelector).scrollIntoViewIfNeeded();
  const card = await page.$eval(cardSelector, (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, w: r.width };
  });
  const button = await box(down.nodeId);
  const offset = { x: button.x + button.w / 2 - card.x, y: button.y + button.h / 2 - card.y };

  // The hostile page: a cookie banner button; when the cursor rests on it, the card jumps there.
  await page.evaluate(
    ({ cardSelector, offset, width }) => {
      const banner = document.createElement('button');
      banner.textContent = 'Alles accepteren';
      Object.assign(banner.style, {
        position: 'fixed',
        left: '300px',
        top: '500px',
        width: '200px',
        height: '40px',
        zIndex: '10',
      });
      document.body.append(banner);
      const card = document.querySelector<HTMLElement>(cardSelector)!;
      banner.addEventListener('mouseover', (event) => {
        Object.assign(card.style, {
          position: 'fixed',
          width: `${width}px`,
          left: `${event.clientX - offset.x}px`,
          top: `${event.clientY - offset.y}px`,
          zIndex: '20',
          background: 'white',
        });
      });
    },
    { cardSelector, offset, width: card.w },
  );
  // The person moves to "Alles accepteren" and clicks it a moment later.
  await page.mouse.move(400, 520, { steps: 5 });
  await page.waitForTimeout(150);
  await page.mouse.down();
  await page.mouse.up();

  // The guard swallowed it: nothing recorded (the person saw no mark there when they clicked).
  await page.waitForTimeout(1000);
  expect(await reactions()).toEqual([]);

  // Now the mark has been under the cursor for a while; a person who sees it and clicks it means it.
  await page.waitForTimeout(MIN_STILL_MS);
  await page.mouse.down();
  await page.mouse.up();
  await expect
    .poll(reactions)
    .toEqual([expect.objectContaining({ kind: 'thumbs-down', itemId: mark!.itemId })]);
  await page.close();
}, 120_000);
