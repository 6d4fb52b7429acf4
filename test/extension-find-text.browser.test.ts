/**
 * The page's own text search against the extension's closed shadow roots, in headless Chromium with
 * the built extension: `window.find()` searches text inside closed shadow roots, and the selection
 * it leaves lands on the host in the light DOM, so `.closest('[data-item-id]')` named the card a word
 * was found in. The extension shows its words as CSS generated content (ui/unfindable-text.ts),
 * which find() and the selection skip; a person and a screen reader still get them (checked through
 * DevTools: the text a person sees, and the accessibility tree). Needs `npm run build -w extension`
 * first; run under `flock /tmp/verwonder-ports.lock` (fixed ports).
 */
import { type CDPSession, type Page } from 'playwright-core';
import { expect, it } from 'vitest';

import { PROFILE_KEY } from '../extension/src/control/local-profile.ts';
import { SETTINGS_KEY } from '../extension/src/control/settings.ts';
import { setExtensionStorage } from '../extension/scripts/support/launch-extension.ts';
import {
  attribute,
  clickNode,
  injectedUi,
  textOf,
  waitForUi,
  type InjectedUi,
} from '../extension/scripts/support/shadow-dom.ts';
import { GONE_GIRL_PROFILE } from './support/gone-girl-profile.ts';
import { useExtensionOnSites } from './support/use-extension-on-sites.ts';

const PROFILE = GONE_GIRL_PROFILE;

const test = useExtensionOnSites();

async function open(url: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await test.browser.context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(url);
  const cdp = await test.browser.context.newCDPSession(page);
  await cdp.send('DOM.enable');
  return { page, cdp };
}

/**
 * What a page script learns about `word`: whether its own DOM says it, and every match of
 * `window.find` with the card (`data-item-id`) the selection lands in; and whether the whole
 * selection of <body> has it.
 */
const pageSearch = (page: Page, word: string) =>
  page.evaluate((word) => {
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    const hits: string[] = [];
    for (
      let i = 0;
      i < 20 && (window as unknown as FindWindow).find(word, true, false, false);
      i++
    ) {
      const node = selection.anchorNode;
      const element = node instanceof Element ? node : node?.parentElement;
      hits.push(element?.closest('[data-item-id]')?.getAttribute('data-item-id') ?? '(no card)');
    }
    selection.selectAllChildren(document.body);
    const selected = selection.toString().includes(word);
    selection.removeAllRanges();
    return { inPage: document.body.innerText.includes(word), hits, selected };
  }, word);

/** The names and texts of the accessibility tree (closed shadow roots included). */
async function accessibleTexts(cdp: CDPSession): Promise<string[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { name?: { value?: string } }[];
  };
  return nodes.map((node) => node.name?.value ?? '').filter((name) => name !== '');
}

/** Chromium's and Firefox's `window.find` (not in the DOM typings). */
type FindWindow = {
  find(text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean;
};

const NOT_FOUND = { inPage: false, hits: [], selected: false };

it("keeps the marks, the zone and an opened why-panel out of the page text search (review finding: a page read the marks' kinds and the why-panel's records with window.find)", async () => {
  await setExtensionStorage(test.worker, { [SETTINGS_KEY]: {}, [PROFILE_KEY]: PROFILE });
  const { page, cdp } = await open(test.sites.urls.library);
  let ui = await waitForUi(cdp, (all) => all.some((entry) => entry.markKind === 'surprise'));
  const surprise = ui.find((e) => e.kind === 'badge' && e.markKind === 'surprise') as InjectedUi;
  // A person sees the words (the pill of the surprise, the notes, the zone's title).
  expect(textOf(surprise.shadow)).toMatch(/^Verrassingpersoonlijke suggestie van Verwonder/);
  const words = ['Verrassing', 'Voor jou', 'persoonlijke suggestie', 'Waarom zie ik dit?'];
  for (const word of [...words, 'Voor jou op deze pagina', 'Goed idee'])
    expect({ word, ...(await pageSearch(page, word)) }).toEqual({ word, ...NOT_FOUND });

  // The person opens "Waarom zie ik dit?" on the surprise: it names a record of theirs.
  const why = surprise.elements.find(
    (n) => n.nodeName === 'BUTTON' && attribute(n, 'aria-controls') !== undefined,
  )!;
  await clickNode(page, cdp, why);
  ui = await injectedUi(cdp);
  const opened = ui.find((entry) => entry.itemId === surprise.itemId) as InjectedUi;
  const panel = opened.elements.find((n) => attribute(n, 'data-verwonder-why') !== undefined)!;
  expect(attribute(panel, 'hidden')).toBeUndefined();
  expect(textOf(panel)).toContain('Surfgedrag op stadssites: Gone Girl');
  for (const word of ['Gone Girl', 'Surfgedrag', 'Gebruik Surfgedrag'])
    expect({ word, ...(await pageSearch(page, word)) }).toEqual({ word, ...NOT_FOUND });

  // Screen readers still get every word: the generated content is in the accessibility tree.
  const spoken = await accessibleTexts(cdp);
  for (const word of ['Verrassing', 'Waarom zie ik dit?', 'Voor jou op deze pagina', 'Goed idee'])
    expect(spoken).toContain(word);
  expect(spoken.some((name) => name.includes('Gone Girl'))).toBe(true);
  expect(spoken.some((name) => name.includes('Surfgedrag op stadssites'))).toBe(true);
  await page.close();
}, 120_000);

it("keeps the completion list out of the page text search while the person types (review finding: a page learned which completions came from the person's taste with window.find)", async () => {
  await setExtensionStorage(test.worker, {
    [SETTINGS_KEY]: {},
    [PROFILE_KEY]: { interests: ['jazz'], browsing: [] },
  });
  const { page, cdp } = await open(test.sites.urls.agenda);
  const words = [
    'Past bij je smaak',
    'Jazz en blues',
    'Op je toestel gekozen',
    'Pijltjes: kiezen',
    'zoeksuggesties van Verwonder',
  ];
  // The hostile page: after each key press, it looks for the extension's words.
  await page.evaluate((words) => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const field = document.querySelector<HTMLInputElement>('#zoek-q')!;
    field.addEventListener('input', () =>
      setTimeout(() => {
        for (const word of words) {
          if ((window as unknown as FindWindow).find(word, true, false, true))
            seen.push(`${field.value}: ${word}`);
          window.getSelection()?.removeAllRanges();
        }
        field.focus();
      }, 300),
    );
  }, words);
  await page.locator('#zoek-q').pressSequentially('ja', { delay: 30 });
  // The list is open and says where Jazz comes from, to the person.
  const shown = await waitForUi(cdp, (all) =>
    all.some(
      (entry) => entry.kind === 'complete' && textOf(entry.shadow).includes('Past bij je smaak'),
    ),
  );
  const list = shown.find((entry) => entry.kind === 'complete')!;
  expect(textOf(list.shadow)).toContain('JazzPast bij je smaak: jazzJazz en blues');
  await page.waitForTimeout(800);
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
  for (const word of words) expect(await pageSearch(page, word)).toEqual(NOT_FOUND);
  // A screen reader hears the option with its reason.
  const spoken = await accessibleTexts(cdp);
  expect(spoken.some((name) => name.includes('Past bij je smaak: jazz'))).toBe(true);
  await page.close();
}, 120_000);
