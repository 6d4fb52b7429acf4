import type { ItemRefInput } from '../model/item-ref.ts';
import type { CatalogItem } from './catalog-item.ts';

/**
 * The snapshot of a catalogue item that a record carries (a loan, a ticket, a page view), trimmed to
 * the record schema's limits.
 */
export function toItemRef(item: CatalogItem): ItemRefInput {
  const themeIds = item.themes.map((theme) => theme.id);
  return {
    id: item.id,
    title: item.title.slice(0, 500),
    kind: item.kind,
    medium: item.medium,
    termIds: (item.kind === 'activity' ? [item.eventType.id, ...themeIds] : themeIds).slice(0, 50),
    genres: item.genres.slice(0, 50),
    authors: item.kind === 'book' ? item.authors.slice(0, 50) : [],
    ...(item.kind === 'activity' ? { venueId: item.venue.id } : {}),
  };
}
