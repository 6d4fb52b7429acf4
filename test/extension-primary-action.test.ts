/**
 * Issue 16: the primary action on the three demo sites' item pages, as the extension finds it (by
 * role and words): the library's "Reserveer", the agenda's "Bestel tickets" (or "Reserveer" when
 * free), the museum's "Reserveer je bezoek"; none on an overview page. Parsed with happy-dom (no
 * layout: the box check is the browser test's, extension-focus.browser.test.ts).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';

import {
  startTestSites,
  type TestSites,
} from '../examples/city-sites/src/test-support/start-test-sites.ts';
import { findPrimaryAction } from '../extension/src/page/primary-action.ts';
import { readPage } from '../extension/src/page/read-page.ts';
import { documentFrom } from '../extension/src/test-support/dom-fixture.ts';

let test: TestSites;
beforeAll(async () => {
  test = await startTestSites();
});
afterAll(async () => test?.sites.close());

async function pageAt(url: string) {
  const { body } = await test.get(url);
  return documentFrom(body, url);
}

const actionOn = (document: Document) =>
  findPrimaryAction(document, { requireBox: false })?.name ?? 'none';

it.each([
  ['library', ['Reserveer']],
  ['agenda', ['Bestel tickets', 'Reserveer']],
  ['museum', ['Reserveer je bezoek']],
] as const)('finds the action on a %s item page, and none on its overview', async (site, names) => {
  const overview = await pageAt(test.sites.urls[site]);
  expect(actionOn(overview)).toBe('none');
  const items = readPage(overview).items.filter((found) => found.element);
  for (const found of items.slice(0, 3)) {
    const detail = await pageAt(found.item.url ?? '');
    expect(names as readonly string[]).toContain(actionOn(detail));
    const action = findPrimaryAction(detail, { requireBox: false });
    expect(action?.element.closest('form')).not.toBeNull();
  }
});
