/**
 * What the content script reads of a page itself: the elements that show items (from the site
 * adapter, or from microdata), the main list, and the page's item nodes for the background worker
 * to parse (assemble-page.ts). No checking of the page's words here: that runs off the main thread.
 */
import type { PageSource } from './assemble-page.ts';
import { jsonLdItemNodes } from './item-node-keys.ts';
import { microdataNodes } from './microdata-nodes.ts';
import type { PageItem } from './page-item.ts';
import { siteAdapterFor, type SiteAdapter, type SiteKey } from './site-adapters.ts';

export interface FoundItem {
  item: PageItem;
  /** The element showing the item, when the page shows it (JSON-LD can describe unseen items). */
  element?: Element;
  /** Where a badge for it goes (there when `element` is; found when first read). */
  readonly anchor?: Element;
}

export type PageKind = 'list' | 'detail' | 'other';

export interface PageLayout {
  adapter?: SiteAdapter;
  site?: SiteKey;
  /** Elements showing one item each, by item id, as the site adapter finds them. */
  elements: Map<string, Element>;
  /** The main result list of an overview page (the recommendation zone goes above it). */
  listContainer?: Element;
}

export function pageLayout(
  document: Document,
  adapter: SiteAdapter | undefined = siteAdapterFor(document),
): PageLayout {
  const layout: PageLayout = { elements: adapter?.itemElements(document) ?? new Map() };
  if (adapter) {
    layout.adapter = adapter;
    layout.site = adapter.key;
  }
  const list = adapter?.listContainer(document);
  if (list) layout.listContainer = list;
  return layout;
}

/** Microdata is read when no adapter places the items, or when the worker asks for it. */
export function needsMicrodataFirst(layout: PageLayout): boolean {
  return layout.elements.size === 0;
}

/** What goes to the worker, and the elements of the microdata nodes in the same order. */
export function pageSource(
  document: Document,
  layout: PageLayout,
  withMicrodata: boolean,
): { source: PageSource; microdataElements: Element[] } {
  const source: PageSource = { jsonLd: jsonLdItemNodes(document), baseUrl: document.baseURI };
  if (layout.elements.size > 0) source.shownIds = [...layout.elements.keys()];
  if (!withMicrodata) return { source, microdataElements: [] };
  const micro = microdataNodes(document);
  source.microdata = micro.map((entry) => entry.node);
  return { source, microdataElements: micro.map((entry) => entry.element) };
}

/**
 * `found.anchor`, looked up when first asked: only the few marked items need it, and a lookup in
 * each of hundreds of cards is slow from a content script's isolated world.
 */
function anchorLazily(found: FoundItem, element: Element, adapter: SiteAdapter | undefined) {
  let anchor: Element | undefined;
  Object.defineProperty(found, 'anchor', {
    get: () => (anchor ??= adapter?.badgeAnchor(element) ?? element),
    enumerable: true,
    configurable: true,
  });
}

/** Puts items on their elements: the adapter's first, else the first microdata element. */
export function placeItems(
  items: readonly PageItem[],
  layout: PageLayout,
  microdataIds: readonly (string | null)[] = [],
  microdataElements: readonly Element[] = [],
): FoundItem[] {
  const fromMicrodata = new Map<string, Element>();
  microdataIds.forEach((id, index) => {
    const element = microdataElements[index];
    if (id !== null && element && !fromMicrodata.has(id)) fromMicrodata.set(id, element);
  });
  return items.map((item) => {
    const found: FoundItem = { item };
    const element = layout.elements.get(item.id) ?? fromMicrodata.get(item.id);
    if (element) {
      found.element = element;
      anchorLazily(found, element, layout.adapter);
    }
    return found;
  });
}

export function pageKind(layout: PageLayout, shownCount: number): PageKind {
  return layout.listContainer ? 'list' : shownCount === 1 ? 'detail' : 'other';
}
