/**
 * One algorithm (issue 11): the extension ranks a city site's items as the vault ranks the same
 * catalogue items, so a page item, read by the extension's own page reader and made a candidate by
 * `toCandidate`, must carry what the ranking weighs as the catalogue item does. Here: the medium
 * (the person's media mix is a relevance term). The demo city sites are rendered from the
 * test catalogue and parsed with happy-dom.
 *
 * Left different on purpose, since a page does not say them (neutral values, to-candidate.ts): the
 * venue (only its name), the price (free), the audience (everyone), the calendar beyond the first
 * start, tags, a book's ratings count field and year, and the popularity (0 on a page).
 */
import { catalogData } from '@verwonder/shared/catalog-data';
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
});
