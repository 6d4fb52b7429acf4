/**
 * A reader's genres reach the city sites through the genre-theme bridge, in the built extension's
 * worker as in the vault's "Voor jou": from an empty vault, through the user interface only, the
 * person adds two loans of historical fiction (no interests), connects the extension and opens the
 * museum; a mark there (its "Verrassing") rests on those loans through the theme "Erfgoed", which
 * the catalogue does not give these books (their themes are fiction, literature, history and
 * historical film) and only the bridge reaches from their genre (historical_fiction -> Erfgoed,
 * weight 0.4): "Je leest graag over erfgoed: een tentoonstelling in DIVA, …". Without the bridge no
 * reason names it. Needs `npm run build -w extension` first; run under
 * `flock /tmp/verwonder-ports.lock` (fixed ports).
 */
import { expect, it } from 'vitest';

import { injectedUi, textOf } from '../extension/scripts/support/shadow-dom.ts';
import { pickLoanProposal, submitLoan } from './support/loan-form.ts';
import { domSession } from './support/dom-session.ts';
import { screenshotPath } from './support/screenshots.ts';
import { useExtensionTest } from './support/use-extension-test.ts';
import { waitForTasteCount } from './support/wait-for-taste-count.ts';

const test = useExtensionTest('extension-bridge', {
  viewport: { width: 1200, height: 900 },
  now: new Date('2026-12-07T10:00:00Z'),
});

/** A loan picked from the vault's type-ahead by its title. */
async function addLoan(typed: string, wanted: RegExp) {
  await submitLoan(test.page, await pickLoanProposal(test.page, typed, wanted));
}

it('marks a museum exhibition on heritage for two loans of historical fiction, through the bridge (review finding: the extension ranks without the genre-theme bridge)', async () => {
  await test.page.bringToFront();
  await test.signUpToWelcome({ podName: 'reader-of-history', displayName: 'Lezer', lang: 'nl' });
  await test.page.click('#to-loans');
  await test.page.waitForSelector('#passkey-list li');
  await addLoan('book thief', /The Book Thief/);
  await addLoan('kite runner', /The Kite Runner/);

  const options = await test.pair();
  await waitForTasteCount(options, 2);

  const tab = await test.browser.context.newPage();
  await tab.goto(test.sites.urls.museum);
  const cdp = await domSession(tab);
  // Any mark: on this museum the one it gets is the page's surprise, resting on the loans.
  const bridged = async () =>
    (await injectedUi(cdp)).find(
      (entry) =>
        entry.kind === 'badge' &&
        // The why-panel names the loans it rests on (in either order: record ids are random).
        ['Je leest graag over erfgoed', 'The Book Thief', 'The Kite Runner'].every((text) =>
          textOf(entry.shadow).includes(text),
        ),
    );
  await expect
    .poll(async () => (await bridged()) !== undefined, {
      timeout: 15_000,
      message: 'a mark about erfgoed',
    })
    .toBe(true);
  await tab.screenshot({ path: screenshotPath('extension-bridge-museum') });
  await tab.close();
}, 120_000);
