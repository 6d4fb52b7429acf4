/**
 * Issue 16, smart autocomplete on the sites' own search fields, from an empty vault and only through
 * what a person does: sign up with a passkey, state interests (jazz among them) in the onboarding,
 * pair the extension from its options page, then type "ja" in the agenda's search field. The
 * extension's list (closed shadow root) puts Jazz first because of the stated interest; arrow +
 * Enter fills the field, and only then does the site see the word; Escape closes the list. On the
 * library's field a misspelt shelf is fixed. Needs
 * `npm run build -w extension` first; run under `flock /tmp/verwonder-ports.lock` (fixed ports).
 * Screenshot: extension-autocomplete.png.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  attribute,
  injectedUi,
  textOf,
  waitForUi,
  type DomNode,
} from '../extension/scripts/support/shadow-dom.ts';
import { screenshotPath } from './support/screenshots.ts';
import { newPasskeyPage } from './support/passkey-authenticator.ts';
import { watchForProblems } from './support/page-problems.ts';
import { pairExtensionFromOptions } from './support/pair-extension-from-options.ts';
import { signUpWithPasskey } from './support/sign-up-with-passkey.ts';
import { startExtensionTest, type ExtensionTest } from './support/start-extension-test.ts';

const FIELD = '#zoek-q';
const LIST = 'verwonder-ui[data-verwonder="complete"]';

let world: ExtensionTest | undefined;
let sites: ExtensionTest['sites'];
let browser: ExtensionTest['browser'];

beforeAll(async () => {
  world = await startExtensionTest('autocomplete', { viewport: { width: 1200, height: 900 } });
  ({ sites, browser } = world);
}, 120_000);

afterAll(async () => {
  await world?.close();
});

/** The completion list's options as the person perceives them, read through DevTools. */
async function completionOptions(cdp: CDPSession) {
  const list = (await injectedUi(cdp)).find((entry) => entry.kind === 'complete');
  const box = list?.elements.find((node) => attribute(node, 'class') === 'complete');
  const options = (list?.elements ?? []).filter((node) => attribute(node, 'role') === 'option');
  return {
    open: box !== undefined && attribute(box, 'hidden') === undefined,
    text: list ? textOf(list.shadow) : '',
    options: options.map((node: DomNode) => ({
      text: textOf(node),
      selected: attribute(node, 'aria-selected') === 'true',
    })),
  };
}

/** What the site's own script saw: a listener of the page on its search field. */
const seenBySite = (page: Page) =>
  page.evaluate(() => (window as unknown as { seen: string[] }).seen);

