/**
 * The extension's page reader on the real demo city sites (rendered by examples/city-sites with the
 * test catalogue, hostile items included): every listed card is found, with its element, from the
 * page's JSON-LD and microdata. Parsed with happy-dom, which runs no page script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  startTestSites,
  type TestSites,
} from '../examples/city-sites/src/test-support/start-test-sites.ts';
import { HOSTILE_BOOK } from '../examples/city-sites/src/test-support/hostile-items.ts';
import { cleanText } from '../extension/src/page/page-item.ts';
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

describe.each([
  ['library', 'book'],
  ['agenda', 'event'],
  ['museum', 'exhibition'],
] as const)('the %s overview page', (site, kind) => {
  it('yields every card of #results as an item with its element', async () => {
    const document = await pageAt(test.sites.urls[site]);
    const reading = readPage(document);
    const cards = [...document.querySelectorAll('#results article[data-item-id]')];
    expect(cards.length).toBeGreaterThan(10);
    expect(reading).toMatchObject({ site, kind: 'list' });
    expect(reading.listContainer?.id).toBe('results');
    const shown = reading.items.filter((found) => found.element);
    expect(shown.map((found) => found.item.id).sort()).toEqual(
      cards.map((card) => card.getAttribute('data-item-id')).sort(),
    );
    expect(shown.some((found) => found.item.kind === kind)).toBe(true);
    for (const found of shown) {
      expect(found.item.name.length).toBeGreaterThan(0);
      expect(found.item.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      expect(found.anchor?.closest('article')).toBe(found.element);
    }
  });
});

it('reads a detail page as one shown item with its themes', async () => {
  const list = readPage(await pageAt(test.sites.urls.museum));
  const first = list.items.find((found) => found.element)?.item;
  const reading = readPage(await pageAt(first?.url ?? ''));
  expect(reading.kind).toBe('detail');
  const shown = reading.items.filter((found) => found.element);
  expect(shown.map((found) => found.item.id)).toEqual([first?.id]);
  expect(shown[0]?.item.themes).toEqual(first?.themes);
});

it('keeps the hostile book title as text', async () => {
  const url = `${test.sites.urls.library}/?q=${encodeURIComponent('Eve')}&veld=auteur`;
  const reading = readPage(await pageAt(url));
  const hostile = reading.items.find((found) => found.item.id === HOSTILE_BOOK.id);
  // Markup stays literal text; only whitespace (here U+2028) is collapsed.
  expect(hostile?.item.name).toBe(cleanText(HOSTILE_BOOK.title));
  expect(hostile?.item.name).toContain('<script>alert("xss")</script>');
  expect(hostile?.item.authors).toEqual(HOSTILE_BOOK.authors);
  expect(hostile?.element).toBeDefined();
});
