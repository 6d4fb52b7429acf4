/**
 * Finds the cultural items on a page in one synchronous call: the content script's part
 * (page-layout.ts) and the worker's part (assemble-page.ts) put together. The extension runs the
 * two in different processes; tests and tools use this.
 */
import { assemblePage } from './assemble-page.ts';
import {
  needsMicrodataFirst,
  pageKind,
  pageLayout,
  pageSource,
  placeItems,
  type FoundItem,
  type PageKind,
} from './page-layout.ts';
import { siteAdapterFor, type SiteAdapter, type SiteKey } from './site-adapters.ts';

export type { FoundItem } from './page-layout.ts';

export interface PageReading {
  site?: SiteKey;
  kind: PageKind;
  /** The main result list of an overview page (the recommendation zone goes above it). */
  listContainer?: Element;
  items: FoundItem[];
}

export function readPage(
  document: Document,
  adapter: SiteAdapter | undefined = siteAdapterFor(document),
): PageReading {
  const layout = pageLayout(document, adapter);
  let read = pageSource(document, layout, needsMicrodataFirst(layout));
  let page = assemblePage(read.source);
  if (page.needsMicrodata) {
    read = pageSource(document, layout, true);
    page = assemblePage(read.source);
  }
  const items = placeItems(page.items, layout, page.microdataIds, read.microdataElements);
  const reading: PageReading = { kind: pageKind(layout, page.shown.length), items };
  if (layout.site) reading.site = layout.site;
  if (layout.listContainer) reading.listContainer = layout.listContainer;
  return reading;
}
