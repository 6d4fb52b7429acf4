import type { Activity, Book, Venue } from '@verwonder/shared/catalog/index.ts';

/**
 * The part of the shared catalogue the sites read. `catalogData()` from
 * @verwonder/shared/catalog-data satisfies it; tests pass a catalogue with extra items.
 */
export interface SiteCatalog {
  books(): readonly Book[];
  activities(): readonly Activity[];
  venues(): readonly Venue[];
}