describe('search completion on the agenda', () => {
  it('offers Jazz first to a jazz lover, fills the field only on a pick, closes on Escape', async () => {
    const { vault, extensionId } = world!;
    const page = await newPasskeyPage(browser.context);
    // Sign-up with a passkey, then the onboarding's interests: jazz and photography.
    await signUpWithPasskey(page, vault.url, {
      podName: 'jules',
      displayName: 'Jules',
      lang: 'nl',
    });
    await page.click('#to-welcome');
    await page.waitForURL(/\/welcome/);
    await page.fill('#interest-search', 'jazz');
    await page.check('input[name=term][value="theme:1.8.2.0.0"]');
    await page.fill('#interest-search', 'fotografie');
    await page.check('input[name=term][value="theme:1.0.6.0.0"]');
    await page.click('#interests-save');
    await expect.poll(() => page.textContent('#status')).toBe('Interesses bewaard');

    // Pairing from the extension's options page.
    const options = await pairExtensionFromOptions(browser.context, extensionId, vault.url);
    await options.close();

    // The agenda, with a listener of the site's own on its search field (what the site learns).
    const agenda = await browser.context.newPage();
    const problems: string[] = [];
    watchForProblems(agenda, problems);
    await agenda.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      for (const type of ['input', 'change', 'keydown', 'keyup'])
        document.addEventListener(
          type,
          (event) => {
            const target = event.target as HTMLInputElement;
            if (target.id !== 'zoek-q') return;
            seen.push(`${type}:${event instanceof KeyboardEvent ? event.key : target.value}`);
          },
          true,
        );
    });
    await agenda.goto(sites.urls.agenda);
    await agenda.waitForSelector(LIST, { state: 'attached' });
    const cdp = await browser.context.newCDPSession(agenda);
    await cdp.send('DOM.enable');
    // Right after pairing the worker is still reading the vault: wait until its records count.
    await expect
      .poll(
        async () => {
          await agenda.fill(FIELD, '');
          await agenda.locator(FIELD).pressSequentially('ja', { delay: 30 });
          await expect.poll(async () => (await completionOptions(cdp)).open).toBe(true);
          return (await completionOptions(cdp)).options[0]?.text;
        },
        { timeout: 20_000 },
      )
      .toBe('JazzPast bij je smaak: Jazz en blues');
    await agenda.reload();
    await agenda.waitForSelector(LIST, { state: 'attached' });
    const attributesBefore = await agenda.$eval(FIELD, (input) =>
      input.getAttributeNames().map((name) => `${name}=${input.getAttribute(name)}`),
    );
    await agenda.click(FIELD);
    await agenda.locator(FIELD).pressSequentially('ja', { delay: 30 });
    await waitForUi(cdp, (ui) =>
      ui.some((entry) => entry.kind === 'complete' && textOf(entry.shadow).includes('Jazz')),
    );
    const shown = await completionOptions(cdp);
    expect(shown.open).toBe(true);
    expect(shown.text).toContain('Verwonder');
    expect(shown.options[0]).toEqual({
      text: 'JazzPast bij je smaak: Jazz en blues',
      selected: false,
    });
    expect(shown.options.map((option) => option.text)).toContainEqual(
      expect.stringMatching(/^Jazz en blues/),
    );
    // The site saw the two letters typed and nothing of the suggestions; its field is untouched.
    const typed = ['keydown:j', 'input:j', 'keyup:j', 'keydown:a', 'input:ja', 'keyup:a'];
    expect(await seenBySite(agenda)).toEqual(typed);
    expect(await agenda.inputValue(FIELD)).toBe('ja');
    expect(
      await agenda.$eval(FIELD, (input) =>
        input.getAttributeNames().map((name) => `${name}=${input.getAttribute(name)}`),
      ),
    ).toEqual(attributesBefore);
    expect(
      await agenda.$eval(LIST, (host) => ({
        shadow: host.shadowRoot,
        children: host.childNodes.length,
      })),
    ).toEqual({ shadow: null, children: 0 });
    expect(await agenda.evaluate(() => document.body.innerText)).not.toContain('Past bij je smaak');

    // Arrow down chooses Jazz, Enter puts it in the field: only now does the site see it.
    await agenda.keyboard.press('ArrowDown');
    await expect.poll(async () => (await completionOptions(cdp)).options[0]?.selected).toBe(true);
    await agenda.screenshot({ path: screenshotPath('extension-autocomplete') });
    await agenda.keyboard.press('Enter');
    await expect.poll(() => agenda.inputValue(FIELD)).toBe('Jazz');
    // Neither the arrow nor the Enter (down or up) reached the site: only the picked word.
    expect(await seenBySite(agenda)).toEqual([...typed, 'input:Jazz', 'change:Jazz']);
    expect((await completionOptions(cdp)).open).toBe(false);
    // The pick did not search yet: the person presses Enter again for that.
    expect(new URL(agenda.url()).search).toBe('');

    // Escape closes the list and leaves what was typed.
    await agenda.fill(FIELD, '');
    await agenda.locator(FIELD).pressSequentially('th', { delay: 30 });
    await expect.poll(async () => (await completionOptions(cdp)).open).toBe(true);
    await agenda.keyboard.press('Escape');
    await expect.poll(async () => (await completionOptions(cdp)).open).toBe(false);
    expect(await agenda.inputValue(FIELD)).toBe('th');
    // Enter with the list closed is the site's own: its search runs with the word.
    await agenda.keyboard.press('Enter');
    await agenda.waitForURL(/[?&]q=th\b/);
    expect(problems).toEqual([]);
    await agenda.close();

    // The library's search field: its shelves, and a Dutch spelling fix.
    const library = await browser.context.newPage();
    await library.goto(sites.urls.library);
    await library.waitForSelector(LIST, { state: 'attached' });
    const libraryCdp = await browser.context.newCDPSession(library);
    await libraryCdp.send('DOM.enable');
    await library.click(FIELD);
    await library.locator(FIELD).pressSequentially('fotgrafie', { delay: 30 });
    await expect
      .poll(async () => (await completionOptions(libraryCdp)).options[0]?.text)
      .toBe('FotografieSpelling verbeterd');
    await library.keyboard.press('ArrowDown');
    await library.keyboard.press('Enter');
    await expect.poll(() => library.inputValue(FIELD)).toBe('Fotografie');
  });
});
