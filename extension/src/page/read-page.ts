/**
 * Finds the cultural items on a page: JSON-LD first (richest), microdata to fill gaps and to
 * locate items, a site adapter (when the page is a demo city site) for the elements and the list.
 */
import type { PageItem } from './page-item.ts';
import { readJsonLd } from './read-json-ld.ts';
import { readMicrodata } from './read-microdata.ts';
import { siteAdapterFor, type SiteAdapter, type SiteKey } from './site-adapters.ts';

export interface FoundItem {
  item: PageItem;
  /** The element showing the item, when the page shows it (JSON-LD can describe unseen items). */
  element?: Element;
  /** Where a badge for it goes. */
  anchor?: Element;
}

export interface PageReading {
  site?: SiteKey;
  kind: 'list' | 'detail' | 'other';
  /** The main result list of an overview page (the recommendation zone goes above it). */
  listContainer?: Element;
  items: FoundItem[];
}

/** Fills fields that `base` lacks from `extra` (same item read from another source). */
function merge(base: PageItem, extra: PageItem): PageItem {
  const merged: PageItem = { ...extra, ...base };
  for (const key of ['authors', 'genres', 'keywords', 'themes'] as const) {
    if (base[key].length === 0) Object.assign(merged, { [key]: extra[key] });
  }
  return merged;
}

export function readPage(
  document: Document,
  adapter: SiteAdapter | undefined = siteAdapterFor(document),
): PageReading {
  const baseUrl = document.baseURI;
  const items = new Map<string, FoundItem>();
  for (const item of readJsonLd(document, baseUrl)) items.set(item.id, { item });
  const adapted = adapter?.itemElements(document);
  // Microdata repeats what the JSON-LD says on the demo sites; when the adapter already places
  // every JSON-LD item shown, reading it again would only cost time (DOM walks are slow from a
  // content script's isolated world).
  const covered =
    adapted !== undefined && adapted.size > 0 && [...adapted.keys()].every((id) => items.has(id));
  for (const { item, element } of covered ? [] : readMicrodata(document, baseUrl)) {
    const known = items.get(item.id);
    if (known) {
      known.item = merge(known.item, item);
      known.element ??= element;
    } else {
      items.set(item.id, { item, element });
    }
  }
  if (adapted) {
    for (const [id, element] of adapted) {
      const known = items.get(id);
      if (known) known.element = element;
    }
  }
  for (const found of items.values()) {
    if (found.element) found.anchor = adapter?.badgeAnchor(found.element) ?? found.element;
  }
  const listContainer = adapter?.listContainer(document) ?? undefined;
  const shown = [...items.values()].filter((found) => found.element);
  const kind = listContainer ? 'list' : shown.length === 1 ? 'detail' : 'other';
  const reading: PageReading = { kind, items: [...items.values()] };
  if (adapter) reading.site = adapter.key;
  if (listContainer) reading.listContainer = listContainer;
  return reading;
}
