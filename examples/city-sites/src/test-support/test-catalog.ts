import { catalogData } from '@verwonder/shared/catalog-data';
import type { SiteCatalog } from '../catalog/site-catalog.ts';
import { HOSTILE_BOOK, HOSTILE_EXHIBITION } from './hostile-items.ts';

/** The committed demo catalogue plus the hostile items, for tests. */
export function testCatalog(): SiteCatalog {
  const data = catalogData();
  return {
    books: () => [...data.books(), HOSTILE_BOOK],
    activities: () => [...data.activities(), HOSTILE_EXHIBITION],
    venues: () => data.venues(),
  };
}

/** A fixed "now" one day before the first dated activity, so the agenda is full and stable. */
export function testNow(catalog: SiteCatalog): Date {
  let first = Infinity;
  for (const a of catalog.activities()) {
    const cal = a.calendar;
    const starts = cal.type === 'multiple' ? cal.subEvents.map((s) => s.startDate) : cal.type === 'permanent' ? [] : [cal.startDate];
    for (const s of starts) first = Math.min(first, Date.parse(s));
  }
  return new Date(first - 24 * 3600_000);
}
