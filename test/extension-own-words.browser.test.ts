/**
 * A person's own word typed in the vault reaches the city sites as it reaches the vault's "Voor
 * jou": from an empty vault, through the user interface only, the person types "Rubens" at the
 * onboarding (no term of the vocabulary: it is kept as their own word), connects the extension and
 * searches the museum for Rubens; a Rubens exhibition is marked "Voor jou" and its why-panel names
 * the word as they typed it. Needs `npm run build -w extension` first; run under
 * `flock /tmp/verwonder-ports.lock` (fixed ports).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, it } from 'vitest';

import { clickNode, injectedUi, textOf } from '../extension/scripts/support/shadow-dom.ts';
import { domSession } from './support/dom-session.ts';
import { screenshotPath } from './support/screenshots.ts';
import { saveTypedInterests } from './support/save-typed-interests.ts';
import { useExtensionTest } from './support/use-extension-test.ts';
import { waitForTasteCount } from './support/wait-for-taste-count.ts';

const test = useExtensionTest('extension-own-words', {
  viewport: { width: 1200, height: 900 },
  now: new Date('2026-12-07T10:00:00Z'),
});

const REASON = 'Je typte zelf “Rubens”';

it("marks a museum item that holds the own word typed in the vault, naming the word (review finding: the extension ignores the person's own words)", async () => {
  await test.page.bringToFront();
  await test.signUpToWelcome({ podName: 'lies-own-word', displayName: 'Lies', lang: 'nl' });
  await saveTypedInterests(test.page, 'Rubens', 'Rubens');

  const options = await test.pair();
  await waitForTasteCount(options, 1);

  const tab = await test.browser.context.newPage();
  await tab.goto(test.sites.urls.museum);
  await tab.fill('#zoek-q', 'Rubens');
  await tab.press('#zoek-q', 'Enter');
  await tab.waitForURL(/q=Rubens/);
  const cdp = await domSession(tab);
  // A "Voor jou" mark whose reasons name the word as typed.
  const named = async () =>
    (await injectedUi(cdp)).find(
      (entry) =>
        entry.kind === 'badge' &&
        entry.markKind === 'relevant' &&
        textOf(entry.shadow).includes(REASON),
    );
  await expect.poll(async () => (await named()) !== undefined, { timeout: 10_000 }).toBe(true);
  const mark = (await named())!;
  const why = mark.elements.find((n) => n.nodeName === 'BUTTON' && textOf(n).includes('Waarom'));
  expect(why).toBeDefined();
  await clickNode(tab, cdp, why!);
  await expect
    .poll(async () => {
      const opened = (await injectedUi(cdp)).find((entry) => entry.itemId === mark.itemId);
      const panel = opened?.elements.find((n) => n.attributes?.includes('data-verwonder-why'));
      return panel && !panel.attributes?.includes('hidden') ? textOf(panel) : '';
    })
    .toContain(REASON);
  await tab.screenshot({ path: screenshotPath('extension-own-word-rubens') });
  const axe = await new AxeBuilder({ page: tab }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
    [],
  );
  await tab.close();
}, 120_000);
