import { CATALOG_DATA_DIR, catalogData, openCatalog } from '@verwonder/shared/catalog-data';
import type { SiteCatalog } from '../catalog/site-catalog.ts';
import { HOSTILE_BOOK, HOSTILE_EXHIBITION } from './hostile-items.ts';

/**
 * The committed demo catalogue plus the hostile items, for tests; as on `at` when a test fixes the
 * sites' day (the loader moves the season on with the clock, so a fixed day needs its own catalogue).
 * `hostile: false` leaves the hostile items out: the sites as `npm start` serves them, for tests that
 * follow a person and whose screenshots show the product.
 */
export function testCatalog(at?: Date, options: { hostile?: boolean } = {}): SiteCatalog {
  const data =
    at === undefined ? catalogData() : openCatalog(CATALOG_DATA_DIR, { clock: () => at });
  if (options.hostile === false) return data;
  return {
    books: () => [...data.books(), HOSTILE_BOOK],
    activities: () => [...data.activities(), HOSTILE_EXHIBITION],
    venues: () => data.venues(),
  };
}

/**
 * A fixed "now" a month after the first dated activity of the committed catalogue: the season is
 * under way (exhibitions running, others to come), independent of the wall clock.
 */
export function testNow(): Date {
  let first = Infinity;
  for (const a of catalogData().activities()) {
    const cal = a.calendar;
    if (cal.type === 'single' || cal.type === 'periodic')
      first = Math.min(first, Date.parse(cal.startDate));
    if (cal.type === 'multiple')
      for (const s of cal.subEvents) first = Math.min(first, Date.parse(s.startDate));
  }
  return new Date(first + 30 * 24 * 3600_000);
}
