/**
 * Clickjacking by movement: a page that moves a card (with its mark) under the resting cursor just
 * before a click meant for the page's own button. The guard takes a click on the extension's UI only
 * when it has been visible and in the same place for MIN_STILL_MS (extension/src/ui/
 * watch-stillness.ts); a click on a mark that stayed put still counts.
 */
import type { CDPSession } from 'playwright-core';
import { expect, it } from 'vitest';

import { PROFILE_KEY } from '../extension/src/control/local-profile.ts';
import { SETTINGS_KEY } from '../extension/src/control/settings.ts';
import {
  getExtensionStorage,
  setExtensionStorage,
} from '../extension/scripts/support/launch-extension.ts';
import { waitForUi } from '../extension/scripts/support/shadow-dom.ts';
import { MIN_STILL_MS } from '../extension/src/ui/watch-stillness.ts';
import { useExtensionOnSites } from './support/use-extension-on-sites.ts';

const test = useExtensionOnSites();

const reactions = async () => {
  const profile = (await getExtensionStorage(test.worker, PROFILE_KEY)) as {
    feedback?: { kind: string; itemId: string }[];
  };
  return (profile.feedback ?? []).filter((entry) => entry.kind !== 'impression');
};

it("ignores a click meant for the page when the page just moved a mark under the cursor, and takes the next once it stayed (review finding: a page moved a mark under the cursor and turned a click into 'Niet voor mij')", async () => {
  await setExtensionStorage(test.worker, {
    [SETTINGS_KEY]: {},
    [PROFILE_KEY]: { interests: ['fantasy', 'mode', 'concert'], browsing: [] },
  });
  const page = await test.browser.context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(test.sites.urls.library);
  const cdp: CDPSession = await test.browser.context.newCDPSession(page);
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
