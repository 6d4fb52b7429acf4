/**
 * One algorithm (issue 11): the extension ranks a city site's items as the vault ranks the same
 * catalogue items, so a page item, read by the extension's own page reader and made a candidate by
 * `toCandidate`, must carry what the ranking weighs as the catalogue item does. Here: the medium
 * (the person's media mix is a relevance term), the popularity's rank among the page's items (the
 * re-ranker's tail bonus, popularity-novelty.ts) and the popularity itself (the popularity prior).
 * The demo city sites are rendered from the test catalogue and parsed with happy-dom.
 *
 * Left different on purpose, since a page does not say them (neutral values, to-candidate.ts): the
 * venue (only its name), the price (free), the audience (everyone), the calendar beyond the first
 * start, tags, and a book's ratings count field (the count goes into its popularity) and year. A
 * book's popularity comes from the library's rating count (book-popularity.ts), an activity's from
 * the count of saves the agenda and museum publish (activity-popularity.ts).
 */
import { catalogData } from '@verwonder/shared/catalog-data';
import type { CatalogItem } from '@verwonder/shared/catalog/catalog-item.ts';
import { popularityNovelty } from '@verwonder/shared/wonder/rank/popularity-novelty.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  startTestSites,
  type TestSites,
} from '../examples/city-sites/src/test-support/start-test-sites.ts';
import type { PageItem } from '../extension/src/page/page-item.ts';
import { readPage } from '../extension/src/page/read-page.ts';
import { toCandidate } from '../extension/src/ranking/to-candidate.ts';
import { documentFrom } from '../extension/src/test-support/dom-fixture.ts';

const catalog = catalogData();
let sites: TestSites;
beforeAll(async () => {
  sites = await startTestSites();
});
afterAll(async () => sites?.sites.close());

/** The library's pages: the popular first page, other orders, later pages, searches, a genre. */
const LIBRARY_PAGES = [
  '/',
  '/?pagina=2',
  '/?sorteer=titel',
  '/?sorteer=nieuw',
  '/?q=harry',
  '/?q=king&veld=auteur',
  '/?genre=fantasy',
  '/?genre=poetry&pagina=2',
];
/** The agenda and museum: all, and the types whose medium is not "experience" (and opera). */
const ACTIVITY_PAGES = {
  agenda: [
    '/',
    '/?pagina=3',
    '/?type=0.50.4.0.0',
    '/?type=0.49.0.0.0',
    '/?type=0.50.6.0.0',
    '/?type=0.55.0.0.0',
    '/?q=opera',
    '/?type=0.3.2.0.0',
  ],
  museum: ['/', '/?soort=vast', '/?wanneer=alles&pagina=2'],
} as const;

/** The items a page shows, as the extension's worker gets them (`page.shown`). */
async function shownItems(site: keyof TestSites['sites']['urls'], path: string) {
  const url = `${sites.sites.urls[site]}${path}`;
  const { status, body } = await sites.get(url);
  expect(status, url).toBe(200);
  const reading = readPage(documentFrom(body, url));
  return reading.items.filter((found) => found.element).map((found) => found.item);
}

/** Each page item as the extension's candidate, beside the catalogue item of the same id. */
function pairs(items: readonly PageItem[], site: string) {
  return items.flatMap((item) => {
    const known = catalog.byId(item.id); // the test catalogue's hostile items are not in it
    return known ? [{ item, candidate: toCandidate(item, { id: site, name: site }), known }] : [];
  });
}

const novelty = (items: readonly CatalogItem[]) => Object.fromEntries(popularityNovelty(items));

describe("the extension's candidates on the demo city sites", () => {
  it('give every activity the medium the catalogue gives it (review finding: the extension gives every activity the medium experience)', async () => {
    const seen = new Map<string, string>();
    for (const [site, paths] of Object.entries(ACTIVITY_PAGES)) {
      for (const path of paths) {
        const found = pairs(await shownItems(site as keyof typeof ACTIVITY_PAGES, path), site);
        expect(found.length, `${site}${path}`).toBeGreaterThan(0);
        for (const { item, candidate, known } of found) {
          expect(known.kind).toBe('activity');
          expect(item.eventTypeId, `${site}${path} ${item.id}`).toBeDefined();
          expect({ id: item.id, medium: candidate.medium }).toEqual({
            id: known.id,
            medium: known.medium,
          });
          if (known.kind === 'activity') seen.set(`${known.eventType.id} ${known.medium}`, item.id);
        }
      }
    }
    // The pages covered concerts, parties, films, opera (UiT theatre, listened to) and the rest.
    expect([...seen.keys()]).toEqual(
      expect.arrayContaining([
        '0.50.4.0.0 listen',
        '0.49.0.0.0 listen',
        '0.50.6.0.0 watch',
        '0.55.0.0.0 listen',
        '0.55.0.0.0 experience',
        '0.0.0.0.0 experience',
      ]),
    );
  });

  it("rank the library's books by popularity as the catalogue does, so the tail bonus agrees (review finding: the extension gives every candidate popularity 0)", async () => {
    for (const path of LIBRARY_PAGES) {
      const found = pairs(await shownItems('library', path), 'library');
      expect(found.length, path).toBeGreaterThan(5);
      const onPage = novelty(found.map(({ candidate }) => candidate));
      expect(onPage, path).toEqual(novelty(found.map(({ known }) => known)));
      // All tied at 0 bits, the tail bonus would be inert: the page tells its books apart.
      expect(new Set(Object.values(onPage)).size, path).toBeGreaterThan(found.length / 2);
      // On the catalogue's own scale, so the popularity prior weighs them alike too.
      expect(
        found.map(({ candidate }) => candidate.popularity),
        path,
      ).toEqual(found.map(({ known }) => known.popularity));
    }
  });

  it("rank the agenda's and museum's activities by popularity as the catalogue does, so the tail bonus agrees (review finding: activities on city sites rank with popularity 0)", async () => {
    for (const [site, paths] of Object.entries(ACTIVITY_PAGES)) {
      for (const path of paths) {
        const found = pairs(await shownItems(site as keyof typeof ACTIVITY_PAGES, path), site);
        expect(found.length, `${site}${path}`).toBeGreaterThan(1);
        const onPage = novelty(found.map(({ candidate }) => candidate));
        expect(onPage, `${site}${path}`).toEqual(novelty(found.map(({ known }) => known)));
        // On the catalogue's own scale, so the popularity prior weighs them alike too.
        expect(
          found.map(({ candidate }) => candidate.popularity),
          `${site}${path}`,
        ).toEqual(found.map(({ known }) => known.popularity));
        // All tied at 0, the tail bonus would be inert: the page tells its activities apart.
        expect(new Set(Object.values(onPage)).size, `${site}${path}`).toBeGreaterThan(1);
        expect(
          found.every(({ candidate }) => candidate.popularity > 0),
          `${site}${path}`,
        ).toBe(true);
      }
    }
  });
});
