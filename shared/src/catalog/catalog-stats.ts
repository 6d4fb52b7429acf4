import type { CatalogData } from './catalog-data.ts';

export interface CatalogStats {
  books: number;
  events: number;
  venues: number;
  /** Distinct UiTdatabank event-type ids used by the activities. */
  eventTypes: number;
  /** Distinct UiTdatabank theme ids used by books and activities. */
  themes: number;
  personas: number;
}

export function catalogStats(data: CatalogData): CatalogStats {
  const eventTypes = new Set(data.activities().map((a) => a.eventType.id));
  const themes = new Set(data.items().flatMap((i) => i.themes.map((t) => t.id)));
  return {
    books: data.books().length,
    events: data.activities().length,
    venues: data.venues().length,
    eventTypes: eventTypes.size,
    themes: themes.size,
    personas: data.personas().length,
  };
}
